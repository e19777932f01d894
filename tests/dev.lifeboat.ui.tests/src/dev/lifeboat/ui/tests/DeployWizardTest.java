package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.ui.deploy.DeployWizard;

/**
 * The Deploy wizard against the lab (three hosts with real OpenSSH, as root), opened through its command: Hosts,
 * Preflight (the unknown host keys shown with their fingerprints and accepted by ticking), Changes, Apply to
 * 100%, Summary with every host APPLIED, and the record on the command stack so that Save writes it.
 */
class DeployWizardTest {

	private static final long SSH_TIMEOUT_MS = 180_000;

	@RegisterExtension
	final LabFixture lab = LabFixture.demoLab();
	private ConsoleDriver console;

	@Test
	void deploysTheLabThroughTheWizard() throws Throwable {
		console = new ConsoleDriver();
		Path file = lab.demo(topology -> {
		});
		console.session().open(file);
		console.settle();
		Throwable[] failure = new Throwable[1];
		// The wizard is modal: its event loop runs the scenario, queued before the command opens it.
		console.display.asyncExec(() -> {
			try {
				// A known_hosts of the console's own, without the lab's keys: the wizard shows them to be accepted.
				driveWizard(lab.work().resolve("wizard_known_hosts"));
			} catch (Throwable t) {
				failure[0] = t;
				wizardShell().ifPresent(Shell::dispose);
			}
		});
		console.command("dev.lifeboat.ui.command.deploy");
		if (failure[0] != null) {
			throw failure[0];
		}
		assertRecorded(file);
	}

	private void driveWizard(Path knownHosts) throws Exception {
		console.waitUntil("the Deploy wizard", () -> wizardShell().isPresent());
		Shell shell = wizardShell().orElseThrow();
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertEquals("hosts", dialog.getCurrentPage().getName());
		Table hosts = widget(shell, Table.class, "hosts");
		assertEquals(LabFixture.DEMO_HOSTS, Arrays.stream(hosts.getItems()).map(item -> item.getText(0)).toList());
		assertTrue(Arrays.stream(hosts.getItems()).allMatch(TableItem::getChecked), "all hosts are checked by default");
		widget(shell, Text.class, "identity").setText(lab.identity().toString());
		widget(shell, Text.class, "knownHosts").setText(knownHosts.toString());
		Button userKnownHosts = widget(shell, Button.class, "userKnownHosts");
		userKnownHosts.setSelection(false);
		userKnownHosts.notifyListeners(SWT.Selection, new Event());
		console.screenshot(shell, "deploy-1-hosts");

		next(shell, "preflight");
		Table preflight = widget(shell, Table.class, "preflight");
		console.waitUntil("a preflight problem per host", SSH_TIMEOUT_MS, () -> rows(preflight).size() == LabFixture.DEMO_HOSTS.size());
		for (String host : LabFixture.DEMO_HOSTS) {
			String details = rows(preflight).get(host);
			assertTrue(details.contains("unknown host key ssh-ed25519 " + lab.fingerprint(host)), host + ": " + details);
			assertTrue(details.contains("tick 'I verified this fingerprint'") && !details.contains("--accept-host-key"),
					"the wizard says how to confirm the key in the wizard, not on the command line: " + details);
		}
		String n1Key = "presents the unknown key " + lab.fingerprint("esx-n1");
		assertTrue(visibleTexts(shell).stream().anyMatch(text -> text.contains(n1Key)), visibleTexts(shell).toString());
		assertTrue(!nextButton(shell).isEnabled(), "no host is ready yet");
		console.screenshot(shell, "deploy-2-preflight-unknown-keys");
		for (String host : LabFixture.DEMO_HOSTS) {
			Button verified = widget(shell, Button.class, "verify:" + host);
			verified.setSelection(true);
			verified.notifyListeners(SWT.Selection, new Event());
			console.waitUntil(host + " OK after its key was accepted", SSH_TIMEOUT_MS,
					() -> rows(preflight).getOrDefault(host, "").startsWith("OK"));
		}
		assertTrue(rows(preflight).values().stream().allMatch(row -> row.startsWith("OK")), rows(preflight).toString());
		console.screenshot(shell, "deploy-2-preflight-accepted");

		next(shell, "changes");
		Tree changes = widget(shell, Tree.class, "changes");
		for (TreeItem host : changes.getItems()) {
			List<String> lines = Arrays.stream(host.getItems()).map(TreeItem::getText).toList();
			assertTrue(lines.stream().anyMatch(line -> line.startsWith("+ overlay app (VNI 10010)")), host.getText() + ": " + lines);
		}
		assertEquals(LabFixture.DEMO_HOSTS.size(), changes.getItemCount());
		console.screenshot(shell, "deploy-3-changes");

		next(shell, "apply");
		ProgressBar overall = widget(shell, ProgressBar.class, "overall");
		console.waitUntil("the deploy to finish", SSH_TIMEOUT_MS, () -> nextButton(shell).isEnabled());
		assertEquals(overall.getMaximum(), overall.getSelection(), "the overall bar reaches 100%");
		assertTrue(widget(shell, Text.class, "log").getText().contains("esx-s1: APPLIED"), widget(shell, Text.class, "log").getText());
		console.screenshot(shell, "deploy-4-apply");

		next(shell, "summary");
		Table outcomes = widget(shell, Table.class, "outcomes");
		for (TableItem row : outcomes.getItems()) {
			assertEquals("APPLIED", row.getText(1), row.getText(0) + ": " + row.getText(3));
		}
		assertEquals(LabFixture.DEMO_HOSTS, Arrays.stream(outcomes.getItems()).map(row -> row.getText(0)).toList());
		assertTrue(ConsoleDriver.find(shell, Button.class, button -> Integer.valueOf(IDialogConstants.FINISH_ID).equals(button.getData()))
				.isEnabled(), "Finish closes the wizard on the summary");
		console.screenshot(shell, "deploy-5-summary");
		press(shell, IDialogConstants.FINISH_ID);
	}

	private void assertRecorded(Path file) throws Exception {
		assertTrue(console.session().isDirty(), "the record is an edit: the file is dirty");
		List<OperationRecord> records = console.session().topology().getOperationRecords();
		assertEquals(1, records.size());
		assertEquals(Outcome.SUCCEEDED, records.get(0).getOutcome());
		console.command("dev.lifeboat.ui.command.save");
		assertTrue(Files.readString(file).contains("initiator="), "Save writes the record");
	}

	private Optional<Shell> wizardShell() {
		return WizardDriver.wizardShell(console);
	}

	/** Presses Next and waits for the page {@code expected}. */
	private void next(Shell shell, String expected) {
		WizardDriver.next(console, shell, expected);
	}

	private void press(Shell shell, int buttonId) {
		WizardDriver.press(console, shell, buttonId);
	}

	private static Button nextButton(Shell shell) {
		return WizardDriver.nextButton(shell);
	}

	private static <T extends Control> T widget(Shell shell, Class<T> type, String id) {
		Predicate<T> named = control -> id.equals(control.getData(DeployWizard.WIDGET_ID));
		return ConsoleDriver.find(shell, type, named);
	}

	/** The preflight table as host -> "status: details". */
	private static Map<String, String> rows(Table table) {
		return Arrays.stream(table.getItems())
				.collect(Collectors.toMap(item -> item.getText(0), item -> item.getText(1) + ": " + item.getText(2)));
	}

	private static List<String> visibleTexts(Shell shell) {
		return ConsoleDriver.findAll(shell, Label.class, Label::isVisible).stream().map(Label::getText).toList();
	}
}
