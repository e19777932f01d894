package dev.lifeboat.agent.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.agent.tests.lab.LabConfigs.Placement;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

/**
 * Apply is idempotent, removes exactly what it created, and a failure halfway leaves the host as it was.
 * NAT and host-only guests are isolated as their modes promise.
 */
class ApplyLabTest {

	private static final List<Placement> GUESTS = List.of(
			new Placement("a1", "w1", 6001, "52:54:00:60:00:01", "10.60.0.1"),
			new Placement("a2", "w2", 6001, "52:54:00:60:00:02", "10.60.0.2"),
			new Placement("a1", "x1", 6002, "52:54:00:60:01:01", "10.61.0.1"),
			new Placement("a2", "y2", 6003, "52:54:00:60:02:02", "10.61.0.2"));

	@RegisterExtension
	static final Lab lab = Lab.of("a1", "a2");

	@AfterEach
	void removeEverything() throws IOException {
		for (String host : List.of("a1", "a2")) {
			assertTrue(lab.apply(host, LabConfigs.empty(lab.host(host))).ok());
		}
	}

	private Map<String, AgentConfig> configs() {
		return LabConfigs.overlays(List.of(lab.host("a1"), lab.host("a2")), GUESTS, Map.of());
	}

	@Test
	void aSecondApplyChangesNothingAndSaysSo() throws IOException {
		AgentConfig config = configs().get("a1");
		Lab.Result first = lab.apply("a1", config);
		assertTrue(first.ok() && first.out().contains("applied:"), first::toString);
		String links = lab.linkList("a1");
		Lab.Result second = lab.apply("a1", config);
		assertTrue(second.ok(), second::toString);
		assertTrue(second.out().contains("no changes"), second::toString);
		assertEquals(links, lab.linkList("a1"));
	}

	@Test
	void removingEverythingRestoresTheExactLinkList() throws IOException {
		String before = lab.linkList("a1");
		assertTrue(lab.apply("a1", configs().get("a1")).ok());
		assertTrue(lab.linkList("a1").contains("vx6001"), lab.linkList("a1"));
		assertEquals(2, lab.guestNamespaces("a1").size());

		assertTrue(lab.apply("a1", LabConfigs.empty(lab.host("a1"))).ok());
		assertEquals(before, lab.linkList("a1"), "exactly what the agent created is gone");
		assertTrue(lab.guestNamespaces("a1").isEmpty());
	}

	@Test
	void removingOneOverlayLeavesTheOtherUntouched() throws IOException {
		AgentConfig both = configs().get("a1");
		assertTrue(lab.apply("a1", both).ok());
		AgentConfig one = LabConfigs.overlays(List.of(lab.host("a1"), lab.host("a2")), GUESTS.subList(0, 2), Map.of())
				.get("a1");
		Lab.Result applied = lab.apply("a1", one);
		assertTrue(applied.ok(), applied::toString);
		String links = lab.linkList("a1");
		assertTrue(links.contains("vx6001"), links);
		assertFalse(links.contains("vx6002"), links);
		assertFalse(links.contains("ov6002"), links);
		assertEquals(List.of("lb.a1.w1"), lab.guestNamespaces("a1"));
	}

	@Test
	void aFailureHalfwayLeavesTheHostExactlyAsItWas() throws IOException {
		String pristine = lab.linkList("a1");
		Lab.Result failed = lab.apply(Map.of("LIFEBOAT_AGENT_FAIL_AT_STEP", "3"), "a1", configs().get("a1"));
		assertEquals(1, failed.exitCode(), failed::toString);
		assertTrue(failed.err().contains("step 3 of"), failed::toString);
		assertTrue(failed.err().contains("restored to its previous configuration"), failed::toString);
		assertEquals(pristine, lab.linkList("a1"), "nothing of the failed apply remains");
		assertTrue(lab.guestNamespaces("a1").isEmpty());

		// From a configured host too: a failing update leaves the old configuration in place.
		AgentConfig old = LabConfigs.overlays(List.of(lab.host("a1"), lab.host("a2")), GUESTS.subList(0, 2), Map.of())
				.get("a1");
		assertTrue(lab.apply("a1", old).ok());
		String configured = lab.linkList("a1");
		AgentState oldState = state("a1");
		Lab.Result failedUpdate = lab.apply(Map.of("LIFEBOAT_AGENT_FAIL_AT_STEP", "2"), "a1", configs().get("a1"));
		assertEquals(1, failedUpdate.exitCode(), failedUpdate::toString);
		assertEquals(configured, lab.linkList("a1"));
		assertEquals(oldState, state("a1"), "the same bridges, overlays, FDB and guests");
	}

	private static AgentState state(String host) {
		Lab.Result state = lab.agent(host, "state");
		assertTrue(state.ok(), state::toString);
		try {
			return new ProtocolCodec().fromXml(state.out(), AgentState.class);
		} catch (ProtocolException e) {
			throw new AssertionError(state.out(), e);
		}
	}

	@Test
	void guestsOnDifferentVnisCannotReachEachOther() throws IOException {
		for (var entry : configs().entrySet()) {
			assertTrue(lab.apply(entry.getKey(), entry.getValue()).ok());
		}
		assertTrue(lab.inGuest("a1", "w1", "ping", "-c", "2", "-W", "2", "10.60.0.2").ok(), "same VNI talks");
		// x1 (VNI 6002) and y2 (VNI 6003) share a subnet but not a segment.
		assertFalse(lab.inGuest("a1", "x1", "ping", "-c", "2", "-W", "1", "10.61.0.2").ok(), "VNIs are isolated");
	}

	@Test
	void aNatGuestGoesOutButCannotBeReachedAndAHostOnlyGuestNeither() throws IOException {
		Lab.Result applied = lab.apply("a1", LabConfigs.privateNetworks(lab.host("a1")));
		assertTrue(applied.ok(), applied::toString);
		String underlayOfA2 = lab.host("a2").underlayAddress();
		assertTrue(lab.inGuest("a1", "natg", "ping", "-c", "2", "-W", "2", underlayOfA2).ok(), "NAT reaches out");

		// a2 routes the private networks through a1, as an attacker on the underlay would.
		lab.exec("a2", "ip", "route", "replace", "198.19.31.0/24", "via", lab.host("a1").underlayAddress());
		lab.exec("a2", "ip", "route", "replace", "198.19.32.0/24", "via", lab.host("a1").underlayAddress());
		assertFalse(lab.exec("a2", "ping", "-c", "2", "-W", "1", "198.19.31.10").ok(), "nobody reaches a NAT guest");

		lab.inGuest("a1", "isog", "ip", "route", "replace", "default", "via", "198.19.32.1");
		assertFalse(lab.inGuest("a1", "isog", "ping", "-c", "2", "-W", "1", underlayOfA2).ok(),
				"a host-only guest does not get out, even with a route");
		assertFalse(lab.exec("a2", "ping", "-c", "2", "-W", "1", "198.19.32.10").ok(), "nor can it be reached");
		lab.exec("a2", "ip", "route", "del", "198.19.31.0/24");
		lab.exec("a2", "ip", "route", "del", "198.19.32.0/24");
	}

	@Test
	void aFileServiceGuestServesItsDataOverTheOverlayAndStopsWithTheGuest() throws Exception {
		Map<String, AgentConfig> configs = configs();
		configs.get("a1").guests().stream().filter(guest -> guest.name().equals("w1")).findFirst().orElseThrow()
				.withWorkload(GuestSpec.Workload.FILE_SERVICE);
		Path data = lab.agentHome("a1").resolve("guests/w1/data");
		Files.createDirectories(data);
		Files.writeString(data.resolve("hello.txt"), "restored from nowhere\n");
		for (var entry : configs.entrySet()) {
			assertTrue(lab.apply(entry.getKey(), entry.getValue()).ok());
		}
		// From w2 on the other host, across the overlay: the echo names the guest, HTTP serves its files.
		String echo = "exec 3<>/dev/tcp/10.60.0.1/7 && echo ping >&3 && read -t 5 line <&3 && echo \"$line\"";
		Lab.Result answer = awaitOk(() -> lab.inGuest("a2", "w2", "bash", "-c", echo));
		assertEquals("w1: ping", answer.out().strip());
		String get = "exec 3<>/dev/tcp/10.60.0.1/80 && printf 'GET /hello.txt HTTP/1.0\\r\\n\\r\\n' >&3 && cat <&3";
		Lab.Result file = lab.inGuest("a2", "w2", "bash", "-c", get);
		assertTrue(file.out().startsWith("HTTP/1.1 200") && file.out().endsWith("restored from nowhere\n"), file::toString);

		assertTrue(lab.apply("a1", LabConfigs.empty(lab.host("a1"))).ok());
		Lab.Result left = lab.exec("a1", "pgrep", "-f", "[G]uestService w1 ");
		assertFalse(left.ok(), "the guest's service stopped with the guest: " + left);
		assertTrue(Files.exists(data.resolve("hello.txt")), "removing a guest keeps its data directory");
	}

	/**
	 * A guest without a workload that an HA policy protects gets the HA lease watchdog too: once the lease that lists
	 * it is older than its deadline (no agent renews it, as when the agent died), the guest stops itself - namespace
	 * gone - exactly like a FILE_SERVICE guest (HaLabTest), while a guest the policy does not protect runs on, and
	 * has no watchdog at all (a deploy of unprotected guests starts no JVM for them).
	 */
	@Test
	void aProtectedGuestWithoutAWorkloadStopsItselfWhenItsHaLeaseExpires() throws Exception {
		AgentConfig config = configs().get("a1");
		assertTrue(config.guests().stream().allMatch(guest -> guest.workload() == GuestSpec.Workload.NONE), "workload NONE");
		HaSpec policy = new HaSpec("lab-watchdog", 60_000, 3, true);
		HaMember member = new HaMember("a1", lab.host("a1").managementAddress(), 4, 4096);
		member.heartbeatAddresses().add(lab.host("a1").managementAddress());
		policy.members().add(member);
		config.guests().forEach(guest -> policy.guests().add(new HaGuest("a1", guest.name().equals("w1"), guest)));
		config.setHa(policy);
		// No resident agent: nothing renews (or removes) the lease but this test, as when the agent died.
		lab.killAgent("a1");
		try {
			assertTrue(lab.apply("a1", config).ok());
			Path log = lab.agentHome("a1").resolve("guests/w1/service.log");
			awaitOk(() -> new Lab.Result(Files.exists(log) && readQuietly(log).contains("no workload; watching the HA lease") ? 0 : 1,
					readQuietly(log), ""));
			assertFalse(lab.inGuest("a1", "w1", "bash", "-c", "exec 3<>/dev/tcp/10.60.0.1/7").ok(), "no service answers in w1");
			assertFalse(Files.exists(lab.agentHome("a1").resolve("guests/x1/service.log")), "x1 is not protected: no watchdog");
			Path lease = lab.agentHome("a1").resolve("ha-lease");
			// The lease as the HA daemon writes it (GuestService.leaseText): the deadline, then each protected guest.
			Files.writeString(lease, "deadline-ms 500\nguest w1\n");
			Files.setLastModifiedTime(lease, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5000));
			Lab.Result gone = awaitOk(() -> new Lab.Result(lab.guestNamespaces("a1").stream().anyMatch(ns -> ns.endsWith(".w1")) ? 1 : 0,
					String.join(" ", lab.guestNamespaces("a1")), ""));
			assertTrue(lab.guestNamespaces("a1").stream().anyMatch(ns -> ns.endsWith(".x1")), "x1, not protected, runs on: " + gone);
			assertTrue(readQuietly(log).contains("the HA lease is"), readQuietly(log));
			Files.deleteIfExists(lease);
		} finally {
			assertTrue(lab.apply("a1", LabConfigs.empty(lab.host("a1"))).ok());
			assertTrue(lab.restartAgent("a1").ok());
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "";
		}
	}

	/** Retries {@code command} until it succeeds: a guest's service takes a moment to listen. */
	private static Lab.Result awaitOk(java.util.function.Supplier<Lab.Result> command) throws InterruptedException {
		Lab.Result result = command.get();
		for (int attempt = 0; attempt < 60 && !result.ok(); attempt++) {
			Thread.sleep(250);
			result = command.get();
		}
		assertTrue(result.ok(), result::toString);
		return result;
	}
}
