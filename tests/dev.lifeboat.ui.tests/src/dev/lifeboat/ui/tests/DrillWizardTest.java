package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.ui.drill.DrillWizard;

/**
 * The DR Drill wizard's page flow on a copy of the demo: plan and restore point, preflight, the steps as they
 * arrive, the report; the record is an undoable edit that Save writes, and its chain verifies. The runner here
 * replays a recorded drill result through the {@link DrillRunner} contract, so the page flow, the record and its
 * chain are checked without root or a lab (DrillWizardLabTest drives the console's own runner on the lab).
 * Screenshots drill-wizard-*.png.
 */
class DrillWizardTest {

	/** Replays one drill: the contract's calls in order, steps delivered from the runner's own thread. */
	private static final class ReplayRunner implements DrillRunner {
		private final DrillResult drill = DemoDrills.drill(Instant.parse("2026-11-23T09:00:00Z"), true);

		@Override
		public List<String> restorePoints(DrPlan plan) {
			return List.of("2026-11-23T08:40:00Z");
		}

		@Override
		public List<PreflightCheck> preflight(DrPlan plan, String restorePoint) {
			return List.of(new PreflightCheck("repository", true, "tier1 reachable over SFTP"),
					new PreflightCheck("capacity esx-s1", true, "12288 MiB free, 12288 MiB needed"),
					new PreflightCheck("VNI " + plan.getDrillVni(), true, "free on every recovery host"));
		}

		@Override
		public DrillResult run(DrPlan plan, String restorePoint, Consumer<TimelineStep> progress) throws IOException {
			drill.timeline().forEach(progress);
			return drill;
		}
	}

	private ConsoleDriver console;

	@Test
	void planPreflightRunReport() throws Throwable {
		console = new ConsoleDriver();
		Path before = console.session().currentFile().orElse(null);
		Path folder = Files.createTempDirectory("drill-wizard");
		Path file = DemoTopology.copyTo(folder.resolve("demo.lifeboat"));
		console.session().open(file);
		console.context.set(DrillRunner.class, new ReplayRunner());
		try {
			Throwable[] failure = new Throwable[1];
			// The wizard is modal: its event loop runs the scenario, queued before the command opens it.
			console.display.asyncExec(() -> {
				try {
					driveWizard();
				} catch (Throwable t) {
					failure[0] = t;
					wizardShell().ifPresent(Shell::dispose);
				}
			});
			console.command("dev.lifeboat.ui.command.drill");
			if (failure[0] != null) {
				throw failure[0];
			}
			assertTrue(console.session().isDirty(), "the record is an edit: the file is dirty");
			assertEquals(1, console.session().topology().getDrillRecords().size());
			console.command("dev.lifeboat.ui.command.save");
			assertEquals(Optional.empty(), DrillHistory.verify(TopologyFiles.load(file), folder));
			assertTrue(Files.isRegularFile(folder.resolve("drill-reports/drill-north-to-south-20261123-090000.pdf")));
		} finally {
			console.context.remove(DrillRunner.class);
			if (before != null) {
				console.session().open(before);
				console.pump();
			}
		}
	}

	private void driveWizard() {
		console.waitUntil("the DR Drill wizard", () -> wizardShell().isPresent());
		Shell shell = wizardShell().orElseThrow();
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertEquals("choose", dialog.getCurrentPage().getName());
		assertEquals(DemoDrills.PLAN, widget(shell, Combo.class, "plan").getText());
		assertEquals(List.of("latest", "2026-11-23T08:40:00Z"), Arrays.asList(widget(shell, Combo.class, "restorePoint").getItems()));
		console.screenshot(shell, "drill-wizard-1-choose");

		next(shell, "preflight");
		Table checks = widget(shell, Table.class, "preflight");
		assertEquals(3, checks.getItemCount());
		assertEquals("OK", checks.getItem(2).getText(1));
		console.screenshot(shell, "drill-wizard-2-preflight");

		next(shell, "run");
		Table steps = widget(shell, Table.class, "steps");
		console.waitUntil("the drill to finish", 30_000, () -> button(shell, IDialogConstants.NEXT_ID).isEnabled());
		assertEquals(4, steps.getItemCount());
		assertEquals("restore and verify", steps.getItem(1).getText(0));
		console.screenshot(shell, "drill-wizard-3-run");

		next(shell, "report");
		String outcome = widget(shell, Label.class, "outcome").getText();
		assertTrue(outcome.startsWith("SUCCEEDED, score 100.0 %"), outcome);
		console.settle();
		console.screenshot(shell, "drill-wizard-4-report");
		assertTrue(button(shell, IDialogConstants.FINISH_ID).isEnabled());
		press(shell, IDialogConstants.FINISH_ID);
	}

	private Optional<Shell> wizardShell() {
		return Arrays.stream(console.display.getShells())
				.filter(shell -> !shell.isDisposed() && shell.getData() instanceof WizardDialog).findFirst();
	}

	private void next(Shell shell, String expected) {
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertTrue(button(shell, IDialogConstants.NEXT_ID).isEnabled(), "Next on " + dialog.getCurrentPage().getName());
		press(shell, IDialogConstants.NEXT_ID);
		console.waitUntil("the " + expected + " page", () -> expected.equals(dialog.getCurrentPage().getName()));
	}

	private static Button button(Shell shell, int id) {
		return ConsoleDriver.find(shell, Button.class, button -> Integer.valueOf(id).equals(button.getData()));
	}

	private void press(Shell shell, int id) {
		button(shell, id).notifyListeners(SWT.Selection, new Event());
		console.pump();
	}

	private static <T extends Control> T widget(Shell shell, Class<T> type, String id) {
		return ConsoleDriver.find(shell, type, control -> id.equals(control.getData(DrillWizard.WIDGET_ID)));
	}
}
