package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.DiagramEdge;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.core.diagram.EdgeStyle;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.ui.diagram.DiagramCanvas;
import dev.lifeboat.ui.diagram.DiagramPart;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.views.PropertySheet;

/**
 * The diagram editor driven like a user: palette clicks, drags and clicks posted to the real canvas at the
 * coordinates the layout gave the elements, then the model, the diagram, the explorer and the pixels checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagramTest {

	private static final String DIAGRAM = "dev.lifeboat.ui.part.diagram";
	private static final String EXPLORER = "dev.lifeboat.ui.part.explorer";
	private static final String PROPERTIES = "dev.lifeboat.ui.part.properties";
	private static final String PROBLEMS = "dev.lifeboat.ui.part.problems";
	private static final String TOPOLOGY = "dev.lifeboat.ui.part.topology";

	private ConsoleDriver console;
	private DiagramPart part;
	private DiagramCanvas diagram;
	private Canvas canvas;
	private Path file;

	@BeforeEach
	void openDemo() throws Exception {
		console = new ConsoleDriver();
		file = DemoTopology.copyTo(Files.createTempDirectory("lifeboat-diagram-test").resolve("demo.lifeboat"));
		console.session().open(file);
		part = (DiagramPart) console.partObject(DIAGRAM);
		diagram = part.canvas();
		canvas = diagram.control();
		console.settle();
		// The whole demo in view: points computed from the layout stay valid through a drag.
		diagram.fit();
		console.pump();
	}

	@Test
	@Order(1)
	void paletteCreatesAHostAndAVmWhoseNicConnectsToAnOverlayUntilUndone() {
		Site north = topology().getSites().get(0);
		choose("Host");
		click(topLeftOf(north));
		assertEquals(3, north.getHosts().size(), "a host was added to the clicked site");
		Host host = north.getHosts().get(2);
		console.screenshot("diagram-1-host-created");

		choose("VM");
		click(center(host));
		assertEquals(1, host.getVms().size(), "a VM was added to the clicked host");
		VirtualMachine vm = host.getVms().get(0);
		console.screenshot("diagram-2-vm-created");

		OverlayNetwork app = overlay("app");
		choose("Connect NIC");
		drag(center(vm), topLeftOf(app));
		assertEquals(1, vm.getNics().size(), "a NIC was created for the connection");
		VirtualNic nic = vm.getNics().get(0);
		assertSame(app, nic.getAttachment());
		DiagramEdge edge = edgeOf(nic);
		assertEquals(EdgeStyle.OVERLAY, edge.style());
		assertEquals(app.getVni(), edge.vni());
		console.screenshot("diagram-3-nic-connected-to-overlay");

		console.command("dev.lifeboat.ui.command.undo");
		assertTrue(vm.getNics().isEmpty(), "Undo removes the NIC");
		assertTrue(diagram.diagram().edges().stream().noneMatch(candidate -> candidate.element() == nic),
				"and its edge");
		console.screenshot("diagram-4-connection-undone");
		choose("Select");
	}

	@Test
	@Order(2)
	void draggingAVmOntoAnotherHostReparentsItInTheExplorer() {
		VirtualMachine web1 = vm("web-1");
		Host south = topology().getSites().get(1).getHosts().get(0);
		choose("Select");
		drag(center(web1), topLeftOf(south));
		assertSame(south, web1.getHost(), "the VM moved to the host it was dropped on");
		assertTrue(diagram.diagram().node(south).orElseThrow().bounds()
				.encloses(diagram.diagram().node(web1).orElseThrow().bounds()), "the diagram draws it inside");

		click(center(web1));
		Tree explorer = ConsoleDriver.find(console.part(EXPLORER), Tree.class, tree -> true);
		console.waitUntil("web-1 selected in the explorer", () -> explorer.getSelection().length == 1
				&& explorer.getSelection()[0].getText().startsWith("web-1"));
		assertTrue(ancestors(explorer.getSelection()[0]).stream().anyMatch(text -> text.startsWith(south.getName())),
				"the explorer shows web-1 under " + south.getName() + ": " + ancestors(explorer.getSelection()[0]));
		console.screenshot("diagram-5-vm-moved-and-selected");
		console.command("dev.lifeboat.ui.command.undo");
		assertFalse(web1.getHost() == south, "Undo moves it back");
	}

	@Test
	@Order(3)
	void aBadVniInPropertiesPutsABadgeOnTheOverlay() {
		OverlayNetwork app = overlay("app");
		choose("Select");
		click(topLeftOf(app));
		Composite properties = console.part(PROPERTIES);
		console.waitUntil("the overlay's VNI in Properties", () -> vniField(properties) != null
				&& String.valueOf(app.getVni()).equals(vniField(properties).getText()));
		Text vni = vniField(properties);
		vni.setText("16777216");
		console.send(vni, SWT.DefaultSelection);
		DiagramNode band = diagram.diagram().node(app).orElseThrow();
		console.waitUntil("the VNI problem as the overlay's tooltip",
				() -> diagram.tooltip(diagram.diagram().node(app).orElseThrow()).contains("VNI 16777216 is outside"));
		console.settle();
		RGB badge = pixel(badgeCenter(diagram.diagram().node(app).orElseThrow()));
		assertTrue(badge.red > 200 && badge.red - badge.green > 100 && badge.red - badge.blue > 100,
				"a red badge is drawn: " + badge);
		assertNotNull(band);
		console.screenshot("diagram-6-bad-vni-badge");
		console.command("dev.lifeboat.ui.command.undo");
	}

	@Test
	@Order(4)
	void exportWritesAPngOfTheExpectedSizeAndAnSvg() throws Exception {
		diagram.fit();
		console.settle();
		Path directory = Files.createTempDirectory("lifeboat-export");
		Path png = directory.resolve("demo.png");
		part.export(png);
		ImageData image = new ImageLoader().load(png.toString())[0];
		Point expected = diagram.exportSize();
		assertEquals(expected.x, image.width);
		assertEquals(expected.y, image.height);
		Path svg = directory.resolve("demo.svg");
		part.export(svg);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<svg") && text.contains("VNI " + overlay("app").getVni()), "an SVG of the diagram");
		Path screenshots = Path.of(System.getProperty("lifeboat.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
		Files.copy(png, screenshots.resolve("diagram-7-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		console.screenshot("diagram-8-fit");
	}

	@Test
	@Order(5)
	void aDraggedHostKeepsItsPlaceThroughReLayoutAndTheL2ViewShowsLanes() {
		Host host = topology().getSites().get(0).getHosts().get(0);
		choose("Select");
		Point from = topLeftOf(host);
		Bounds before = diagram.diagram().node(host).orElseThrow().bounds();
		drag(from, new Point(from.x + 60, from.y + 40));
		assertEquals(1, topology().getManualLayout().getPositions().size(), "the position is stored in the topology");
		press("Re-layout");
		Bounds after = diagram.diagram().node(host).orElseThrow().bounds();
		assertEquals(before.x() + 60 / diagram.zoom(), after.x(), 2 / diagram.zoom() + 1, "kept through re-layout");
		console.screenshot("diagram-9-host-placed-by-hand");
		console.command("dev.lifeboat.ui.command.undo");

		press("L2 view");
		assertTrue(diagram.diagram().roots().stream().allMatch(root -> root.kind() == dev.lifeboat.core.diagram.NodeKind.LANE));
		assertTrue(diagram.diagram().node(overlay("app")).isPresent());
		console.screenshot("diagram-10-l2-view");
		press("L2 view");
	}

	@Test
	@Order(5)
	void aHostDroppedOverItsSitesCornerIsSavedWhereItIsDrawn() throws Exception {
		Host host = topology().getSites().get(0).getHosts().get(1);
		choose("Select");
		Rectangle site = screen(host.getSite());
		// Let go left of the site's border and over its title: the layout keeps hosts inside, below the title.
		Point from = topLeftOf(host);
		drag(from, new Point(site.x - 20 + (from.x - screen(host).x), site.y + 2 + (from.y - screen(host).y)));
		console.command("dev.lifeboat.ui.command.save");
		DiagramNode drawn = diagram.diagram().node(host).orElseThrow();
		Bounds hostBounds = drawn.bounds();
		Bounds siteBounds = drawn.parent().bounds();
		var saved = TopologyFiles.load(file).getManualLayout().getPositions().stream()
				.filter(position -> position.getElementId().equals(host.getId())).findFirst().orElseThrow();
		assertEquals(hostBounds.x() - siteBounds.x(), saved.getX(), 0.01, "the saved x is the drawn one");
		assertEquals(hostBounds.y() - siteBounds.y(), saved.getY(), 0.01, "the saved y is the drawn one");
		assertTrue(siteBounds.encloses(hostBounds) && saved.getX() > 0 && saved.getY() > 0, "kept inside its site");
		console.screenshot("diagram-9b-host-dropped-over-the-corner");
		console.command("dev.lifeboat.ui.command.undo");
	}

	@Test
	@Order(6)
	void paletteJoinsAHostToAnOverlayAndGivesABridgeItsUplinkUntilUndone() {
		Host esxS1 = topology().getSites().get(1).getHosts().get(0);
		OverlayNetwork data = overlay("data");
		assertTrue(data.getMembers().stream().noneMatch(member -> member.getHost() == esxS1), "precondition");
		choose("Join overlay");
		drag(topLeftOf(esxS1), topLeftOf(data));
		VtepEndpoint joined = data.getMembers().stream().filter(member -> member.getHost() == esxS1).findFirst()
				.orElseThrow(() -> new AssertionError(esxS1.getName() + " joined " + data.getName()));
		PhysicalNic underlay = nic(esxS1, "eth1");
		assertSame(underlay, joined.getUnderlayNic(), "the VTEP sits on the host's underlay NIC");
		DiagramNode mark = diagram.diagram().node(joined).orElseThrow(() -> new AssertionError("no VTEP mark"));
		assertSame(data, mark.parent().element(), "the mark is on the overlay's band");
		assertEquals(underlay.getAddress(), mark.detail(), "labelled with the underlay address");
		console.screenshot("diagram-11-host-joined-overlay");
		console.command("dev.lifeboat.ui.command.undo");
		assertTrue(data.getMembers().stream().noneMatch(member -> member.getHost() == esxS1), "Undo removes the member");
		assertTrue(diagram.diagram().node(joined).isEmpty(), "and its mark");

		Bridge nat = esxS1.getBridges().get(0);
		PhysicalNic eth0 = nic(esxS1, "eth0");
		assertNull(nat.getUplink(), "precondition");
		choose("Uplink");
		drag(center(nat), center(eth0));
		assertSame(eth0, nat.getUplink(), "the NIC dropped on became the bridge's uplink");
		DiagramEdge uplink = edgeOf(nat);
		assertEquals(EdgeStyle.UPLINK, uplink.style());
		assertSame(eth0, uplink.target().element());
		console.screenshot("diagram-12-bridge-uplinked");
		console.command("dev.lifeboat.ui.command.undo");
		assertNull(nat.getUplink(), "Undo takes the uplink away");
		assertTrue(diagram.diagram().edges().stream().noneMatch(edge -> edge.element() == nat), "and its edge");
		choose("Select");
	}

	@Test
	@Order(7)
	void doubleClickingAProblemRevealsItsElementInTheDiagram() {
		OverlayNetwork data = overlay("data");
		console.session().execute(new TopologyEdits(console.session().domain()).set(data,
				dev.lifeboat.model.TopologyPackage.Literals.OVERLAY_NETWORK__VNI, 16777216));
		Table problems = ConsoleDriver.find(console.part(PROBLEMS), Table.class, table -> true);
		console.waitUntil("the VNI error in Problems", () -> problemRow(problems, "VNI 16777216") != null);
		diagram.zoomAt(2, 0, 0);
		diagram.scrollTo(0, 0);
		diagram.setSelected(null);
		console.pump();
		Rectangle before = screen(data);
		assertFalse(canvas.getClientArea().intersects(before),
				"precondition: at 200 % from the top left the band is out of view: " + before);
		console.screenshot("diagram-13-before-problem-double-click");

		doubleClick(problems, problemRow(problems, "VNI 16777216"));
		console.waitUntil("the overlay scrolled into view", () -> inView(screen(data)));
		assertSame(data, diagram.selected(), "the overlay is selected in the diagram");
		assertNotEquals(before, screen(data), "the canvas scrolled");
		console.screenshot("diagram-14-problem-revealed");

		// With the Topology tab in front the canvas has no size: the reveal waits for the Diagram tab.
		diagram.scrollTo(0, 0);
		console.pump();
		assertFalse(canvas.getClientArea().intersects(screen(data)), "precondition: scrolled away again");
		console.part(TOPOLOGY);
		console.pump();
		assertFalse(canvas.isVisible(), "the Diagram tab is behind the Topology tab");
		doubleClick(problems, problemRow(problems, "VNI 16777216"));
		console.context.get(EPartService.class).showPart(DIAGRAM, EPartService.PartState.ACTIVATE);
		console.waitUntil("the overlay in view once the Diagram tab is shown", () -> inView(screen(data)));
		assertSame(data, diagram.selected(), "still the selected element once the tab is up");
		console.screenshot("diagram-15-problem-revealed-on-showing-the-tab");
		console.command("dev.lifeboat.ui.command.undo");
	}

	@Test
	@Order(8)
	void theLegendCanBeHiddenAndShownAgain() {
		// What the view shows where the legend floats: the legend itself, then whatever lies under it, then the
		// legend again (the pixels compared, as the user sees them).
		console.context.get(EPartService.class).showPart(DIAGRAM, EPartService.PartState.ACTIVATE);
		console.waitUntil("the Diagram tab in front", canvas::isVisible);
		diagram.fit();
		console.pump();
		Rectangle legend = diagram.legendArea();
		assertTrue(diagram.legendShown());
		int[] shown = pixels(legend);

		// The copy of the screen can lag the paint under Xvfb (a CI run read the legend still there): wait, bounded,
		// for the pixels the user would see.
		press("Legend");
		assertFalse(diagram.legendShown());
		console.waitUntil("no legend over the view", () -> !java.util.Arrays.equals(shown, pixels(legend)));
		console.screenshot("diagram-16-legend-hidden");

		press("Legend");
		assertTrue(diagram.legendShown());
		console.waitUntil("the legend back, as it was", () -> java.util.Arrays.equals(shown, pixels(legend)));
	}

	/** The canvas' pixels (as RGB values) inside {@code area}, freshly painted. */
	private int[] pixels(Rectangle area) {
		canvas.redraw();
		canvas.update();
		Image image = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			int[] pixels = new int[area.width * area.height];
			for (int y = 0; y < area.height; y++) {
				for (int x = 0; x < area.width; x++) {
					RGB rgb = data.palette.getRGB(data.getPixel(area.x + x, area.y + y));
					pixels[y * area.width + x] = rgb.red << 16 | rgb.green << 8 | rgb.blue;
				}
			}
			return pixels;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Whether the box's top left corner, where its name is, lies on the canvas (the band is wider at 200 %). */
	private boolean inView(Rectangle box) {
		return canvas.getClientArea().contains(box.x, box.y);
	}

	private static TableItem problemRow(Table problems, String text) {
		for (TableItem row : problems.getItems()) {
			for (int column = 0; column < problems.getColumnCount(); column++) {
				if (row.getText(column).contains(text)) {
					return row;
				}
			}
		}
		return null;
	}

	/** Selects {@code row} and double-clicks it, as the table reports a double-click (DefaultSelection). */
	private void doubleClick(Table table, TableItem row) {
		table.setFocus();
		table.setSelection(row);
		Event select = new Event();
		select.item = row;
		table.notifyListeners(SWT.Selection, select);
		Event open = new Event();
		open.item = row;
		table.notifyListeners(SWT.DefaultSelection, open);
		console.pump();
	}

	private static PhysicalNic nic(Host host, String name) {
		return host.getNics().stream().filter(nic -> name.equals(nic.getName())).findFirst().orElseThrow();
	}

	private void press(String label) {
		for (ToolItem item : part.palette().getItems()) {
			if (label.equals(item.getText())) {
				if ((item.getStyle() & SWT.CHECK) != 0) {
					item.setSelection(!item.getSelection());
				}
				item.notifyListeners(SWT.Selection, new Event());
				console.pump();
				return;
			}
		}
		throw new AssertionError("no palette item " + label);
	}

	private Topology topology() {
		return console.session().topology();
	}

	private OverlayNetwork overlay(String name) {
		return topology().getOverlays().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	private VirtualMachine vm(String name) {
		return topology().getSites().stream().flatMap(site -> site.getHosts().stream())
				.flatMap(host -> host.getVms().stream()).filter(vm -> name.equals(vm.getName())).findFirst()
				.orElseThrow();
	}

	private DiagramEdge edgeOf(EObject element) {
		return diagram.diagram().edges().stream().filter(edge -> edge.element() == element).findFirst()
				.orElseThrow(() -> new AssertionError("no edge for " + element));
	}

	/** Presses the palette button labelled {@code label}, as a click on it does. */
	private void choose(String label) {
		ToolItem chosen = null;
		for (ToolItem item : part.palette().getItems()) {
			if ((item.getStyle() & SWT.RADIO) != 0) {
				item.setSelection(label.equals(item.getText()));
				if (label.equals(item.getText())) {
					chosen = item;
				}
			}
		}
		assertNotNull(chosen, "palette button " + label);
		chosen.notifyListeners(SWT.Selection, new Event());
		console.pump();
	}

	/** A point just inside the top left corner of {@code element}'s box: on it, not on a child. */
	private Point topLeftOf(EObject element) {
		Rectangle box = screen(element);
		return new Point(box.x + 6, box.y + 6);
	}

	private Point center(EObject element) {
		Rectangle box = screen(element);
		return new Point(box.x + box.width / 2, box.y + box.height / 2);
	}

	private Rectangle screen(EObject element) {
		Bounds bounds = diagram.diagram().node(element).orElseThrow(() -> new AssertionError("not drawn: " + element))
				.bounds();
		return diagram.toScreen(bounds);
	}

	private Point badgeCenter(DiagramNode node) {
		Rectangle badge = diagram.badgeArea(node);
		// Left of the centre: the centre holds the white "!".
		return new Point(badge.x + badge.width * 3 / 10, badge.y + badge.height / 2);
	}

	private void click(Point at) {
		mouse(SWT.MouseDown, at, 0);
		mouse(SWT.MouseUp, at, SWT.BUTTON1);
	}

	private void drag(Point from, Point to) {
		mouse(SWT.MouseDown, from, 0);
		int steps = 5;
		for (int step = 1; step <= steps; step++) {
			mouse(SWT.MouseMove, new Point(from.x + (to.x - from.x) * step / steps, from.y + (to.y - from.y) * step / steps),
					SWT.BUTTON1);
		}
		mouse(SWT.MouseUp, to, SWT.BUTTON1);
	}

	private void mouse(int type, Point at, int stateMask) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = type == SWT.MouseMove ? 0 : 1;
		event.stateMask = stateMask;
		canvas.notifyListeners(type, event);
		console.pump();
	}

	private RGB pixel(Point at) {
		int rgb = pixels(new Rectangle(at.x, at.y, 1, 1))[0];
		return new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
	}

	private static Text vniField(Composite properties) {
		List<Text> found = ConsoleDriver.findAll(properties, Text.class,
				text -> "vni".equals(text.getData(PropertySheet.FEATURE_KEY)));
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<String> ancestors(TreeItem item) {
		java.util.ArrayList<String> texts = new java.util.ArrayList<>();
		for (TreeItem at = item.getParentItem(); at != null; at = at.getParentItem()) {
			texts.add(at.getText());
		}
		return texts;
	}
}
