package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.ui.ha.SimulationView;

/**
 * The Failover Simulation dialog on the demo, opened from the Topology menu and from a host's context menu in
 * the explorer: each scenario kind shows members, restarts, what stays down and the timings.
 */
class FailoverSimulationDialogTest {

	private final ConsoleDriver console = new ConsoleDriver();

	@Test
	void theTopologyMenuSimulatesEachScenarioKind() throws Throwable {
		openFreshDemo();
		Throwable[] failure = new Throwable[1];
		console.display.asyncExec(() -> {
			try {
				driveFromMenu();
			} catch (Throwable t) {
				failure[0] = t;
			} finally {
				dialog().ifPresent(Shell::close);
			}
		});
		console.command("dev.lifeboat.ui.command.simulateFailover");
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	@Test
	void whatIfThisHostFailsStartsFromTheSelectedHost() throws Throwable {
		openFreshDemo();
		Tree explorer = ConsoleDriver.find(console.part("dev.lifeboat.ui.part.explorer"), Tree.class, tree -> true);
		console.waitUntil("esx-s1 in the explorer", () -> ConsoleDriver.item(explorer, "esx-s1").isPresent());
		console.select(ConsoleDriver.item(explorer, "esx-s1").orElseThrow());
		Menu menu = explorer.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem whatIf = Arrays.stream(menu.getItems()).filter(item -> item.getText().equals("What if this host fails?"))
				.findFirst().orElseThrow(() -> new AssertionError("no 'What if this host fails?' among "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		Throwable[] failure = new Throwable[1];
		console.display.asyncExec(() -> {
			try {
				console.waitUntil("the simulation dialog", () -> dialog().isPresent());
				Shell shell = dialog().orElseThrow();
				assertEquals("esx-s1", widget(shell, Combo.class, "host").getText());
				// esx-s1 runs web-3 (priority 30) and batch-1 (90): batch-1's NAT bridge 'nat' exists on esx-s2.
				assertEquals(List.of("1 web-3 esx-s1 esx-n2", "2 batch-1 esx-s1 esx-s2"), rows(shell, "restarts", 4));
				console.screenshot(shell, "simulation-4-what-if-esx-s1-fails");
			} catch (Throwable t) {
				failure[0] = t;
			} finally {
				dialog().ifPresent(Shell::close);
			}
		});
		whatIf.notifyListeners(SWT.Selection, new Event());
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	private void driveFromMenu() {
		console.waitUntil("the simulation dialog", () -> dialog().isPresent());
		Shell shell = dialog().orElseThrow();
		assertEquals("Failover Simulation: demo", shell.getText());
		// Default: the first host fails.
		assertEquals("esx-n1", widget(shell, Combo.class, "host").getText());
		assertEquals(List.of("1 db-1 esx-n1 esx-n2", "2 web-1 esx-n1 esx-n2"), rows(shell, "restarts", 4));
		assertTrue(rows(shell, "members", 2).containsAll(List.of("esx-n1 FAILED", "esx-n2 UP")),
				rows(shell, "members", 2).toString());
		String details = widget(shell, Text.class, "details").getText();
		assertTrue(details.contains("detection 2.0 s, self-fence deadline 2.5 s, takeover 3.0 s, all guests answering"
				+ " ~4.6 s"), details);
		assertTrue(details.contains("Overlay app (VNI 10010) loses esx-n1: host failed"), details);
		console.screenshot(shell, "simulation-1-host-fails");

		choose(widget(shell, Combo.class, "kind"), "NIC is cut");
		choose(widget(shell, Combo.class, "nic"), "eth1");
		assertTrue(rows(shell, "members", 2).contains("esx-n1 DEGRADED"), rows(shell, "members", 2).toString());
		assertEquals(List.of(), rows(shell, "restarts", 4));
		console.screenshot(shell, "simulation-2-nic-cut");

		choose(widget(shell, Combo.class, "kind"), "Network splits");
		widget(shell, Text.class, "partition").setText("esx-n1,esx-n2|esx-s1,esx-s2");
		console.pump();
		assertEquals(List.of("esx-n1 SELF_FENCED", "esx-n2 SELF_FENCED", "esx-s1 SELF_FENCED", "esx-s2 SELF_FENCED"),
				rows(shell, "members", 2));
		assertTrue(rows(shell, "unplaced", 1).contains("db-1"), rows(shell, "unplaced", 1).toString());
		assertTrue(widget(shell, Text.class, "details").getText().contains("EVERY member fences itself"),
				widget(shell, Text.class, "details").getText());
		console.screenshot(shell, "simulation-3-even-split");

		widget(shell, Text.class, "partition").setText("esx-n1|esx-x9");
		console.pump();
		assertTrue(widget(shell, Text.class, "details").getText().startsWith("Host 'esx-x9' is not in topology 'demo'."),
				widget(shell, Text.class, "details").getText());
	}

	private void openFreshDemo() throws Exception {
		Path file = DemoTopology.copyTo(Files.createTempDirectory("lifeboat-simulation").resolve("demo.lifeboat"));
		console.session().open(file);
		console.settle();
	}

	private void choose(Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		console.send(combo, SWT.Selection);
	}

	private Optional<Shell> dialog() {
		return Arrays.stream(console.display.getShells())
				.filter(shell -> !shell.isDisposed() && shell.getText().startsWith("Failover Simulation")).findFirst();
	}

	/** The first {@code columns} cells of each row of the table {@code id}, joined by spaces. */
	private static List<String> rows(Shell shell, String id, int columns) {
		Table table = widget(shell, Table.class, id);
		return Arrays.stream(table.getItems()).map(item -> cells(item, columns)).toList();
	}

	private static String cells(TableItem item, int columns) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < columns; i++) {
			text.append(i == 0 ? "" : " ").append(item.getText(i));
		}
		return text.toString();
	}

	private static <T extends Control> T widget(Shell shell, Class<T> type, String id) {
		return ConsoleDriver.find(shell, type, control -> id.equals(control.getData(SimulationView.WIDGET_ID)));
	}
}
