package dev.lifeboat.agent.vtep;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/** MACs as 48-bit longs and IPv4 addresses as ints, so the hot path never allocates a key object. */
final class Addresses {

	private static final long GROUP_BIT = 1L << 40;

	private Addresses() {
	}

	/** The MAC at {@code offset}, big-endian, in the low 48 bits. */
	static long mac(ByteBuffer buffer, int offset) {
		return (buffer.getShort(offset) & 0xFFFFL) << 32 | buffer.getInt(offset + 2) & 0xFFFF_FFFFL;
	}

	static void putMac(ByteBuffer buffer, int offset, long mac) {
		buffer.putShort(offset, (short) (mac >>> 32));
		buffer.putInt(offset + 2, (int) mac);
	}

	/** True for broadcast and multicast: the I/G bit, the least significant bit of the first octet. */
	static boolean isGroup(long mac) {
		return (mac & GROUP_BIT) != 0;
	}

	/** A MAC that can be learned: unicast and not all zeros. */
	static boolean isLearnable(long mac) {
		return mac != 0 && !isGroup(mac);
	}

	/** Parses {@code aa:bb:cc:dd:ee:ff} (or with dashes). */
	static long parseMac(String text) {
		String[] parts = text.trim().split("[:-]");
		if (parts.length != 6) {
			throw new IllegalArgumentException("not a MAC address: " + text);
		}
		long mac = 0;
		for (String part : parts) {
			int octet = Integer.parseInt(part, 16);
			if (part.length() > 2 || octet < 0) {
				throw new IllegalArgumentException("not a MAC address: " + text);
			}
			mac = mac << 8 | octet;
		}
		return mac;
	}

	static String formatMac(long mac) {
		StringBuilder text = new StringBuilder(17);
		for (int shift = 40; shift >= 0; shift -= 8) {
			text.append(String.format("%02x", (mac >>> shift) & 0xFF));
			if (shift > 0) {
				text.append(':');
			}
		}
		return text.toString();
	}

	/** Parses a dotted-quad IPv4 literal without ever asking DNS. */
	static int parseIpv4(String text) {
		String[] parts = text.trim().split("\\.", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("not an IPv4 address: " + text);
		}
		int ip = 0;
		for (String part : parts) {
			int octet = part.isEmpty() || part.length() > 3 ? -1 : Integer.parseInt(part);
			if (octet < 0 || octet > 255) {
				throw new IllegalArgumentException("not an IPv4 address: " + text);
			}
			ip = ip << 8 | octet;
		}
		return ip;
	}

	static int ipv4(InetAddress address) {
		if (!(address instanceof Inet4Address)) {
			throw new IllegalArgumentException("the Java VTEP speaks IPv4 only: " + address);
		}
		byte[] bytes = address.getAddress();
		return (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF;
	}

	static InetAddress toInet(int ip) {
		try {
			return InetAddress.getByAddress(new byte[] { (byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8),
					(byte) ip });
		} catch (UnknownHostException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
