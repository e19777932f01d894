package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;

/** Where a segment writes Ethernet frames for its local side: the TAP, or a test's capture. */
@FunctionalInterface
public interface FrameSink {

	/**
	 * Writes the frame {@code buffer[offset, offset + length)}. May move the buffer's position and limit, must not
	 * keep the buffer.
	 *
	 * @return false if the frame could not be written
	 */
	boolean write(ByteBuffer buffer, int offset, int length);
}
