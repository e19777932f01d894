package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
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

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.BackupStatus;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.BackupTargetKind;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.backup.BackupStatusDialog;
import dev.lifeboat.ui.drill.DrillWizard;
import dev.lifeboat.ui.parts.DrillHistoryPart;

/**
 * The DR Drill wizard on the console's own drill runner against the lab (three hosts with real OpenSSH and agents,
 * as root): the demo without esx-n2 is deployed and esx-n1's tier-1 guests backed up with {@code agent backup};
 * then the wizard asks for the repository password, keeps it in secure storage (a storage file of the test's own,
 * whose master password the console's dialog asks for, twice, as on first use), runs the preflight and the drill
 * over SSH, shows the report, and the record is in Drill History. A second run asks for no password.
 * Screenshots drill-lab-*.png.
 */
class DrillWizardLabTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-s1", "esx-s2");
	private static final String PASSWORD = "repo-" + Long.toHexString(new Random().nextLong());
	private static final String MASTER = "master-" + Long.toHexString(new Random().nextLong());
	private static final long DRILL_TIMEOUT_MS = 600_000;

	@RegisterExtension
	final LabFixture lab = LabFixture.of(HOSTS.toArray(String[]::new));
	private ConsoleDriver console;
	private Path work;
	private Path wizardKnownHosts;
	private Path storageFile;
	private MasterPasswordAnswers masterPasswords;

	@Test
	void drillsTheLabThroughTheWizardWithThePasswordFromSecureStorage() throws Throwable {
		console = new ConsoleDriver();
		masterPasswords = new MasterPasswordAnswers(console, MASTER, "drill-lab-master-password-");
		IEclipseContext application = console.context.get(MApplication.class).getContext();
		RepositoryPasswords consolePasswords = application.get(RepositoryPasswords.class);
		Path before = console.session().currentFile().orElse(null);
		try {
			work = lab.work();
			Path file = work.resolve("lab.lifeboat");
			Topology topology = labTopology();
			TopologyFiles.save(topology, file);
			deployAndBackUp(topology);

			storageFile = work.resolve("secure_storage");
			ISecurePreferences storage = SecurePreferencesFactory.open(storageFile.toUri().toURL(),
					Map.of(IProviderHints.PROMPT_USER, true));
			application.set(RepositoryPasswords.class, new RepositoryPasswords(storage));
			console.session().open(file);
			console.settle();
			assertTrue(canExecute("dev.lifeboat.ui.command.drill"), "the console's drill runner enables DR Drill");

			runWizard(this::firstDrill);
			assertEquals(2, masterPasswords.prompts(), "a new master password is asked twice (typed, then confirmed)");
			assertTrue(storage.nodeExists(RepositoryPasswords.NODE + "/tier1-hourly"), "the policy's node is in secure storage");
			String onDisk = Files.readString(storageFile, StandardCharsets.ISO_8859_1);
			assertTrue(onDisk.contains("backup-passwords"), onDisk);
			assertFalse(onDisk.contains(PASSWORD), "the password is encrypted on disk");

			List<DrillRecord> records = console.session().topology().getDrillRecords();
			assertEquals(1, records.size());
			console.command("dev.lifeboat.ui.command.save");
			assertEquals(Optional.empty(), DrillHistory.verify(TopologyFiles.load(file), work));
			assertNoPasswordIn(work);
			Table history = ConsoleDriver.find(console.part(DrillHistoryPart.ID), Table.class, candidate -> true);
			DrillHistoryPart historyPart = (DrillHistoryPart) console.partObject(DrillHistoryPart.ID);
			console.waitUntil("the history to be verified", () -> !historyPart.refreshing() && history.getItemCount() == 1);
			assertEquals(1, history.getItemCount());
			assertEquals("north-to-south", history.getItem(0).getText(1));
			assertEquals("SUCCEEDED", history.getItem(0).getText(2));
			console.screenshot("drill-lab-6-history");

			checkBackupStatus();
			// The same snapshots judged against an RPO of 0 min: every VM misses it, and the row says by how much.
			Topology strict = org.eclipse.emf.ecore.util.EcoreUtil.copy(console.session().topology());
			strict.getBackupPolicies().forEach(policy -> policy.setRpoMinutes(0));
			List<BackupStatus.Row> missed = BackupStatus.read(strict,
					application.get(dev.lifeboat.ui.drill.ConsoleDrillRunner.class).choices().ssh());
			assertFalse(missed.isEmpty());
			for (BackupStatus.Row row : missed) {
				assertEquals(BackupStatus.Compliance.MISSED, row.compliance(), row.vm());
				assertTrue(row.problem().startsWith("the last snapshot is ") && row.problem().contains("RPO 0 min"), row.problem());
			}

			runWizard(this::secondRunAsksNothing);
			assertEquals(2, masterPasswords.prompts(), "the master password is not asked again in the session");
		} finally {
			masterPasswords.stop();
			application.set(RepositoryPasswords.class, consolePasswords);
			// The workbench is shared by every UI test: leave it on the file it had.
			if (before != null) {
				console.session().open(before);
				console.pump();
			}
		}
	}

	private void firstDrill(Shell shell) throws Exception {
		WizardDriverSupport page = new WizardDriverSupport(shell);
		assertEquals("north-to-south", page.widget(Combo.class, "plan").getText());
		assertEquals(List.of("latest"), Arrays.asList(page.widget(Combo.class, "restorePoint").getItems()),
				"a plan of two VMs restores each one's latest snapshot");
		assertFalse(WizardDriver.nextButton(shell).isEnabled(), "no drill without the repository password");
		page.widget(Text.class, "identity").setText(lab.identity().toString());
		// The wizard knows esx-n1's key only: the recovery hosts' keys are accepted in the wizard, by fingerprint.
		page.widget(Text.class, "knownHosts").setText(wizardKnownHosts.toString());
		Button userKnownHosts = page.widget(Button.class, "userKnownHosts");
		userKnownHosts.setSelection(false);
		console.send(userKnownHosts, SWT.Selection);
		Text password = page.widget(Text.class, "repositoryPassword:tier1-hourly");
		assertTrue((password.getStyle() & SWT.PASSWORD) != 0, "the password is never echoed");
		password.setText(PASSWORD);
		console.screenshot(shell, "drill-lab-1-password");
		masterPasswords.start();
		console.send(page.widget(Button.class, "saveRepositoryPasswords"), SWT.Selection);
		console.waitUntil("the password to be saved", () -> page.find(Text.class, "repositoryPassword:tier1-hourly") == null);
		assertTrue(page.widget(Label.class, "repositoryPasswordNote").getText().contains("Saved in secure storage: tier1-hourly"));
		console.waitUntil("esx-s1's unknown key", 60_000, () -> page.find(Button.class, "verify:esx-s1") != null);
		String s1 = lab.addresses("esx-s1").get(0);
		assertTrue(page.widget(Label.class, "fingerprint:esx-s1").getText().matches("esx-s1 presents the unknown key SHA256:\\S+"),
				page.widget(Label.class, "fingerprint:esx-s1").getText());
		console.screenshot(shell, "drill-lab-2-unknown-key");
		tick(page.widget(Button.class, "verify:esx-s1"));
		Combo points = page.widget(Combo.class, "restorePoint");
		console.waitUntil("the restore points", 60_000, () -> points.getItemCount() >= 3);
		assertTrue(readString(wizardKnownHosts).contains(s1), "the accepted key is in the wizard's known_hosts");
		// web-1 was backed up twice: the third item (the time before web-1's second backup) restores its first.
		Table snapshots = page.widget(Table.class, "restorePointSnapshots");
		String webLatest = rows(snapshots, 3).stream().filter(row -> row.startsWith("web-1 ")).findFirst().orElseThrow();
		points.select(2);
		console.send(points, SWT.Selection);
		List<String> chosen = rows(snapshots, 3);
		String webThen = chosen.stream().filter(row -> row.startsWith("web-1 ")).findFirst().orElseThrow();
		assertFalse(webThen.equals(webLatest), webThen + " is web-1's older snapshot");
		assertTrue(WizardDriver.nextButton(shell).isEnabled(), "every VM has a snapshot at " + points.getText() + ": " + chosen);
		console.settle();
		console.screenshot(shell, "drill-lab-2-choose");

		WizardDriver.next(console, shell, "preflight");
		// esx-s2 runs db-1's drill guest: its key is asked for on the preflight.
		console.waitUntil("esx-s2's unknown key", 120_000, () -> page.find(Button.class, "verify:esx-s2") != null);
		console.screenshot(shell, "drill-lab-3-unknown-key");
		tick(page.widget(Button.class, "verify:esx-s2"));
		console.waitUntil("the preflight to pass", 120_000, () -> WizardDriver.nextButton(shell).isEnabled());
		assertTrue(readString(wizardKnownHosts).contains(lab.addresses("esx-s2").get(0)));
		List<String> checks = rows(page.widget(Table.class, "preflight"), 3);
		assertTrue(checks.stream().allMatch(row -> row.contains(" OK ")), checks::toString);
		assertTrue(checks.stream().anyMatch(row -> row.startsWith("drill VNI free esx-s")), checks::toString);
		assertTrue(checks.stream().anyMatch(row -> row.startsWith("repository db-1")), checks::toString);
		console.screenshot(shell, "drill-lab-3-preflight");

		WizardDriver.next(console, shell, "run");
		Table steps = page.widget(Table.class, "steps");
		console.waitUntil("the drill to finish", DRILL_TIMEOUT_MS, () -> WizardDriver.nextButton(shell).isEnabled());
		List<String> timeline = rows(steps, 3);
		System.out.println("Drill steps:\n  " + String.join("\n  ", timeline));
		assertTrue(timeline.stream().noneMatch(row -> row.endsWith(" FAIL")), timeline::toString);
		for (String step : List.of("restore db-1 PASS", "restore web-1 PASS", "start db-1 PASS", "start web-1 PASS")) {
			assertTrue(timeline.contains(step), step + " in " + timeline);
		}
		assertTrue(timeline.stream().anyMatch(row -> row.startsWith("teardown esx-s") && row.endsWith(" PASS")),
				timeline::toString);
		console.screenshot(shell, "drill-lab-4-run");

		WizardDriver.next(console, shell, "report");
		String outcome = page.widget(Label.class, "outcome").getText();
		assertTrue(outcome.startsWith("SUCCEEDED, score "), outcome);
		DrillRecord record = console.session().topology().getDrillRecords().get(0);
		assertTrue(record.getRestorePoint().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), record.getRestorePoint());
		String report = readString(Path.of(record.getReportPath()).isAbsolute() ? Path.of(record.getReportPath())
				: work.resolve(record.getReportPath()));
		assertTrue(report.contains("snapshot " + webThen.split(" ")[1]), "the report names web-1's older snapshot " + webThen);
		console.settle();
		console.screenshot(shell, "drill-lab-5-report");
		WizardDriver.press(console, shell, IDialogConstants.FINISH_ID);
	}

	private void secondRunAsksNothing(Shell shell) {
		WizardDriverSupport page = new WizardDriverSupport(shell);
		assertEquals(null, page.find(Text.class, "repositoryPassword:tier1-hourly"), "the saved password is not asked again");
		assertTrue(page.widget(Label.class, "repositoryPasswordNote").getText().startsWith("Saved in secure storage: tier1-hourly"));
		assertEquals(lab.identity().toString(), page.widget(Text.class, "identity").getText(), "the SSH settings are kept");
		console.waitUntil("the restore points, read in the background", 60_000, () -> WizardDriver.nextButton(shell).isEnabled());
		console.screenshot(shell, "drill-lab-7-second-run");
		WizardDriver.press(console, shell, IDialogConstants.CANCEL_ID);
	}

	private void runWizard(WizardDriver.Scenario scenario) throws Throwable {
		WizardDriver.run(console, "dev.lifeboat.ui.command.drill", "DR Drill", scenario);
	}

	private boolean canExecute(String commandId) {
		ParameterizedCommand command = console.context.get(ECommandService.class).createCommand(commandId, null);
		return console.context.get(EHandlerService.class).canExecute(command);
	}

	/** The demo without esx-n2 at the lab's addresses; esx-n1's guests back up to local repositories. */
	private Topology labTopology() throws Exception {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		for (var host : topology.getSites().stream().flatMap(site -> site.getHosts().stream()).toList()) {
			List<String> addresses = lab.addresses(host.getName());
			host.setManagementAddress(addresses.get(0));
			host.getNics().forEach(nic -> nic.setAddress(nic.getName().equals("eth0") ? addresses.get(0) : addresses.get(1)));
		}
		String n1 = lab.addresses("esx-n1").get(0) + " ";
		wizardKnownHosts = work.resolve("wizard_known_hosts");
		Files.write(wizardKnownHosts, Files.readAllLines(lab.knownHosts()).stream().filter(line -> line.startsWith(n1)).toList(),
				StandardCharsets.UTF_8);
		for (BackupPolicy policy : List.copyOf(topology.getBackupPolicies())) {
			// One host per repository: two hosts initializing one new repository at once race (H2's issue).
			policy.getVms().removeIf(vm -> !vm.getHost().getName().equals("esx-n1"));
			if (policy.getVms().isEmpty()) {
				topology.getBackupPolicies().remove(policy);
				continue;
			}
			// A local repository: the lab's hosts share this machine's file system, so the recovery hosts read it.
			policy.setTargetKind(BackupTargetKind.LOCAL);
			policy.setTargetLocation(work.resolve("repos/" + policy.getName()).toString());
			policy.setSecondaryLocation(null);
		}
		return topology;
	}

	/** Deploys the topology (as the Deploy wizard would), gives esx-n1 the password, and backs its guests up. */
	private void deployAndBackUp(Topology topology) throws Exception {
		lab.deploy(topology);
		Deployment deployment = new Deployment(topology, lab.deployOptions());
		assertEquals(List.of(), BackupPasswords.installAll(lab.ssh(), deployment.targets(), deployment.configs(),
				BackupPasswords.same(PASSWORD.toCharArray())));
		for (String guest : List.of("web-1", "db-1")) {
			Path data = lab.agentHome("esx-n1").resolve("guests").resolve(guest).resolve("data");
			Files.createDirectories(data.resolve("docs"));
			Files.writeString(data.resolve("index.html"), "<h1>" + guest + "</h1>\n");
			for (int i = 0; i < 10; i++) {
				Files.writeString(data.resolve("docs/file-" + i + ".txt"), (guest + " line " + i + "\n").repeat(50 + i));
			}
		}
		String backup = lab.exec("esx-n1", lab.agentHome("esx-n1").resolve("agent").toString(), "backup");
		try (Stream<Path> snapshots = Files.list(work.resolve("repos/tier1-hourly/snapshots"))) {
			assertTrue(snapshots.count() >= 2, "both guests backed up: " + backup);
		}
		// A second version of web-1, backed up a second later: the plan has a point in time before it.
		Thread.sleep(1100);
		Files.writeString(lab.agentHome("esx-n1").resolve("guests/web-1/data/index.html"), "<h1>web-1 version 2</h1>\n");
		String second = lab.exec("esx-n1", lab.agentHome("esx-n1").resolve("agent").toString(), "backup", "web-1");
		try (Stream<Path> snapshots = Files.list(work.resolve("repos/tier1-hourly/snapshots"))) {
			assertTrue(snapshots.count() >= 3, "web-1 backed up again: " + second);
		}
	}

	/**
	 * Topology > Backup Status, with the SSH settings the drill used: every VM of the policies meets its RPO, with
	 * the snapshot esx-n1's agent reports.
	 */
	private void checkBackupStatus() throws Throwable {
		List<String> expected = console.session().topology().getBackupPolicies().stream()
				.flatMap(policy -> policy.getVms().stream().map(vm -> vm.getName() + "@" + policy.getName())).sorted().toList();
		Throwable[] failure = new Throwable[1];
		console.display.asyncExec(() -> {
			Shell shell = null;
			try {
				console.waitUntil("the Backup Status dialog", () -> backupStatusShell() != null);
				shell = backupStatusShell();
				BackupStatusDialog dialog = (BackupStatusDialog) shell.getData();
				console.waitUntil("the hosts' answers", () -> !dialog.reading() && !dialog.rows().isEmpty());
				assertEquals(expected, dialog.rows().stream().map(row -> row.vm() + "@" + row.policy()).sorted().toList());
				for (BackupStatus.Row row : dialog.rows()) {
					assertEquals(BackupStatus.Compliance.MET, row.compliance(), row.vm() + ": " + row.problem());
					assertEquals("esx-n1", row.host());
					assertNotNull(row.snapshotId(), row.vm());
					assertTrue(row.age().compareTo(row.rpo()) <= 0, row.vm() + " " + row.age());
				}
				assertEquals(expected.size() + " of " + expected.size() + " VMs meet their RPO.", dialog.summary());
				Table table = ConsoleDriver.find(shell, Table.class, candidate -> true);
				assertEquals("RPO met", table.getItem(0).getText(4));
				org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
				try {
					for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
						assertTrue(column.getWidth() >= gc.textExtent(column.getText()).x,
								"column '" + column.getText() + "' is " + column.getWidth() + " px wide, its header needs "
										+ gc.textExtent(column.getText()).x);
						for (TableItem item : table.getItems()) {
							int index = table.indexOf(column);
							assertTrue(index == table.getColumnCount() - 1
									|| column.getWidth() >= gc.textExtent(item.getText(index)).x,
									"'" + item.getText(index) + "' fits column '" + column.getText() + "'");
						}
					}
				} finally {
					gc.dispose();
				}
				console.screenshot(shell, "drill-lab-7-backup-status");
				dialog.close();
			} catch (Throwable t) {
				failure[0] = t;
				if (shell != null && !shell.isDisposed()) {
					shell.dispose();
				}
			}
		});
		console.command("dev.lifeboat.ui.command.backupStatus");
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	private Shell backupStatusShell() {
		for (Shell shell : console.display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof BackupStatusDialog) {
				return shell;
			}
		}
		return null;
	}

	private static void assertNoPasswordIn(Path directory) throws Exception {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(directory.resolve("repos")))
					.toList()) {
				String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				assertFalse(text.contains(PASSWORD), "the repository password is in " + file);
			}
		}
	}

	private void tick(Button box) {
		box.setSelection(true);
		console.send(box, SWT.Selection);
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new AssertionError(file + " cannot be read: " + e.getMessage(), e);
		}
	}

	private static List<String> rows(Table table, int columns) {
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

	/** The wizard's widgets by their {@link DrillWizard#WIDGET_ID}. */
	private record WizardDriverSupport(Shell shell) {
		<T extends Control> T widget(Class<T> type, String id) {
			return WizardDriver.widget(shell, DrillWizard.WIDGET_ID, type, id);
		}

		<T extends Control> T find(Class<T> type, String id) {
			return WizardDriver.find(shell, DrillWizard.WIDGET_ID, type, id);
		}
	}
}
