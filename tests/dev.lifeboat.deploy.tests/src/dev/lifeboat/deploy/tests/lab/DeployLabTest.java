package dev.lifeboat.deploy.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.plan.StateDiff;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.HostOutcome;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * Deploys against the lab (three hosts with real OpenSSH, as root): the demo topology without esx-s2, then
 * each fault on one host while the others complete. Every version of the topology differs in the app overlay's
 * VNI, so that each deploy changes every host it reaches. Tests run in order on one lab.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployLabTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-n2", "esx-s1");
	@RegisterExtension
	static final Lab lab = Lab.of(HOSTS.toArray(String[]::new));
	private static final ProtocolCodec CODEC = new ProtocolCodec();

	@Test
	@Order(1)
	void unknownHostKeysAreRefusedAndNothingIsUploaded() throws Exception {
		SshSettings strangers = lab.ssh().lifeboatKnownHosts(lab.work().resolve("empty_known_hosts"));
		DeployResult result = deploy(topology(0), lab.deployOptions().ssh(strangers));
		for (String host : HOSTS) {
			HostResult refused = result.host(host);
			assertEquals(HostOutcome.FAILED, refused.outcome(), refused.reason());
			assertTrue(refused.reason().contains("unknown host key ssh-ed25519 " + lab.fingerprint(host)), refused.reason());
			assertFalse(Files.exists(lab.agentHome(host).resolve("config.xml")), "nothing was uploaded to " + host);
		}
		assertFalse(Files.exists(lab.work().resolve("empty_known_hosts")), "no key was learned without consent");
	}

	@Test
	@Order(2)
	void deploysAndGuestsTalkOverTheOverlay() throws Exception {
		Topology topology = topology(0);
		DeployResult result = deploy(topology, lab.deployOptions());
		assertOutcomes(result, Map.of("esx-n1", HostOutcome.APPLIED, "esx-n2", HostOutcome.APPLIED, "esx-s1", HostOutcome.APPLIED));
		assertRecordTellsTheTruth(topology, result, Outcome.SUCCEEDED);
		assertPings("esx-n1", "web-1", "10.10.0.13");
		assertPings("esx-n1", "db-1", "10.20.0.12");
		assertPings("esx-s1", "web-3", "10.10.0.12");
		assertHaKeyInstalled(topology, result);
	}

	/**
	 * Every member of the demo's HA policy got one and the same heartbeat key, in a root-only file, and the key
	 * appears nowhere else: not in a configuration, the agent log, or the record.
	 */
	private static void assertHaKeyInstalled(Topology topology, DeployResult result) throws Exception {
		var compiled = TopologyCompiler.compile(topology);
		List<AgentConfig> members = HOSTS.stream().map(compiled::config).filter(config -> config.ha() != null).toList();
		assertTrue(members.size() >= 2, "the demo's HA policy has members in the lab");
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (AgentConfig member : members) {
			Path secrets = lab.agentHome(member.hostName()).resolve("secrets");
			Path file = secrets.resolve(dev.lifeboat.protocol.HaSpec.keyFileName(member.ha().policyName()));
			assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
			assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
			String key = Files.readString(file).strip();
			assertEquals(32, java.util.Base64.getDecoder().decode(key).length);
			keys.add(key);
			for (String name : List.of("config.xml", "applied.xml", "agent.log")) {
				Path other = lab.agentHome(member.hostName()).resolve(name);
				assertFalse(Files.exists(other) && Files.readString(other).contains(key), name + " holds no key");
			}
			assertFalse(result.describe().contains(key), "the deploy's description holds no key");
		}
		assertEquals(1, keys.size(), "all members share one key");
	}

	@Test
	@Order(3)
	void aSecondDeployChangesNothing() throws Exception {
		Topology topology = topology(0);
		Deployment deployment = new Deployment(topology, lab.deployOptions());
		DeployPlan plan = deployment.plan(DeployListener.NONE);
		assertTrue(plan.hosts().stream().allMatch(DeployPlan.Entry::unchanged), plan.describe());
		DeployResult result = deployment.apply(DeployListener.NONE);
		assertOutcomes(result, Map.of("esx-n1", HostOutcome.UNCHANGED, "esx-n2", HostOutcome.UNCHANGED, "esx-s1", HostOutcome.UNCHANGED));
		assertRecordTellsTheTruth(topology, result, Outcome.SUCCEEDED);
	}

	@Test
	@Order(4)
	void aChangedHostKeyIsRefusedAndNothingIsUploaded() throws Exception {
		Path key = lab.hostDirectory("esx-n2").resolve("ssh_host_ed25519_key");
		String before = lab.fingerprint("esx-n2");
		Files.copy(key, lab.work().resolve("n2_key"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(Path.of(key + ".pub"), lab.work().resolve("n2_key.pub"), StandardCopyOption.REPLACE_EXISTING);
		Path config = lab.agentHome("esx-n2").resolve("config.xml");
		String configBefore = Files.readString(config);
		try {
			Files.delete(key);
			Files.delete(Path.of(key + ".pub"));
			assertTrue(lab.sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).ok());
			lab.restartSshd("esx-n2");
			DeployResult result = deploy(topology(1), lab.deployOptions());
			HostResult refused = result.host("esx-n2");
			assertEquals(HostOutcome.FAILED, refused.outcome(), refused.reason());
			assertTrue(refused.reason().contains("CHANGED") && refused.reason().contains(before)
					&& refused.reason().contains(lab.fingerprint("esx-n2")), refused.reason());
			assertTrue(refused.reason().contains("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"), refused.reason());
			assertEquals(configBefore, Files.readString(config), "nothing was uploaded to esx-n2");
			assertEquals(HostOutcome.APPLIED, result.host("esx-n1").outcome(), result.describe());
			assertEquals(HostOutcome.APPLIED, result.host("esx-s1").outcome(), result.describe());
		} finally {
			Files.copy(lab.work().resolve("n2_key"), key, StandardCopyOption.REPLACE_EXISTING);
			Files.copy(lab.work().resolve("n2_key.pub"), Path.of(key + ".pub"), StandardCopyOption.REPLACE_EXISTING);
			lab.restartSshd("esx-n2");
		}
		assertOn("esx-n2", topology(0));
	}

	@Test
	@Order(5)
	void anApplyFailingOnOneHostRollsBackThatHostOnly() throws Exception {
		Path sshdConfig = lab.hostDirectory("esx-n1").resolve("sshd_config");
		String original = Files.readString(sshdConfig);
		try {
			// The agent's own fault injection, set for esx-n1's SSH sessions only: its apply fails half way.
			Files.writeString(sshdConfig, original.replaceFirst("(?m)^SetEnv (.*)$", "SetEnv $1 LIFEBOAT_AGENT_FAIL_AT_STEP=2"));
			lab.restartSshd("esx-n1");
			Topology topology = topology(2);
			DeployResult result = deploy(topology, lab.deployOptions());
			assertOutcomes(result, Map.of("esx-n1", HostOutcome.ROLLED_BACK, "esx-n2", HostOutcome.APPLIED, "esx-s1", HostOutcome.APPLIED));
			assertTrue(result.host("esx-n1").reason().contains("apply failed"), result.host("esx-n1").reason());
			assertRecordTellsTheTruth(topology, result, Outcome.ROLLED_BACK);
		} finally {
			Files.writeString(sshdConfig, original);
			lab.restartSshd("esx-n1");
		}
		assertOn("esx-n1", topology(1));
		assertOn("esx-n2", topology(2));
	}

	@Test
	@Order(6)
	void anUnreachableHostAndARefusedKeyDoNotStopTheOthers() throws Exception {
		Path authorized = lab.hostDirectory("esx-s1").resolve("root/.ssh/authorized_keys");
		String original = Files.readString(authorized);
		try {
			assertTrue(lab.sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", lab.work().resolve("other").toString()).ok());
			Files.writeString(authorized, Files.readString(lab.work().resolve("other.pub")));
			Topology topology = topology(3);
			host(topology, "esx-n2").setManagementAddress("198.18.0.99");
			DeployResult result = deploy(topology, lab.deployOptions().ssh(lab.ssh().connectTimeout(Duration.ofSeconds(3))));
			assertOutcomes(result, Map.of("esx-n1", HostOutcome.APPLIED, "esx-n2", HostOutcome.UNREACHABLE, "esx-s1", HostOutcome.FAILED));
			assertTrue(result.host("esx-s1").reason().contains("was refused for root@" + lab.host("esx-s1").managementAddress()),
					result.host("esx-s1").reason());
			assertRecordTellsTheTruth(topology, result, Outcome.FAILED);
		} finally {
			Files.writeString(authorized, original);
		}
		assertOn("esx-n2", topology(2));
		assertOn("esx-s1", topology(2));
	}

	@Test
	@Order(7)
	void aFullDiskStopsThatHostBeforeAnythingChanges() throws Exception {
		Path home = lab.agentHome("esx-s1");
		assertTrue(lab.sh("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", home.toString()).ok());
		DeployResult result;
		Topology topology = topology(4);
		try {
			result = deploy(topology, lab.deployOptions());
		} finally {
			assertTrue(lab.sh("umount", home.toString()).ok());
		}
		assertOutcomes(result, Map.of("esx-n1", HostOutcome.APPLIED, "esx-n2", HostOutcome.APPLIED, "esx-s1", HostOutcome.FAILED));
		assertTrue(result.host("esx-s1").reason().contains("KiB free"), result.host("esx-s1").reason());
		assertRecordTellsTheTruth(topology, result, Outcome.FAILED);
		assertOn("esx-s1", topology(2));
	}

	@Test
	@Order(8)
	void aConnectionCutDuringTheUploadLeavesThatHostAsItWas() throws Exception {
		Path newJar = upgradedAgentJar(lab.work());
		String jarBefore = Files.readString(lab.agentHome("esx-n2").resolve("lifeboat-agent.jar"), StandardCharsets.ISO_8859_1);
		AtomicBoolean uploading = new AtomicBoolean();
		AtomicBoolean cut = new AtomicBoolean();
		DeployListener cutter = new DeployListener() {
			@Override
			public void step(String host, String message) {
				if (host.equals("esx-n2") && message.startsWith("uploading lifeboat-agent.jar")) {
					uploading.set(true);
				}
			}

			@Override
			public void progress(String host, double fraction) {
				if (host.equals("esx-n2") && uploading.get() && fraction > 0.35 && !cut.getAndSet(true)) {
					lab.killSshdSessions("esx-n2");
				}
			}
		};
		Topology topology = topology(5);
		DeployResult result = new Deployment(topology, lab.deployOptions().agentJar(newJar)).apply(cutter);
		assertTrue(cut.get(), "the connection was cut during the upload");
		assertOutcomes(result, Map.of("esx-n1", HostOutcome.APPLIED, "esx-n2", HostOutcome.UNREACHABLE, "esx-s1", HostOutcome.APPLIED));
		assertTrue(result.host("esx-n2").reason().contains("nothing was applied"), result.host("esx-n2").reason());
		// HA members: their resident agents restart one at a time, each announced to its peers (HaRestartLabTest).
		for (String member : List.of("esx-n1", "esx-s1")) {
			assertTrue(result.host(member).reason().contains("agent upgraded, resident agent restarted")
					&& result.host(member).reason().contains("it rejoined HA policy cluster-ha"), result.host(member).reason());
		}
		assertRecordTellsTheTruth(topology, result, Outcome.FAILED);
		assertEquals(jarBefore, Files.readString(lab.agentHome("esx-n2").resolve("lifeboat-agent.jar"), StandardCharsets.ISO_8859_1),
				"esx-n2 keeps its old agent jar, whole");
		lab.restartSshd("esx-n2");
		assertOn("esx-n2", topology(4));
	}

	@Test
	@Order(9)
	void theCliPrintsThePlanThenDeploysAndRecordsIntoTheFile() throws Exception {
		Path file = lab.work().resolve("cli.lifeboat");
		dev.lifeboat.model.resource.TopologyFiles.save(topology(6), file);
		String[] common = { "--identity", lab.identity().toString(), "--known-hosts", lab.work().resolve("known_hosts").toString(),
				"--agent-jar", Lab.agentJar().toString() };
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		int dryRun = dev.lifeboat.cli.LifeboatCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
				concat(new String[] { "deploy", file.toString(), "--dry-run" }, common));
		assertEquals(0, dryRun, out + "\n" + err);
		assertTrue(out.toString().contains("3 host(s): 3 to change"), out.toString());
		assertFalse(Files.readString(file).contains("initiator="), "a dry run records nothing");
		out.getBuffer().setLength(0);
		int deployed = dev.lifeboat.cli.LifeboatCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
				concat(new String[] { "deploy", file.toString(), "--parallel", "2" }, common));
		assertEquals(0, deployed, out + "\n" + err);
		assertTrue(out.toString().contains("3 host(s): 3 applied"), out.toString());
		assertTrue(Files.readString(file).contains("initiator="), "the deploy is recorded in the file");
		for (String host : HOSTS) {
			assertOn(host, topology(6));
		}
	}

	@Test
	@Order(10)
	void aCancelLetsRunningHostsFinishAndStartsNoOtherEachHostOnItsOldOrNewConfig() throws Exception {
		Topology topology = topology(7);
		Deployment deployment = new Deployment(topology, lab.deployOptions().parallelism(2));
		DeployListener cancelAtTheFirstApply = new DeployListener() {
			@Override
			public void step(String host, String message) {
				if (message.equals("apply")) {
					deployment.cancel();
				}
			}
		};
		DeployResult result = deployment.apply(cancelAtTheFirstApply);
		assertTrue(deployment.isCancelled());
		assertTrue(result.count(HostOutcome.APPLIED) >= 1, "the host whose apply had started finished it:\n" + result.describe());
		assertEquals(HostOutcome.CANCELLED, result.host("esx-s1").outcome(), "a host not started when the cancel came never starts:\n"
				+ result.describe());
		for (HostResult host : result.hosts()) {
			assertTrue(host.outcome() == HostOutcome.APPLIED || host.outcome() == HostOutcome.CANCELLED, result.describe());
			if (host.outcome() == HostOutcome.APPLIED) {
				assertOn(host.hostName(), topology(7));
			} else {
				assertTrue(host.reason().contains("it stays on its previous configuration"), host.reason());
				assertOn(host.hostName(), topology(6));
				try (var leftovers = Files.list(lab.agentHome(host.hostName()))) {
					assertTrue(leftovers.noneMatch(file -> file.getFileName().toString().contains(".upload-")),
							host.hostName() + ": uploads of a cancelled host are discarded");
				}
			}
		}
		OperationRecord record = DeployRecords.append(topology, result, "lab-test", "sha256:test");
		for (HostResult host : result.hosts()) {
			OperationStep last = record.getSteps().stream().filter(step -> step.getTarget().equals(host.hostName()))
					.reduce((first, second) -> second).orElseThrow();
			assertEquals(host.outcome() == HostOutcome.APPLIED ? Outcome.SUCCEEDED : Outcome.SKIPPED, last.getOutcome(), last.getMessage());
			assertTrue(last.getMessage().startsWith(host.outcome().name()), "the record says which config " + host.hostName()
					+ " is on: " + last.getMessage());
		}
		assertEquals(Outcome.FAILED, record.getOutcome(), "a cancelled deploy did not bring every host to the topology");
		assertTrue(record.getSummary().contains("cancelled"), record.getSummary());
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	// --- helpers

	private static DeployResult deploy(Topology topology, DeployOptions options) throws Exception {
		return new Deployment(topology, options).apply(DeployListener.NONE);
	}

	/** The demo on the lab's three hosts; {@code version} shifts the app overlay's VNI so every host changes. */
	static Topology topology(int version) {
		return topology(version, "esx-s2");
	}

	/**
	 * The demo without the {@code dropped} hosts, the app overlay's VNI shifted by {@code version}, its HA policy
	 * beating every 5 s: these tests are not about HA, and their own faults (an agent home hidden under a full
	 * tmpfs for a deploy's length, a host given a wrong address) must not meet the policy's deadlines (a guest
	 * whose lease file was hidden for longer than the self-fence deadline rightly stops itself).
	 */
	static Topology topology(int version, String... dropped) {
		Topology topology = DemoTopology.loadWithout(dropped);
		topology.getOverlays().stream().filter(overlay -> overlay.getName().equals("app")).findFirst().orElseThrow()
				.setVni(10010 + version);
		topology.getHaPolicies().forEach(policy -> policy.setHeartbeatIntervalMs(5000));
		return topology;
	}

	private static Host host(Topology topology, String name) {
		return topology.getSites().stream().flatMap(site -> site.getHosts().stream()).filter(host -> host.getName().equals(name))
				.findFirst().orElseThrow();
	}

	private static void assertOutcomes(DeployResult result, Map<String, HostOutcome> expected) {
		expected.forEach((host, outcome) -> assertEquals(outcome, result.host(host).outcome(), host + ":\n" + result.describe()));
	}

	/** The record's per-host result steps say exactly what the result says, and every host has its phases. */
	private static void assertRecordTellsTheTruth(Topology topology, DeployResult result, Outcome overall) throws IOException {
		OperationRecord record = DeployRecords.append(topology, result, "lab-test", "sha256:test");
		assertEquals(overall, record.getOutcome(), result.describe());
		assertEquals("lab-test", record.getInitiator());
		assertNotNull(java.time.Instant.parse(record.getStartedAt()));
		for (HostResult host : result.hosts()) {
			List<OperationStep> steps = record.getSteps().stream().filter(step -> step.getTarget().equals(host.hostName())).toList();
			OperationStep last = steps.get(steps.size() - 1);
			assertEquals("result", last.getName());
			assertTrue(last.getMessage().startsWith(host.outcome().name()), last.getMessage());
			assertEquals("connect", steps.get(0).getName());
			if (host.outcome() == HostOutcome.ROLLED_BACK) {
				assertTrue(steps.stream().anyMatch(step -> step.getName().equals("rollback") && step.getOutcome() == Outcome.ROLLED_BACK));
			}
		}
		Path saved = lab.work().resolve("recorded.lifeboat");
		dev.lifeboat.model.resource.TopologyFiles.save(topology, saved);
		assertTrue(Files.readString(saved).contains("operationRecords"), "the record is saved with the topology");
	}

	/** The host's actual state matches {@code topology}'s configuration for it. */
	private static void assertOn(String host, Topology topology) throws Exception {
		AgentConfig config = TopologyCompiler.compile(topology).config(host);
		Lab.Result state = lab.agent(host, "state");
		assertTrue(state.ok(), state.toString());
		AgentState actual = CODEC.fromXml(state.out(), AgentState.class);
		assertTrue(StateDiff.plan(config, actual).unchanged(), () -> host + " is not on the expected config:\n"
				+ StateDiff.plan(config, actual).describe() + "\nthe end of its agent log:\n" + logTail(host));
	}

	/** The last lines of {@code host}'s agent log, to tell why a host is not where a test expects it. */
	private static String logTail(String host) {
		try {
			List<String> lines = Files.readAllLines(lab.agentHome(host).resolve("agent.log"));
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		} catch (java.io.IOException e) {
			return "(no agent log: " + e.getMessage() + ")";
		}
	}

	private static void assertPings(String host, String guest, String address) throws InterruptedException {
		Lab.Result ping = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			ping = lab.inGuest(host, guest, "ping", "-c", "2", "-W", "2", "-q", address);
			if (ping.ok()) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(guest + " on " + host + " cannot reach " + address + ": " + ping);
	}

	/** The agent jar with one extra entry: a new release as far as checksums go, the same agent otherwise. */
	static Path upgradedAgentJar(Path directory) throws IOException {
		Path jar = directory.resolve("lifeboat-agent.jar");
		try (JarInputStream in = new JarInputStream(Files.newInputStream(Lab.agentJar()));
				OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = in.getManifest() == null ? new JarOutputStream(file) : new JarOutputStream(file, in.getManifest())) {
			for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
				out.putNextEntry(new JarEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			out.putNextEntry(new JarEntry("META-INF/lifeboat-test-release.txt"));
			out.write("a later release\n".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return jar;
	}

}
