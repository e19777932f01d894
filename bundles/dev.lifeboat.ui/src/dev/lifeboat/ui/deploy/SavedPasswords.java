package dev.lifeboat.ui.deploy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import dev.lifeboat.deploy.SshTarget;

/**
 * Login passwords for hosts that accept no SSH key, kept encrypted in Eclipse secure storage, one per
 * {@code user@address}: never in the topology file, the workspace or a log. A host without a saved password is
 * reached with the key alone.
 */
public final class SavedPasswords {

	/** The secure storage node under which every password lives, one child node per login. */
	static final String NODE = "dev.lifeboat/ssh-passwords";
	private static final String KEY = "password";

	private final ISecurePreferences storage;
	private final String node;

	/** Passwords in {@code storage} (a test's own storage, or {@link #inDefaultStorage()}). */
	public SavedPasswords(ISecurePreferences storage) {
		this(storage, NODE);
	}

	/** Passwords under another node of {@code storage}, one child per key (e.g. {@link RepositoryPasswords}). */
	SavedPasswords(ISecurePreferences storage, String node) {
		this.storage = storage;
		this.node = node;
	}

	/** The user's Eclipse secure storage, which asks for its master password when it first decrypts. */
	public static SavedPasswords inDefaultStorage() {
		return new SavedPasswords(SecurePreferencesFactory.getDefault());
	}

	/** Saves (encrypted) the password of {@code login} ({@link SshTarget#login()}); the array is wiped. */
	public void save(String login, char[] password) throws StorageException, IOException {
		try {
			storage.node(path(login)).put(KEY, new String(password), true);
			storage.flush();
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	public void forget(String login) throws IOException {
		if (storage.nodeExists(path(login))) {
			storage.node(path(login)).removeNode();
			storage.flush();
		}
	}

	/** Whether a password is saved for any of {@code targets} (without decrypting anything). */
	public boolean anyFor(Collection<SshTarget> targets) {
		return targets.stream().anyMatch(target -> has(target.login()));
	}

	/**
	 * The password saved for {@code target}, or {@code null}: none saved, or the storage could not decrypt it (the
	 * host then refuses the login and says so).
	 */
	public char[] lookup(SshTarget target) {
		return lookup(target.login());
	}

	/** Whether a password is saved under {@code key} (nothing is decrypted). */
	boolean has(String key) {
		return storage.nodeExists(path(key));
	}

	/** The password saved under {@code key}, or {@code null}: none saved, or the storage could not decrypt it. */
	char[] lookup(String key) {
		if (!has(key)) {
			return null;
		}
		try {
			String password = storage.node(path(key)).get(KEY, null);
			return password == null ? null : password.toCharArray();
		} catch (StorageException e) {
			return null;
		}
	}

	private String path(String key) {
		return node + "/" + EncodingUtils.encodeSlashes(key);
	}
}
