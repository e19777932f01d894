package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * The few libc calls a TAP needs, JNA direct-mapped (a JNI stub per method, no proxy, no boxing). Direct buffers
 * are passed as their address plus position, so the per-packet calls allocate nothing. Only the setup calls
 * capture errno ({@link LastErrorException}): capturing it costs on every call.
 */
final class LibC {

	static final int O_RDWR = 0x2;
	static final int O_NONBLOCK = 0x800;
	static final int O_CLOEXEC = 0x80000;
	static final short POLLIN = 0x1;
	static final short POLLERR = 0x8, POLLHUP = 0x10, POLLNVAL = 0x20;

	static {
		Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
	}

	private LibC() {
	}

	static native int open(String path, int flags) throws LastErrorException;

	static native int ioctl(int fd, long request, byte[] argument) throws LastErrorException;

	/** Reads into {@code buffer} at its position; -1 with errno EAGAIN when a non-blocking fd has nothing. */
	static native long read(int fd, ByteBuffer buffer, long count);

	/** Writes from {@code buffer} at its position. */
	static native long write(int fd, ByteBuffer buffer, long count);

	/** {@code fds} holds {@code struct pollfd} entries in native byte order. */
	static native int poll(ByteBuffer fds, long count, int timeoutMillis);

	static native int close(int fd);
}
