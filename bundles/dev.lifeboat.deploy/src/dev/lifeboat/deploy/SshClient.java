package dev.lifeboat.deploy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.Session;

import dev.lifeboat.deploy.internal.SshErrors;
import dev.lifeboat.deploy.internal.VerifyingHostKeyRepository;

/**
 * The console's SSH client: one private key (decrypted once, kept only in memory) and/or a login password asked
 * per connection, host keys verified against known_hosts on every connection. Thread-safe: open connections to
 * many hosts at once.
 */
public final class SshClient {

	/** The environment variable the command line reads a login password from (never from its arguments). */
	public static final String PASSWORD_ENVIRONMENT = "LIFEBOAT_SSH_PASSWORD";

	private final JSch jsch = new JSch();
	private final SshSettings settings;
	private final KnownHosts knownHosts;
	private boolean keyLoaded;

	private SshClient(SshSettings settings) {
		this.settings = settings;
		this.knownHosts = KnownHosts.of(settings);
	}

	/**
	 * A client with the settings' key loaded.
	 *
	 * @throws SshException of kind {@link SshException.Kind#IDENTITY} when the key is missing, unreadable or
	 *                      its passphrase is wrong
	 */
	public static SshClient create(SshSettings settings) throws SshException {
		SshClient client = new SshClient(settings);
		// A password source without a key file means password authentication only (hosts without a key).
		if (settings.password() == null || Files.exists(settings.identity())) {
			client.loadIdentity();
		}
		return client;
	}

	public SshSettings settings() {
		return settings;
	}

	/** Connects and authenticates; the host key is verified before anything is sent. */
	public SshConnection connect(SshTarget target) throws SshException {
		VerifyingHostKeyRepository hostKeys = new VerifyingHostKeyRepository(knownHosts, target, accepted(target));
		Session session = null;
		try {
			session = jsch.getSession(target.user(), target.address(), target.port());
			session.setHostKeyRepository(hostKeys);
			session.setConfig("StrictHostKeyChecking", "yes");
			session.setServerAliveInterval((int) settings.keepAlive().toMillis());
			session.setServerAliveCountMax(3);
			byte[] password = settings.password() == null ? null : utf8(settings.password().apply(target));
			if (password == null && !keyLoaded) {
				throw new SshException(SshException.Kind.IDENTITY, target + ": no SSH key (" + settings.identity()
						+ " does not exist) and no password for " + target.login() + ": name a key, or save the host's password");
			}
			session.setConfig("PreferredAuthentications", password == null ? "publickey" : keyLoaded ? "publickey,password" : "password");
			if (password != null) {
				session.setPassword(password);
				Arrays.fill(password, (byte) 0);
			}
			session.connect((int) settings.connectTimeout().toMillis());
		} catch (JSchException e) {
			throw SshErrors.connect(target, credentials(target, session), hostKeys.verdict(), e);
		}
		return new SshConnection(target, session, settings.commandTimeout());
	}

	/** What was offered, for the message when the host refuses it. */
	private String credentials(SshTarget target, Session session) {
		String key = "the key " + settings.identity();
		String fix = "add its public key (" + settings.identity() + ".pub) to that user's authorized_keys";
		boolean password = session != null && session.getConfig("PreferredAuthentications").contains("password");
		if (!password) {
			return key + " was refused for " + target.login() + ": " + fix;
		}
		String passwordSource = "the password (from the console's secure storage, --password-file or " + PASSWORD_ENVIRONMENT + ")";
		return (keyLoaded ? key + " and " + passwordSource : passwordSource) + " was refused for " + target.login()
				+ ": check the password for that user" + (keyLoaded ? ", or " + fix : "")
				+ " (and that its sshd allows PasswordAuthentication)";
	}

	private String accepted(SshTarget target) {
		String byName = settings.acceptedHostKeys().get(target.hostName());
		return byName != null ? byName : settings.acceptedHostKeys().get(target.address());
	}

	private void loadIdentity() throws SshException {
		String file = settings.identity().toString();
		if (!Files.isReadable(settings.identity())) {
			throw new SshException(SshException.Kind.IDENTITY, "the SSH key " + file
					+ " does not exist or is not readable: pass --identity KEYFILE (an OpenSSH private key)");
		}
		byte[] passphrase = null;
		try {
			KeyPair key = KeyPair.load(jsch, file);
			if (key.isEncrypted()) {
				passphrase = askPassphrase(file);
				if (!key.decrypt(passphrase)) {
					throw new SshException(SshException.Kind.IDENTITY, "wrong passphrase for the SSH key " + file);
				}
			}
			key.dispose();
			jsch.addIdentity(file, passphrase);
			keyLoaded = true;
		} catch (JSchException e) {
			throw new SshException(SshException.Kind.IDENTITY, "cannot use the SSH key " + file + ": " + e.getMessage()
					+ " (an OpenSSH ed25519, ECDSA or RSA private key is needed)", e);
		} finally {
			if (passphrase != null) {
				Arrays.fill(passphrase, (byte) 0);
			}
		}
	}

	private byte[] askPassphrase(String file) throws SshException {
		byte[] bytes = utf8(settings.passphrase().get());
		if (bytes == null) {
			throw new SshException(SshException.Kind.IDENTITY, "the SSH key " + file + " is encrypted and no passphrase was given");
		}
		return bytes;
	}

	/** {@code typed} as UTF-8, wiping every copy but the one returned (which the caller wipes). */
	private static byte[] utf8(char[] typed) {
		if (typed == null) {
			return null;
		}
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
		Arrays.fill(typed, '\0');
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		Arrays.fill(encoded.array(), (byte) 0);
		return bytes;
	}
}
