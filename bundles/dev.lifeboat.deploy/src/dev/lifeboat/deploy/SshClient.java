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
 * The console's SSH client: one private key (decrypted once, kept only in memory), host keys verified
 * against known_hosts on every connection. Thread-safe: open connections to many hosts at once.
 */
public final class SshClient {

	private final JSch jsch = new JSch();
	private final SshSettings settings;
	private final KnownHosts knownHosts;

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
		client.loadIdentity();
		return client;
	}

	public SshSettings settings() {
		return settings;
	}

	/** Connects and authenticates; the host key is verified before anything is sent. */
	public SshConnection connect(SshTarget target) throws SshException {
		VerifyingHostKeyRepository hostKeys = new VerifyingHostKeyRepository(knownHosts, target, accepted(target));
		Session session;
		try {
			session = jsch.getSession(target.user(), target.address(), target.port());
			session.setHostKeyRepository(hostKeys);
			session.setConfig("StrictHostKeyChecking", "yes");
			session.setConfig("PreferredAuthentications", "publickey");
			session.setServerAliveInterval((int) settings.keepAlive().toMillis());
			session.setServerAliveCountMax(3);
			session.connect((int) settings.connectTimeout().toMillis());
		} catch (JSchException e) {
			throw SshErrors.connect(target, settings.identity(), hostKeys.verdict(), e);
		}
		return new SshConnection(target, session, settings.commandTimeout());
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
		char[] typed = settings.passphrase().get();
		if (typed == null) {
			throw new SshException(SshException.Kind.IDENTITY, "the SSH key " + file + " is encrypted and no passphrase was given");
		}
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
		Arrays.fill(typed, '\0');
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		Arrays.fill(encoded.array(), (byte) 0);
		return bytes;
	}
}
