package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;

/** How a segment sends VXLAN datagrams: the VTEP's UDP sockets, or a test's capture. */
@FunctionalInterface
public interface Underlay {

	/**
	 * Sends the UDP payload {@code buffer[offset, offset + length)} (VXLAN header and inner frame) to the VTEP at
	 * {@code vtep} (an IPv4 address as int). {@code flowHash} ({@link FlowHash#hash}) picks the source port. May
	 * move the buffer's position and limit, must not keep the buffer.
	 *
	 * @return false if the kernel refused the datagram
	 */
	boolean send(ByteBuffer buffer, int offset, int length, int vtep, int flowHash);
}
