package dev.lifeboat.agent.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.agent.tests.lab.LabConfigs.Placement;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.VxlanSpec;
import dev.lifeboat.protocol.VxlanSpec.DataPlane;

/**
 * Guests on three lab hosts reach each other over one overlay, whatever moves the frames: the kernel's
 * VXLAN on every host, the Java VTEP on every host, or a mix of both. Real namespaces, real OpenSSH hosts,
 * real agents; traffic checked byte for byte.
 */
class OverlayLabTest {

	private static final List<Placement> GUESTS = List.of(
			new Placement("h1", "g1", 5001, "52:54:00:50:00:01", "10.50.0.1"),
			new Placement("h2", "g2", 5001, "52:54:00:50:00:02", "10.50.0.2"),
			new Placement("h3", "g3", 5001, "52:54:00:50:00:03", "10.50.0.3"));

	@RegisterExtension
	static final Lab lab = Lab.of("h1", "h2", "h3");

	@AfterEach
	void removeEverything() throws IOException {
		for (String host : List.of("h1", "h2", "h3")) {
			Lab.Result emptied = lab.apply(host, LabConfigs.empty(lab.host(host)));
			assertTrue(emptied.ok(), emptied::toString);
		}
	}

	@Test
	void kernelVxlanOnEveryHost() throws Exception {
		deploy(Map.of());
		assertGuestsTalk("g1", "g2");
		assertGuestsTalk("g3", "g1");
		assertTransfer("h1", "g1", "h3", "g3", "10.50.0.3");
	}

	@Test
	void javaVtepOnEveryHost() throws Exception {
		deploy(Map.of("h1", DataPlane.USERSPACE, "h2", DataPlane.USERSPACE, "h3", DataPlane.USERSPACE));
		assertGuestsTalk("g1", "g2");
		assertGuestsTalk("g3", "g1");
		assertTransfer("h1", "g1", "h3", "g3", "10.50.0.3");
	}

	@Test
	void javaVtepOnOneHostKernelOnTheOthersBothDirections() throws Exception {
		deploy(Map.of("h1", DataPlane.USERSPACE));
		assertGuestsTalk("g1", "g2");
		assertGuestsTalk("g2", "g1");
		assertGuestsTalk("g3", "g1");
		assertTransfer("h1", "g1", "h2", "g2", "10.50.0.2");
		assertTransfer("h3", "g3", "h1", "g1", "10.50.0.1");
	}

	@Test
	void aHostMovesItsOverlayFromTheJavaVtepToTheKernel() throws Exception {
		deploy(Map.of("h1", DataPlane.USERSPACE));
		assertGuestsTalk("g1", "g2");
		// Straight to kernel VXLAN, as a changed topology or a deploy's rollback does it: the kernel device binds
		// the UDP port that h1's resident agent's Java VTEP holds until the apply it serves lets go of it.
		deploy(Map.of());
		Lab.Result device = lab.exec("h1", "ip", "-d", "link", "show", "type", "vxlan");
		assertTrue(device.out().contains("vxlan id 5001"), () -> "h1 carries the overlay in the kernel: " + device);
		assertFalse(read(lab.agentHome("h1").resolve("vtep-forwarding.txt")).contains("5001 "),
				"h1's Java VTEP forwards nothing any more");
		assertGuestsTalk("g1", "g2");
		assertGuestsTalk("g3", "g1");
	}

	@Test
	void aFailedApplyServedByTheResidentAgentGivesTheJavaVtepBack() throws Exception {
		deploy(Map.of("h1", DataPlane.USERSPACE));
		assertGuestsTalk("g1", "g2");
		// A socket on h1's loopback holds the VXLAN port: the kernel device of the next configuration cannot bind it
		// (as if another service used the port), so that apply fails after the resident agent let go of its Java
		// VTEP for it, and rolls back to the TAP the Java VTEP serves.
		Path squatter = lab.agentHome("h1").resolve("udp-squatter.py");
		Path squatterPid = lab.agentHome("h1").resolve("udp-squatter.pid");
		Files.writeString(squatter, """
				import socket, time
				s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 4789)); time.sleep(60)
				""");
		Lab.Result started = lab.exec("h1", "sh", "-c",
				"nohup /usr/bin/python3 " + squatter + " >/dev/null 2>&1 & echo $! > " + squatterPid + "; sleep 1");
		assertTrue(started.ok(), started::toString);
		try {
			AgentConfig kernel = LabConfigs.overlays(List.of(lab.host("h1"), lab.host("h2"), lab.host("h3")), GUESTS,
					Map.of()).get("h1");
			Lab.Result failed = lab.apply("h1", kernel);
			assertEquals(1, failed.exitCode(), failed::toString);
			assertTrue(failed.err().contains("Address already in use"), failed::toString);
			assertTrue(failed.err().contains("restored to its previous configuration"), failed::toString);
		} finally {
			lab.exec("h1", "sh", "-c", "kill $(cat " + squatterPid + ")");
		}
		Lab.Result device = lab.exec("h1", "ip", "-d", "link", "show", "type", "vxlan");
		assertFalse(device.out().contains("vxlan id 5001"), () -> "no kernel VXLAN device is left on h1: " + device);
		// Back on the Java VTEP with the old configuration's forwarding, and carrying frames at once: a VTEP left
		// closed after the failed apply stays closed (the pings below failed when only a successful apply ended that).
		Path forwarding = lab.agentHome("h1").resolve("vtep-forwarding.txt");
		assertTrue(read(forwarding).contains("5001 52:54:00:50:00:02 " + lab.host("h2").underlayAddress()),
				() -> "h1's Java VTEP forwards g2's MAC to h2 again: " + read(forwarding));
		assertGuestsTalk("g1", "g2");
		assertGuestsTalk("g3", "g1");
	}

	@Test
	void aJavaVtepForwardsByTheNewFdbWhenTheApplyReturns() throws Exception {
		deploy(Map.of("h1", DataPlane.USERSPACE));
		Path forwarding = lab.agentHome("h1").resolve("vtep-forwarding.txt");
		String g2 = "5001 52:54:00:50:00:02 ";
		assertTrue(Files.readAllLines(forwarding).contains(g2 + lab.host("h2").underlayAddress()),
				() -> "h1's Java VTEP sends g2's MAC to h2: " + read(forwarding));

		// As a migration's cutover does: h1 learns that g2 lives behind h3 now, from an apply its resident agent serves.
		List<Placement> moved = List.of(GUESTS.get(0), new Placement("h3", "g2", 5001, "52:54:00:50:00:02", "10.50.0.2"),
				GUESTS.get(2));
		AgentConfig h1 = LabConfigs.overlays(List.of(lab.host("h1"), lab.host("h2"), lab.host("h3")), moved,
				Map.of("h1", DataPlane.USERSPACE)).get("h1");
		Lab.Result applied = lab.apply("h1", h1);
		assertTrue(applied.ok(), applied::toString);
		// Read at once: the table must already be the new one, not at the resident agent's next poll.
		List<String> now = Files.readAllLines(forwarding);
		assertTrue(now.contains(g2 + lab.host("h3").underlayAddress()), "h1's Java VTEP sends g2's MAC to h3: " + now);
		assertFalse(now.contains(g2 + lab.host("h2").underlayAddress()), now::toString);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}

	@Test
	void theUnderlayCarriesVxlanWithTheOverlaysVniAndPort() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tshark")), "needs tshark (apt-get install tshark)");
		deploy(Map.of());
		Path capture = Files.createTempFile("underlay", ".pcap");
		ProcessBuilder tshark = new ProcessBuilder("ip", "netns", "exec", lab.switchNamespace(), "tshark", "-q", "-i",
				"under", "-f", "udp port 4789", "-a", "duration:6", "-w", capture.toString());
		Process capturing = tshark.redirectErrorStream(true).start();
		Thread.sleep(1500);
		assertTrue(ping("h1", "g1", "10.50.0.2").ok());
		capturing.waitFor();
		Lab.Result decoded = run("tshark", "-r", capture.toString(), "-d", "udp.port==4789,vxlan", "-T", "fields",
				"-e", "vxlan.vni", "-e", "udp.dstport", "-e", "ip.src", "-e", "ip.dst");
		List<String> lines = decoded.out().lines().filter(line -> !line.isBlank()).toList();
		assertFalse(lines.isEmpty(), "VXLAN packets were captured: " + decoded);
		for (String line : lines) {
			String[] fields = line.split("\t");
			assertEquals("5001", fields[0], line);
			assertEquals("4789", fields[1], line);
		}
		assertTrue(lines.stream().anyMatch(line -> line.endsWith("198.18.1.11\t198.18.1.12")), decoded::toString);
		Files.delete(capture);
	}

	@Test
	void javaVtepAnswersArpForKnownMacsWithoutSendingAnything() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tshark")), "needs tshark (apt-get install tshark)");
		deploy(Map.of("h1", DataPlane.USERSPACE, "h2", DataPlane.USERSPACE, "h3", DataPlane.USERSPACE));

		List<String> known = arpOnTheUnderlay(() -> {
			Lab.Result arping = lab.inGuest("h1", "g1", "arping", "-c", "3", "-w", "5", "-I", "eth0", "10.50.0.2");
			assertTrue(arping.ok() && arping.out().toLowerCase().contains("52:54:00:50:00:02"),
					"answered with g2's MAC: " + arping);
		});
		assertTrue(known.isEmpty(), "ARP for a known MAC never crossed the underlay: " + known);

		// The control: an address the VTEP does not know is flooded to every peer, so the capture sees it.
		List<String> unknown = arpOnTheUnderlay(
				() -> lab.inGuest("h1", "g1", "arping", "-c", "2", "-w", "3", "-I", "eth0", "10.50.0.99"));
		assertTrue(unknown.size() >= 2, "unknown targets are flooded (head-end replication): " + unknown);
	}

	/** The VXLAN-encapsulated ARP packets the underlay carried while {@code traffic} ran. */
	private List<String> arpOnTheUnderlay(Runnable traffic) throws Exception {
		Path capture = Files.createTempFile("arp", ".pcap");
		Process capturing = new ProcessBuilder("ip", "netns", "exec", lab.switchNamespace(), "tshark", "-q", "-i",
				"under", "-f", "udp port 4789", "-a", "duration:7", "-w", capture.toString()).redirectErrorStream(true)
				.start();
		Thread.sleep(1500);
		traffic.run();
		capturing.waitFor();
		Lab.Result decoded = run("tshark", "-r", capture.toString(), "-d", "udp.port==4789,vxlan", "-Y", "arp", "-T",
				"fields", "-e", "arp.opcode", "-e", "arp.dst.proto_ipv4");
		Files.delete(capture);
		return decoded.out().lines().filter(line -> !line.isBlank()).toList();
	}

	private void deploy(Map<String, VxlanSpec.DataPlane> planes) throws IOException, InterruptedException {
		Map<String, AgentConfig> configs = LabConfigs.overlays(List.of(lab.host("h1"), lab.host("h2"), lab.host("h3")),
				GUESTS, planes);
		for (var entry : configs.entrySet()) {
			Lab.Result applied = lab.apply(entry.getKey(), entry.getValue());
			assertTrue(applied.ok(), () -> entry.getKey() + ": " + applied);
		}
		if (!planes.isEmpty()) {
			Thread.sleep(1500); // the serving agents pick up the new config within their poll interval
		}
	}

	private void assertGuestsTalk(String from, String to) {
		Placement source = placement(from);
		Placement target = placement(to);
		Lab.Result ping = ping(source.host(), source.guest(), target.address());
		assertTrue(ping.ok(), () -> from + " -> " + to + ": " + ping);
	}

	private Lab.Result ping(String host, String guest, String address) {
		return lab.inGuest(host, guest, "ping", "-c", "3", "-i", "0.2", "-W", "2", address);
	}

	/** Sends 2 MB of random bytes over TCP from one guest to another and checks every byte arrived. */
	private void assertTransfer(String fromHost, String fromGuest, String toHost, String toGuest, String toAddress)
			throws Exception {
		byte[] payload = new byte[2 * 1024 * 1024];
		new Random(42).nextBytes(payload);
		Path sent = Files.createTempFile("sent", ".bin");
		Path received = Files.createTempFile("received", ".bin");
		Files.write(sent, payload);
		Process server = new ProcessBuilder("ip", "netns", "exec", "lb." + toHost + "." + toGuest, "socat", "-u",
				"TCP-LISTEN:5001,reuseaddr", "CREATE:" + received).redirectErrorStream(true).start();
		Thread.sleep(500);
		Lab.Result client = lab.inGuest(fromHost, fromGuest, "socat", "-u", "FILE:" + sent,
				"TCP:" + toAddress + ":5001,connect-timeout=5");
		server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
		server.destroy();
		assertTrue(client.ok(), client::toString);
		assertEquals(payload.length, Files.size(received), "every byte arrived");
		assertTrue(java.util.Arrays.equals(payload, Files.readAllBytes(received)), "the bytes are the ones sent");
		Files.delete(sent);
		Files.delete(received);
	}

	private static Placement placement(String guest) {
		return GUESTS.stream().filter(p -> p.guest().equals(guest)).findFirst().orElseThrow();
	}

	private static Lab.Result run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).start();
		String out = new String(process.getInputStream().readAllBytes());
		String err = new String(process.getErrorStream().readAllBytes());
		return new Lab.Result(process.waitFor(), out, err);
	}
}
