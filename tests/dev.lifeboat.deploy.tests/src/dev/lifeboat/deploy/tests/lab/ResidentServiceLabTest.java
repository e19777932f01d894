package dev.lifeboat.deploy.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.plan.StateDiff;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.HostOutcome;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.deploy.internal.Hashes;
import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * The deploy runs the resident agent, and logs in with a password, on real OpenSSH: two lab hosts that have the
 * agent's files but no resident agent ({@code LIFEBOAT_LAB_SERVE=0}; the lab has no systemd, so the deploy starts
 * the supervised background process) and whose sshd accepts root's password ({@code LIFEBOAT_LAB_PASSWORD=1}).
 * Tests run in order on one lab.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentServiceLabTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-n2");
	@RegisterExtension
	static final Lab lab = Lab.of(Map.of("LIFEBOAT_LAB_SERVE", "0", "LIFEBOAT_LAB_PASSWORD", "1"), HOSTS.toArray(String[]::new));
	private static final Pattern SERVED_BY = Pattern.compile("served by the resident agent \\(pid (\\d+)\\)");

	@Test
	@Order(1)
	void aWrongPasswordIsRefusedByOpenSshWithAClearErrorAndNothingIsUploaded() throws Exception {
		DeployResult result = deploy(topology(0), passwordOnly("not-the-password".toCharArray()), Lab.agentJar());
		for (String host : HOSTS) {
			HostResult refused = result.host(host);
			assertEquals(HostOutcome.FAILED, refused.outcome(), refused.reason());
			assertTrue(refused.reason().contains("the password (from the console's secure storage, --password-file or "
					+ "LIFEBOAT_SSH_PASSWORD) was refused for root@" + lab.host(host).managementAddress()), refused.reason());
			assertFalse(refused.reason().contains("not-the-password"), "the reason never carries the password");
			try (var files = Files.list(lab.agentHome(host))) {
				assertEquals(Set.of("agent", "lifeboat-agent.jar"), Set.copyOf(files.map(file -> file.getFileName().toString()).toList()),
						"nothing was uploaded to " + host + " and nothing was started");
			}
		}
	}

	@Test
	@Order(2)
	void aPasswordDeployToHostsWithoutAResidentAgentStartsItAndItAnswersForTheInstalledJar() throws Exception {
		DeployResult result = deploy(topology(0), passwordOnly(lab.rootPassword()), Lab.agentJar());
		for (String host : HOSTS) {
			HostResult applied = result.host(host);
			assertEquals(HostOutcome.APPLIED, applied.outcome(), result.describe());
			assertTrue(applied.reason().contains("resident agent started (background process"), applied.reason());
			residentPid(lab, host, Hashes.sha256Hex(Lab.agentJar()));
			assertOn(host, topology(0));
		}
		Lab.Result ping = lab.inGuest("esx-n1", "web-1", "ping", "-c", "2", "-W", "2", "-q", "10.10.0.12");
		assertTrue(ping.ok(), "web-1 on esx-n1 reaches web-2 on esx-n2 over the overlay: " + ping);

		DeployResult again = deploy(topology(0), passwordOnly(lab.rootPassword()), Lab.agentJar());
		HOSTS.forEach(host -> assertEquals(HostOutcome.UNCHANGED, again.host(host).outcome(), again.describe()));
	}

	@Test
	@Order(3)
	void aJarUpgradeRestartsTheResidentAgentOnTheNewJar() throws Exception {
		long before = residentPid(lab, "esx-n1", Hashes.sha256Hex(Lab.agentJar()));
		Path upgraded = DeployLabTest.upgradedAgentJar(lab.work());
		DeployResult result = deploy(topology(1), passwordOnly(lab.rootPassword()), upgraded);
		for (String host : HOSTS) {
			HostResult applied = result.host(host);
			assertEquals(HostOutcome.APPLIED, applied.outcome(), result.describe());
			assertTrue(applied.reason().contains("agent upgraded, resident agent restarted"), applied.reason());
			assertOn(host, topology(1));
		}
		long after = residentPid(lab, "esx-n1", Hashes.sha256Hex(upgraded));
		assertNotEquals(before, after, "a new JVM runs the new jar");
		assertFalse(ProcessHandle.of(before).isPresent(), "the old resident agent is gone");
	}

	@Test
	@Order(4)
	void aResidentAgentThatDiesIsRestartedAndConvergesTheHostToTheAppliedConfiguration() throws Exception {
		String sha256 = Hashes.sha256Hex(lab.work().resolve("lifeboat-agent.jar"));
		long crashed = residentPid(lab, "esx-n2", sha256);
		AgentConfig config = TopologyCompiler.compile(topology(1)).config("esx-n2");
		String bridge = config.bridges().get(0).device();
		assertTrue(lab.exec("esx-n2", "ip", "link", "del", bridge).ok(), "someone deletes " + bridge);
		assertTrue(lab.sh("kill", "-9", Long.toString(crashed)).ok());
		long restarted = crashed;
		for (int i = 0; i < 60 && restarted == crashed; i++) {
			Thread.sleep(500);
			Lab.Result version = lab.agent("esx-n2", "version");
			Matcher served = SERVED_BY.matcher(version.out());
			restarted = served.find() ? Long.parseLong(served.group(1)) : crashed;
		}
		assertNotEquals(crashed, restarted, "the supervising loop started the agent again");
		assertTrue(lab.exec("esx-n2", "ip", "link", "show", bridge).ok(), "the restarted agent recreated " + bridge);
		assertOn("esx-n2", topology(1));
	}

	@Test
	@Order(5)
	void aDeployThatBringsAJavaVtepRestartsAResidentAgentStartedWithoutC2() throws Exception {
		Path jar = lab.work().resolve("lifeboat-agent.jar");
		String sha256 = Hashes.sha256Hex(jar);
		long before = residentPid(lab, "esx-n1", sha256);
		long other = residentPid(lab, "esx-n2", sha256);
		assertEquals("c1", compiler("esx-n1", before), "a host without a Java VTEP: the C1 compiler alone");
		Topology javaVtep = topology(1);
		javaVtep.getOverlays().forEach(overlay -> overlay.getMembers().stream()
				.filter(member -> member.getHost().getName().equals("esx-n1"))
				.forEach(member -> member.setDataPlane(DataPlane.USERSPACE)));
		DeployResult result = deploy(javaVtep, passwordOnly(lab.rootPassword()), jar);
		HostResult applied = result.host("esx-n1");
		assertEquals(HostOutcome.APPLIED, applied.outcome(), result.describe());
		assertTrue(applied.reason().contains("resident agent restarted"), applied.reason());
		long after = residentPid(lab, "esx-n1", sha256);
		assertNotEquals(before, after, "a new JVM serves esx-n1");
		assertEquals("tiered", compiler("esx-n1", after), "the Java VTEP's agent runs every compiler");
		assertEquals(other, residentPid(lab, "esx-n2", sha256), "esx-n2 has no Java VTEP: its agent keeps running");
		for (String host : HOSTS) {
			assertOn(host, javaVtep);
		}
		Lab.Result ping = lab.inGuest("esx-n1", "web-1", "ping", "-c", "2", "-W", "2", "-q", "10.10.0.12");
		assertTrue(ping.ok(), "web-1 behind esx-n1's Java VTEP reaches web-2 on esx-n2: " + ping);
	}

	/** The compilers the resident agent {@code pid} published ({@code c1} or {@code tiered}), checked against its command line. */
	private static String compiler(String host, long pid) throws IOException {
		String[] control = Files.readString(lab.agentHome(host).resolve("daemon.control")).strip().split(" ");
		String commandLine = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
		assertEquals(6, control.length, "port, tokens, jar, identity, compilers: " + String.join(" ", control));
		assertEquals(control[5].equals("c1"), commandLine.contains("-XX:TieredStopAtLevel=1"), commandLine);
		return control[5];
	}

	/**
	 * The demo on the lab's two hosts, without its HA policy: a deploy leaves an HA member's running resident agent
	 * on its previous jar (DeployLabTest checks that), and this test kills an agent, which HA would take for a
	 * failure of its host.
	 */
	private static Topology topology(int version) {
		Topology topology = DeployLabTest.topology(version, "esx-s1", "esx-s2");
		List.copyOf(topology.getHaPolicies()).forEach(policy -> EcoreUtil.delete(policy, true));
		return topology;
	}

	/** The pid of the JVM that answers {@code agent version} on {@code host}, checking that it runs {@code jarSha256}. */
	static long residentPid(Lab lab, String host, String jarSha256) {
		Lab.Result version = lab.agent(host, "version");
		Matcher served = SERVED_BY.matcher(version.out());
		assertTrue(version.ok() && served.find(), "the resident agent answers on " + host + ": " + version);
		assertTrue(version.out().contains("jar sha256:" + jarSha256), "it runs the installed jar: " + version);
		return Long.parseLong(served.group(1));
	}

	private static void assertOn(String host, Topology topology) throws Exception {
		AgentConfig config = TopologyCompiler.compile(topology).config(host);
		Lab.Result state = lab.agent(host, "state");
		assertTrue(state.ok(), state.toString());
		AgentState actual = new ProtocolCodec().fromXml(state.out(), AgentState.class);
		assertTrue(StateDiff.plan(config, actual).unchanged(), host + ":\n" + StateDiff.plan(config, actual).describe());
	}

	private static DeployResult deploy(Topology topology, SshSettings ssh, Path agentJar) throws Exception {
		DeployOptions options = lab.deployOptions().ssh(ssh).agentJar(agentJar).hosts(Set.copyOf(HOSTS));
		return new Deployment(topology, options).apply(DeployListener.NONE);
	}

	/** No key file: OpenSSH's password authentication alone. */
	private static SshSettings passwordOnly(char[] password) {
		return lab.ssh().identity(lab.work().resolve("no-such-key")).password(target -> password.clone());
	}
}
