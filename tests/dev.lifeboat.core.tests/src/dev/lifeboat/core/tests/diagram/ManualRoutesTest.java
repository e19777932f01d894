package dev.lifeboat.core.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.demo.GeneratedTopology;
import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramEdge;
import dev.lifeboat.core.diagram.DiagramLayout;
import dev.lifeboat.core.diagram.DiagramMapper;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;

/**
 * Routes after hand-placed moves (issue #5): seeded random drags of hosts inside their sites and of sites, onto
 * where the grid had put other boxes, on the demo and on a generated 500-host topology. After every drag the
 * layout keeps every guarantee (no route crosses a box it does not connect, every segment axis-aligned, no
 * overlapping siblings, containers enclosing their children), keeps the hand-placed positions, and lays out the
 * same again.
 */
class ManualRoutesTest {

	/** Far enough for any gap the layout keeps between siblings. */
	private static final double NEAR = 60;

	@Test
	void randomHandMovesOnTheDemo() {
		Topology demo = DemoTopology.load();
		dragAround(demo, new Random(5), 12, 1);
	}

	@Test
	void randomHandMovesOnTheLargeTopology() {
		Topology large = GeneratedTopology.of(500, 10);
		dragAround(large, new Random(500), 4, 6);
	}

	/** {@code rounds} rounds of {@code dragsPerRound} host drags and one site drag, checking after each round. */
	private static void dragAround(Topology topology, Random random, int rounds, int dragsPerRound) {
		Diagram grid = layOut(topology);
		List<Host> hosts = new ArrayList<>();
		topology.getSites().forEach(site -> hosts.addAll(site.getHosts()));
		int overGrid = 0;
		int kept = 0;
		int positioned = 0;
		for (int round = 0; round < rounds; round++) {
			for (int drag = 0; drag < dragsPerRound; drag++) {
				Host host = hosts.get(random.nextInt(hosts.size()));
				Bounds site = grid.node(host.eContainer()).orElseThrow().bounds();
				// Anywhere in the site as the grid drew it: on top of other hosts, into the gutters, or past the edge.
				place(topology, host, 20 + random.nextInt((int) site.width()), 50 + random.nextInt((int) site.height()));
			}
			Site site = topology.getSites().get(random.nextInt(topology.getSites().size()));
			place(topology, site, 20 + random.nextInt((int) grid.bounds().width()),
					20 + random.nextInt((int) (grid.bounds().height() / 2)));

			Diagram diagram = layOut(topology);
			DiagramAssertions.assertEveryElementPlaced(topology, diagram);
			DiagramAssertions.assertNoSiblingOverlaps(diagram.roots());
			DiagramAssertions.assertEnclosed(diagram.roots());
			DiagramAssertions.assertRoutesAvoidBoxes(diagram);
			DiagramAssertions.assertOrthogonal(diagram);
			int[] counts = assertManualPositionsKept(topology, diagram);
			kept += counts[0];
			positioned += counts[1];
			overGrid += movedOntoTheGrid(topology, grid, diagram);
			assertSameLayout(diagram, layOut(topology));
		}
		assertTrue(overGrid > 0, "some host was dragged onto a place the grid had given another");
		assertTrue(kept * 2 > positioned, kept + " of " + positioned + " hand-placed nodes exactly where put");
	}

	private static Diagram layOut(Topology topology) {
		return DiagramLayout.apply(DiagramMapper.physical(topology));
	}

	/** What the editor's drag stores: one position per element id, relative to the parent's top left corner. */
	private static void place(Topology topology, Identified element, int x, int y) {
		ManualLayout layout = topology.getManualLayout();
		if (layout == null) {
			layout = TopologyFactory.eINSTANCE.createManualLayout();
			topology.setManualLayout(layout);
		}
		NodePosition position = layout.getPositions().stream()
				.filter(candidate -> candidate.getElementId().equals(element.getId())).findFirst().orElse(null);
		if (position == null) {
			position = TopologyFactory.eINSTANCE.createNodePosition();
			position.setElementId(element.getId());
			layout.getPositions().add(position);
		}
		position.setX(x);
		position.setY(y);
	}

	/**
	 * Each hand-placed site and host is exactly where its position puts it, unless it landed on a hand-placed
	 * sibling that comes before it in the model (then that sibling keeps the place). Returns {kept, positioned}.
	 */
	private static int[] assertManualPositionsKept(Topology topology, Diagram diagram) {
		Map<String, NodePosition> positions = new HashMap<>();
		topology.getManualLayout().getPositions().forEach(position -> positions.put(position.getElementId(), position));
		int[] counts = new int[2];
		checkLevel(new ArrayList<>(topology.getSites()), diagram, positions, counts, null);
		for (Site site : topology.getSites()) {
			checkLevel(new ArrayList<>(site.getHosts()), diagram, positions, counts,
					diagram.node(site).orElseThrow().bounds());
		}
		return counts;
	}

	private static void checkLevel(List<Identified> siblings, Diagram diagram, Map<String, NodePosition> positions,
			int[] counts, Bounds parent) {
		List<Bounds> keptBefore = new ArrayList<>();
		for (Identified element : siblings) {
			NodePosition position = positions.get(element.getId());
			if (position == null) {
				continue;
			}
			counts[1]++;
			Bounds at = diagram.node(element).orElseThrow().bounds();
			double wantedX = (parent == null ? 0 : parent.x()) + position.getX();
			double wantedY = (parent == null ? 0 : parent.y()) + position.getY();
			if (at.x() == wantedX && at.y() == wantedY) {
				counts[0]++;
				keptBefore.add(at);
			} else {
				Bounds wanted = new Bounds(wantedX - NEAR, wantedY - NEAR, at.width() + 2 * NEAR, at.height() + 2 * NEAR);
				assertTrue(keptBefore.stream().anyMatch(wanted::overlaps),
						"hand-placed " + element.getId() + " is at " + at + ", not at (" + wantedX + ", " + wantedY
								+ "), though no hand-placed sibling before it is there");
			}
		}
	}

	/** How many hand-placed hosts now overlap a box the grid had given another host (in their site's frame). */
	private static int movedOntoTheGrid(Topology topology, Diagram grid, Diagram diagram) {
		Map<String, Host> hosts = new HashMap<>();
		topology.getSites().forEach(site -> site.getHosts().forEach(host -> hosts.put(host.getId(), host)));
		int count = 0;
		for (NodePosition position : topology.getManualLayout().getPositions()) {
			Host host = hosts.get(position.getElementId());
			if (host == null) {
				continue;
			}
			DiagramNode siteBefore = grid.node(host.eContainer()).orElseThrow();
			Bounds siteNow = diagram.node(host.eContainer()).orElseThrow().bounds();
			Bounds inOldGrid = diagram.node(host).orElseThrow().bounds().translate(siteBefore.bounds().x() - siteNow.x(),
					siteBefore.bounds().y() - siteNow.y());
			if (siteBefore.children().stream().anyMatch(other -> other.element() != host && other.bounds().overlaps(inOldGrid))) {
				count++;
			}
		}
		return count;
	}

	private static void assertSameLayout(Diagram first, Diagram second) {
		assertEquals(first.bounds(), second.bounds());
		List<DiagramNode> a = new ArrayList<>();
		List<DiagramNode> b = new ArrayList<>();
		first.visit(first.bounds(), a::add);
		second.visit(second.bounds(), b::add);
		assertEquals(a.size(), b.size());
		for (int i = 0; i < a.size(); i++) {
			assertEquals(a.get(i).bounds(), b.get(i).bounds(), "re-layout moved " + a.get(i));
		}
		assertEquals(first.edges().stream().map(DiagramEdge::route).toList(),
				second.edges().stream().map(DiagramEdge::route).toList(), "re-layout rerouted");
	}
}
