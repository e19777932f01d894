package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.vtep.ArpResponder;

/** The ARP reply a VTEP writes into its TAP, field by field (RFC 826). */
class ArpResponderTest {

	private static final long ASKER_MAC = 0x02_AA_00_00_00_01L;
	private static final int ASKER_IP = Frames.ip(10, 99, 0, 1);
	private static final long ANSWER_MAC = 0x02_BB_00_00_00_02L;
	private static final int ANSWER_IP = Frames.ip(10, 99, 0, 2);

	private final ByteBuffer request = Frames.arp(ArpResponder.OP_REQUEST, ASKER_MAC, ASKER_IP, 0, ANSWER_IP);

	@Test
	void buildsTheReplyFieldByField() {
		ByteBuffer reply = ByteBuffer.allocate(64);
		int length = ArpResponder.writeReply(request, 0, ANSWER_MAC, reply, 2);
		int at = 2;
		assertEquals(60, length, "padded to the Ethernet minimum");
		assertEquals(ASKER_MAC, Frames.mac(reply, at), "Ethernet destination: the asker");
		assertEquals(ANSWER_MAC, Frames.mac(reply, at + 6), "Ethernet source: the answer");
		assertEquals(0x0806, reply.getShort(at + 12) & 0xFFFF, "ethertype ARP");
		assertEquals(1, reply.getShort(at + 14), "hardware type Ethernet");
		assertEquals(0x0800, reply.getShort(at + 16), "protocol type IPv4");
		assertEquals(6, reply.get(at + 18), "hardware address length");
		assertEquals(4, reply.get(at + 19), "protocol address length");
		assertEquals(2, reply.getShort(at + 20), "operation: reply");
		assertEquals(ANSWER_MAC, Frames.mac(reply, at + 22), "sender hardware address");
		assertEquals(ANSWER_IP, reply.getInt(at + 28), "sender protocol address");
		assertEquals(ASKER_MAC, Frames.mac(reply, at + 32), "target hardware address");
		assertEquals(ASKER_IP, reply.getInt(at + 38), "target protocol address");
		for (int i = at + 42; i < at + 60; i++) {
			assertEquals(0, reply.get(i), "padding byte " + (i - at));
		}
		assertEquals(0, reply.get(0), "nothing written before the offset");
	}

	@Test
	void theReplyParsesAsAReply() {
		ByteBuffer reply = ByteBuffer.allocate(60);
		ArpResponder.writeReply(request, 0, ANSWER_MAC, reply, 0);
		assertTrue(ArpResponder.isArp(reply, 0, 60));
		assertEquals(ArpResponder.OP_REPLY, ArpResponder.operation(reply, 0));
		assertEquals(ANSWER_MAC, ArpResponder.senderMac(reply, 0));
		assertEquals(ANSWER_IP, ArpResponder.senderIp(reply, 0));
		assertEquals(ASKER_MAC, ArpResponder.targetMac(reply, 0));
		assertEquals(ASKER_IP, ArpResponder.targetIp(reply, 0));
	}

	@Test
	void aRequestNamesItsTarget() {
		assertEquals(ANSWER_IP & 0xFFFF_FFFFL, ArpResponder.suppressibleTarget(request, 0, 42));
	}

	@Test
	void targetsAboveTheSignedRangeSurvive() {
		int high = Frames.ip(198, 19, 0, 9);
		ByteBuffer frame = Frames.arp(ArpResponder.OP_REQUEST, ASKER_MAC, ASKER_IP, 0, high);
		assertEquals(high & 0xFFFF_FFFFL, ArpResponder.suppressibleTarget(frame, 0, 42));
	}

	@Test
	void gratuitousArpIsNotSuppressed() {
		ByteBuffer announcement = Frames.arp(ArpResponder.OP_REQUEST, ASKER_MAC, ASKER_IP, 0, ASKER_IP);
		assertEquals(ArpResponder.NOT_A_REQUEST, ArpResponder.suppressibleTarget(announcement, 0, 42));
	}

	@Test
	void repliesAreNotRequests() {
		ByteBuffer reply = Frames.arp(ArpResponder.OP_REPLY, ASKER_MAC, ASKER_IP, ANSWER_MAC, ANSWER_IP);
		assertTrue(ArpResponder.isArp(reply, 0, 42));
		assertEquals(ArpResponder.NOT_A_REQUEST, ArpResponder.suppressibleTarget(reply, 0, 42));
	}

	@Test
	void truncatedOrForeignArpIsNotArp() {
		assertFalse(ArpResponder.isArp(request, 0, 41));
		ByteBuffer tokenRing = Frames.arp(1, ASKER_MAC, ASKER_IP, 0, ANSWER_IP);
		tokenRing.putShort(14, (short) 6);
		assertFalse(ArpResponder.isArp(tokenRing, 0, 42));
		ByteBuffer ipv6Sized = Frames.arp(1, ASKER_MAC, ASKER_IP, 0, ANSWER_IP);
		ipv6Sized.put(19, (byte) 16);
		assertFalse(ArpResponder.isArp(ipv6Sized, 0, 42));
		ByteBuffer notArp = Frames.arp(1, ASKER_MAC, ASKER_IP, 0, ANSWER_IP);
		notArp.putShort(12, (short) 0x0800);
		assertEquals(ArpResponder.NOT_A_REQUEST, ArpResponder.suppressibleTarget(notArp, 0, 42));
	}
}
