package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.migrate.MigrateWizard;

/**
 * The Migrate wizard against the lab (three hosts with real OpenSSH, as root): the demo deployed, then web-2 moved
 * from esx-n2 to esx-s1 through the wizard: the preflight (a snapshot blocks it until removed), the plan, the
 * migration to 100% with the blackout measured from web-1, the verification per host, and the move with its record
 * on the command stack. Screenshots of each page go to target/screenshots.
 */
class MigrateWizardTest {

	private Path before;

	private static final long SSH_TIMEOUT_MS = 180_000;

	@RegisterExtension
	final LabFixture lab = LabFixture.demoLab();
	private ConsoleDriver console;

	@Test
	void migratesAGuestOfTheLabThroughTheWizard() throws Throwable {
		console = new ConsoleDriver();
		Path file = lab.deployedDemo(topology -> {
		});
		try {
			before = console.session().currentFile().orElse(null);
			console.session().open(file);
			console.settle();
			VirtualMachine web2 = console.session().topology().getSites().get(0).getHosts().get(1).getVms().get(0);
			assertEquals("web-2", web2.getName());
			web2.setSnapshotCount(1);
			Throwable[] failure = new Throwable[1];
			console.display.asyncExec(() -> {
				try {
					driveWizard(web2);
				} catch (Throwable t) {
					failure[0] = t;
					wizardShell().ifPresent(Shell::dispose);
				}
			});
			MigrateWizard.open(console.shell, console.session(), web2, null);
			if (failure[0] != null) {
				throw failure[0];
			}
			assertEquals("esx-s1", web2.getHost().getName(), "the VM moved in the model");
			assertTrue(console.session().isDirty(), "the move and its record are an edit: the file is dirty");
			OperationRecord record = console.session().topology().getOperationRecords().stream()
					.filter(r -> r.getKind() == OperationKind.MIGRATION).findFirst().orElseThrow();
			assertEquals(Outcome.SUCCEEDED, record.getOutcome(), record.getSummary());
			assertTrue(record.getSteps().stream().anyMatch(step -> step.getName().equals("blackout")), "the blackout is recorded");
			assertTrue(Files.exists(Path.of("/run/netns/lb.esx-s1.web-2")) && !Files.exists(Path.of("/run/netns/lb.esx-n2.web-2")),
					"the guest runs on esx-s1 only");
			console.session().undo();
			assertEquals("esx-n2", web2.getHost().getName(), "one undo takes back the move and the record");
		} finally {
			// The workbench is shared by every UI test: leave it on the file it had.
			if (before != null) {
				console.session().open(before);
				console.pump();
			}
		}
	}

	private void driveWizard(VirtualMachine web2) throws Exception {
		console.waitUntil("the Migrate wizard", () -> wizardShell().isPresent());
		Shell shell = wizardShell().orElseThrow();
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertEquals("plan", dialog.getCurrentPage().getName());
		widget(shell, Text.class, "identity").setText(lab.identity().toString());
		widget(shell, Text.class, "knownHosts").setText(lab.knownHosts().toString());
		Combo target = widget(shell, Combo.class, "target");
		target.select(Arrays.asList(target.getItems()).indexOf("esx-s1"));
		target.notifyListeners(SWT.Selection, new Event());
		console.pump();
		Table findings = widget(shell, Table.class, "findings");
		assertTrue(rows(findings).stream().anyMatch(row -> row.startsWith("ERROR | VM 'web-2' | the VM has 1 snapshot(s)")),
				rows(findings).toString());
		assertTrue(!nextButton(shell).isEnabled(), "a snapshot blocks the migration");
		console.screenshot(shell, "migrate-1-preflight-snapshot");

		web2.setSnapshotCount(0);
		target.notifyListeners(SWT.Selection, new Event());
		console.pump();
		assertEquals(List.of(), rows(findings), "nothing in the way once the snapshot is gone");
		assertEquals("esx-n1/web-1", widget(shell, Combo.class, "observer").getText());
		assertTrue(Arrays.stream(widget(shell, org.eclipse.swt.widgets.List.class, "steps").getItems())
				.anyMatch(step -> step.contains("cut over")));
		console.screenshot(shell, "migrate-1-plan");

		next(shell, "execute");
		ProgressBar progress = widget(shell, ProgressBar.class, "progress");
		console.waitUntil("the migration to finish", SSH_TIMEOUT_MS, () -> nextButton(shell).isEnabled());
		assertEquals(progress.getMaximum(), progress.getSelection(), "the bar reaches 100%");
		String log = widget(shell, Text.class, "log").getText();
		assertTrue(log.contains("cutover") && log.contains("esx-s1: verify: matches the migrated topology"), log);
		console.screenshot(shell, "migrate-2-execute");

		next(shell, "result");
		assertTrue(widget(shell, Label.class, "summary").getText().startsWith("SUCCEEDED: web-2 moved from esx-n2 to esx-s1"),
				widget(shell, Label.class, "summary").getText());
		assertTrue(widget(shell, Label.class, "blackout").getText().startsWith("Blackout measured by a 10 ms ping"),
				widget(shell, Label.class, "blackout").getText());
		Table steps = widget(shell, Table.class, "steps");
		for (String host : LabFixture.DEMO_HOSTS) {
			assertTrue(rows(steps).contains("verify | " + host + " | SUCCEEDED"), host + ": " + rows(steps));
		}
		console.screenshot(shell, "migrate-3-result");
		press(shell, IDialogConstants.FINISH_ID);
	}

	/** Each row as "col0 | col1 | col2" (steps: name, host, outcome). */
	private static List<String> rows(Table table) {
		boolean steps = table.getColumnCount() == 5;
		return Arrays.stream(table.getItems()).map((TableItem item) -> steps
				? item.getText(0) + " | " + item.getText(1) + " | " + item.getText(3)
				: item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2)).toList();
	}

	private Optional<Shell> wizardShell() {
		return Arrays.stream(console.display.getShells())
				.filter(shell -> !shell.isDisposed() && shell.getData() instanceof WizardDialog).findFirst();
	}

	private void next(Shell shell, String expected) {
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertTrue(nextButton(shell).isEnabled(), "Next is enabled on " + dialog.getCurrentPage().getName());
		press(shell, IDialogConstants.NEXT_ID);
		console.waitUntil("the " + expected + " page", () -> expected.equals(dialog.getCurrentPage().getName()));
	}

	private void press(Shell shell, int buttonId) {
		ConsoleDriver.find(shell, Button.class, button -> Integer.valueOf(buttonId).equals(button.getData()))
				.notifyListeners(SWT.Selection, new Event());
		console.pump();
	}

	private static Button nextButton(Shell shell) {
		return ConsoleDriver.find(shell, Button.class, button -> Integer.valueOf(IDialogConstants.NEXT_ID).equals(button.getData()));
	}

	private static <T extends Control> T widget(Shell shell, Class<T> type, String id) {
		Predicate<T> named = control -> id.equals(control.getData(MigrateWizard.WIDGET_ID));
		return ConsoleDriver.find(shell, type, named);
	}
}
