package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.vtep.DropReason;
import dev.lifeboat.agent.vtep.UserspaceVtep;
import dev.lifeboat.agent.vtep.VtepCounters;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * End to end, as root: guests are network namespaces behind TAPs served by Java VTEPs, talking to each other and to
 * a Linux kernel {@code vxlan} device. Every namespace and link is named {@code vt*} and removed afterwards.
 */
class VtepNamespaceTest {

	private static final int PORT = 4789;
	private static final int VNI = 10099;
	private static final String MAC_A = "02:00:00:99:00:01";
	private static final String MAC_B = "02:00:00:99:00:02";

	private final List<UserspaceVtep> vteps = new ArrayList<>();
	private NetLab lab;

	@BeforeEach
	void needRoot() {
		Assumptions.assumeTrue(NetLab.isRoot(), "needs root: creates namespaces and TAP devices");
		Assumptions.assumeTrue(NetLab.has("ping"), "needs ping (Debian: iputils-ping)");
		lab = new NetLab();
	}

	@AfterEach
	void cleanUp() {
		vteps.forEach(UserspaceVtep::close);
		if (lab != null) {
			lab.close();
		}
	}

	private UserspaceVtep vtep(String local) throws IOException {
		UserspaceVtep vtep = UserspaceVtep.open(InetAddress.getByName(local), PORT);
		vteps.add(vtep);
		return vtep;
	}

	private static VxlanSpec spec(int vni, String tap, String local, List<String> peers, List<FdbEntry> fdb) {
		VxlanSpec spec = new VxlanSpec("ov-test", "test overlay", vni, PORT, 1450).devices(tap, "vtbr")
				.local(local, null).transport(VxlanSpec.DataPlane.USERSPACE, VxlanSpec.Replication.HEAD_END, null);
		spec.peers().addAll(peers);
		spec.fdb().addAll(fdb);
		return spec;
	}

	/** Creates a TAP, lets {@code vtep} open it, then moves it into a fresh guest namespace with {@code ip}. */
	private void guest(UserspaceVtep vtep, VxlanSpec spec, String namespace, String mac, String ip)
			throws IOException {
		lab.netns(namespace);
		lab.tap(spec.device());
		vtep.addOrUpdateSegment(spec);
		lab.must("ip", "link", "set", spec.device(), "netns", namespace);
		lab.must("ip", "-n", namespace, "link", "set", spec.device(), "address", mac, "mtu", "1450", "up");
		lab.must("ip", "-n", namespace, "addr", "add", ip + "/24", "dev", spec.device());
	}

	/** Two Java VTEPs on 127.0.0.1 and 127.0.0.2, a guest behind each. */
	private UserspaceVtep[] twoJavaVteps(List<FdbEntry> fdbOfA) throws IOException {
		UserspaceVtep a = vtep("127.0.0.1");
		UserspaceVtep b = vtep("127.0.0.2");
		guest(a, spec(VNI, "vtA", "127.0.0.1", List.of("127.0.0.2"), fdbOfA), "vtgA", MAC_A, "10.99.0.1");
		guest(b, spec(VNI, "vtB", "127.0.0.2", List.of("127.0.0.1"), List.of()), "vtgB", MAC_B, "10.99.0.2");
		return new UserspaceVtep[] { a, b };
	}

	private void ping(String namespace, String target) throws IOException {
		NetLab.Result result = lab.exec("ip", "netns", "exec", namespace, "ping", "-c", "3", "-i", "0.2", "-W", "2",
				target);
		assertEquals(0, result.exitCode(), "ping " + target + " from " + namespace + ":\n" + result.output());
	}

	@Test
	void twoJavaVtepsCarryPingAndACheckedTcpTransfer() throws Exception {
		UserspaceVtep[] vtep = twoJavaVteps(List.of());
		ping("vtgA", "10.99.0.2");
		ping("vtgB", "10.99.0.1");

		long bytes = 4L << 20;
		String java = ProcessHandle.current().info().command().orElse("java");
		String classes = Path.of(TcpTransfer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString();
		Process server = lab.start("ip", "netns", "exec", "vtgB", java, "-cp", classes, TcpTransfer.class.getName(),
				"server", "5001");
		BufferedReader serverOut = new BufferedReader(
				new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("listening", serverOut.readLine());
		String sent = lab.must("ip", "netns", "exec", "vtgA", java, "-cp", classes, TcpTransfer.class.getName(),
				"client", "10.99.0.2", "5001", Long.toString(bytes), "7348");
		String received = serverOut.readLine();
		assertTrue(server.waitFor(30, TimeUnit.SECONDS));
		String sentLine = sent.lines().filter(l -> l.startsWith(bytes + " ")).findFirst().orElse(sent);
		assertEquals(sentLine, received, "the bytes received are the bytes sent");

		VtepCounters a = vtep[0].counters().get(VNI);
		VtepCounters b = vtep[1].counters().get(VNI);
		assertTrue(a.txPackets() > 1000 && b.rxPackets() > 1000, a + " / " + b);
		assertEquals(0, a.totalDrops() + b.totalDrops() - a.drops(DropReason.LOCAL_DESTINATION)
				- b.drops(DropReason.LOCAL_DESTINATION), a + " / " + b);
	}

	@Test
	void interoperatesWithALinuxVxlanDevice() throws Exception {
		// Underlay: a veth from the root namespace (the Java VTEP) to vtk, where the kernel's vxlan lives.
		lab.netns("vtk");
		lab.veth("vtu0", "vtu1");
		lab.must("ip", "link", "set", "vtu1", "netns", "vtk");
		lab.must("ip", "addr", "add", "198.19.99.1/24", "dev", "vtu0");
		lab.must("ip", "link", "set", "vtu0", "up");
		lab.must("ip", "-n", "vtk", "addr", "add", "198.19.99.2/24", "dev", "vtu1");
		lab.must("ip", "-n", "vtk", "link", "set", "vtu1", "up");
		lab.must("ip", "-n", "vtk", "link", "add", "vtxk", "type", "vxlan", "id", Integer.toString(VNI), "dstport",
				Integer.toString(PORT), "local", "198.19.99.2", "dev", "vtu1", "nolearning");
		lab.must("bridge", "-n", "vtk", "fdb", "append", "00:00:00:00:00:00", "dev", "vtxk", "dst", "198.19.99.1");
		lab.must("ip", "-n", "vtk", "link", "set", "vtxk", "address", MAC_B, "mtu", "1450", "up");
		lab.must("ip", "-n", "vtk", "addr", "add", "10.99.0.2/24", "dev", "vtxk");

		UserspaceVtep java = vtep("198.19.99.1");
		guest(java, spec(VNI, "vtC", "198.19.99.1", List.of("198.19.99.2"), List.of()), "vtgC", MAC_A,
				"10.99.0.1");

		ping("vtgC", "10.99.0.2");
		ping("vtk", "10.99.0.1");
		VtepCounters counters = java.counters().get(VNI);
		assertTrue(counters.rxPackets() >= 6 && counters.txPackets() >= 6, counters.toString());
		assertEquals(0, java.counters().get(UserspaceVtep.NO_SEGMENT).totalDrops());
	}

	@Test
	void answersArpLocallySoNoVxlanPacketCarriesIt() throws Exception {
		Assumptions.assumeTrue(NetLab.has("arping"), "needs arping (Debian: arping)");
		UserspaceVtep[] vtep = twoJavaVteps(List.of(new FdbEntry(MAC_B, "127.0.0.2", "10.99.0.2")));
		Path pcap = Files.createTempFile("vt-arp", ".pcap");
		Path log = Files.createTempFile("vt-arp", ".log");
		Process capture = null;
		if (NetLab.has("tcpdump")) {
			capture = lab.startLogged(log, "tcpdump", "-i", "lo", "-nn", "-U", "--immediate-mode", "-w",
					pcap.toString(), "udp", "and", "port", Integer.toString(PORT), "and", "host", "127.0.0.1", "and",
					"host", "127.0.0.2");
			Thread.sleep(1_000); // let tcpdump attach before the ARP goes out
		}
		long wireBefore = vtep[0].counters().get(VNI).txPackets() + vtep[1].counters().get(VNI).txPackets();
		VtepCounters before = vtep[0].counters().get(VNI);

		NetLab.Result arping = lab.exec("ip", "netns", "exec", "vtgA", "arping", "-c", "3", "-w", "5", "-I", "vtA",
				"10.99.0.2");

		VtepCounters after = vtep[0].counters().get(VNI);
		assertEquals(0, arping.exitCode(), arping.output());
		assertTrue(arping.output().toLowerCase().contains(MAC_B), arping.output());
		assertEquals(3, after.arpSuppressed() - before.arpSuppressed(), after.toString());
		assertEquals(before.txPackets(), after.txPackets(), "no datagram left the VTEP: " + after);
		assertEquals(before.floods(), after.floods());

		// Control: a ping does cross, so the capture (if any) must count exactly what the VTEPs sent.
		NetLab.Result ping = lab.exec("ip", "netns", "exec", "vtgA", "ping", "-c", "1", "-W", "2", "10.99.0.2");
		assertEquals(0, ping.exitCode(), ping.output());
		long wireAfter = vtep[0].counters().get(VNI).txPackets() + vtep[1].counters().get(VNI).txPackets();
		assertTrue(wireAfter - wireBefore >= 2, "the ping crossed");
		if (capture != null) {
			Thread.sleep(500);
			capture.destroy();
			capture.waitFor(5, TimeUnit.SECONDS);
			String packets = lab.must("sh", "-c", "tcpdump -r " + pcap + " -nn 2>/dev/null");
			long seen = packets.lines().filter(line -> line.contains(".4789: ")).count();
			assertEquals(wireAfter - wireBefore, seen,
					"tcpdump counts only the ping's datagrams; it said: " + Files.readString(log) + packets);
		}
		Files.deleteIfExists(pcap);
		Files.deleteIfExists(log);
	}
}
