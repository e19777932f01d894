package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;

/**
 * The 8-byte VXLAN header of RFC 7348 section 5:
 *
 * <pre>
 * |R|R|R|R|I|R|R|R|            Reserved                           |
 * |                VXLAN Network Identifier (VNI) |   Reserved    |
 * </pre>
 *
 * Reserved bits are sent as zero (Linux's vxlan drops frames that set them) and ignored on receipt, as the RFC
 * says. All offsets are absolute and the buffer must be big-endian (the {@link ByteBuffer} default).
 */
public final class VxlanCodec {

	/** Length of the VXLAN header in bytes. */
	public static final int HEADER_LENGTH = 8;
	/** The I flag: the VNI field is valid. */
	public static final int FLAG_VNI_VALID = 0x08;
	/** The largest VNI (24 bits). */
	public static final int MAX_VNI = 0xFF_FFFF;
	/** {@link #decode} result: fewer than {@value #HEADER_LENGTH} bytes. */
	public static final int ERROR_SHORT = -1;
	/** {@link #decode} result: the I flag is not set, so there is no VNI. */
	public static final int ERROR_NO_VNI_FLAG = -2;

	private VxlanCodec() {
	}

	/**
	 * Writes the header for {@code vni} at the buffer's position and advances the position past it.
	 *
	 * @throws IllegalArgumentException if {@code vni} does not fit in 24 bits
	 */
	public static void encode(ByteBuffer buffer, int vni) {
		encode(buffer, buffer.position(), vni);
		buffer.position(buffer.position() + HEADER_LENGTH);
	}

	/** Writes the header for {@code vni} at {@code offset}; the position is left alone. */
	public static void encode(ByteBuffer buffer, int offset, int vni) {
		checkVni(vni);
		buffer.putInt(offset, FLAG_VNI_VALID << 24);
		buffer.putInt(offset + 4, vni << 8);
	}

	/**
	 * Reads the header of the datagram payload at {@code offset}, {@code length} bytes long.
	 *
	 * @return the VNI (0 to {@link #MAX_VNI}), or {@link #ERROR_SHORT} or {@link #ERROR_NO_VNI_FLAG}
	 */
	public static int decode(ByteBuffer buffer, int offset, int length) {
		if (length < HEADER_LENGTH) {
			return ERROR_SHORT;
		}
		if ((buffer.get(offset) & FLAG_VNI_VALID) == 0) {
			return ERROR_NO_VNI_FLAG;
		}
		// The low byte of the second word is reserved: shifting it out ignores it.
		return buffer.getInt(offset + 4) >>> 8;
	}

	/** @throws IllegalArgumentException if {@code vni} does not fit in 24 bits */
	public static int checkVni(int vni) {
		if (vni < 0 || vni > MAX_VNI) {
			throw new IllegalArgumentException("VNI " + vni + " is not in 0.." + MAX_VNI);
		}
		return vni;
	}
}
