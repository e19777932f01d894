package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.session.StartupTopology;
import dev.lifeboat.ui.views.PropertySheet;
import dev.lifeboat.ui.workbench.InstanceArea;

/** The console as a user meets it: the demo opens, selecting shows properties, edits validate, save, undo. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleTest {

	private static final String EXPLORER = "dev.lifeboat.ui.part.explorer";
	private static final String PROPERTIES = "dev.lifeboat.ui.part.properties";
	private static final String PROBLEMS = "dev.lifeboat.ui.part.problems";
	private static final String EDITOR = "dev.lifeboat.ui.part.topology";
	private static final String DIAGRAM = "dev.lifeboat.ui.part.diagram";

	private ConsoleDriver console;
	private Tree explorer;

	@BeforeEach
	void findConsole() {
		console = new ConsoleDriver();
		explorer = ConsoleDriver.find(console.part(EXPLORER), Tree.class, tree -> true);
	}

	@Test
	@Order(1)
	void consoleOpensTheDemoOnFirstStart() {
		Path demo = InstanceArea.path().resolve(StartupTopology.DEMO_FILE);
		assertEquals(demo.toAbsolutePath(), console.session().currentFile().orElseThrow());
		console.waitUntil("the window title", () -> console.shell.getText().contains("demo.lifeboat"));
		console.waitUntil("host esx-n1 in the explorer", () -> ConsoleDriver.item(explorer, "esx-n1 (198.18.0.11)").isPresent());
		assertTrue(ConsoleDriver.item(explorer, "dc-north").isPresent());
		assertTrue(ConsoleDriver.item(explorer, "dc-south").isPresent());
		assertTrue(ConsoleDriver.item(explorer, "app (VNI 10010)").isPresent());
		assertFalse(console.shell.getText().contains("*"), "a freshly opened demo is not dirty");
		console.screenshot("a-console-opens-demo");
	}

	@Test
	@Order(2)
	void selectingAHostShowsItsProperties() throws Exception {
		openFreshDemo();
		console.select(hostItem("esx-n1 (198.18.0.11)"));
		Composite properties = console.part(PROPERTIES);
		console.waitUntil("the host's name in Properties", () -> "esx-n1".equals(field(properties, "name").getText()));
		assertEquals("198.18.0.11", field(properties, "managementAddress").getText());
		assertEquals("16", field(properties, "cpuCores").getText());
		assertTrue(field(properties, "id").getEditable() == false, "the id is read-only");
		console.screenshot("b-host-properties");
	}

	@Test
	@Order(3)
	void anOutOfRangeVniIsAProblemUntilUndone() throws Exception {
		openFreshDemo();
		console.select(hostItem("app (VNI 10010)"));
		Composite properties = console.part(PROPERTIES);
		Text vni = field(properties, "vni");
		console.waitUntil("the overlay's VNI in Properties", () -> "10010".equals(vni.getText()));

		vni.setText("12x");
		console.send(vni, SWT.DefaultSelection);
		assertTrue(visibleLabels(properties).stream().anyMatch(text -> text.contains("'12x' is not a whole number")),
				"an inline error names the bad input");
		assertEquals(10010, console.session().topology().getOverlays().get(0).getVni());
		assertFalse(console.session().isDirty(), "invalid input changes nothing");

		vni.setText("16777216");
		console.send(vni, SWT.DefaultSelection);
		Table problems = ConsoleDriver.find(console.part(PROBLEMS), Table.class, table -> true);
		console.waitUntil("the VNI error in Problems", () -> vniError(problems));
		assertTrue(visibleLabels(properties).stream().anyMatch(text -> text.contains("VNI 16777216 is outside")),
				"Properties shows the problem of the selected element");
		assertTrue(visibleLabels(console.part(PROBLEMS)).stream().anyMatch(text -> text.matches("\\d+ errors?.*")),
				"the summary counts the error");
		console.screenshot("c-vni-error");

		console.command("dev.lifeboat.ui.command.undo");
		console.waitUntil("the VNI error to go away", () -> !vniError(problems));
		assertEquals("10010", vni.getText());
		assertEquals(10010, console.session().topology().getOverlays().get(0).getVni());
		console.screenshot("c-vni-undone");
	}

	@Test
	@Order(4)
	void saveWritesTheFileAndClearsTheDirtyMarker() throws Exception {
		Path file = openFreshDemo();
		byte[] original = Files.readAllBytes(file);
		console.session().save();
		assertArrayEquals(original, Files.readAllBytes(file), "saving an unchanged topology rewrites it identically");

		console.select(hostItem("esx-n2 (198.18.0.12)"));
		Text name = field(console.part(PROPERTIES), "name");
		console.waitUntil("the host's name in Properties", () -> "esx-n2".equals(name.getText()));
		name.setText("esx-n2-renamed");
		console.send(name, SWT.DefaultSelection);
		// The diagram is the editor tab shown first; it carries the dirty marker the user sees.
		MPart editor = console.context.get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).findPart(DIAGRAM);
		console.waitUntil("the dirty marker", () -> console.shell.getText().contains("demo.lifeboat*") && editor.isDirty());
		console.screenshot("d-dirty");

		console.command("dev.lifeboat.ui.command.save");
		console.waitUntil("the dirty marker to go", () -> !console.shell.getText().contains("*"));
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(file).contains("name=\"esx-n2-renamed\""), "the file holds the change");
		assertFalse(Files.readString(file).contains("name=\"esx-n2\""));
		console.screenshot("d-saved");
	}

	@Test
	@Order(5)
	void addAVmThenDeleteItsHostMovingTheVms() throws Exception {
		openFreshDemo();
		Host esxN1 = console.session().topology().getSites().get(0).getHosts().get(0);
		Host esxN2 = console.session().topology().getSites().get(0).getHosts().get(1);
		console.select(hostItem("esx-n1 (198.18.0.11)"));
		menuItem("Add VM").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		console.pump();
		assertEquals(List.of("web-1", "db-1", "vm-1"), names(esxN1.getVms()));
		console.waitUntil("the new VM in the explorer", () -> ConsoleDriver.item(explorer, "vm-1 (1 vCPU, 1024 MiB)").isPresent());
		console.screenshot("e-vm-added");

		console.select(hostItem("esx-n1 (198.18.0.11)"));
		console.pressWhenOpen("Delete host 'esx-n1'", "Move VMs to another host");
		menuItem("Delete").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		console.pump();
		assertEquals(null, esxN1.eContainer(), "the host is gone");
		assertEquals(List.of("web-2", "cache-1", "web-1", "db-1", "vm-1"), names(esxN2.getVms()));
		assertTrue(ConsoleDriver.item(explorer, "esx-n1").isEmpty(), "the explorer no longer shows the host");
		assertFalse(console.session().topology().getHaPolicies().get(0).getHosts().contains(esxN1),
				"references to the host are cleaned up");
		console.screenshot("e-host-deleted");

		console.command("dev.lifeboat.ui.command.undo");
		assertEquals(console.session().topology().getSites().get(0), esxN1.eContainer());
		assertEquals(List.of("web-1", "db-1", "vm-1"), names(esxN1.getVms()));
		assertEquals(List.of("web-2", "cache-1"), names(esxN2.getVms()));
		assertTrue(console.session().topology().getHaPolicies().get(0).getHosts().contains(esxN1));
		console.waitUntil("the host back in the explorer", () -> ConsoleDriver.item(explorer, "esx-n1 (198.18.0.11)").isPresent());
	}

	@Test
	@Order(6)
	void anUnderlayTooSmallForTheOverlayIsAnErrorOnEveryMember() throws Exception {
		openFreshDemo();
		Table problems = ConsoleDriver.find(console.part(PROBLEMS), Table.class, table -> true);
		console.waitUntil("the demo validates clean", () -> problems.getItemCount() == 0);
		hostItem("esx-n1 (198.18.0.11)").setExpanded(true);
		console.select(hostItem("data (VNI 10020)"));
		Text mtu = field(console.part(PROPERTIES), "mtu");
		mtu.setText("1600");
		console.send(mtu, SWT.DefaultSelection);
		// 'data' spans esx-n1, esx-n2 and esx-s2, whose underlay NICs have MTU 1550 < 1600 + 50.
		console.waitUntil("one MTU error per member", () -> problems.getItemCount() == 3);
		for (TableItem row : problems.getItems()) {
			assertEquals("overlay.mtu.underlay", row.getText(3), row.getText(2));
			assertTrue(row.getText(2).contains("needs at least 1650"), row.getText(2));
		}
		console.select(hostItem("esx-n1 (198.18.0.11)"));
		console.settle();
		// The README's picture: explorer, overview, Properties of a host and Problems with the errors.
		console.screenshot("console");

		console.command("dev.lifeboat.ui.command.undo");
		console.waitUntil("the errors to go away with the undo", () -> problems.getItemCount() == 0);
	}

	private Path openFreshDemo() throws Exception {
		Path file = DemoTopology.copyTo(Files.createTempDirectory("lifeboat-ui-test").resolve("demo.lifeboat"));
		console.session().open(file);
		console.settle();
		return file;
	}

	private TreeItem hostItem(String prefix) {
		console.waitUntil(prefix + " in the explorer " + ConsoleDriver.texts(explorer),
				() -> ConsoleDriver.item(explorer, prefix).isPresent());
		return ConsoleDriver.item(explorer, prefix).orElseThrow();
	}

	private MenuItem menuItem(String text) {
		Menu menu = explorer.getMenu();
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		return Arrays.stream(menu.getItems()).filter(item -> text.equals(item.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("No menu item " + text + " in "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}

	private static Text field(Composite properties, String feature) {
		return ConsoleDriver.find(properties, Text.class, text -> feature.equals(text.getData(PropertySheet.FEATURE_KEY)));
	}

	private static List<String> visibleLabels(Composite root) {
		return ConsoleDriver.findAll(root, Label.class, Label::isVisible).stream().map(Label::getText).toList();
	}

	private static boolean vniError(Table problems) {
		for (TableItem item : problems.getItems()) {
			if (item.getText(0).equals("Error") && item.getText(1).contains("overlay 'app'")
					&& item.getText(2).contains("VNI 16777216")) {
				return true;
			}
		}
		return false;
	}

	private static List<String> names(List<VirtualMachine> vms) {
		return vms.stream().map(VirtualMachine::getName).toList();
	}
}
