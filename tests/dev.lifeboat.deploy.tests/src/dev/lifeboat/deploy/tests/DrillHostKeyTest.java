package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.core.drill.DrillRunner.PreflightCheck;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.SshDrillRunner;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Topology;

/**
 * The drill runner meeting a recovery host whose key nobody trusts: an in-process SSH server (Apache SSHD) with a
 * fresh key, which lets the console in with a password and runs no command (its commands exit 1), so nothing runs
 * on this machine. The key is reported with its fingerprint until exactly that fingerprint is accepted; then it is
 * written to Lifeboat's known_hosts; a changed key is refused and never offered for acceptance.
 */
class DrillHostKeyTest {

	@TempDir
	Path dir;

	private SshServer server;
	private String fingerprint;

	@BeforeEach
	void startServer() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		KeyPair hostKey = generator.generateKeyPair();
		fingerprint = KnownHosts.fingerprint(
				Base64.getDecoder().decode(PublicKeyEntry.toString(hostKey.getPublic()).split(" ")[1]));
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPasswordAuthenticator((user, password, session) -> user.equals("root") && password.equals("pw"));
		server.setCommandFactory((channel, command) -> new ProcessShellFactory("false", "/bin/false").createShell(channel));
		server.start();
	}

	@AfterEach
	void stopServer() throws Exception {
		server.stop(true);
	}

	@Test
	void anUnknownRecoveryHostKeyIsShownWithItsFingerprintAndTrustedOnlyOnceAccepted() throws Exception {
		DrPlan plan = planRecoveringOn(null);
		SshSettings ssh = settings();
		DrillRunner runner = new SshDrillRunner(ssh, BackupPasswords.same("unused".toCharArray()), "test");

		DrillRunner.UnknownHostKeyException unknown = assertThrows(DrillRunner.UnknownHostKeyException.class,
				() -> runner.restorePoints(plan));
		assertEquals("esx-s1", unknown.host());
		assertEquals(fingerprint, unknown.fingerprint());

		List<PreflightCheck> connects = connectChecks(runner.preflight(plan, "latest"));
		assertEquals(List.of("esx-s1", "esx-s2"), connects.stream().map(PreflightCheck::host).sorted().toList());
		for (PreflightCheck connect : connects) {
			assertFalse(connect.passed());
			assertEquals(fingerprint, connect.unknownHostKey());
			assertTrue(connect.detail().contains("unknown host key") && connect.detail().contains(fingerprint), connect.detail());
		}
		assertFalse(Files.exists(ssh.lifeboatKnownHosts()) && Files.readString(ssh.lifeboatKnownHosts()).contains("127.0.0.1"),
				"nothing is trusted before the administrator accepts it");

		runner.acceptHostKey("esx-s1", fingerprint);
		runner.acceptHostKey("esx-s2", fingerprint);
		for (PreflightCheck accepted : connectChecks(runner.preflight(plan, "latest"))) {
			// The key is trusted now: the connection is made, and fails further on (this server runs no command).
			assertNull(accepted.unknownHostKey(), accepted.toString());
			assertTrue(accepted.detail().contains("the preflight script failed"), accepted.detail());
		}
		assertTrue(Files.readString(ssh.lifeboatKnownHosts()).startsWith("[127.0.0.1]:" + server.getPort() + " ecdsa-sha2-nistp256 "),
				"the accepted key is written to Lifeboat's known_hosts");
	}

	@Test
	void aChangedKeyIsRefusedWithItsErrorAndNotOfferedForAcceptance() throws Exception {
		String pinned = KnownHosts.fingerprint(KnownHostsTest.ed25519(3));
		DrPlan plan = planRecoveringOn(pinned);
		DrillRunner runner = new SshDrillRunner(settings(), BackupPasswords.same("unused".toCharArray()), "test");
		List<PreflightCheck> connects = connectChecks(runner.preflight(plan, "latest"));
		assertEquals(2, connects.size(), connects.toString());
		for (PreflightCheck connect : connects) {
			assertFalse(connect.passed());
			assertNull(connect.unknownHostKey(), "a changed key is never offered for acceptance");
			assertTrue(connect.detail().contains(fingerprint) && connect.detail().contains(pinned), connect.detail());
		}
		assertFalse(assertThrows(java.io.IOException.class, () -> runner.restorePoints(plan))
				instanceof DrillRunner.UnknownHostKeyException);
	}

	/** The demo plan, its recovery hosts (esx-s1, esx-s2) both at this server, their keys pinned to {@code pin}. */
	private DrPlan planRecoveringOn(String pin) {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		DrPlan plan = topology.getDrPlans().get(0);
		assertEquals(List.of("esx-s1", "esx-s2"), plan.getRecoverySite().getHosts().stream().map(Host::getName).toList());
		for (Host host : plan.getRecoverySite().getHosts()) {
			host.setManagementAddress("127.0.0.1");
			host.setSshPort(server.getPort());
			host.setHostKeyFingerprint(pin);
		}
		return plan;
	}

	private SshSettings settings() {
		return new SshSettings().identity(dir.resolve("no-key")).password(target -> "pw".toCharArray())
				.userKnownHosts(null).lifeboatKnownHosts(dir.resolve("lifeboat_known_hosts"))
				.connectTimeout(Duration.ofSeconds(5));
	}

	/** The connect checks, one per recovery host the plan's VMs are placed on (db-1 on esx-s2, web-1 on esx-s1). */
	private static List<PreflightCheck> connectChecks(List<PreflightCheck> checks) {
		List<PreflightCheck> connects = checks.stream().filter(check -> check.name().startsWith("connect ")).toList();
		assertEquals(2, connects.size(), checks.toString());
		return connects;
	}
}
