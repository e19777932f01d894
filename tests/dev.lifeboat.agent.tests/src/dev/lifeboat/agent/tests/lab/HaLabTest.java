package dev.lifeboat.agent.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.agent.tests.lab.LabConfigs.Placement;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * HA on three lab hosts, each with two heartbeat paths (management and underlay NICs): the agents' heartbeats,
 * the Ratis ownership log, self-fencing and restarts, against real namespaces, guests and cables pulled in the
 * lab switch. One lab for the whole class (the machine runs one lab at a time): the steps run in order, each
 * leaving the policy healthy, and later steps fail the host that runs the most guests by then. Throughout, a
 * sampler counts every copy of each protected guest (its processes and namespaces across all hosts) every 50 ms:
 * a VM must never run twice.
 * <p>
 * h3, where the probe guest runs, carries the overlay on the Java VTEP (h1 and h2 on kernel VXLAN): every guest
 * that a failover moves between h1 and h2 answers the probe only if the Java VTEP's forwarding table follows the
 * committed ownership, and a guest moved to h3 only if the kernel VTEPs follow it there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HaLabTest {

	/** Detection 2 s, self-fence by 2.5 s, takeover at 3 s: slack for a loaded 2-core machine. */
	private static final int INTERVAL_MS = 500;
	private static final int MISSED_BEATS = 4;

	private static final List<Placement> GUESTS = List.of(
			new Placement("h1", "web-1", 60, "52:54:00:60:00:11", "10.60.0.11"),
			new Placement("h1", "web-2", 60, "52:54:00:60:00:12", "10.60.0.12"),
			new Placement("h2", "app-1", 60, "52:54:00:60:00:21", "10.60.0.21"),
			new Placement("h3", "probe", 60, "52:54:00:60:00:31", "10.60.0.31"));
	private static final List<String> PROTECTED = List.of("app-1", "web-1", "web-2");
	private static final long WAIT_MS = 90_000;

	private static final ProtocolCodec CODEC = new ProtocolCodec();
	@RegisterExtension
	static final Lab lab = Lab.of("h1", "h2", "h3");
	private static Map<String, AgentConfig> configs;

	@BeforeAll
	static void deploy() throws Exception {
		configs = LabConfigs.ha(List.of(lab.host("h1"), lab.host("h2"), lab.host("h3")), GUESTS, PROTECTED,
				INTERVAL_MS, MISSED_BEATS, Map.of("h3", VxlanSpec.DataPlane.USERSPACE));
		// h1 first, alone for two takeover times, as a deploy that reaches its peers late would leave it: a member
		// that never heard a majority has nobody to hand its guests to and must not fence itself (it once did, at
		// the detection time, counting its peers' silence from its own start as if they had been heard).
		Lab.Result first = lab.apply("h1", configs.get("h1"));
		assertTrue(first.ok(), first::toString);
		await("h1's HA daemon reports", () -> ha("h1") != null);
		Thread.sleep(2L * takeoverMs());
		HaStatus alone = ha("h1");
		assertTrue(alone != null && !alone.selfFenced(), () -> "h1 fenced itself before its peers started: " + alone);
		assertEquals(List.of("lb.h1.web-1", "lb.h1.web-2"), lab.guestNamespaces("h1"));
		String policy = configs.get("h1").ha().policyName();
		assertEquals(policy + " waiting", membership("h1"), "h1 has not heard a majority yet");
		for (var config : configs.entrySet()) {
			if (!config.getKey().equals("h1")) {
				Lab.Result applied = lab.apply(config.getKey(), config.getValue());
				assertTrue(applied.ok(), applied::toString);
			}
		}
		awaitHealthy(List.of("h1", "h2", "h3"));
		await("web-1 answers", () -> answers("web-1"));
		// From now on a restarted daemon on any of them counts its peers' silence from its start.
		for (String host : List.of("h1", "h2", "h3")) {
			assertEquals(policy + " joined", membership(host), host);
		}
	}

	private static String membership(String host) throws IOException {
		return Files.readString(lab.agentHome(host).resolve("ha-membership")).strip();
	}

	/** The agents' logs outlive the lab (torn down after this), for whoever reads a failure. */
	@AfterAll
	static void keepTheLogs() throws IOException {
		Path kept = Path.of("/tmp/lifeboat-halab-logs-" + lab.prefix());
		Files.createDirectories(kept);
		for (String host : List.of("h1", "h2", "h3")) {
			Path log = lab.agentHome(host).resolve("agent.log");
			if (Files.exists(log)) {
				Files.copy(log, kept.resolve(host + "-agent.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	@Test
	@Order(1)
	void oneCutHeartbeatPathIsDegradedAndMovesNothing() throws Exception {
		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			assertTrue(lab.switchPort("h1", 1, false).ok());
			for (String observer : List.of("h2", "h3")) {
				await(observer + " reports h1 degraded", () -> {
					HaStatus.MemberState h1 = ha(observer).member("h1");
					return h1.health() == HaStatus.MemberHealth.DEGRADED && h1.paths().get(0).up() && !h1.paths().get(1).up();
				});
			}
			// Absence of a failover can only be shown by waiting: three takeover times.
			Thread.sleep(3L * takeoverMs());
			assertEquals(HaStatus.MemberHealth.DEGRADED, ha("h2").member("h1").health());
			assertEquals(List.of("lb.h1.web-1"), namespacesOf("web-1"));
			assertEquals(List.of("lb.h1.web-2"), namespacesOf("web-2"));
			for (String observer : List.of("h1", "h2", "h3")) {
				HaStatus status = ha(observer);
				assertTrue(status.owners().isEmpty() && status.fencedHosts().isEmpty() && !status.selfFenced(),
						() -> observer + " saw no failover: " + status.owners() + " " + status.fencedHosts());
			}
			assertTrue(lab.switchPort("h1", 1, true).ok());
			awaitHealthy(List.of("h1", "h2", "h3"));
			sampler.assertNeverTwice();
		}
	}

	@Test
	@Order(2)
	void partitionedHostFencesItselfAndNeverRunsASecondCopy() throws Exception {
		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			assertTrue(lab.switchPort("h1", 0, false).ok());
			assertTrue(lab.switchPort("h1", 1, false).ok());
			await("h1 fences itself", () -> ha("h1").selfFenced());
			await("web-1 and web-2 answer from h2 and h3", () -> answers("web-1") && answers("web-2"));
			assertTrue(lab.guestNamespaces("h1").isEmpty(), () -> "h1 stopped its guests: " + lab.guestNamespaces("h1"));
			String log = Files.readString(lab.agentHome("h1").resolve("agent.log"));
			assertTrue(log.contains("SELF-FENCE h1"), log);

			// The partition heals: h1 rejoins, learns from the log that it owns nothing, starts nothing.
			assertTrue(lab.switchPort("h1", 0, true).ok());
			assertTrue(lab.switchPort("h1", 1, true).ok());
			await("h1 rejoins", () -> {
				HaStatus status = ha("h1");
				return !status.selfFenced() && status.majority();
			});
			awaitHealthy(List.of("h1", "h2", "h3"));
			Thread.sleep(2L * takeoverMs());
			sampler.assertNeverTwice();
			// It ran all along (a sample lists every process: a loaded machine takes ~0.4 s for one, not 50 ms).
			assertTrue(sampler.samples() > 20, "the sampler ran: " + sampler.samples() + " samples");
		}
		assertTrue(lab.guestNamespaces("h1").isEmpty(), () -> "h1 runs none of the guests it lost: " + lab.guestNamespaces("h1"));
		for (String guest : PROTECTED) {
			assertEquals(1, namespacesOf(guest).size(), guest + ": " + namespacesOf(guest));
			assertTrue(answers(guest), guest + " answers");
		}
	}

	/**
	 * Only the agent dies (SIGKILL) on the host running web-1, and an impostor on that host's own addresses keeps
	 * sending its beats: real beats captured before the kill (replays) and beats signed with another key. The
	 * others refuse and count them, fail the host anyway, and its guests - still running without their agent -
	 * stop themselves (the lease watchdog) before the others start them: never two copies. The agent restarts:
	 * the host rejoins and runs none of the guests it lost.
	 */
	@Test
	@Order(3)
	void killedAgentsGuestsStopThemselvesAndForgedBeatsKeepNobodyAlive() throws Exception {
		String victim = namespacesOf("web-1").get(0).split("\\.")[1];
		List<String> survivors = List.of("h1", "h2", "h3").stream().filter(host -> !host.equals(victim)).toList();
		List<String> moved = PROTECTED.stream().filter(guest -> namespacesOf(guest).equals(List.of("lb." + victim + "." + guest)))
				.toList();
		String policy = configs.get(victim).ha().policyName();
		Lab.Host host = lab.host(victim);
		// Real beats of the victim, as anyone on the heartbeat network sees them, to replay after its death.
		Lab.Result captured = lab.exec(victim, "timeout", "10", "tcpdump", "-l", "-A", "-nn", "-i", "any", "-c", "4",
				"udp and dst port 7946 and src host " + host.managementAddress());
		java.util.regex.Matcher beats = java.util.regex.Pattern.compile("LBHB2 \\S+ " + victim + " \\d+ \\d+ \\d+ \\d+ [A-Za-z0-9+/]+")
				.matcher(captured.out());
		List<String> replays = new java.util.ArrayList<>();
		while (beats.find()) {
			replays.add(beats.group());
		}
		assertFalse(replays.isEmpty(), () -> "captured the victim's beats: " + captured);

		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			lab.killAgent(victim);
			Thread impostor = Thread.ofPlatform().daemon().start(() -> lab.exec(victim, "timeout", "25", "/usr/bin/python3",
					"-c", IMPOSTOR, policy, victim, host.managementAddress(), String.join("\n", replays),
					String.join(",", survivors.stream().map(name -> lab.host(name).managementAddress()).toList())));
			for (String survivor : survivors) {
				await(survivor + " records the failure of " + victim, () -> ha(survivor).fencedHosts().contains(victim));
			}
			await("the guests of " + victim + " answer again", () -> moved.stream().allMatch(HaLabTest::answers));
			for (String guest : moved) {
				assertEquals(1, namespacesOf(guest).size(), () -> guest + " runs once: " + namespacesOf(guest));
				assertFalse(namespacesOf(guest).get(0).startsWith("lb." + victim + "."), guest + " left " + victim);
				assertEquals(1, CopySampler.processesOf(guest, lab), guest + " has one copy");
			}
			String serviceLog = Files.readString(lab.agentHome(victim).resolve("guests").resolve(moved.get(0)).resolve("service.log"));
			assertTrue(serviceLog.contains("the HA lease is"), serviceLog);
			for (String survivor : survivors) {
				HaStatus status = ha(survivor);
				assertTrue(status.forgedBeats() > 0 && status.replayedBeats() > 0,
						() -> survivor + " counts the impostor's beats: forged " + status.forgedBeats() + ", replayed " + status.replayedBeats());
			}
			impostor.join();

			restartAndRejoin(victim);
			await(victim + " sees the owners the others see", () -> java.util.Set.copyOf(ha(victim).owners())
					.equals(java.util.Set.copyOf(ha(survivors.get(0)).owners())));
			Thread.sleep(2L * takeoverMs());
			sampler.assertNeverTwice();
		}
		for (String guest : moved) {
			assertFalse(namespacesOf(guest).get(0).startsWith("lb." + victim + "."), guest + " stays where it was restarted");
			assertTrue(answers(guest), guest + " answers");
		}
	}

	/**
	 * The impostor: from the victim's management address, sends every 50 ms each captured beat again and a beat
	 * with fresh numbers signed with a key of its own, to every survivor. Arguments: POLICY HOST ADDRESS
	 * CAPTURED_BEATS(newline-separated) SURVIVOR_ADDRESSES(comma-separated).
	 */
	private static final String IMPOSTOR = """
			import base64, hashlib, hmac, os, socket, sys, time
			policy, host, address, replays, targets = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split("\\n"), sys.argv[5].split(",")
			key = os.urandom(32)
			s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
			s.bind((address, 0))
			sequence, incarnation = 10**9, int(time.time() * 1000)
			while True:
			    sequence += 1
			    text = "LBHB2 %s %s 0 %d %d %d" % (policy, host, incarnation, sequence, int(time.time() * 1000))
			    code = base64.b64encode(hmac.new(key, text.encode(), hashlib.sha256).digest()).decode().rstrip("=")
			    for target in targets:
			        for beat in replays + [text + " " + code]:
			            s.sendto(beat.encode(), (target, 7946))
			    time.sleep(0.05)
			""";

	/**
	 * A planned restart that never comes back: the member announces a maintenance window (as a deploy asks it to),
	 * its peers see it in MAINTENANCE, then its agent dies instead of restarting. When the window ends, normal
	 * failure handling applies: its guests stop themselves (the lease was held only for the window), the others
	 * commit its failure and restart them, never two copies. Its agent then restarts and it rejoins.
	 */
	@Test
	@Order(4)
	void anAnnouncedRestartThatNeverComesBackIsAFailureOnceItsWindowEnds() throws Exception {
		String victim = namespacesOf("app-1").get(0).split("\\.")[1];
		List<String> survivors = List.of("h1", "h2", "h3").stream().filter(host -> !host.equals(victim)).toList();
		List<String> moved = PROTECTED.stream().filter(guest -> namespacesOf(guest).equals(List.of("lb." + victim + "." + guest)))
				.toList();
		Path home = lab.agentHome(victim);
		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			// What a deploy's planned restart writes (renamed into place, as the apply script does): an 8 s window.
			Files.move(Files.writeString(home.resolve(".ha-maintenance.request"), "8000\n"), home.resolve("ha-maintenance.request"),
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			await(victim + " announces its window", () -> Files.exists(home.resolve("ha-maintenance")));
			for (String survivor : survivors) {
				await(survivor + " sees " + victim + " in maintenance",
						() -> ha(survivor).member(victim).health() == HaStatus.MemberHealth.MAINTENANCE);
			}
			lab.killAgent(victim);
			for (String survivor : survivors) {
				await(survivor + " records the failure of " + victim + " after its window",
						() -> ha(survivor).fencedHosts().contains(victim));
			}
			await("the guests of " + victim + " answer again", () -> moved.stream().allMatch(HaLabTest::answers));
			for (String guest : moved) {
				assertEquals(1, namespacesOf(guest).size(), () -> guest + " runs once: " + namespacesOf(guest));
				assertFalse(namespacesOf(guest).get(0).startsWith("lb." + victim + "."), guest + " left " + victim);
				String serviceLog = Files.readString(home.resolve("guests").resolve(guest).resolve("service.log"));
				assertTrue(serviceLog.contains("the HA lease is"), guest + " stopped itself: " + serviceLog);
			}
			for (String survivor : survivors) {
				String log = Files.readString(lab.agentHome(survivor).resolve("agent.log"));
				assertTrue(log.contains(victim + " announced a planned restart of its agent"), survivor + "'s log");
			}
			restartAndRejoin(victim);
			Thread.sleep(2L * takeoverMs());
			sampler.assertNeverTwice();
		}
	}

	@Test
	@Order(5)
	void hostFailureRestartsItsGuestsElsewhereAsTheSimulationPlacesThem() throws Exception {
		// The host that runs the most protected guests now (after the partition, h2 or h3) loses power.
		Map<String, String> owners = new java.util.TreeMap<>();
		ha("h2").owners().forEach(owner -> owners.put(owner.guest(), owner.owner()));
		String victim = PROTECTED.stream().map(guest -> namespacesOf(guest).get(0).split("\\.")[1])
				.collect(java.util.stream.Collectors.groupingBy(host -> host, java.util.stream.Collectors.counting()))
				.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		HaSpec spec = configs.get("h1").ha();
		FailoverPlacement.Result simulated = FailoverPlacement.place(spec, Set.of(victim), owners);
		assertTrue(simulated.unplaced().isEmpty(), () -> "the lab has room for every guest: " + simulated.unplaced());
		assertFalse(simulated.restarts().isEmpty(), victim + " runs protected guests");
		String survivor = List.of("h1", "h2", "h3").stream().filter(host -> !host.equals(victim)).findFirst().orElseThrow();

		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			lab.powerOff(victim);
			await("the guests of " + victim + " answer again from the surviving hosts",
					() -> PROTECTED.stream().allMatch(HaLabTest::answers));
			sampler.assertNeverTwice();
		}
		for (FailoverPlacement.Restart restart : simulated.restarts()) {
			String guest = restart.guest().name();
			assertEquals(List.of("lb." + restart.toHost() + "." + guest), namespacesOf(guest),
					() -> guest + " runs where the simulation put it");
			assertEquals(1, CopySampler.processesOf(guest, lab), guest + " has one copy");
		}
		HaStatus seen = ha(survivor);
		assertTrue(seen.fencedHosts().contains(victim), seen.fencedHosts()::toString);
		assertEquals(HaStatus.MemberHealth.FENCED, seen.member(victim).health());
		for (FailoverPlacement.Restart restart : simulated.restarts()) {
			assertTrue(seen.owners().contains(new HaStatus.Ownership(restart.guest().name(), restart.toHost(), victim)),
					() -> survivor + "'s state records " + restart.guest().name() + " on " + restart.toHost() + ": " + seen.owners());
		}
	}

	@Test
	@Order(6)
	void restartedAgentAndRedeployKeepTakenOverGuests() throws Exception {
		String owner = namespacesOf("web-1").get(0).split("\\.")[1];
		List<String> fenced = ha(owner).fencedHosts();
		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			// The owner's agent restarts: it converges to its config as the recorded ownership rewrites it.
			// A restart slower than the self-fence deadline (a loaded machine) stops the guests (the lease
			// watchdog); the restarted member then starts what the log says it owns. Either way: web-1 on the owner.
			assertTrue(lab.restartAgent(owner).ok());
			await(owner + "'s restarted agent is back in the policy and runs web-1", () -> {
				HaStatus status = ha(owner);
				return status != null && status.observedAtMillis() > System.currentTimeMillis() - 2000
						&& status.majority() && !status.selfFenced() && status.fencedHosts().equals(fenced)
						&& namespacesOf("web-1").equals(List.of("lb." + owner + ".web-1")) && answers("web-1");
			});
			// A deploy of the same configuration to the owner neither stops the guest nor starts a second one.
			Lab.Result redeployed = lab.apply(owner, configs.get(owner));
			assertTrue(redeployed.ok(), redeployed::toString);
			assertEquals(List.of("lb." + owner + ".web-1"), namespacesOf("web-1"));
			sampler.assertNeverTwice();
		}
		assertEquals(1, CopySampler.processesOf("web-1", lab));
		assertTrue(answers("web-1"));
	}

	/** Starts the killed agent of {@code victim} again and waits until it is back and every member hears everyone. */
	private static void restartAndRejoin(String victim) {
		long restarted = System.currentTimeMillis();
		assertTrue(lab.restartAgent(victim).ok());
		// The status of the killed agent is still on disk: only one the restarted agent wrote counts.
		await(victim + " rejoins", () -> {
			HaStatus status = ha(victim);
			return status != null && status.observedAtMillis() > restarted && !status.selfFenced() && status.majority();
		});
		awaitHealthy(List.of("h1", "h2", "h3"));
	}

	private static long takeoverMs() {
		return configs.get("h1").ha().timings().takeoverMs();
	}

	/** Waits until each of {@code hosts} hears every member on every path and records no failed member. */
	private static void awaitHealthy(List<String> hosts) {
		for (String host : hosts) {
			await(host + " hears every member on every path", () -> {
				HaStatus status = ha(host);
				return status != null && status.fencedHosts().isEmpty() && !status.selfFenced()
						&& status.members().stream().allMatch(member -> member.health() == HaStatus.MemberHealth.SELF
								|| member.health() == HaStatus.MemberHealth.UP);
			});
		}
	}

	/** The namespaces of a guest on every host. */
	private static List<String> namespacesOf(String guest) {
		return CopySampler.namespaces().stream().filter(name -> name.endsWith("." + guest)).sorted().toList();
	}

	/** Whether the guest's echo service answers the probe guest on h3, at the guest's own address. */
	private static boolean answers(String guest) {
		String address = GUESTS.stream().filter(p -> p.guest().equals(guest)).findFirst().orElseThrow().address();
		Lab.Result echo = lab.inGuest("h3", "probe", "sh", "-c",
				"echo ping | timeout 3 socat -t 1 - TCP:" + address + ":7,connect-timeout=1");
		return echo.out().contains(guest + ": ping");
	}

	private static HaStatus ha(String host) {
		Lab.Result state = lab.agent(host, "state");
		if (!state.ok()) {
			return null;
		}
		try {
			return CODEC.fromXml(state.out(), AgentState.class).ha();
		} catch (ProtocolException e) {
			return null;
		}
	}

	private static void await(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + WAIT_MS;
		while (System.currentTimeMillis() < deadline) {
			try {
				if (condition.getAsBoolean()) {
					return;
				}
			} catch (RuntimeException e) {
				// Not there yet (a state without HA, say).
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted waiting until " + what);
			}
		}
		fail("gave up waiting until " + what + " after " + WAIT_MS / 1000 + " s");
	}

	/**
	 * Counts, every 50 ms, the copies of each guest across all lab hosts (which share one PID namespace): its
	 * guest-service processes and its {@code lb.<host>.<guest>} namespaces. Reads /proc and /run/netns
	 * directly, so that sampling costs no process starts.
	 */
	static final class CopySampler implements AutoCloseable {
		private final List<String> guests;
		private final Thread thread;
		private final StringBuilder violations = new StringBuilder();
		private volatile boolean running = true;
		private int samples;

		private final Lab lab;

		CopySampler(List<String> guests, Lab lab) {
			this.guests = guests;
			this.lab = lab;
			this.thread = Thread.ofPlatform().daemon().start(this::sample);
		}

		private void sample() {
			while (running) {
				List<String> namespaces = namespaces();
				for (String guest : guests) {
					long processes = processesOf(guest, lab);
					List<String> copies = namespaces.stream().filter(name -> name.endsWith("." + guest)).toList();
					if (processes > 1 || copies.size() > 1) {
						synchronized (violations) {
							violations.append(java.time.Instant.now()).append(' ').append(guest).append(": ")
									.append(processes).append(" processes, namespaces ").append(copies).append('\n');
						}
					}
				}
				samples++;
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		/**
		 * The guest's JVMs in this lab (the setsid and nsenter that started one may linger with the same
		 * arguments; other labs on the machine may run guests of the same name). A child of such a JVM is not
		 * another copy: until it executes what the guest runs (the {@code ip} commands of a guest that stops
		 * itself), a process the JVM forked shows the JVM's own command line.
		 */
		static long processesOf(String guest, Lab lab) {
			String marker = "dev.lifeboat.agent.guest.GuestService " + guest + " /tmp/lifeboat-lab-" + lab.prefix() + "/";
			Predicate<ProcessHandle> isCopy = process -> process.info().command()
					.map(command -> command.endsWith("/java")).orElse(false)
					&& process.info().commandLine().map(line -> line.contains(marker)).orElse(false);
			return ProcessHandle.allProcesses()
					.filter(isCopy)
					.filter(process -> process.parent().filter(isCopy).isEmpty())
					.count();
		}

		static List<String> namespaces() {
			try (var entries = Files.list(Path.of("/run/netns"))) {
				return entries.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("lb.")).toList();
			} catch (IOException e) {
				return List.of();
			}
		}

		int samples() {
			return samples;
		}

		void assertNeverTwice() {
			synchronized (violations) {
				assertFalse(violations.length() > 0, () -> "a guest ran twice:\n" + violations);
			}
		}

		@Override
		public void close() {
			running = false;
			thread.interrupt();
		}
	}
}
