package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;

/**
 * Reads ARP packets (IPv4 over Ethernet, RFC 826, untagged) and builds the reply a VTEP writes back into the
 * TAP when it already knows the answer, so the request never has to be flooded across the overlay. Pure
 * functions on absolute offsets of big-endian buffers.
 */
public final class ArpResponder {

	/** Ethernet header plus the 28-byte ARP body. */
	public static final int ARP_FRAME_LENGTH = 42;
	/** Replies are padded to the Ethernet minimum (without FCS), as a NIC would send them. */
	public static final int REPLY_LENGTH = 60;
	/** {@link #suppressibleTarget}: not an answerable request. */
	public static final long NOT_A_REQUEST = -1;
	/** ARP operation codes. */
	public static final int OP_REQUEST = 1, OP_REPLY = 2;

	private static final int ETHERTYPE_ARP = 0x0806;
	private static final int ETHERTYPE_IPV4 = 0x0800;
	private static final int HTYPE_ETHERNET = 1;
	private static final int ARP = 14;

	private ArpResponder() {
	}

	/** True if the frame is a complete ARP packet for IPv4 over Ethernet. */
	public static boolean isArp(ByteBuffer frame, int offset, int length) {
		return length >= ARP_FRAME_LENGTH && (frame.getShort(offset + 12) & 0xFFFF) == ETHERTYPE_ARP
				&& (frame.getShort(offset + ARP) & 0xFFFF) == HTYPE_ETHERNET
				&& (frame.getShort(offset + ARP + 2) & 0xFFFF) == ETHERTYPE_IPV4 && frame.get(offset + ARP + 4) == 6
				&& frame.get(offset + ARP + 5) == 4;
	}

	/**
	 * The IPv4 address asked for, if the frame is a request a VTEP may answer: an ARP request that is not
	 * gratuitous (a host announcing its own address must reach everyone).
	 *
	 * @return the target IP as an unsigned value, or {@link #NOT_A_REQUEST}
	 */
	public static long suppressibleTarget(ByteBuffer frame, int offset, int length) {
		if (!isArp(frame, offset, length) || operation(frame, offset) != OP_REQUEST) {
			return NOT_A_REQUEST;
		}
		int target = targetIp(frame, offset);
		return target == senderIp(frame, offset) ? NOT_A_REQUEST : target & 0xFFFF_FFFFL;
	}

	public static int operation(ByteBuffer frame, int offset) {
		return frame.getShort(offset + ARP + 6) & 0xFFFF;
	}

	public static long senderMac(ByteBuffer frame, int offset) {
		return Addresses.mac(frame, offset + ARP + 8);
	}

	public static int senderIp(ByteBuffer frame, int offset) {
		return frame.getInt(offset + ARP + 14);
	}

	public static long targetMac(ByteBuffer frame, int offset) {
		return Addresses.mac(frame, offset + ARP + 18);
	}

	public static int targetIp(ByteBuffer frame, int offset) {
		return frame.getInt(offset + ARP + 24);
	}

	/**
	 * Writes into {@code out} at {@code outOffset} the reply to the request at {@code requestOffset}: "target IP
	 * is at {@code answerMac}", from {@code answerMac} to the requester, padded to {@link #REPLY_LENGTH}.
	 *
	 * @return the reply's length
	 */
	public static int writeReply(ByteBuffer request, int requestOffset, long answerMac, ByteBuffer out,
			int outOffset) {
		long requesterMac = senderMac(request, requestOffset);
		int requesterIp = senderIp(request, requestOffset);
		int answerIp = targetIp(request, requestOffset);
		Addresses.putMac(out, outOffset, requesterMac);
		Addresses.putMac(out, outOffset + 6, answerMac);
		out.putShort(outOffset + 12, (short) ETHERTYPE_ARP);
		int arp = outOffset + ARP;
		out.putShort(arp, (short) HTYPE_ETHERNET);
		out.putShort(arp + 2, (short) ETHERTYPE_IPV4);
		out.put(arp + 4, (byte) 6);
		out.put(arp + 5, (byte) 4);
		out.putShort(arp + 6, (short) OP_REPLY);
		Addresses.putMac(out, arp + 8, answerMac);
		out.putInt(arp + 14, answerIp);
		Addresses.putMac(out, arp + 18, requesterMac);
		out.putInt(arp + 24, requesterIp);
		for (int i = outOffset + ARP_FRAME_LENGTH; i < outOffset + REPLY_LENGTH; i++) {
			out.put(i, (byte) 0);
		}
		return REPLY_LENGTH;
	}
}
