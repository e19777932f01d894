package dev.lifeboat.agent.tests.vtep;

import java.nio.ByteBuffer;

/** Hand-built Ethernet frames for the VTEP tests. */
final class Frames {

	static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

	private Frames() {
	}

	static ByteBuffer ethernet(long destination, long source, int ethertype, int payloadLength) {
		ByteBuffer frame = ByteBuffer.allocate(14 + payloadLength);
		putMac(frame, 0, destination);
		putMac(frame, 6, source);
		frame.putShort(12, (short) ethertype);
		return frame;
	}

	/** An ARP packet (IPv4 over Ethernet), unpadded: 42 bytes. */
	static ByteBuffer arp(int operation, long senderMac, int senderIp, long targetMac, int targetIp) {
		long destination = operation == 1 ? BROADCAST : targetMac;
		ByteBuffer frame = ethernet(destination, senderMac, 0x0806, 28);
		frame.putShort(14, (short) 1);
		frame.putShort(16, (short) 0x0800);
		frame.put(18, (byte) 6);
		frame.put(19, (byte) 4);
		frame.putShort(20, (short) operation);
		putMac(frame, 22, senderMac);
		frame.putInt(28, senderIp);
		putMac(frame, 32, targetMac);
		frame.putInt(38, targetIp);
		return frame;
	}

	/** An IPv4 packet with the first 4 bytes of a TCP or UDP header (the ports). */
	static ByteBuffer ipv4(long destination, long source, int protocol, int sourceIp, int destinationIp,
			int sourcePort, int destinationPort, int fragmentWord) {
		ByteBuffer frame = ethernet(destination, source, 0x0800, 20 + 8);
		frame.put(14, (byte) 0x45);
		frame.putShort(16, (short) 28);
		frame.putShort(20, (short) fragmentWord);
		frame.put(22, (byte) 64);
		frame.put(23, (byte) protocol);
		frame.putInt(26, sourceIp);
		frame.putInt(30, destinationIp);
		frame.putShort(34, (short) sourcePort);
		frame.putShort(36, (short) destinationPort);
		return frame;
	}

	static void putMac(ByteBuffer buffer, int offset, long mac) {
		buffer.putShort(offset, (short) (mac >>> 32));
		buffer.putInt(offset + 2, (int) mac);
	}

	static long mac(ByteBuffer buffer, int offset) {
		return (buffer.getShort(offset) & 0xFFFFL) << 32 | buffer.getInt(offset + 2) & 0xFFFF_FFFFL;
	}

	static int ip(int a, int b, int c, int d) {
		return a << 24 | b << 16 | c << 8 | d;
	}

	static String dotted(int ip) {
		return (ip >>> 24) + "." + (ip >>> 16 & 0xFF) + "." + (ip >>> 8 & 0xFF) + "." + (ip & 0xFF);
	}

	/** {@code frame} copied into a direct buffer at {@code headroom}, as a TAP thread would hold it. */
	static ByteBuffer withHeadroom(ByteBuffer frame, int headroom) {
		ByteBuffer buffer = ByteBuffer.allocate(headroom + frame.capacity());
		buffer.put(headroom, frame, 0, frame.capacity());
		return buffer;
	}

	static byte[] bytes(ByteBuffer buffer, int offset, int length) {
		byte[] out = new byte[length];
		buffer.get(offset, out);
		return out;
	}
}
