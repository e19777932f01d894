package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;

import dev.lifeboat.deploy.SshTarget;
import dev.lifeboat.ui.deploy.DeployChoices;
import dev.lifeboat.ui.deploy.SavedPasswords;

/**
 * Host passwords in real Eclipse secure storage (a storage file of the test's own, with a master password given
 * as a hint instead of the console's dialog): encrypted on disk, handed to the SSH settings only for their host.
 */
class SavedPasswordsTest {

	@Test
	void aSavedPasswordIsEncryptedOnDiskAndGoesOnlyToItsHost() throws Exception {
		Path file = Files.createTempDirectory("lifeboat-secure-storage").resolve("secure_storage");
		ISecurePreferences storage = SecurePreferencesFactory.open(file.toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master of the test".toCharArray()), IProviderHints.PROMPT_USER, false));
		SavedPasswords passwords = new SavedPasswords(storage);
		SshTarget n1 = new SshTarget("esx-n1", "198.18.0.11", 22, "root", null);
		SshTarget n2 = new SshTarget("esx-n2", "198.18.0.12", 2222, "admin", null);
		char[] typed = "c0rrect-horse".toCharArray();
		passwords.save(n1.login(), typed);
		assertArrayEquals(new char[typed.length], typed, "the typed password is wiped once saved");
		String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertTrue(onDisk.contains("ssh-passwords"), "the storage file holds the node: " + onDisk);
		assertFalse(onDisk.contains("c0rrect-horse"), "the password is encrypted on disk: " + onDisk);

		DeployChoices choices = new DeployChoices();
		choices.passwords(passwords);
		assertTrue(passwords.anyFor(List.of(n1, n2)));
		assertFalse(passwords.anyFor(List.of(n2)));
		assertArrayEquals("c0rrect-horse".toCharArray(), choices.ssh().password().apply(n1), "the connection to esx-n1 gets its password");
		assertNull(choices.ssh().password().apply(n2), "another host gets none");

		passwords.forget(n1.login());
		assertNull(choices.ssh().password().apply(n1), "a forgotten password is gone");
	}
}
