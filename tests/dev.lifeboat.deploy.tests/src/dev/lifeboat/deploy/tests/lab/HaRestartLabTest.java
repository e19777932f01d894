package dev.lifeboat.deploy.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.HostOutcome;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.deploy.internal.Hashes;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * A deploy that upgrades the agent jar restarts the resident agents of all three members of an HA policy (the
 * demo's, at its own 500 ms beats: an unannounced restart would be taken for a host failure within 3 s), one
 * member at a time, each announcing a maintenance window first: every agent runs the new jar afterwards, no guest
 * was stopped or restarted anywhere, every guest's workload answered on its own address throughout, and HA is
 * healthy after.
 */
class HaRestartLabTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-n2", "esx-s1");
	private static final ProtocolCodec CODEC = new ProtocolCodec();
	@RegisterExtension
	static final Lab lab = Lab.of(HOSTS.toArray(String[]::new));

	@Test
	void aJarUpgradeRestartsEveryHaMemberOneAtATimeWithoutAFailover() throws Exception {
		Topology topology = topology();
		DeployResult first = deploy(topology, Lab.agentJar(), DeployListener.NONE);
		HOSTS.forEach(host -> assertEquals(HostOutcome.APPLIED, first.host(host).outcome(), first.describe()));
		HOSTS.forEach(HaRestartLabTest::awaitHealthy);

		Map<String, Long> residents = new HashMap<>();
		Map<String, Integer> logBefore = new HashMap<>();
		Map<String, String> guestProcesses = new LinkedHashMap<>();
		Map<String, String[]> probes = new LinkedHashMap<>();
		for (String host : HOSTS) {
			residents.put(host, ResidentServiceLabTest.residentPid(lab, host, Hashes.sha256Hex(Lab.agentJar())));
			logBefore.put(host, agentLog(host).length());
			for (GuestSpec guest : TopologyCompiler.compile(topology).config(host).guests()) {
				guestProcesses.put(host + "/" + guest.name(), workloadPid(host, guest.name()));
				GuestNicSpec nic = guest.nics().stream().filter(n -> n.address() != null).findFirst().orElseThrow();
				probes.put(host + "/" + guest.name(), new String[] { host, guest.name(), nic.address() });
			}
		}
		assertEquals(6, probes.size(), "the demo's six guests on the three members: " + probes.keySet());

		// The deploy's own events: when each member's restart began and when its host finished (after its rejoin).
		Map<String, long[]> restartSpans = new ConcurrentHashMap<>();
		DeployListener spans = new DeployListener() {
			@Override
			public void step(String host, String message) {
				if (message.startsWith("restarting the resident agent")) {
					restartSpans.put(host, new long[] { System.nanoTime(), Long.MAX_VALUE });
				}
			}

			@Override
			public void hostFinished(HostResult result) {
				long[] span = restartSpans.get(result.hostName());
				if (span != null) {
					span[1] = System.nanoTime();
				}
			}
		};
		Path upgraded = DeployLabTest.upgradedAgentJar(lab.work());
		Prober prober = new Prober(probes);
		Thread probing = Thread.ofPlatform().name("guest-prober").start(prober);
		DeployResult result;
		try {
			result = deploy(topology, upgraded, spans);
		} finally {
			prober.running.set(false);
			probing.join();
		}

		for (String host : HOSTS) {
			HostResult applied = result.host(host);
			assertEquals(HostOutcome.APPLIED, applied.outcome(), result.describe());
			assertTrue(applied.reason().contains("agent upgraded, resident agent restarted"), applied.reason());
			assertTrue(applied.reason().contains("it rejoined HA policy cluster-ha"), applied.reason());
			long now = ResidentServiceLabTest.residentPid(lab, host, Hashes.sha256Hex(upgraded));
			assertNotEquals(residents.get(host), now, host + ": a new JVM runs the new jar");
			assertFalse(ProcessHandle.of(residents.get(host)).isPresent(), host + ": the old resident agent is gone");
			assertTrue(agentLog(host).contains("ha: MAINTENANCE announced for 60000 ms"), host + " announced its restart:\n"
					+ tail(host));
		}
		List<long[]> ordered = new ArrayList<>(restartSpans.values());
		assertEquals(3, ordered.size(), "every member's agent was restarted");
		ordered.sort((a, b) -> Long.compare(a[0], b[0]));
		for (int i = 1; i < ordered.size(); i++) {
			assertTrue(ordered.get(i)[0] > ordered.get(i - 1)[1], "a member's restart began only after the previous one rejoined");
		}

		assertTrue(prober.failures.isEmpty(), "every guest answered throughout the deploy: " + prober.failures);
		prober.answered.forEach((guest, count) -> assertTrue(count > 0, guest + " was probed"));
		guestProcesses.forEach((guest, pid) -> {
			String[] where = guest.split("/");
			assertEquals(pid, workloadPid(where[0], where[1]), guest + "'s workload is the same process: never stopped nor restarted");
		});
		for (String host : HOSTS) {
			HaStatus ha = awaitHealthy(host);
			assertTrue(ha.owners().isEmpty(), host + " records no moved guest: " + ha.owners().size());
			assertTrue(ha.fencedHosts().isEmpty(), host + " records no failed member: " + ha.fencedHosts());
			assertEquals(0, ha.forgedBeats() + ha.replayedBeats() + ha.outdatedBeats(), host + ": no beat refused");
			String log = agentLog(host).substring(logBefore.get(host));
			for (String failover : List.of("FAILURE of", "SELF-FENCE", "taken over from", "SUSPECTED")) {
				assertFalse(log.contains(failover), host + " logged '" + failover + "':\n" + tail(host));
			}
			assertTrue(log.contains("announced a planned restart of its agent"), host + " heard its peers announce:\n" + tail(host));
		}
	}

	/** Probes each guest's echo service on its own address, round after round, until told to stop. */
	private static final class Prober implements Runnable {
		final Map<String, String[]> probes;
		final AtomicBoolean running = new AtomicBoolean(true);
		final List<String> failures = Collections.synchronizedList(new ArrayList<>());
		final Map<String, Integer> answered = new ConcurrentHashMap<>();

		Prober(Map<String, String[]> probes) {
			this.probes = probes;
		}

		@Override
		public void run() {
			while (running.get()) {
				probes.forEach((name, probe) -> {
					Lab.Result echo = lab.inGuest(probe[0], probe[1], "bash", "-c", "exec 3<>/dev/tcp/" + probe[2]
							+ "/7 && echo probe >&3 && read -t 3 -r line <&3 && echo \"$line\"");
					if (echo.ok() && echo.out().strip().equals(probe[1] + ": probe")) {
						answered.merge(name, 1, Integer::sum);
					} else {
						failures.add(java.time.Instant.now() + " " + name + ": " + echo);
					}
				});
			}
		}
	}

	/** Waits (at most a minute) until {@code host}'s HA daemon hears everyone, and returns what it reports. */
	private static HaStatus awaitHealthy(String host) {
		HaStatus last = null;
		for (int attempt = 0; attempt < 120; attempt++) {
			Lab.Result state = lab.agent(host, "state");
			if (state.ok()) {
				try {
					last = CODEC.fromXml(state.out(), AgentState.class).ha();
				} catch (dev.lifeboat.protocol.ProtocolException e) {
					throw new AssertionError(host + ": unreadable state", e);
				}
				if (last != null && last.majority() && !last.selfFenced() && last.members().stream()
						.allMatch(m -> m.health() == HaStatus.MemberHealth.SELF || m.health() == HaStatus.MemberHealth.UP && m.heard())) {
					return last;
				}
			}
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				throw new AssertionError(e);
			}
		}
		assertNotNull(last, host + " reports no HA status");
		throw new AssertionError(host + " is not healthy: majority " + last.majority() + ", fenced " + last.selfFenced() + ", members "
				+ last.members().stream().map(m -> m.hostName() + "=" + m.health() + (m.heard() ? "" : " unheard")).toList());
	}

	/**
	 * The guest's workload process: the oldest process in its namespace (the smallest pid). Not every pid there:
	 * short-lived helpers of the guest's start can still be running when the first snapshot is taken.
	 */
	private static String workloadPid(String host, String guest) {
		Lab.Result pids = lab.sh("ip", "netns", "pids", "lb." + host + "." + guest);
		assertTrue(pids.ok() && !pids.out().isBlank(), host + "/" + guest + " runs: " + pids);
		return pids.out().strip().lines().map(Long::parseLong).min(Long::compare).orElseThrow().toString();
	}

	private static String agentLog(String host) {
		try {
			return Files.readString(lab.agentHome(host).resolve("agent.log"));
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String tail(String host) {
		List<String> lines = agentLog(host).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** The demo on the lab's three hosts, its HA policy at the model's default 500 ms beats (takeover in 3 s). */
	private static Topology topology() {
		Topology topology = dev.lifeboat.core.demo.DemoTopology.loadWithout("esx-s2");
		topology.getHaPolicies().forEach(policy -> {
			policy.setHeartbeatIntervalMs(500);
			policy.setMissedBeats(4);
		});
		return topology;
	}

	private static DeployResult deploy(Topology topology, Path agentJar, DeployListener listener) throws Exception {
		return new Deployment(topology, lab.deployOptions().agentJar(agentJar)).apply(listener);
	}
}
