package dev.lifeboat.deploy.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.migrate.MigrationCommand;
import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.Migration;
import dev.lifeboat.deploy.MigrationListener;
import dev.lifeboat.deploy.MigrationOptions;
import dev.lifeboat.deploy.MigrationRecords;
import dev.lifeboat.deploy.MigrationResult;
import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;

/**
 * Migrates guests on the lab (three hosts with real OpenSSH, agents, kernel VXLAN; as root) while a TCP client on
 * another host talks to the guest's echo port across the overlay: the guest keeps its IP and MAC, the client's
 * lines keep being answered (after a reconnect), the blackout is measured by a 10 ms ping and recorded, the source
 * no longer has the guest, and a deploy afterwards finds nothing to change. The last test moves the observer's host
 * to the Java VTEP: its table must point at the new host when the migration returns. Tests run in order on one lab.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationLabTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-n2", "esx-s1");
	@RegisterExtension
	static final Lab lab = Lab.of(HOSTS.toArray(String[]::new));
	private static Topology topology;

	@BeforeAll
	static void deployTheDemo() throws Exception {
		topology = DemoTopology.loadWithout("esx-s2");
		var deployed = new Deployment(topology, lab.deployOptions()).apply(DeployListener.NONE);
		assertTrue(deployed.succeeded(), deployed.describe());
	}

	@Test
	@Order(1)
	void aGuestMovesWithItsIpWhileATcpClientTalksToIt() throws Exception {
		Path guestData = lab.agentHome("esx-n2").resolve("guests/web-2/data");
		Files.writeString(guestData.resolve("hello.txt"), "written on esx-n2\n");
		assertTrue(lab.inGuest("esx-n1", "web-1", "ping", "-c", "1", "-W", "2", "10.10.0.12").ok(), "web-2 answers before");

		Path clientLog = lab.work().resolve("client.log");
		Path stop = lab.work().resolve("client.stop");
		Process client = echoClient("esx-n1", "web-1", "10.10.0.12", clientLog, stop);
		waitForAnswers(clientLog, 20);

		MigrationPlan plan = MigrationPlan.of(topology, "web-2", "esx-s1");
		assertFalse(plan.hasErrors(), plan.findings().toString());
		List<String> heard = new ArrayList<>();
		MigrationResult result = new Migration(plan, migrationOptions().observedBy("esx-n1", "web-1"))
				.run(new MigrationListener() {
					@Override
					public void step(String step, String host, boolean done, String message) {
						if (done) {
							heard.add(step + " " + host);
						}
					}
				});
		System.out.println("migration web-2 esx-n2 -> esx-s1:\n" + result.describe());
		assertTrue(result.succeeded(), result.describe());
		assertTrue(heard.contains("cutover esx-n2->esx-s1"), heard.toString());

		// The client keeps talking across the move: lines sent after the migration are answered by web-2 on esx-s1.
		int before = answeredLines(Files.readString(clientLog), "web-2").size();
		assertTrue(client.isAlive(), "the client still runs after the migration:\n" + Files.readString(clientLog));
		waitForAnswers(clientLog, before + 20);
		Files.writeString(stop, "");
		assertTrue(client.waitFor(30, TimeUnit.SECONDS), "the client stops");
		String log = Files.readString(clientLog);
		List<Integer> answered = answeredLines(log, "web-2");
		System.out.println("client: " + answered.size() + " lines answered, " + before + " before the migration returned; "
				+ "events:\n" + tail(log));
		assertTrue(answered.size() >= before + 20, "answers continue after the move:\n" + log);
		int last = answered.get(answered.size() - 1);
		assertEquals(java.util.stream.IntStream.rangeClosed(1, last).boxed().toList(), answered.stream().distinct().sorted().toList(),
				"every line up to the last was answered (a line that got no answer is sent again after the reconnect)");
		assertTrue(log.endsWith("done\n"), log);

		// Same IP and MAC, now on esx-s1; the source has neither the namespace nor the files.
		Lab.Result address = lab.inGuest("esx-s1", "web-2", "ip", "-o", "link", "show", "eth0");
		assertTrue(address.out().contains("52:54:00:1b:00:04"), address.toString());
		assertTrue(lab.inGuest("esx-s1", "web-2", "ip", "-o", "-4", "addr").out().contains("10.10.0.12/"));
		assertFalse(Files.exists(Path.of("/run/netns/lb.esx-n2.web-2")), "the source no longer has the guest");
		assertFalse(Files.exists(lab.agentHome("esx-n2").resolve("guests/web-2")), "nor its files");
		Lab.Result file = lab.inGuest("esx-n1", "web-1", "curl", "-s", "--max-time", "5", "http://10.10.0.12/hello.txt");
		assertEquals("written on esx-n2\n", file.out(), "the data moved with the guest: " + file);
		assertTrue(lab.inGuest("esx-s1", "web-3", "ping", "-c", "1", "-W", "2", "10.10.0.12").ok(), "a neighbour on the target reaches it");

		OperationRecord record = recordAndApply(plan, result);
		OperationStep blackout = record.getSteps().stream().filter(s -> s.getName().equals(MigrationRecords.BLACKOUT_STEP))
				.findFirst().orElseThrow();
		assertEquals(Outcome.SUCCEEDED, blackout.getOutcome(), blackout.getMessage());
		assertTrue(blackout.getMessage().startsWith("ping every 10 ms from web-1 on esx-n1: longest gap " + blackout.getDurationMs() + " ms"),
				blackout.getMessage());
		assertNotNull(result.blackout());
		System.out.println("measured blackout: " + result.blackout().toMillis() + " ms (cutover window " + result.cutover().toMillis()
				+ " ms, " + result.pingLost() + " pings lost)");
		assertNothingToDeploy();
	}

	@Test
	@Order(2)
	void aTargetWithoutTheOverlayJoinsItFirst() throws Exception {
		MigrationPlan plan = MigrationPlan.of(topology, "db-1", "esx-s1");
		assertEquals(1, plan.overlayJoins().size(), plan.findings().toString());
		MigrationResult result = new Migration(plan, migrationOptions().observedBy("esx-n2", "cache-1")).run(MigrationListener.NONE);
		System.out.println("migration db-1 esx-n1 -> esx-s1 (joins overlay db):\n" + result.describe());
		assertTrue(result.succeeded(), result.describe());
		assertTrue(result.steps().stream().anyMatch(step -> step.phase().equals("stage overlays") && step.host().equals("esx-s1")));
		assertTrue(lab.inGuest("esx-n2", "cache-1", "ping", "-c", "1", "-W", "2", "10.20.0.11").ok(), "db-1 answers from esx-s1");
		recordAndApply(plan, result);
		assertNothingToDeploy();
	}

	@Test
	@Order(3)
	void theCliMigratesBackAndRecordsIntoTheFile() throws Exception {
		Path file = lab.work().resolve("cli.lifeboat");
		TopologyFiles.save(topology, file);
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		String[] common = { "--identity", lab.identity().toString(), "--known-hosts", lab.work().resolve("known_hosts").toString() };
		int dryRun = dev.lifeboat.cli.LifeboatCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
				concat(new String[] { "migrate", file.toString(), "web-2", "--to", "esx-n2", "--dry-run" }, common));
		assertEquals(0, dryRun, out + "\n" + err);
		assertTrue(out.toString().contains("cut over"), out.toString());
		assertTrue(Files.exists(Path.of("/run/netns/lb.esx-s1.web-2")), "a dry run moves nothing");
		out.getBuffer().setLength(0);
		int migrated = dev.lifeboat.cli.LifeboatCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
				concat(new String[] { "migrate", file.toString(), "web-2", "--to", "esx-n2" }, common));
		System.out.println(out);
		assertEquals(0, migrated, out + "\n" + err);
		assertTrue(Files.exists(Path.of("/run/netns/lb.esx-n2.web-2")) && !Files.exists(Path.of("/run/netns/lb.esx-s1.web-2")));
		Topology saved = TopologyFiles.load(file);
		assertTrue(saved.getOperationRecords().stream().anyMatch(r -> r.getKind() == OperationKind.MIGRATION
				&& r.getOutcome() == Outcome.SUCCEEDED), "the migration is recorded in the file");
		topology = saved;
		assertNothingToDeploy();
	}

	@Test
	@Order(4)
	void anObserverOnAJavaVtepReachesTheGuestOnItsNewHostWhenTheCutoverReturns() throws Exception {
		// esx-n1 carries both its overlays on the Java VTEP of its resident agent; web-2 is on esx-n2 again.
		topology.getOverlays().forEach(overlay -> overlay.getMembers().stream()
				.filter(member -> member.getHost().getName().equals("esx-n1"))
				.forEach(member -> member.setDataPlane(dev.lifeboat.model.DataPlane.USERSPACE)));
		var deployed = new Deployment(topology, lab.deployOptions()).apply(DeployListener.NONE);
		assertTrue(deployed.succeeded(), deployed.describe());
		MigrationPlan plan = MigrationPlan.of(topology, "web-2", "esx-s1");
		assertFalse(plan.hasErrors(), plan.findings().toString());
		String before = javaVtepEntry(TopologyCompiler.compile(topology).config("esx-n1"), WEB_2_MAC);
		String after = javaVtepEntry(TopologyCompiler.compile(plan.migratedTopology()).config("esx-n1"), WEB_2_MAC);
		assertFalse(before.equals(after), "the move re-points esx-n1's entry: " + before);
		Path forwarding = lab.agentHome("esx-n1").resolve("vtep-forwarding.txt");
		// The resident agent may have (re)started with the deploy: wait until its VTEP forwards by the deployed FDB.
		for (int i = 0; i < 200 && !forwardingLines(forwarding).contains(before); i++) {
			Thread.sleep(50);
		}
		assertTrue(forwardingLines(forwarding).contains(before), "esx-n1's Java VTEP sends web-2's MAC to esx-n2: "
				+ forwardingLines(forwarding));
		assertTrue(lab.inGuest("esx-n1", "web-1", "ping", "-c", "1", "-W", "2", "10.10.0.12").ok(), "web-2 answers before");

		Path pingLog = lab.work().resolve("java-vtep-ping.log");
		Process ping = new ProcessBuilder("ip", "netns", "exec", "lb.esx-n1.web-1", "ping", "-n", "-i", "0.02", "10.10.0.12")
				.redirectErrorStream(true).redirectOutput(pingLog.toFile()).start();
		MigrationResult result;
		try {
			result = new Migration(plan, migrationOptions().observedBy("esx-n1", "web-1")).run(MigrationListener.NONE);
			// Read before anything else: the Java VTEP must forward by the new entry when the migration returns,
			// which the applied file alone (followed at the agent's next poll) would not guarantee.
			List<String> right = forwardingLines(forwarding);
			System.out.println("migration web-2 esx-n2 -> esx-s1 observed on a Java VTEP:\n" + result.describe());
			assertTrue(result.succeeded(), result.describe());
			assertTrue(right.contains(after), "esx-n1's Java VTEP sends web-2's MAC to esx-s1 when the migration returns: " + right);
			assertFalse(right.contains(before), right.toString());
		} finally {
			ping.destroy();
			ping.waitFor(10, TimeUnit.SECONDS);
		}
		assertTrue(result.steps().stream().anyMatch(step -> step.phase().equals("prepare Java VTEP") && step.host().equals("esx-n1")),
				result.describe());
		assertNotNull(result.blackout(), "the observer on the Java VTEP saw web-2 answer after the cutover: " + result.describe());
		System.out.println("blackout seen from the Java VTEP: " + result.blackout().toMillis() + " ms (cutover window "
				+ result.cutover().toMillis() + " ms, " + result.pingLost() + " pings lost)");
		String pings = Files.readString(pingLog);
		long replies = pings.lines().filter(line -> line.contains(" bytes from 10.10.0.12")).count();
		assertTrue(replies > 0, pings);
		assertFalse(pings.contains("DUP!"), "never two copies of a reply (a frame sent to both hosts):\n" + pings);
		assertTrue(lab.inGuest("esx-n1", "web-1", "ping", "-c", "1", "-W", "2", "10.10.0.12").ok(), "web-2 answers from esx-s1");
		recordAndApply(plan, result);
		assertNothingToDeploy();
	}

	// --- helpers

	private static final String WEB_2_MAC = "52:54:00:1b:00:04";

	/** The line the Java VTEP publishes for {@code mac} if it forwards by {@code config}'s FDB: VNI, MAC, VTEP. */
	private static String javaVtepEntry(dev.lifeboat.protocol.AgentConfig config, String mac) {
		return config.overlays().stream().filter(overlay -> overlay.dataPlane() == dev.lifeboat.protocol.VxlanSpec.DataPlane.USERSPACE)
				.flatMap(overlay -> overlay.fdb().stream().filter(entry -> entry.mac().equals(mac))
						.map(entry -> overlay.vni() + " " + mac + " " + entry.remote()))
				.findFirst().orElseThrow(() -> new AssertionError(config.hostName() + " has no Java VTEP entry for " + mac));
	}

	private static List<String> forwardingLines(Path file) throws java.io.IOException {
		return Files.exists(file) ? Files.readAllLines(file) : List.of();
	}

	private static OperationRecord recordAndApply(MigrationPlan plan, MigrationResult result) {
		OperationRecord record = MigrationRecords.record(result, "lab-test", "sha256:test");
		assertEquals(OperationKind.MIGRATION, record.getKind());
		assertTrue(record.getSteps().stream().anyMatch(step -> step.getName().equals("cutover") && step.getDurationMs() >= 0));
		MigrationCommand command = new MigrationCommand(plan, record);
		assertTrue(command.canExecute());
		command.execute();
		assertEquals(plan.target(), plan.vm().getHost());
		return record;
	}

	/** A later deploy of the migrated topology finds every host as it should be. */
	private static void assertNothingToDeploy() throws Exception {
		DeployPlan plan = new Deployment(topology, lab.deployOptions()).plan(DeployListener.NONE);
		assertTrue(plan.hosts().stream().allMatch(DeployPlan.Entry::unchanged), plan.describe());
	}

	/**
	 * Sends numbered lines to {@code address}:7 from inside a guest, one every 20 ms until {@code stop} exists,
	 * reconnecting when the connection breaks (and sending the unanswered line again); logs each reply.
	 */
	private static Process echoClient(String host, String guest, String address, Path log, Path stop) throws Exception {
		String script = """
				trap "" PIPE
				i=0
				while [ ! -e '%s' ]; do
				  if ! exec 3<>/dev/tcp/%s/7; then echo "connect failed at $i"; sleep 0.05; continue; fi
				  echo "connected at $i"
				  while [ ! -e '%s' ]; do
				    i=$((i+1))
				    echo "line $i" >&3 2>/dev/null || { echo "write failed at $i"; i=$((i-1)); break; }
				    if IFS= read -r -t 2 reply <&3; then echo "$reply"; else echo "no reply to $i"; i=$((i-1)); break; fi
				    sleep 0.02
				  done
				  exec 3<&- 3>&-
				done
				echo done
				""".formatted(stop, address, stop);
		return new ProcessBuilder("ip", "netns", "exec", "lb." + host + "." + guest, "timeout", "120", "bash", "-c", script)
				.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.start();
	}

	private static void waitForAnswers(Path log, int lines) throws Exception {
		for (int i = 0; i < 600 && answeredLines(Files.exists(log) ? Files.readString(log) : "", "web-2").size() < lines; i++) {
			Thread.sleep(50);
		}
	}

	private static List<Integer> answeredLines(String log, String guest) {
		List<Integer> lines = new ArrayList<>();
		Matcher matcher = Pattern.compile("(?m)^" + guest + ": line (\\d+)$").matcher(log);
		while (matcher.find()) {
			lines.add(Integer.parseInt(matcher.group(1)));
		}
		return lines;
	}

	private static String tail(String log) {
		List<String> lines = log.lines().filter(line -> !line.matches("web-2: line \\d+")).toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
	}

	private static MigrationOptions migrationOptions() {
		return new MigrationOptions(lab.ssh(), "lab-test");
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
