package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.ui.ha.SimulationView;

/**
 * The Failover wizard against the lab (three hosts with real OpenSSH and agents, as root): the demo without
 * esx-s2 is deployed, then esx-n1 is evacuated (planned: fenced by a deploy, its VMs start on esx-n2), then
 * esx-s1 stops answering SSH and is recovered unplanned, only after the administrator confirms it is off.
 */
class FailoverWizardTest {

	private Path before;

	private static final long SSH_TIMEOUT_MS = 240_000;

	@RegisterExtension
	final LabFixture lab = LabFixture.demoLab();
	private ConsoleDriver console;

	@Test
	void evacuatesAHostAndRecoversADeadOneThroughTheWizard() throws Throwable {
		console = new ConsoleDriver();
		// The agents' own HA must not recover the dead host's VMs while the wizard does: their takeover (3 s with
		// the demo's 500 ms x 4) raced the wizard's deploy, which then found a guest started under it and rolled
		// that host back. Beats every 10 s put HA's takeover (60 s) after this test. (Named in the notes: the
		// unplanned wizard does not yet defer to an HA policy that already recovered the VMs.)
		Path file = lab.deployedDemo(topology -> topology.getHaPolicies().forEach(policy -> policy.setHeartbeatIntervalMs(10000)));
		try {
			assertTrue(namespaces().containsAll(List.of("lb.esx-n1.db-1", "lb.esx-n1.web-1")), namespaces()::toString);

			before = console.session().currentFile().orElse(null);
			console.session().open(file);
			console.settle();
			runWizard(this::evacuate);
			assertEquals("esx-n2", vmHost("db-1"));
			assertEquals("esx-n2", vmHost("web-1"));
			assertTrue(console.session().isDirty(), "the re-home and the record are edits");
			OperationRecord evacuation = lastRecord();
			assertEquals(OperationKind.FAILOVER, evacuation.getKind());
			assertEquals(Outcome.SUCCEEDED, evacuation.getOutcome(), describe(evacuation));
			assertTrue(evacuation.getSteps().stream().anyMatch(step -> step.getName().equals("fence")
					&& step.getTarget().equals("esx-n1") && step.getDurationMs() > 0), describe(evacuation));
			List<String> after = namespaces();
			assertTrue(after.containsAll(List.of("lb.esx-n2.db-1", "lb.esx-n2.web-1")), after::toString);
			assertFalse(after.contains("lb.esx-n1.db-1") || after.contains("lb.esx-n1.web-1"),
					"fenced: the moved VMs no longer run on esx-n1: " + after);

			lab.stopSsh("esx-s1");
			runWizard(this::recoverDeadHost);
			assertEquals("esx-n1", vmHost("web-3"), "web-3 restarts on the emptied esx-n1 (most free memory)");
			OperationRecord recovery = lastRecord();
			assertTrue(recovery.getSteps().stream().anyMatch(step -> step.getName().equals("fence")
					&& step.getOutcome() == Outcome.SKIPPED && step.getMessage().contains("confirmed esx-s1 is powered off")),
					describe(recovery));
			assertTrue(namespaces().contains("lb.esx-n1.web-3"), namespaces()::toString);
			console.command("dev.lifeboat.ui.command.save");
			assertTrue(Files.readString(file).contains("kind=\"FAILOVER\""), "Save writes the records");
		} finally {
			// The workbench is shared by every UI test: leave it on the file it had.
			if (before != null) {
				console.session().open(before);
				console.pump();
			}
		}
	}


	/** Opens the wizard through its command and drives it with {@code scenario} inside its modal loop. */
	private void runWizard(WizardDriver.Scenario scenario) throws Throwable {
		WizardDriver.run(console, "dev.lifeboat.ui.command.failover", "Failover", scenario);
	}

	private void evacuate(Shell shell) throws Exception {
		chooseHost(shell, "esx-n1", true);
		console.screenshot(shell, "failover-1-host");

		next(shell, "preflight");
		Label reachability = widget(shell, Label.class, "reachability");
		console.waitUntil("esx-n1 to answer SSH", SSH_TIMEOUT_MS, () -> reachability.getText().contains("answers SSH"));
		assertEquals(List.of("1 db-1 esx-n1 esx-n2", "2 web-1 esx-n1 esx-n2"), rows(shell, "restarts", 4));
		assertTrue(nextButton(shell).isEnabled(), "a host that answers needs no confirmation");
		console.screenshot(shell, "failover-2-preflight");

		next(shell, "plan");
		List<String> steps = rows(shell, "steps", 3);
		assertTrue(steps.get(0).startsWith("1 Re-home in the topology: db-1 -> esx-n2, web-1 -> esx-n2"), steps.toString());
		assertTrue(steps.get(1).startsWith("2 Fence: deploy esx-n1"), steps.toString());
		assertTrue(steps.stream().anyMatch(step -> step.contains("Deploy esx-n2")), steps.toString());
		console.screenshot(shell, "failover-3-plan");

		runToSummary(shell, "failover-4-progress", "failover-5-summary");
	}

	private void recoverDeadHost(Shell shell) throws Exception {
		chooseHost(shell, "esx-s1", false);
		next(shell, "preflight");
		Label reachability = widget(shell, Label.class, "reachability");
		console.waitUntil("esx-s1 not to answer", SSH_TIMEOUT_MS, () -> reachability.getText().contains("does not answer SSH"));
		Button poweredOff = widget(shell, Button.class, "poweredOff");
		assertTrue(poweredOff.isVisible() && poweredOff.getText().contains("esx-s1 is powered off"), poweredOff.getText());
		assertFalse(nextButton(shell).isEnabled(), "nothing restarts before the administrator confirms");
		console.screenshot(shell, "failover-6-unplanned-unconfirmed");
		poweredOff.setSelection(true);
		console.send(poweredOff, SWT.Selection);
		assertTrue(nextButton(shell).isEnabled(), "confirmed: the recovery may start");
		console.screenshot(shell, "failover-7-unplanned-confirmed");

		next(shell, "plan");
		assertTrue(rows(shell, "steps", 3).get(1).startsWith("2 Fence: skipped, the administrator confirmed esx-s1"),
				rows(shell, "steps", 3).toString());
		runToSummary(shell, "failover-8-unplanned-progress", "failover-9-unplanned-summary");
	}

	private void runToSummary(Shell shell, String progressShot, String summaryShot) {
		next(shell, "progress");
		Label status = widget(shell, Label.class, "status");
		console.waitUntil("the failover to finish", SSH_TIMEOUT_MS, () -> status.getText().startsWith("Finished"));
		System.out.println("Failover log:\n" + widget(shell, Text.class, "log").getText());
		console.screenshot(shell, progressShot);
		next(shell, "summary");
		List<String> outcomes = rows(shell, "outcomes", 3);
		assertTrue(outcomes.stream().noneMatch(row -> row.contains("FAILED") || row.contains("ROLLED_BACK")),
				outcomes::toString);
		console.screenshot(shell, summaryShot);
		WizardDriver.press(console, shell, IDialogConstants.FINISH_ID);
	}

	private void chooseHost(Shell shell, String host, boolean planned) {
		Button mode = widget(shell, Button.class, planned ? "planned" : "unplanned");
		widget(shell, Button.class, "planned").setSelection(planned);
		widget(shell, Button.class, "unplanned").setSelection(!planned);
		console.send(mode, SWT.Selection);
		Combo hosts = widget(shell, Combo.class, "host");
		hosts.select(Arrays.asList(hosts.getItems()).indexOf(host));
		widget(shell, Text.class, "identity").setText(lab.identity().toString());
		widget(shell, Text.class, "knownHosts").setText(lab.knownHosts().toString());
		Button userKnownHosts = widget(shell, Button.class, "userKnownHosts");
		userKnownHosts.setSelection(false);
		console.send(userKnownHosts, SWT.Selection);
	}

	private String vmHost(String vm) {
		return console.session().topology().getSites().stream().flatMap(site -> site.getHosts().stream())
				.filter(host -> host.getVms().stream().anyMatch(candidate -> candidate.getName().equals(vm)))
				.map(host -> host.getName()).findFirst().orElse("(none)");
	}

	private OperationRecord lastRecord() {
		List<OperationRecord> records = console.session().topology().getOperationRecords();
		return records.get(records.size() - 1);
	}

	private static String describe(OperationRecord record) {
		StringBuilder text = new StringBuilder(record.getSummary());
		for (OperationStep step : record.getSteps()) {
			text.append("\n  ").append(step.getName()).append(' ').append(step.getTarget()).append(' ')
					.append(step.getOutcome()).append(' ').append(step.getDurationMs()).append(" ms: ")
					.append(step.getMessage());
		}
		return text.toString();
	}

	/** The guest namespaces of every lab host ({@code lb.<host>.<guest>}): all lab hosts share the machine's. */
	private static List<String> namespaces() throws Exception {
		Process ip = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
		String out = new String(ip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		ip.waitFor();
		return Arrays.stream(out.split("\n")).map(line -> line.split(" ")[0]).filter(name -> name.startsWith("lb."))
				.toList();
	}

	private void next(Shell shell, String expected) {
		WizardDriver.next(console, shell, expected);
	}

	private static Button nextButton(Shell shell) {
		return WizardDriver.nextButton(shell);
	}

	private static List<String> rows(Shell shell, String id, int columns) {
		Table table = widget(shell, Table.class, id);
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < columns; i++) {
				cells.add(item.getText(i));
			}
			rows.add(String.join(" ", cells));
		}
		return rows;
	}

	private static <T extends Control> T widget(Shell shell, Class<T> type, String id) {
		return ConsoleDriver.find(shell, type, control -> id.equals(control.getData(SimulationView.WIDGET_ID))
				&& control.isVisible());
	}
}
