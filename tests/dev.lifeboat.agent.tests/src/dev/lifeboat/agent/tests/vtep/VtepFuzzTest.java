package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.lifeboat.agent.vtep.ArpResponder;
import dev.lifeboat.agent.vtep.DropReason;
import dev.lifeboat.agent.vtep.Ingress;
import dev.lifeboat.agent.vtep.Segment;
import dev.lifeboat.agent.vtep.VtepCounters;
import dev.lifeboat.agent.vtep.VxlanCodec;
import dev.lifeboat.protocol.FdbEntry;

/**
 * Hostile input for the receive path (decoder, VNI demultiplexing, learning, ARP gleaning) and for TAP frames
 * (ARP suppression, forwarding): nothing may escape, no bug may hide behind the catch-all counter, and the
 * counters must account for every packet exactly once.
 *
 * <p>Without {@code JAZZER_FUZZ} the {@link FuzzTest}s run as regression tests on their stored inputs (none yet, so
 * an empty one); the two plain tests push thousands of seeded random inputs through the same checks, so the plain
 * run is not a formality. {@code JAZZER_FUZZ=1} fuzzes the first fuzz test for its {@code maxDuration}.
 */
class VtepFuzzTest {

	private static final int LOCAL = Frames.ip(198, 18, 0, 1);
	private static final int PEER_1 = Frames.ip(198, 18, 0, 2);
	private static final int PEER_2 = Frames.ip(198, 18, 0, 3);
	private static final int[] VNIS = { 10, 20 };
	private static final long[] MACS = { Frames.BROADCAST, 0x02_00_00_00_00_01L, 0x02_00_00_00_00_02L,
			0x02_00_00_00_00_03L, 0x01_00_5E_00_00_01L, 0 };
	private static final int[] IPS = { Frames.ip(10, 0, 0, 1), Frames.ip(10, 0, 0, 2), Frames.ip(10, 0, 0, 3), 0 };

	/** The few ways the checks consume input, so both Jazzer and a seeded Random can drive them. */
	interface Input {
		int pick(int min, int max);

		boolean flip();

		byte[] bytes(int max);

		boolean exhausted();
	}

	@FuzzTest(maxDuration = "30s")
	void receivePathNeverThrowsAndCountsEveryDatagram(FuzzedDataProvider data) {
		receivePath(fromJazzer(data));
	}

	@FuzzTest(maxDuration = "30s")
	void tapFramesAreAnsweredSentFloodedOrDroppedExactlyOnce(FuzzedDataProvider data) {
		tapPath(fromJazzer(data));
	}

	@Test
	void receivePathOnSeededRandomInput() {
		Random random = new Random(7348);
		for (int run = 0; run < 3_000; run++) {
			receivePath(fromRandom(random, 600));
		}
	}

	@Test
	void tapPathOnSeededRandomInput() {
		Random random = new Random(826);
		for (int run = 0; run < 3_000; run++) {
			tapPath(fromRandom(random, 600));
		}
	}

	private static void receivePath(Input in) {
		Wire wire = new Wire();
		wire.keep = false;
		Ingress ingress = new Ingress();
		for (int vni : VNIS) {
			ingress.put(segment(vni, wire));
		}
		long datagrams = 0;
		// One direct buffer per input, like the socket thread's; stale bytes past a datagram's length must not matter.
		ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
		while (!in.exhausted() && datagrams < 64) {
			int offset = in.pick(0, 16);
			int length = datagram(in, buffer, offset);
			ingress.fromNetwork(buffer, offset, length, source(in));
			datagrams++;
		}
		long accounted = ingress.unattributedCounters().totalDrops();
		long delivered = 0;
		for (Segment segment : ingress.segments()) {
			VtepCounters counters = segment.counters();
			assertEquals(0, counters.drops(DropReason.INTERNAL_ERROR), "a forwarding bug was caught and hidden");
			accounted += counters.rxPackets() + counters.totalDrops();
			delivered += counters.rxPackets();
		}
		assertEquals(datagrams, accounted, "every datagram delivered or dropped for a reason");
		assertEquals(delivered, wire.tapWrites);
	}

	private static void tapPath(Input in) {
		Wire wire = new Wire();
		Segment segment = segment(VNIS[0], wire);
		int frames = 0;
		while (!in.exhausted() && frames < 64) {
			if (in.flip()) {
				teach(segment, in);
			}
			ByteBuffer frame = in.flip() ? arpRequest(in) : ByteBuffer.wrap(in.bytes(200));
			VtepCounters before = segment.counters();
			int sendsBefore = wire.sends;
			int tapBefore = wire.tapWrites;
			ByteBuffer buffer = Frames.withHeadroom(frame, VxlanCodec.HEADER_LENGTH);
			segment.fromTap(buffer, VxlanCodec.HEADER_LENGTH, frame.capacity());
			checkOneOutcome(before, segment.counters(), wire.sends - sendsBefore, wire.tapWrites - tapBefore,
					wire, frame);
			frames++;
		}
	}

	/** Exactly one of: answered locally, unicast, flooded to both peers, dropped. */
	private static void checkOneOutcome(VtepCounters before, VtepCounters after, int sends, int tapWrites,
			Wire wire, ByteBuffer request) {
		long answered = after.arpSuppressed() - before.arpSuppressed();
		long flooded = after.floods() - before.floods();
		long dropped = after.totalDrops() - before.totalDrops();
		long sent = after.txPackets() - before.txPackets();
		assertEquals(0, after.drops(DropReason.INTERNAL_ERROR), "a forwarding bug was caught and hidden");
		assertEquals(sends, sent);
		if (answered == 1) {
			assertTrue(flooded == 0 && dropped == 0 && sent == 0 && tapWrites == 1, after.toString());
			checkReply(ByteBuffer.wrap(wire.tapFrames.get(wire.tapFrames.size() - 1)), request);
		} else if (flooded == 1) {
			assertTrue(dropped == 0 && sent == 2 && tapWrites == 0, after.toString());
		} else if (dropped == 1) {
			assertTrue(sent == 0 && tapWrites == 0, after.toString());
		} else {
			assertTrue(answered == 0 && sent == 1 && tapWrites == 0, "unicast: " + after);
		}
	}

	private static void checkReply(ByteBuffer reply, ByteBuffer request) {
		assertTrue(ArpResponder.isArp(reply, 0, reply.capacity()));
		assertEquals(ArpResponder.OP_REPLY, ArpResponder.operation(reply, 0));
		assertEquals(ArpResponder.targetIp(request, 0), ArpResponder.senderIp(reply, 0));
		assertEquals(ArpResponder.senderMac(request, 0), ArpResponder.targetMac(reply, 0));
		assertEquals(ArpResponder.senderIp(request, 0), ArpResponder.targetIp(reply, 0));
	}

	/** Remote traffic the segment learns MACs and ARP entries from. */
	private static void teach(Segment segment, Input in) {
		ByteBuffer frame = in.flip() ? arp(in) : ByteBuffer.wrap(in.bytes(80));
		segment.fromNetwork(frame, 0, frame.capacity(), source(in));
	}

	private static Segment segment(int vni, Wire wire) {
		Segment segment = new Segment(vni, 1450, 300_000, () -> 0, wire, wire);
		segment.configure(LOCAL, List.of(Frames.dotted(PEER_1), Frames.dotted(PEER_2)),
				List.of(new FdbEntry("02:00:00:00:00:02", Frames.dotted(PEER_1), "10.0.0.2"),
						new FdbEntry("02:00:00:00:00:09", Frames.dotted(LOCAL))));
		return segment;
	}

	/** Writes one datagram at {@code offset}: raw bytes, or a header (good or damaged) over a frame. */
	private static int datagram(Input in, ByteBuffer buffer, int offset) {
		int kind = in.pick(0, 3);
		if (kind == 0) {
			byte[] raw = in.bytes(1500);
			buffer.put(offset, raw);
			return raw.length;
		}
		int vni = kind == 1 ? in.pick(0, VxlanCodec.MAX_VNI) : VNIS[in.pick(0, VNIS.length - 1)];
		VxlanCodec.encode(buffer, offset, vni);
		if (in.flip()) {
			buffer.put(offset, (byte) in.pick(0, 255));
			buffer.put(offset + 7, (byte) in.pick(0, 255));
		}
		ByteBuffer frame = kind == 3 ? arp(in) : ByteBuffer.wrap(in.bytes(1500));
		buffer.put(offset + VxlanCodec.HEADER_LENGTH, frame, 0, frame.capacity());
		return VxlanCodec.HEADER_LENGTH + frame.capacity();
	}

	private static ByteBuffer arp(Input in) {
		ByteBuffer frame = Frames.arp(in.pick(0, 3), mac(in), ip(in), mac(in), ip(in));
		return truncateOrDamage(in, frame);
	}

	private static ByteBuffer arpRequest(Input in) {
		ByteBuffer frame = Frames.arp(ArpResponder.OP_REQUEST, mac(in), ip(in), 0, ip(in));
		return truncateOrDamage(in, frame);
	}

	private static ByteBuffer truncateOrDamage(Input in, ByteBuffer frame) {
		if (in.flip()) {
			frame.put(in.pick(0, frame.capacity() - 1), (byte) in.pick(0, 255));
		}
		int length = in.flip() ? in.pick(0, frame.capacity()) : frame.capacity();
		return ByteBuffer.wrap(Frames.bytes(frame, 0, length));
	}

	private static long mac(Input in) {
		return MACS[in.pick(0, MACS.length - 1)];
	}

	private static int ip(Input in) {
		return in.flip() ? IPS[in.pick(0, IPS.length - 1)] : in.pick(Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	private static int source(Input in) {
		int[] sources = { PEER_1, PEER_2, LOCAL, Frames.ip(203, 0, 113, 1) };
		return sources[in.pick(0, sources.length - 1)];
	}

	private static Input fromJazzer(FuzzedDataProvider data) {
		return new Input() {
			@Override
			public int pick(int min, int max) {
				return data.consumeInt(min, max);
			}

			@Override
			public boolean flip() {
				return data.consumeBoolean();
			}

			@Override
			public byte[] bytes(int max) {
				return data.consumeBytes(data.consumeInt(0, max));
			}

			@Override
			public boolean exhausted() {
				return data.remainingBytes() == 0;
			}
		};
	}

	private static Input fromRandom(Random random, int budget) {
		return new Input() {
			private int left = budget;

			@Override
			public int pick(int min, int max) {
				left -= 4;
				return min + (int) (random.nextLong(max - (long) min + 1));
			}

			@Override
			public boolean flip() {
				left--;
				return random.nextBoolean();
			}

			@Override
			public byte[] bytes(int max) {
				byte[] bytes = new byte[random.nextInt(max + 1)];
				random.nextBytes(bytes);
				left -= bytes.length / 8 + 1;
				return bytes;
			}

			@Override
			public boolean exhausted() {
				return left <= 0;
			}
		};
	}
}
