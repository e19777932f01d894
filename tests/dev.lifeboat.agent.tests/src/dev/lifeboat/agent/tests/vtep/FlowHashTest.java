package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.vtep.FlowHash;

/** The outer source port: in the dynamic range, stable per flow, spread across flows. */
class FlowHashTest {

	private static final long MAC_A = 0x02_00_00_00_00_0AL;
	private static final long MAC_B = 0x02_00_00_00_00_0BL;
	private static final int IP_A = Frames.ip(10, 0, 0, 1);
	private static final int IP_B = Frames.ip(10, 0, 0, 2);

	private static int hash(ByteBuffer frame) {
		return FlowHash.hash(frame, 0, frame.capacity());
	}

	private static ByteBuffer tcp(int sourcePort, int destinationPort) {
		return Frames.ipv4(MAC_B, MAC_A, 6, IP_A, IP_B, sourcePort, destinationPort, 0);
	}

	@Test
	void sourcePortsStayIn49152To65535() {
		Random random = new Random(7348);
		for (int i = 0; i < 100_000; i++) {
			int port = FlowHash.sourcePort(random.nextInt());
			assertTrue(port >= 49152 && port <= 65535, "port " + port);
		}
		for (int edge : new int[] { 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE }) {
			int port = FlowHash.sourcePort(edge);
			assertTrue(port >= 49152 && port <= 65535, "port " + port);
		}
	}

	@Test
	void theSameFlowAlwaysHashesAlike() {
		int first = hash(tcp(40000, 80));
		for (int i = 0; i < 10; i++) {
			assertEquals(first, hash(tcp(40000, 80)));
		}
		ByteBuffer shifted = Frames.withHeadroom(tcp(40000, 80), 8);
		assertEquals(first, FlowHash.hash(shifted, 8, shifted.capacity() - 8), "independent of the offset");
		ByteBuffer direct = ByteBuffer.allocateDirect(64);
		direct.put(0, tcp(40000, 80), 0, 42);
		assertEquals(first, FlowHash.hash(direct, 0, 42), "independent of the buffer kind");
	}

	@Test
	void isPinnedAcrossReleases() {
		// No per-process seed: a restart must not move flows to other ports (and other ECMP paths).
		assertEquals(-786215639, hash(tcp(40000, 80)));
		assertEquals(56330, FlowHash.sourcePort(hash(tcp(40000, 80))));
		assertEquals(0, FlowHash.hash(ByteBuffer.allocate(13), 0, 13), "too short to hash");
	}

	@Test
	void portsAddressesAndMacsAllMatter() {
		int base = hash(tcp(40000, 80));
		assertNotEquals(base, hash(tcp(40001, 80)));
		assertNotEquals(base, hash(tcp(40000, 81)));
		assertNotEquals(base, hash(Frames.ipv4(MAC_B, MAC_A, 6, IP_A, IP_A, 40000, 80, 0)));
		assertNotEquals(base, hash(Frames.ipv4(MAC_A, MAC_B, 6, IP_A, IP_B, 40000, 80, 0)));
		assertNotEquals(base, hash(Frames.ipv4(MAC_B, MAC_A, 17, IP_A, IP_B, 40000, 80, 0)));
	}

	@Test
	void fragmentsIgnorePorts() {
		int moreFragments = 0x2000;
		int firstFragment = hash(Frames.ipv4(MAC_B, MAC_A, 17, IP_A, IP_B, 5000, 53, moreFragments));
		int laterFragment = hash(Frames.ipv4(MAC_B, MAC_A, 17, IP_A, IP_B, 0x1234, 0x5678, 185));
		assertEquals(firstFragment, laterFragment, "a fragmented datagram's pieces share one port");
	}

	@Test
	void flowsSpreadOverManyPorts() {
		Set<Integer> ports = new HashSet<>();
		for (int sourcePort = 1000; sourcePort < 3000; sourcePort++) {
			ports.add(FlowHash.sourcePort(hash(tcp(sourcePort, 80))));
		}
		assertTrue(ports.size() > 1800, "2000 flows on " + ports.size() + " ports");
	}

	@Test
	void nonIpFramesHashOnMacsAndEthertype() {
		ByteBuffer arp = Frames.arp(1, MAC_A, IP_A, 0, IP_B);
		ByteBuffer otherArp = Frames.arp(1, MAC_A, IP_A, 0, Frames.ip(10, 0, 0, 3));
		assertEquals(hash(arp), hash(otherArp));
	}
}
