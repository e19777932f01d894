package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.core.drill.RestorePoint;
import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.ui.drill.DrillWizard;

/**
 * The DR Drill wizard's page flow on a copy of the demo: plan and restore point, preflight, the steps as they
 * arrive, the report; the record is an undoable edit that Save writes, and its chain verifies. The restore points
 * are listed and the snapshot each VM gets at the chosen one shown; unknown recovery host keys are accepted by their
 * fingerprint, a changed one is refused. The runner here
 * replays a recorded drill result through the {@link DrillRunner} contract, so the page flow, the record and its
 * chain are checked without root or a lab (DrillWizardLabTest drives the console's own runner on the lab).
 * Screenshots drill-wizard-*.png.
 */
class DrillWizardTest {

	private static final String FINGERPRINT_S1 = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
	private static final String FINGERPRINT_S2 = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s";

	/**
	 * Replays one drill: the contract's calls in order, steps delivered from the runner's own thread. Its restore
	 * points are resolved by the core from two snapshots per VM; it can play recovery hosts whose keys nobody trusts
	 * (until accepted) or whose key changed, and records on which thread and with which restore point it was asked.
	 */
	private static final class ReplayRunner implements DrillRunner {
		private final DrillResult drill = DemoDrills.drill(Instant.parse("2026-11-23T09:00:00Z"), true);
		final List<String> asked = Collections.synchronizedList(new ArrayList<>());
		final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
		final Set<String> accepted = ConcurrentHashMap.newKeySet();
		volatile boolean unknownKeys;
		volatile boolean changedKey;

		@Override
		public List<RestorePoint> restorePoints(DrPlan plan) throws IOException {
			threads.add(Thread.currentThread());
			if (unknownKeys && !accepted.contains("esx-s1=" + FINGERPRINT_S1)) {
				throw new UnknownHostKeyException("esx-s1", FINGERPRINT_S1, "esx-s1: unknown host key ssh-ed25519 "
						+ FINGERPRINT_S1 + ". Check it on the host, then " + KnownHosts.howToAccept("esx-s1", FINGERPRINT_S1));
			}
			Map<String, List<RestorePoint.Snapshot>> snapshots = new LinkedHashMap<>();
			snapshots.put("db-1", List.of(snapshot("db1aaaa0", "08:05:00"), snapshot("db1bbbb0", "08:45:00")));
			snapshots.put("web-1", List.of(snapshot("web1aaa0", "08:00:00"), snapshot("web1bbb0", "08:40:00")));
			return RestorePoint.offered(snapshots);
		}

		@Override
		public List<PreflightCheck> preflight(DrPlan plan, String restorePoint) {
			threads.add(Thread.currentThread());
			asked.add(restorePoint);
			PreflightCheck connect = new PreflightCheck("connect esx-s2", true, "agent home /var/lib/lifeboat", "esx-s2", null);
			if (changedKey) {
				connect = new PreflightCheck("connect esx-s2", false, "esx-s2: HOST KEY CHANGED: it presents "
						+ FINGERPRINT_S1 + " but Lifeboat's known_hosts has " + FINGERPRINT_S2, "esx-s2", null);
			} else if (unknownKeys && !accepted.contains("esx-s2=" + FINGERPRINT_S2)) {
				connect = new PreflightCheck("connect esx-s2", false, "esx-s2: unknown host key ssh-ed25519 " + FINGERPRINT_S2
						+ ". Check it on the host, then " + KnownHosts.howToAccept("esx-s2", FINGERPRINT_S2), "esx-s2",
						FINGERPRINT_S2);
			}
			return List.of(new PreflightCheck("repository", true, "tier1 reachable over SFTP"),
					new PreflightCheck("capacity esx-s1", true, "12288 MiB free, 12288 MiB needed"), connect,
					new PreflightCheck("VNI " + plan.getDrillVni(), true, "free on every recovery host"));
		}

		@Override
		public DrillResult run(DrPlan plan, String restorePoint, Consumer<TimelineStep> progress) throws IOException {
			asked.add(restorePoint);
			drill.timeline().forEach(progress);
			return drill;
		}

		@Override
		public void acceptHostKey(String host, String fingerprint) {
			accepted.add(host + "=" + fingerprint);
		}

		private static RestorePoint.Snapshot snapshot(String id, String time) {
			return new RestorePoint.Snapshot(id + "0".repeat(56), Instant.parse("2026-11-23T" + time + "Z"));
		}
	}

	private ConsoleDriver console;
	private Path before;

	@Test
	void planRestorePointPreflightRunReport() throws Throwable {
		ReplayRunner runner = new ReplayRunner();
		Path folder = drillOnACopyOfTheDemo(runner, this::driveWizard);
		assertEquals(List.of("2026-11-23T08:40:00Z", "2026-11-23T08:40:00Z"), runner.asked,
				"the preflight and the drill get the chosen point, as the drill's restore point");
		assertTrue(runner.threads.size() >= 2 && runner.threads.stream().noneMatch(thread -> thread == console.display.getThread()),
				"the snapshots and the preflight are read off the UI thread: " + runner.threads);
		assertTrue(console.session().isDirty(), "the record is an edit: the file is dirty");
		assertEquals(1, console.session().topology().getDrillRecords().size());
		console.command("dev.lifeboat.ui.command.save");
		assertEquals(Optional.empty(), DrillHistory.verify(TopologyFiles.load(folder.resolve("demo.lifeboat")), folder));
		assertTrue(Files.isRegularFile(folder.resolve("drill-reports/drill-north-to-south-20261123-090000.pdf")));
	}

	@Test
	void unknownRecoveryHostKeysAreAcceptedOnlyByTheirFingerprintAndAChangedOneIsRefused() throws Throwable {
		ReplayRunner runner = new ReplayRunner();
		runner.unknownKeys = true;
		drillOnACopyOfTheDemo(runner, shell -> {
			WizardDialog dialog = (WizardDialog) shell.getData();
			// Listing the restore points met esx-s1's unknown key: its fingerprint and the box to accept it.
			console.waitUntil("esx-s1's key to be shown", () -> find(shell, Button.class, "verify:esx-s1") != null);
			assertTrue(dialog.getCurrentPage().getErrorMessage().contains("recovery host esx-s1 presents a key nobody trusts"),
					dialog.getCurrentPage().getErrorMessage());
			assertEquals("esx-s1 presents the unknown key " + FINGERPRINT_S1,
					widget(shell, Label.class, "fingerprint:esx-s1").getText());
			assertEquals(List.of("latest"), Arrays.asList(widget(shell, Combo.class, "restorePoint").getItems()));
			console.screenshot(shell, "drill-wizard-keys-1-choose");
			tick(widget(shell, Button.class, "verify:esx-s1"));
			assertEquals(Set.of("esx-s1=" + FINGERPRINT_S1), runner.accepted);
			console.waitUntil("the restore points", () -> widget(shell, Combo.class, "restorePoint").getItemCount() == 5);
			assertEquals(null, find(shell, Button.class, "verify:esx-s1"), "the accepted key is asked no more");

			next(shell, "preflight");
			console.waitUntil("esx-s2's key to be shown", () -> find(shell, Button.class, "verify:esx-s2") != null);
			assertFalse(WizardDriver.nextButton(shell).isEnabled(), "no drill while a recovery host's key is unknown");
			Table checks = widget(shell, Table.class, "preflight");
			assertEquals("FAILED", checks.getItem(2).getText(1));
			assertTrue(checks.getItem(2).getText(2).endsWith("confirm it below: tick 'I verified this fingerprint' next to "
					+ "that fingerprint, or pin it in the topology"), checks.getItem(2).getText(2));
			console.screenshot(shell, "drill-wizard-keys-2-preflight");
			tick(widget(shell, Button.class, "verify:esx-s2"));
			console.waitUntil("the preflight to pass", () -> WizardDriver.nextButton(shell).isEnabled());
			assertEquals(Set.of("esx-s1=" + FINGERPRINT_S1, "esx-s2=" + FINGERPRINT_S2), runner.accepted);
			assertEquals("OK", checks.getItem(2).getText(1));

			// A key that changed is a failed check with its error, never a box to accept it.
			runner.changedKey = true;
			WizardDriver.press(console, shell, IDialogConstants.BACK_ID);
			next(shell, "preflight");
			console.waitUntil("the preflight to end", () -> checks.getItemCount() == 4);
			assertTrue(checks.getItem(2).getText(2).contains("HOST KEY CHANGED"), checks.getItem(2).getText(2));
			assertEquals(null, find(shell, Button.class, "verify:esx-s2"));
			assertFalse(WizardDriver.nextButton(shell).isEnabled());
			WizardDriver.press(console, shell, IDialogConstants.CANCEL_ID);
		});
		assertEquals(0, console.session().topology().getDrillRecords().size(), "no drill ran");
	}

	/** Opens a copy of the demo, runs the DR Drill wizard with {@code runner} and drives it; returns the copy's folder. */
	private Path drillOnACopyOfTheDemo(ReplayRunner runner, WizardDriver.Scenario scenario) throws Throwable {
		console = new ConsoleDriver();
		before = console.session().currentFile().orElse(null);
		Path folder = Files.createTempDirectory("drill-wizard");
		Path file = DemoTopology.copyTo(folder.resolve("demo.lifeboat"));
		console.session().open(file);
		console.context.set(DrillRunner.class, runner);
		try {
			WizardDriver.run(console, "dev.lifeboat.ui.command.drill", "DR Drill", scenario);
			return folder;
		} finally {
			console.context.remove(DrillRunner.class);
		}
	}

	/** The workbench is shared by every UI test: leave it on the file it had. */
	@AfterEach
	void reopenTheFileOfBefore() throws Exception {
		if (before != null) {
			console.session().open(before);
			console.pump();
		}
	}

	private void driveWizard(Shell shell) {
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertEquals("choose", dialog.getCurrentPage().getName());
		assertEquals(DemoDrills.PLAN, widget(shell, Combo.class, "plan").getText());
		Combo points = widget(shell, Combo.class, "restorePoint");
		console.waitUntil("the restore points", () -> points.getItemCount() == 5);
		assertEquals(List.of("latest", "2026-11-23 08:45:00 UTC", "2026-11-23 08:40:00 UTC", "2026-11-23 08:05:00 UTC",
				"2026-11-23 08:00:00 UTC  (not usable: db-1 has none)"), Arrays.asList(points.getItems()));
		Table snapshots = widget(shell, Table.class, "restorePointSnapshots");
		assertEquals(List.of("db-1 db1bbbb0 2026-11-23 08:45:00 UTC", "web-1 web1bbb0 2026-11-23 08:40:00 UTC"),
				rows(snapshots), "latest: each VM's newest");

		choose(points, 3);
		assertEquals(List.of("db-1 db1aaaa0 2026-11-23 08:05:00 UTC", "web-1 web1aaa0 2026-11-23 08:00:00 UTC"),
				rows(snapshots), "08:05: each VM's newest snapshot at or before it");
		assertTrue(WizardDriver.nextButton(shell).isEnabled());
		choose(points, 4);
		assertFalse(WizardDriver.nextButton(shell).isEnabled(), "a point that cannot restore db-1 cannot be drilled");
		assertTrue(dialog.getCurrentPage().getErrorMessage().contains("db-1: no snapshot at or before 2026-11-23 08:00:00 UTC"),
				dialog.getCurrentPage().getErrorMessage());
		choose(points, 2);
		assertEquals(List.of("db-1 db1aaaa0 2026-11-23 08:05:00 UTC", "web-1 web1bbb0 2026-11-23 08:40:00 UTC"),
				rows(snapshots), "08:40: web-1's second snapshot, db-1 still its first");
		console.settle();
		console.screenshot(shell, "drill-wizard-1-choose");

		next(shell, "preflight");
		Table checks = widget(shell, Table.class, "preflight");
		console.waitUntil("the preflight", () -> WizardDriver.nextButton(shell).isEnabled());
		assertEquals(4, checks.getItemCount());
		assertEquals("OK", checks.getItem(3).getText(1));
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

	private void choose(Combo combo, int index) {
		combo.select(index);
		console.send(combo, SWT.Selection);
	}

	private void tick(Button box) {
		box.setSelection(true);
		console.send(box, SWT.Selection);
	}

	private static List<String> rows(Table table) {
		return Arrays.stream(table.getItems())
				.map(item -> item.getText(0) + " " + item.getText(1) + " " + item.getText(2)).toList();
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
		return WizardDriver.widget(shell, DrillWizard.WIDGET_ID, type, id);
	}

	private static <T extends Control> T find(Shell shell, Class<T> type, String id) {
		return WizardDriver.find(shell, DrillWizard.WIDGET_ID, type, id);
	}
}
