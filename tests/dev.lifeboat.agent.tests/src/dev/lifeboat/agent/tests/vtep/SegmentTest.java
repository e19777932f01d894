package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.vtep.ArpResponder;
import dev.lifeboat.agent.vtep.DropReason;
import dev.lifeboat.agent.vtep.Ingress;
import dev.lifeboat.agent.vtep.Segment;
import dev.lifeboat.agent.vtep.VtepCounters;
import dev.lifeboat.agent.vtep.VxlanCodec;
import dev.lifeboat.protocol.FdbEntry;

/** One segment's forwarding decisions, driven without TAP or sockets. */
class SegmentTest {

	static final int VNI = 10020;
	static final int LOCAL = Frames.ip(198, 18, 0, 1);
	static final int PEER_1 = Frames.ip(198, 18, 0, 2);
	static final int PEER_2 = Frames.ip(198, 18, 0, 3);
	static final int STRANGER = Frames.ip(198, 18, 9, 9);
	static final long GUEST_HERE = 0x02_00_00_00_01_01L;
	static final long GUEST_THERE = 0x02_00_00_00_02_02L;
	static final int GUEST_HERE_IP = Frames.ip(10, 99, 0, 1);
	static final int GUEST_THERE_IP = Frames.ip(10, 99, 0, 2);

	private final AtomicLong now = new AtomicLong(0);
	private final Wire wire = new Wire();
	private final Segment segment = new Segment(VNI, 1450, 300_000, now::get, wire, wire);

	SegmentTest() {
		segment.configure(LOCAL, List.of(Frames.dotted(PEER_1), Frames.dotted(PEER_2), Frames.dotted(LOCAL)),
				List.of());
	}

	private void fromTap(ByteBuffer frame) {
		ByteBuffer buffer = Frames.withHeadroom(frame, VxlanCodec.HEADER_LENGTH);
		segment.fromTap(buffer, VxlanCodec.HEADER_LENGTH, frame.capacity());
	}

	private void fromNetwork(ByteBuffer frame, int vtep) {
		segment.fromNetwork(frame, 0, frame.capacity(), vtep);
	}

	private Set<Integer> destinations() {
		return wire.datagrams.stream().map(Wire.Datagram::vtep).collect(Collectors.toSet());
	}

	@Test
	void broadcastIsReplicatedToEveryPeerButNotToItself() {
		fromTap(Frames.ethernet(Frames.BROADCAST, GUEST_HERE, 0x0800, 46));
		assertEquals(Set.of(PEER_1, PEER_2), destinations());
		assertEquals(2, wire.datagrams.size());
		VtepCounters counters = segment.counters();
		assertEquals(1, counters.floods());
		assertEquals(2, counters.txPackets());
		assertEquals(2 * (8 + 60), counters.txBytes());
	}

	@Test
	void sendsTheVxlanHeaderFollowedByTheUntouchedFrame() {
		ByteBuffer frame = Frames.ethernet(Frames.BROADCAST, GUEST_HERE, 0x0800, 46);
		fromTap(frame);
		byte[] payload = wire.datagrams.get(0).payload();
		assertArrayEquals(new byte[] { 8, 0, 0, 0, 0, 0x27, 0x24, 0 }, Arrays.copyOf(payload, 8), "VNI 10020");
		assertArrayEquals(frame.array(), Arrays.copyOfRange(payload, 8, payload.length));
	}

	@Test
	void unknownUnicastAndMulticastAreFlooded() {
		fromTap(Frames.ethernet(GUEST_THERE, GUEST_HERE, 0x0800, 46));
		fromTap(Frames.ethernet(0x01_00_5E_00_00_FBL, GUEST_HERE, 0x0800, 46));
		assertEquals(2, segment.counters().floods());
		assertEquals(4, wire.datagrams.size());
	}

	@Test
	void aLearnedMacGetsUnicast() {
		fromNetwork(Frames.ethernet(GUEST_HERE, GUEST_THERE, 0x0800, 46), PEER_2);
		fromTap(Frames.ethernet(GUEST_THERE, GUEST_HERE, 0x0800, 46));
		assertEquals(1, wire.datagrams.size());
		assertEquals(PEER_2, wire.datagrams.get(0).vtep());
		assertEquals(0, segment.counters().floods());
	}

	@Test
	void learnedMacsAgeBackToFlooding() {
		fromNetwork(Frames.ethernet(GUEST_HERE, GUEST_THERE, 0x0800, 46), PEER_2);
		now.addAndGet(300_001);
		fromTap(Frames.ethernet(GUEST_THERE, GUEST_HERE, 0x0800, 46));
		assertEquals(1, segment.counters().floods());
	}

	@Test
	void framesForALocalMacDoNotGoOut() {
		fromTap(Frames.ethernet(Frames.BROADCAST, GUEST_HERE, 0x0800, 46));
		wire.clear();
		fromTap(Frames.ethernet(GUEST_HERE, 0x02_00_00_00_01_02L, 0x0800, 46));
		assertTrue(wire.datagrams.isEmpty());
		assertEquals(1, segment.counters().drops(DropReason.LOCAL_DESTINATION));
	}

	@Test
	void staticEntriesRouteWithoutLearningAndAddTheirRemoteToTheSources() {
		segment.configure(LOCAL, List.of(Frames.dotted(PEER_1)),
				List.of(new FdbEntry("02:00:00:00:02:02", Frames.dotted(PEER_2))));
		fromTap(Frames.ethernet(GUEST_THERE, GUEST_HERE, 0x0800, 46));
		assertEquals(List.of(PEER_2), wire.datagrams.stream().map(Wire.Datagram::vtep).toList());
		fromNetwork(Frames.ethernet(GUEST_HERE, GUEST_THERE, 0x0800, 46), PEER_2);
		assertEquals(1, segment.counters().rxPackets(), "the static entry's remote may send to us");
	}

	@Test
	void anAllZeroEntryIsAFloodDestination() {
		segment.configure(LOCAL, List.of(), List.of(new FdbEntry("00:00:00:00:00:00", Frames.dotted(PEER_1))));
		fromTap(Frames.ethernet(Frames.BROADCAST, GUEST_HERE, 0x0800, 46));
		assertEquals(Set.of(PEER_1), destinations());
	}

	@Test
	void deliversFramesFromPeersToTheTap() {
		ByteBuffer frame = Frames.ethernet(GUEST_HERE, GUEST_THERE, 0x0800, 100);
		fromNetwork(frame, PEER_1);
		assertEquals(1, wire.tapFrames.size());
		assertArrayEquals(frame.array(), wire.tapFrames.get(0));
		VtepCounters counters = segment.counters();
		assertEquals(1, counters.rxPackets());
		assertEquals(114, counters.rxBytes());
	}

	@Test
	void dropsFramesFromStrangers() {
		fromNetwork(Frames.ethernet(GUEST_HERE, GUEST_THERE, 0x0800, 46), STRANGER);
		assertTrue(wire.tapFrames.isEmpty());
		assertEquals(1, segment.counters().drops(DropReason.NOT_A_PEER));
		fromTap(Frames.ethernet(GUEST_THERE, GUEST_HERE, 0x0800, 46));
		assertEquals(1, segment.counters().floods(), "nothing was learned from the stranger");
	}

	@Test
	void dropsRuntsAndOversizedFrames() {
		fromNetwork(ByteBuffer.allocate(13), PEER_1);
		fromTap(ByteBuffer.allocate(13));
		fromTap(Frames.ethernet(Frames.BROADCAST, GUEST_HERE, 0x0800, 1450 + 4 + 1));
		VtepCounters counters = segment.counters();
		assertEquals(2, counters.drops(DropReason.RUNT_FRAME));
		assertEquals(1, counters.drops(DropReason.OVERSIZE));
		assertTrue(wire.datagrams.isEmpty() && wire.tapFrames.isEmpty());
	}

	@Test
	void answersArpFromAStaticEntryWithoutFlooding() {
		segment.configure(LOCAL, List.of(Frames.dotted(PEER_1)),
				List.of(new FdbEntry("02:00:00:00:02:02", Frames.dotted(PEER_1), "10.99.0.2")));
		fromTap(Frames.arp(ArpResponder.OP_REQUEST, GUEST_HERE, GUEST_HERE_IP, 0, GUEST_THERE_IP));
		assertTrue(wire.datagrams.isEmpty(), "not flooded");
		assertEquals(1, wire.tapFrames.size());
		ByteBuffer reply = ByteBuffer.wrap(wire.tapFrames.get(0));
		assertEquals(ArpResponder.OP_REPLY, ArpResponder.operation(reply, 0));
		assertEquals(GUEST_THERE, ArpResponder.senderMac(reply, 0));
		assertEquals(GUEST_THERE_IP, ArpResponder.senderIp(reply, 0));
		assertEquals(GUEST_HERE, Frames.mac(reply, 0));
		assertEquals(1, segment.counters().arpSuppressed());
	}

	@Test
	void answersArpGleanedFromRemoteTraffic() {
		fromNetwork(Frames.arp(ArpResponder.OP_REQUEST, GUEST_THERE, GUEST_THERE_IP, 0, Frames.ip(10, 99, 0, 7)),
				PEER_1);
		wire.clear();
		fromTap(Frames.arp(ArpResponder.OP_REQUEST, GUEST_HERE, GUEST_HERE_IP, 0, GUEST_THERE_IP));
		assertTrue(wire.datagrams.isEmpty());
		assertEquals(GUEST_THERE, ArpResponder.senderMac(ByteBuffer.wrap(wire.tapFrames.get(0)), 0));
	}

	@Test
	void floodsArpItCannotAnswerAndGratuitousArp() {
		fromTap(Frames.arp(ArpResponder.OP_REQUEST, GUEST_HERE, GUEST_HERE_IP, 0, GUEST_THERE_IP));
		fromTap(Frames.arp(ArpResponder.OP_REQUEST, GUEST_HERE, GUEST_HERE_IP, 0, GUEST_HERE_IP));
		assertEquals(2, segment.counters().floods());
		assertEquals(0, segment.counters().arpSuppressed());
		assertTrue(wire.tapFrames.isEmpty());
	}

	@Test
	void doesNotAnswerAHostAskingForItsOwnAddress() {
		segment.configure(LOCAL, List.of(Frames.dotted(PEER_1)),
				List.of(new FdbEntry("02:00:00:00:02:02", Frames.dotted(PEER_1), "10.99.0.2")));
		fromTap(Frames.arp(ArpResponder.OP_REQUEST, GUEST_THERE, 0, 0, GUEST_THERE_IP));
		assertEquals(0, segment.counters().arpSuppressed(), "a duplicate address probe from the owner itself");
		assertEquals(1, segment.counters().floods());
	}

	@Test
	void ingressCountsWhatItCannotAttribute() {
		Ingress ingress = new Ingress();
		ingress.put(segment);
		ByteBuffer datagram = ByteBuffer.allocate(8 + 60);
		VxlanCodec.encode(datagram, 0, VNI);
		datagram.put(8, Frames.ethernet(GUEST_HERE, GUEST_THERE, 0x0800, 46), 0, 60);
		ingress.fromNetwork(datagram, 0, 68, PEER_1);
		ingress.fromNetwork(datagram, 0, 7, PEER_1);
		VxlanCodec.encode(datagram, 0, VNI + 1);
		ingress.fromNetwork(datagram, 0, 68, PEER_1);
		datagram.put(0, (byte) 0);
		ingress.fromNetwork(datagram, 0, 68, PEER_1);
		VtepCounters none = ingress.unattributedCounters();
		assertEquals(1, none.drops(DropReason.SHORT_PACKET));
		assertEquals(1, none.drops(DropReason.UNKNOWN_VNI));
		assertEquals(1, none.drops(DropReason.NO_VNI_FLAG));
		assertEquals(1, segment.counters().rxPackets());
		assertEquals(segment, ingress.remove(VNI));
		ingress.fromNetwork(datagram, 0, 68, PEER_1);
		assertEquals(List.of(), ingress.segments());
	}
}
