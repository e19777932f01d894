package dev.lifeboat.core.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
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
		DiagramAssertions.assertEveryElementPlaced(demo, demoDiagram);
	}

	@Test
	void everyElementIsPlacedOnTheLargeTopology() {
		DiagramAssertions.assertEveryElementPlaced(large, largeDiagram);
	}

	@Test
	void siblingsDoNotOverlapOnTheDemo() {
		DiagramAssertions.assertNoSiblingOverlaps(demoDiagram.roots());
	}

	@Test
	void siblingsDoNotOverlapOnTheLargeTopology() {
		DiagramAssertions.assertNoSiblingOverlaps(largeDiagram.roots());
	}

	@Test
	void containersEncloseTheirChildren() {
		DiagramAssertions.assertEnclosed(demoDiagram.roots());
		DiagramAssertions.assertEnclosed(largeDiagram.roots());
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
		DiagramAssertions.assertRoutesAvoidBoxes(demoDiagram);
		assertTrue(demoDiagram.edges().stream().anyMatch(edge -> edge.source().parent() != edge.target().parent()),
				"the demo has edges leaving their host");
	}

	@Test
	void routedEdgesCrossNoBoxTheyDoNotConnectOnTheLargeTopology() {
		DiagramAssertions.assertRoutesAvoidBoxes(largeDiagram);
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
		DiagramAssertions.assertEveryElementPlaced(varied, diagram);
		DiagramAssertions.assertNoSiblingOverlaps(diagram.roots());
		DiagramAssertions.assertEnclosed(diagram.roots());
		DiagramAssertions.assertRoutesAvoidBoxes(diagram);
		for (DiagramEdge edge : diagram.edges()) {
			DiagramEdge.Point start = edge.route().get(0);
			assertTrue(edge.source().bounds().contains(start.x(), start.y()), "starts at its VM: " + edge.element());
		}
	}

	@Test
	void routesAreOrthogonal() {
		DiagramAssertions.assertOrthogonal(demoDiagram);
		DiagramAssertions.assertOrthogonal(largeDiagram);
	}
}
