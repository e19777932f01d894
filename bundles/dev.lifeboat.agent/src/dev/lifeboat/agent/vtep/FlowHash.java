package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;

/**
 * The entropy of RFC 7348 section 5: a hash of the inner frame's headers that picks the outer UDP source port,
 * so underlay ECMP and receive-side scaling spread flows while every packet of one flow takes the same path.
 * It covers the destination and source MAC and the ethertype, and for IPv4 the protocol and addresses, plus the
 * ports of TCP and UDP packets that are not fragments (fragments have no ports, and a flow's fragments must
 * hash like its other packets). Deterministic: no per-process seed, so it is stable across restarts.
 */
public final class FlowHash {

	/** Lowest outer UDP source port (the start of the dynamic range, as RFC 7348 recommends). */
	public static final int MIN_SOURCE_PORT = 49152;
	/** Highest outer UDP source port. */
	public static final int MAX_SOURCE_PORT = 65535;

	private static final int ETHERTYPE_IPV4 = 0x0800;
	private static final int ETH_HEADER = 14;
	private static final int IPV4_MIN_HEADER = 20;
	private static final int PROTO_TCP = 6;
	private static final int PROTO_UDP = 17;
	private static final int FRAGMENT_BITS = 0x3FFF;

	private FlowHash() {
	}

	/** Hashes the Ethernet frame at {@code offset}, {@code length} bytes long (a big-endian buffer). */
	public static int hash(ByteBuffer frame, int offset, int length) {
		if (length < ETH_HEADER) {
			return 0;
		}
		int h = 0x6c62_7476;
		h = mix(h, frame.getInt(offset));
		h = mix(h, frame.getInt(offset + 4));
		h = mix(h, frame.getInt(offset + 8));
		int ethertype = frame.getShort(offset + 12) & 0xFFFF;
		h = mix(h, ethertype);
		if (ethertype == ETHERTYPE_IPV4) {
			h = mixIpv4(h, frame, offset + ETH_HEADER, length - ETH_HEADER);
		}
		return finish(h);
	}

	/** Maps a hash onto {@value #MIN_SOURCE_PORT}..{@value #MAX_SOURCE_PORT}. */
	public static int sourcePort(int hash) {
		return MIN_SOURCE_PORT | ((hash ^ (hash >>> 16)) & 0x3FFF);
	}

	private static int mixIpv4(int h, ByteBuffer frame, int ip, int length) {
		if (length < IPV4_MIN_HEADER) {
			return h;
		}
		int headerLength = (frame.get(ip) & 0x0F) * 4;
		int protocol = frame.get(ip + 9) & 0xFF;
		h = mix(h, protocol);
		h = mix(h, frame.getInt(ip + 12));
		h = mix(h, frame.getInt(ip + 16));
		boolean fragment = (frame.getShort(ip + 6) & FRAGMENT_BITS) != 0;
		boolean hasPorts = (protocol == PROTO_TCP || protocol == PROTO_UDP) && headerLength >= IPV4_MIN_HEADER
				&& length >= headerLength + 4;
		if (hasPorts && !fragment) {
			h = mix(h, frame.getInt(ip + headerLength));
		}
		return h;
	}

	// MurmurHash3's 32-bit block mix and finalizer: cheap and well distributed.
	private static int mix(int h, int k) {
		k *= 0xcc9e2d51;
		k = Integer.rotateLeft(k, 15);
		k *= 0x1b873593;
		h ^= k;
		h = Integer.rotateLeft(h, 13);
		return h * 5 + 0xe6546b64;
	}

	private static int finish(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		return h ^ (h >>> 16);
	}
}
