package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.deploy.CommandResult;
import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.SshClient;
import dev.lifeboat.deploy.SshConnection;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.deploy.SshTarget;

/**
 * The SSH client against an in-process Apache SSHD server (no OpenSSH) whose host key is generated per test
 * and pinned: commands, SFTP uploads, and every refusal (wrong key, unknown key, refused client key).
 */
class EmbeddedSshdTest {

	private static final String LOGIN_PASSWORD = "c0rrect-horse";

	@TempDir
	Path dir;

	private SshServer server;
	private KeyPair hostKey;
	private String hostFingerprint;
	private Path clientKey;

	@BeforeEach
	void startServer() throws Exception {
		// Apache SSHD verifies ed25519 signatures only with an extra library: ed25519 is covered by the lab (OpenSSH).
		clientKey = keygen("ecdsa", "client", "");
		Path authorized = Files.writeString(dir.resolve("authorized_keys"), Files.readString(Path.of(clientKey + ".pub"))
				+ Files.readString(Path.of(keygen("ecdsa", "encrypted", "s3cret") + ".pub"))
				+ Files.readString(Path.of(keygen("rsa", "rsa", "") + ".pub")));
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		hostKey = generator.generateKeyPair();
		byte[] blob = Base64.getDecoder().decode(PublicKeyEntry.toString(hostKey.getPublic()).split(" ")[1]);
		hostFingerprint = KnownHosts.fingerprint(blob);
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorized));
		server.setPasswordAuthenticator((user, password, session) -> user.equals("root") && password.equals(LOGIN_PASSWORD));
		server.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
		server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
		server.start();
	}

	@AfterEach
	void stopServer() throws Exception {
		server.stop(true);
	}

	@Test
	void ourFingerprintIsApacheSshdsFingerprint() {
		assertEquals(KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey.getPublic()), hostFingerprint);
	}

	@Test
	void runsACommandAndUploadsOverSftpToAPinnedHost() throws Exception {
		try (SshConnection connection = client(clientKey).connect(target(hostFingerprint))) {
			CommandResult result = connection.run("echo hello; echo oops >&2; exit 3");
			assertEquals(3, result.exitCode());
			assertEquals("hello\n", result.out());
			assertEquals("oops", result.lastLine());
			byte[] content = new byte[300_000];
			new java.util.Random(7).nextBytes(content);
			List<Double> progress = new ArrayList<>();
			Path remote = dir.resolve("uploaded.bin");
			connection.upload(new ByteArrayInputStream(content), content.length, remote.toString(), 0640, progress::add);
			assertArrayEquals(content, Files.readAllBytes(remote));
			assertEquals(1.0, progress.get(progress.size() - 1));
		}
		assertTrue(Files.readString(dir.resolve("lifeboat_known_hosts")).startsWith("[127.0.0.1]:" + server.getPort() + " ecdsa-sha2-nistp256 "),
				"a pinned key that matched is recorded in Lifeboat's known_hosts");
	}

	@Test
	void refusesAKeyOtherThanThePinnedOne() throws Exception {
		String wrongPin = KnownHosts.fingerprint(KnownHostsTest.ed25519(9));
		SshException refused = assertThrows(SshException.class, () -> client(clientKey).connect(target(wrongPin)));
		assertEquals(SshException.Kind.HOST_KEY_CHANGED, refused.kind());
		assertTrue(refused.getMessage().contains(hostFingerprint) && refused.getMessage().contains(wrongPin), refused.getMessage());
	}

	@Test
	void refusesAnUnknownKeyUntilExactlyItsFingerprintIsAccepted() throws Exception {
		SshException refused = assertThrows(SshException.class, () -> client(clientKey).connect(target(null)));
		assertEquals(SshException.Kind.HOST_KEY_UNKNOWN, refused.kind());
		assertTrue(refused.getMessage().contains(hostFingerprint), refused.getMessage());
		SshClient accepting = SshClient.create(settings(clientKey).acceptHostKey("embedded", hostFingerprint));
		try (SshConnection connection = accepting.connect(target(null))) {
			assertEquals("ok\n", connection.run("echo ok").out());
		}
		try (SshConnection again = client(clientKey).connect(target(null))) {
			assertTrue(again.isConnected(), "the accepted key is known from now on");
		}
	}

	@Test
	void usesAnEncryptedEcdsaKeyAndAnRsaKey() throws Exception {
		SshClient ecdsa = SshClient.create(settings(dir.resolve("encrypted")).passphrase(() -> "s3cret".toCharArray()));
		try (SshConnection connection = ecdsa.connect(target(hostFingerprint))) {
			assertEquals(0, connection.run("true").exitCode());
		}
		try (SshConnection connection = client(dir.resolve("rsa")).connect(target(hostFingerprint))) {
			assertEquals(0, connection.run("true").exitCode());
		}
		SshException wrong = assertThrows(SshException.class,
				() -> SshClient.create(settings(dir.resolve("encrypted")).passphrase(() -> "nope".toCharArray())));
		assertEquals(SshException.Kind.IDENTITY, wrong.kind());
	}

	@Test
	void aRefusedKeyIsNamedWithWhatToDo() throws Exception {
		Path stranger = keygen("ed25519", "stranger", "");
		SshException refused = assertThrows(SshException.class, () -> client(stranger).connect(target(hostFingerprint)));
		assertEquals(SshException.Kind.AUTH_FAILED, refused.kind());
		assertTrue(refused.getMessage().contains("the key " + stranger + " was refused for root@127.0.0.1"), refused.getMessage());
		assertTrue(refused.getMessage().contains("authorized_keys"), refused.getMessage());
	}

	@Test
	void aHostWithoutAKeyIsReachedWithItsPasswordAndAWrongOneIsRefusedWithoutSayingIt() throws Exception {
		List<String> askedFor = new ArrayList<>();
		SshSettings passwordOnly = settings(dir.resolve("no-such-key")).password(target -> {
			askedFor.add(target.hostName());
			return LOGIN_PASSWORD.toCharArray();
		});
		try (SshConnection connection = SshClient.create(passwordOnly).connect(target(hostFingerprint))) {
			assertEquals("in\n", connection.run("echo in").out());
		}
		assertEquals(List.of("embedded"), askedFor, "the password is asked per connection, for that host");
		SshSettings wrong = settings(dir.resolve("no-such-key")).password(target -> "guess".toCharArray());
		SshException refused = assertThrows(SshException.class, () -> SshClient.create(wrong).connect(target(hostFingerprint)));
		assertEquals(SshException.Kind.AUTH_FAILED, refused.kind(), refused.getMessage());
		assertTrue(refused.getMessage().contains("the password (from the console's secure storage, --password-file or LIFEBOAT_SSH_PASSWORD)"
				+ " was refused for root@127.0.0.1"), refused.getMessage());
		assertTrue(!refused.getMessage().contains("guess"), "the message never carries the password: " + refused.getMessage());
	}

	@Test
	void aKeyAndAPasswordTogetherUseWhicheverTheHostAccepts() throws Exception {
		Path stranger = keygen("ecdsa", "stranger", "");
		try (SshConnection connection = SshClient.create(settings(stranger).password(target -> LOGIN_PASSWORD.toCharArray()))
				.connect(target(hostFingerprint))) {
			assertEquals(0, connection.run("true").exitCode(), "the key is refused, the password accepted");
		}
	}

	@Test
	void aClosedPortIsUnreachableAndASlowCommandTimesOut() throws Exception {
		SshTarget closed = new SshTarget("closed", "127.0.0.1", 1, "root", hostFingerprint);
		SshException unreachable = assertThrows(SshException.class, () -> client(clientKey).connect(closed));
		assertEquals(SshException.Kind.UNREACHABLE, unreachable.kind(), unreachable.getMessage());
		try (SshConnection connection = client(clientKey).connect(target(hostFingerprint))) {
			SshException slow = assertThrows(SshException.class, () -> connection.run("sleep 5", Duration.ofMillis(500)));
			assertEquals(SshException.Kind.TIMED_OUT, slow.kind());
		}
	}

	private SshTarget target(String pin) {
		return new SshTarget("embedded", "127.0.0.1", server.getPort(), "root", pin);
	}

	private SshClient client(Path key) throws SshException {
		return SshClient.create(settings(key));
	}

	private SshSettings settings(Path key) {
		return new SshSettings().identity(key).userKnownHosts(null).lifeboatKnownHosts(dir.resolve("lifeboat_known_hosts"))
				.connectTimeout(Duration.ofSeconds(5));
	}

	private Path keygen(String type, String name, String passphrase) throws Exception {
		Path key = dir.resolve(name);
		Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", name, "-f", key.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		return key;
	}
}
