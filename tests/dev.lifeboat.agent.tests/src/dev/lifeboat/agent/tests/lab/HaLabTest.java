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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.lifeboat.agent.tests.lab.LabConfigs.Placement;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

/**
 * HA on three lab hosts, each with two heartbeat paths (management and underlay NICs): the agents' heartbeats,
 * the Ratis ownership log, self-fencing and restarts, against real namespaces, guests and cables pulled in the
 * lab switch. One lab for the whole class (the machine runs one lab at a time): the steps run in order, each
 * leaving the policy healthy, and later steps fail the host that runs the most guests by then. Throughout, a sampler counts every copy of each protected guest (its processes and namespaces
 * across all hosts) every 50 ms: a VM must never run twice.
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
	private static Lab lab;
	private static Map<String, AgentConfig> configs;

	@BeforeAll
	static void deploy() throws IOException {
		Assumptions.assumeTrue(Lab.isRoot(), "needs root: builds network namespaces, bridges and VXLAN devices");
		lab = Lab.start("h1", "h2", "h3");
		configs = LabConfigs.ha(List.of(lab.host("h1"), lab.host("h2"), lab.host("h3")), GUESTS, PROTECTED,
				INTERVAL_MS, MISSED_BEATS);
		for (var config : configs.entrySet()) {
			Lab.Result applied = lab.apply(config.getKey(), config.getValue());
			assertTrue(applied.ok(), applied::toString);
		}
		awaitHealthy(List.of("h1", "h2", "h3"));
		await("web-1 answers", () -> answers("web-1"));
	}

	@AfterAll
	static void tearDown() {
		if (lab != null) {
			lab.close();
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
			assertTrue(sampler.samples() > 100, "the sampler ran: " + sampler.samples() + " samples");
		}
		assertTrue(lab.guestNamespaces("h1").isEmpty(), () -> "h1 runs none of the guests it lost: " + lab.guestNamespaces("h1"));
		for (String guest : PROTECTED) {
			assertEquals(1, namespacesOf(guest).size(), guest + ": " + namespacesOf(guest));
			assertTrue(answers(guest), guest + " answers");
		}
	}

	@Test
	@Order(3)
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
	@Order(4)
	void restartedAgentAndRedeployKeepTakenOverGuests() throws Exception {
		String owner = namespacesOf("web-1").get(0).split("\\.")[1];
		List<String> fenced = ha(owner).fencedHosts();
		try (CopySampler sampler = new CopySampler(PROTECTED, lab)) {
			// The owner's agent restarts: it converges to its config as the recorded ownership rewrites it.
			assertTrue(lab.restartAgent(owner).ok());
			await(owner + "'s restarted agent is back in the policy", () -> {
				HaStatus status = ha(owner);
				return status != null && status.observedAtMillis() > System.currentTimeMillis() - 2000
						&& status.majority() && status.fencedHosts().equals(fenced);
			});
			assertEquals(List.of("lb." + owner + ".web-1"), namespacesOf("web-1"));
			assertTrue(answers("web-1"));
			// A deploy of the same configuration to the owner neither stops the guest nor starts a second one.
			Lab.Result redeployed = lab.apply(owner, configs.get(owner));
			assertTrue(redeployed.ok(), redeployed::toString);
			assertEquals(List.of("lb." + owner + ".web-1"), namespacesOf("web-1"));
			sampler.assertNeverTwice();
		}
		assertEquals(1, CopySampler.processesOf("web-1", lab));
		assertTrue(answers("web-1"));
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
		 * arguments; other labs on the machine may run guests of the same name).
		 */
		static long processesOf(String guest, Lab lab) {
			String marker = "dev.lifeboat.agent.guest.GuestService " + guest + " /tmp/lifeboat-lab-" + lab.prefix() + "/";
			return ProcessHandle.allProcesses()
					.filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
					.filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
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
