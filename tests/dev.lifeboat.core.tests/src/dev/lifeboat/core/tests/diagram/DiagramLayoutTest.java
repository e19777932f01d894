package dev.lifeboat.core.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.demo.GeneratedTopology;
import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramEdge;
import dev.lifeboat.core.diagram.DiagramLayout;
import dev.lifeboat.core.diagram.DiagramMapper;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.core.diagram.EdgeStyle;
import dev.lifeboat.core.diagram.OverlayColors;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

/** The physical view's mapping and layout, on the demo and on a generated 500-host / 5,000-VM topology. */
class DiagramLayoutTest {

	private static Topology demo;
	private static Diagram demoDiagram;
	private static Topology large;
	private static Diagram largeDiagram;

	@BeforeAll
	static void layOut() {
		demo = DemoTopology.load();
		demoDiagram = DiagramLayout.apply(DiagramMapper.physical(demo));
		large = GeneratedTopology.of(500, 10);
		largeDiagram = DiagramLayout.apply(DiagramMapper.physical(large));
	}

	@Test
	void generatedTopologyIsValidAndOfTheAskedSize() {
		assertFalse(Validation.hasErrors(Validation.validate(large)), () -> Validation.validate(large).get(0).toString());
		long hosts = large.getSites().stream().mapToLong(site -> site.getHosts().size()).sum();
		long vms = large.getSites().stream().flatMap(site -> site.getHosts().stream())
				.mapToLong(host -> host.getVms().size()).sum();
		assertEquals(500, hosts);
		assertEquals(5000, vms);
	}

	@Test
	void everyElementIsPlacedOnTheDemo() {
		assertEveryElementPlaced(demo, demoDiagram);
	}

	@Test
	void everyElementIsPlacedOnTheLargeTopology() {
		assertEveryElementPlaced(large, largeDiagram);
	}

	@Test
	void siblingsDoNotOverlapOnTheDemo() {
		assertNoSiblingOverlaps(demoDiagram.roots());
	}

	@Test
	void siblingsDoNotOverlapOnTheLargeTopology() {
		assertNoSiblingOverlaps(largeDiagram.roots());
	}

	@Test
	void containersEncloseTheirChildren() {
		assertEnclosed(demoDiagram.roots());
		assertEnclosed(largeDiagram.roots());
	}

	@Test
	void everyAttachedNicIsAnEdgeStyledByItsMode() {
		int attached = 0;
		for (EObject element : (Iterable<EObject>) demo::eAllContents) {
			if (element instanceof VirtualNic nic && nic.getAttachment() != null) {
				attached++;
				DiagramEdge edge = demoDiagram.edges().stream().filter(candidate -> candidate.element() == nic)
						.findFirst().orElseThrow(() -> new AssertionError("no edge for " + nic.getName()));
				assertEquals(EdgeStyle.of(nic), edge.style());
				assertTrue(edge.route().size() >= 2, "edge routed");
				if (nic.getAttachment() instanceof OverlayNetwork overlay) {
					assertEquals(overlay.getVni(), edge.vni());
				}
			}
		}
		assertTrue(attached > 0);
		assertTrue(demoDiagram.edges().stream().map(DiagramEdge::style).distinct().count() >= 4,
				"the demo shows bridged, NAT or host-only, overlay and uplink edges");
	}

	@Test
	void overlayBandsSpanTheirMemberHosts() {
		for (OverlayNetwork overlay : demo.getOverlays()) {
			Bounds band = demoDiagram.node(overlay).orElseThrow().bounds();
			overlay.getMembers().forEach(member -> {
				Bounds host = demoDiagram.node(member.getHost()).orElseThrow().bounds();
				assertTrue(band.x() <= host.centerX() && host.centerX() <= band.right(),
						overlay.getName() + " spans " + member.getHost().getName());
				assertTrue(band.y() >= demoDiagram.node(member.getHost()).orElseThrow().parent().bounds().bottom());
			});
		}
	}

	@Test
	void overlayColoursAreStablePerVniAndTellNeighboursApart() {
		assertEquals(OverlayColors.rgb(5001), OverlayColors.rgb(5001));
		assertNotEquals(OverlayColors.rgb(5001), OverlayColors.rgb(5002));
	}

	@Test
	void theDeepestNodeIsHit() {
		VirtualMachine vm = demo.getSites().get(0).getHosts().get(0).getVms().get(0);
		Bounds bounds = demoDiagram.node(vm).orElseThrow().bounds();
		assertEquals(vm, demoDiagram.nodeAt(bounds.centerX(), bounds.y() + 2).orElseThrow().element());
	}

	@Test
	void visitingAnAreaSkipsWhatIsOutside() {
		Bounds corner = new Bounds(0, 0, 400, 300);
		List<DiagramNode> visited = new ArrayList<>();
		largeDiagram.visit(corner, visited::add);
		assertFalse(visited.isEmpty());
		assertTrue(visited.size() < largeDiagram.nodeCount() / 20, visited.size() + " of " + largeDiagram.nodeCount());
		visited.forEach(node -> assertTrue(node.bounds().overlaps(corner)));
	}

	@Test
	void routedEdgesCrossNoBoxTheyDoNotConnectOnTheDemo() {
		assertRoutesAvoidBoxes(demoDiagram);
		assertTrue(demoDiagram.edges().stream().anyMatch(edge -> edge.source().parent() != edge.target().parent()),
				"the demo has edges leaving their host");
	}

	@Test
	void routedEdgesCrossNoBoxTheyDoNotConnectOnTheLargeTopology() {
		assertRoutesAvoidBoxes(largeDiagram);
	}

	@Test
	void hostsOfDifferentShapesKeepEveryGuarantee() {
		// 100 hosts whose VMs sit on the bridge or the overlay in a different pattern each: many host shapes, and
		// hosts sharing a shape with their VMs in another order.
		Topology varied = GeneratedTopology.of(100, 10);
		int index = 0;
		for (Site site : varied.getSites()) {
			OverlayNetwork overlay = varied.getOverlays().get(varied.getSites().indexOf(site));
			for (Host host : site.getHosts()) {
				long pattern = index++ * 2654435761L;
				for (int vm = 0; vm < host.getVms().size(); vm++) {
					VirtualNic nic = host.getVms().get(vm).getNics().get(0);
					nic.setMode(dev.lifeboat.model.NicMode.BRIDGED);
					nic.setAttachment((pattern >>> vm & 1) == 1 ? overlay : host.getBridges().get(0));
				}
			}
		}
		Diagram diagram = DiagramLayout.apply(DiagramMapper.physical(varied));
		assertEveryElementPlaced(varied, diagram);
		assertNoSiblingOverlaps(diagram.roots());
		assertEnclosed(diagram.roots());
		assertRoutesAvoidBoxes(diagram);
		for (DiagramEdge edge : diagram.edges()) {
			DiagramEdge.Point start = edge.route().get(0);
			assertTrue(edge.source().bounds().contains(start.x(), start.y()), "starts at its VM: " + edge.element());
		}
	}

	@Test
	void routesAreOrthogonal() {
		for (DiagramEdge edge : demoDiagram.edges()) {
			List<DiagramEdge.Point> route = edge.route();
			for (int i = 1; i < route.size(); i++) {
				DiagramEdge.Point a = route.get(i - 1);
				DiagramEdge.Point b = route.get(i);
				assertTrue(a.x() == b.x() || a.y() == b.y(), "segment " + a + " - " + b + " of " + edge.element());
			}
		}
	}

	/**
	 * No segment of any route meets the inside of a box other than its ends (the VM or bridge it starts at, the
	 * bridge, NIC, overlay band or VTEP mark it ends at) and the containers holding them.
	 */
	private static void assertRoutesAvoidBoxes(Diagram diagram) {
		for (DiagramEdge edge : diagram.edges()) {
			java.util.Set<DiagramNode> allowed = new java.util.HashSet<>();
			allowed.addAll(selfAndAncestors(edge.source()));
			allowed.addAll(selfAndAncestors(edge.target()));
			DiagramEdge.Point last = edge.route().get(edge.route().size() - 1);
			edge.target().children().stream().filter(mark -> mark.bounds().contains(last.x(), last.y()))
					.forEach(allowed::add);
			List<DiagramEdge.Point> route = edge.route();
			for (int i = 1; i < route.size(); i++) {
				Bounds segment = segment(route.get(i - 1), route.get(i));
				diagram.visit(segment, node -> {
					if (!allowed.contains(node) && crosses(segment, node.bounds())) {
						fail("the edge of " + edge.element() + " from " + edge.source().label() + " to "
								+ edge.target().label() + " crosses " + node);
					}
				});
			}
		}
	}

	private static List<DiagramNode> selfAndAncestors(DiagramNode node) {
		List<DiagramNode> chain = new ArrayList<>();
		for (DiagramNode at = node; at != null; at = at.parent()) {
			chain.add(at);
		}
		return chain;
	}

	private static Bounds segment(DiagramEdge.Point a, DiagramEdge.Point b) {
		return new Bounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
				Math.abs(a.y() - b.y()));
	}

	/** Whether a horizontal or vertical segment passes through the inside of {@code box}: its border does not count. */
	private static boolean crosses(Bounds segment, Bounds box) {
		return segment.x() < box.right() && box.x() < segment.right() && segment.y() < box.bottom()
				&& box.y() < segment.bottom();
	}

	private static void assertEveryElementPlaced(Topology topology, Diagram diagram) {
		for (EObject element : (Iterable<EObject>) topology::eAllContents) {
			if (element instanceof Site || element instanceof Host || element instanceof VirtualMachine
					|| element instanceof PhysicalNic || element instanceof Bridge
					|| element instanceof OverlayNetwork) {
				DiagramNode node = diagram.node(element).orElseThrow(() -> new AssertionError("not drawn: " + element));
				assertTrue(node.bounds().width() > 0 && node.bounds().height() > 0, "placed: " + node);
				assertTrue(diagram.bounds().encloses(node.bounds()), "inside the diagram: " + node);
			}
		}
	}

	private static void assertNoSiblingOverlaps(List<DiagramNode> siblings) {
		List<DiagramNode> byX = new ArrayList<>(siblings);
		byX.sort(Comparator.comparingDouble(node -> node.bounds().x()));
		for (int i = 0; i < byX.size(); i++) {
			Bounds a = byX.get(i).bounds();
			for (int j = i + 1; j < byX.size() && byX.get(j).bounds().x() < a.right(); j++) {
				if (a.overlaps(byX.get(j).bounds())) {
					fail(byX.get(i) + " overlaps " + byX.get(j));
				}
			}
		}
		siblings.forEach(node -> assertNoSiblingOverlaps(node.children()));
	}

	private static void assertEnclosed(List<DiagramNode> nodes) {
		for (DiagramNode node : nodes) {
			for (DiagramNode child : node.children()) {
				assertTrue(node.bounds().encloses(child.bounds()), node + " encloses " + child);
			}
			assertEnclosed(node.children());
		}
	}
}
