package dev.lifeboat.core.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramEdge.Point;
import dev.lifeboat.core.diagram.DiagramLayout;
import dev.lifeboat.core.diagram.DiagramMapper;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.core.diagram.NodeKind;
import dev.lifeboat.core.diagram.SvgExport;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.resource.TopologyFiles;

/** Hand-placed positions over automatic layout, the L2 view, and SVG export. */
class ManualLayoutAndViewsTest {

	@Test
	void aHandPlacedHostKeepsItsPlaceInsideItsGrownSite() throws Exception {
		Topology demo = DemoTopology.load();
		Host host = demo.getSites().get(0).getHosts().get(0);
		ManualLayout layout = TopologyFactory.eINSTANCE.createManualLayout();
		NodePosition position = TopologyFactory.eINSTANCE.createNodePosition();
		position.setElementId(host.getId());
		position.setX(900);
		position.setY(700);
		layout.getPositions().add(position);
		demo.setManualLayout(layout);
		Path file = Files.createTempFile("manual", ".lifeboat");
		TopologyFiles.save(demo, file);
		assertTrue(Files.readString(file).contains("elementId=\"" + host.getId() + "\" x=\"900\" y=\"700\""),
				"positions are one diffable line each: " + Files.readString(file));
		Topology reloaded = TopologyFiles.load(file);

		Diagram diagram = DiagramLayout.apply(DiagramMapper.physical(reloaded));
		DiagramNode placed = diagram.node(reloaded.getSites().get(0).getHosts().get(0)).orElseThrow();
		Bounds site = placed.parent().bounds();
		assertEquals(900, placed.bounds().x() - site.x(), 0.01);
		assertEquals(700, placed.bounds().y() - site.y(), 0.01);
		assertTrue(site.encloses(placed.bounds()));
		placed.children().forEach(child -> assertTrue(placed.bounds().encloses(child.bounds()), "moved with its host"));
	}

	@Test
	void aHostOrSiteDroppedBeyondItsInnerCornerIsKeptWhereTheLayoutDrawsIt() {
		Topology demo = DemoTopology.load();
		Host host = demo.getSites().get(0).getHosts().get(1);
		Site site = demo.getSites().get(1);
		Diagram before = DiagramLayout.apply(DiagramMapper.physical(demo));
		DiagramNode hostNode = before.node(host).orElseThrow();
		Bounds siteBounds = hostNode.parent().bounds();
		// Let go over its site's title and left of the site's border; the other site above and left of the diagram.
		Point hostKept = DiagramLayout.handPlaced(hostNode, siteBounds.x() - 30, siteBounds.y() + 3);
		Point siteKept = DiagramLayout.handPlaced(before.node(site).orElseThrow(), -50.4, -20.6);
		assertTrue(hostKept.x() > 0 && hostKept.y() > 3, "inside the site, below its title: " + hostKept);
		assertTrue(siteKept.x() > 0 && siteKept.y() > 0, "inside the diagram: " + siteKept);
		assertEquals(new Point(123, 457), DiagramLayout.handPlaced(hostNode, siteBounds.x() + 123.4, siteBounds.y() + 456.6),
				"inside, the drop is kept as let go, in whole units");
		ManualLayout layout = TopologyFactory.eINSTANCE.createManualLayout();
		layout.getPositions().add(position(host.getId(), hostKept));
		layout.getPositions().add(position(site.getId(), siteKept));
		demo.setManualLayout(layout);

		Diagram after = DiagramLayout.apply(DiagramMapper.physical(demo));
		DiagramNode hostDrawn = after.node(host).orElseThrow();
		Bounds siteDrawn = after.node(site).orElseThrow().bounds();
		assertEquals(hostKept, new Point(hostDrawn.bounds().x() - hostDrawn.parent().bounds().x(),
				hostDrawn.bounds().y() - hostDrawn.parent().bounds().y()), "the host is drawn where the file says");
		assertEquals(siteKept, new Point(siteDrawn.x(), siteDrawn.y()), "the site is drawn where the file says");
		assertEquals(hostKept, DiagramLayout.handPlaced(hostDrawn, hostDrawn.bounds().x(), hostDrawn.bounds().y()),
				"dropped again where it is drawn, it stays");
	}

	private static NodePosition position(String elementId, Point at) {
		NodePosition position = TopologyFactory.eINSTANCE.createNodePosition();
		position.setElementId(elementId);
		position.setX((int) at.x());
		position.setY((int) at.y());
		return position;
	}

	@Test
	void theL2ViewHasALanePerDomainWithEveryAttachedNic() {
		Topology demo = DemoTopology.load();
		Diagram diagram = DiagramLayout.apply(DiagramMapper.l2(demo));
		long bridges = demo.getSites().stream().flatMap(site -> site.getHosts().stream())
				.mapToLong(host -> host.getBridges().size()).sum();
		assertEquals(bridges + demo.getOverlays().size(), diagram.roots().size());
		diagram.roots().forEach(lane -> assertEquals(NodeKind.LANE, lane.kind()));
		demo.eAllContents().forEachRemaining(element -> {
			if (element instanceof VirtualNic nic && nic.getAttachment() != null) {
				DiagramNode shown = diagram.node(nic).orElseThrow(() -> new AssertionError("not in the L2 view: " + nic));
				assertEquals(nic.getAttachment(), shown.parent().parent().element(), "in its domain's lane");
				assertEquals(nic.getVm().getHost(), shown.parent().element(), "in its host's segment");
			}
		});
		DiagramNode app = diagram.node(demo.getOverlays().get(0)).orElseThrow();
		assertEquals(demo.getOverlays().get(0).getMembers().size(), app.children().size(), "spans its members");
	}

	@Test
	void svgExportDrawsEveryNodeAndEdge() {
		Topology demo = DemoTopology.load();
		Diagram diagram = DiagramLayout.apply(DiagramMapper.physical(demo));
		String svg = SvgExport.render(diagram);
		assertTrue(svg.startsWith("<svg"));
		assertEquals(diagram.nodeCount(), count(svg, "<rect ") - 1, "one rect per node plus the background");
		assertEquals(diagram.edges().size(), count(svg, "<polyline "));
		assertTrue(svg.contains("stroke-dasharray=\"8,4\"") || svg.contains("stroke-dasharray=\"2,3\""),
				"NAT or host-only edges are dashed or dotted");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
