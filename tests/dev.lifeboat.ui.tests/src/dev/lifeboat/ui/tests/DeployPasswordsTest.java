package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.ui.deploy.DeployWizard;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.deploy.SavedPasswords;

/**
 * The Deploy wizard's password fields on real secure storage (a storage file of the test's own, without a master
 * password given, so the console's master-password dialog asks for a new one, twice): a host login saved with its
 * button, the backup policies' repository passwords saved with theirs, both encrypted on disk; the next run of the
 * wizard asks for no repository password. No host is contacted.
 */
class DeployPasswordsTest {

	private static final String MASTER = "master of the deploy test";
	private static final String HOST_PASSWORD = "h0st-secret-login";
	private static final String REPOSITORY_PASSWORD = "rep0-secret-restic";

	private ConsoleDriver console;
	private MasterPasswordAnswers masterPasswords;

	@Test
	void savesHostAndRepositoryPasswordsEncryptedAndAsksForThemOnce() throws Throwable {
		console = new ConsoleDriver();
		masterPasswords = new MasterPasswordAnswers(console, MASTER, "deploy-passwords-master-");
		IEclipseContext application = console.context.get(MApplication.class).getContext();
		SavedPasswords consoleHosts = application.get(SavedPasswords.class);
		RepositoryPasswords consoleRepositories = application.get(RepositoryPasswords.class);
		Path before = console.session().currentFile().orElse(null);
		Path work = Files.createTempDirectory("lifeboat-deploy-passwords");
		Path storageFile = work.resolve("secure_storage");
		ISecurePreferences storage = SecurePreferencesFactory.open(storageFile.toUri().toURL(),
				Map.of(IProviderHints.PROMPT_USER, true));
		application.set(SavedPasswords.class, new SavedPasswords(storage));
		application.set(RepositoryPasswords.class, new RepositoryPasswords(storage));
		try {
			console.session().open(DemoTopology.copyTo(work.resolve("demo.lifeboat")));
			console.settle();
			masterPasswords.start();
			runWizard(this::savePasswords);
			assertEquals(2, masterPasswords.prompts(), "a new master password is asked twice (typed, then confirmed), then held");
			assertTrue(storage.nodeExists("dev.lifeboat/ssh-passwords/root@198.18.0.11"), "esx-n1's login is saved");
			assertTrue(storage.nodeExists(RepositoryPasswords.NODE + "/tier1-hourly"));
			assertTrue(storage.nodeExists(RepositoryPasswords.NODE + "/tier2-daily"));
			String onDisk = Files.readString(storageFile, StandardCharsets.ISO_8859_1);
			assertTrue(onDisk.contains("ssh-passwords") && onDisk.contains("backup-passwords"), onDisk);
			assertFalse(onDisk.contains(HOST_PASSWORD) || onDisk.contains(REPOSITORY_PASSWORD), "encrypted on disk: " + onDisk);
			assertEquals(REPOSITORY_PASSWORD, new String(new RepositoryPasswords(storage).password("tier1-hourly")));

			runWizard(this::asksNothingTheSecondTime);
			assertEquals(2, masterPasswords.prompts(), "the master password is not asked again in the session");
		} finally {
			masterPasswords.stop();
			application.set(SavedPasswords.class, consoleHosts);
			application.set(RepositoryPasswords.class, consoleRepositories);
			// The workbench is shared by every UI test: leave it on the file it had.
			if (before != null) {
				console.session().open(before);
				console.pump();
			}
		}
	}

	private void savePasswords(Shell shell) {
		Text host = widget(shell, Text.class, "password");
		assertTrue((host.getStyle() & SWT.PASSWORD) != 0, "the host password is never echoed");
		host.setText(HOST_PASSWORD);
		console.send(widget(shell, Button.class, "savePassword"), SWT.Selection);
		String hostNote = widget(shell, Label.class, "passwordNote").getText();
		assertTrue(hostNote.startsWith("Saved in secure storage for root@198.18.0.11"), hostNote);
		assertEquals("", host.getText(), "the field is cleared once saved");

		for (String policy : List.of("tier1-hourly", "tier2-daily")) {
			Text field = widget(shell, Text.class, "repositoryPassword:" + policy);
			assertTrue((field.getStyle() & SWT.PASSWORD) != 0, "the repository password is never echoed");
			field.setText(REPOSITORY_PASSWORD);
		}
		console.screenshot(shell, "deploy-passwords-1-typed");
		console.send(widget(shell, Button.class, "saveRepositoryPasswords"), SWT.Selection);
		assertEquals(null, find(shell, Text.class, "repositoryPassword:tier1-hourly"), "saved: no longer asked");
		assertTrue(widget(shell, Label.class, "repositoryPasswordNote").getText()
				.startsWith("Saved in secure storage: tier1-hourly, tier2-daily"));
		console.screenshot(shell, "deploy-passwords-2-saved");
		WizardDriver.press(console, shell, IDialogConstants.CANCEL_ID);
	}

	private void asksNothingTheSecondTime(Shell shell) {
		assertEquals(null, find(shell, Text.class, "repositoryPassword:tier1-hourly"));
		assertEquals(null, find(shell, Text.class, "repositoryPassword:tier2-daily"));
		assertEquals(null, find(shell, Button.class, "saveRepositoryPasswords"));
		console.screenshot(shell, "deploy-passwords-3-second-run");
		WizardDriver.press(console, shell, IDialogConstants.CANCEL_ID);
	}

	private void runWizard(WizardDriver.Scenario scenario) throws Throwable {
		WizardDriver.run(console, "dev.lifeboat.ui.command.deploy", "Deploy", scenario);
	}

	private static <T extends Control> T widget(Shell shell, Class<T> type, String id) {
		return WizardDriver.widget(shell, DeployWizard.WIDGET_ID, type, id);
	}

	private static <T extends Control> T find(Shell shell, Class<T> type, String id) {
		return WizardDriver.find(shell, DeployWizard.WIDGET_ID, type, id);
	}
}
