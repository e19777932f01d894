package dev.lifeboat.agent.vtep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import com.sun.jna.LastErrorException;

/**
 * A file descriptor on an existing (persistent) TAP device, without packet information header and without
 * IFF_VNET_HDR, so TCP arrives with complete checksums and unsegmented. Non-blocking: the reader drains frames
 * until EAGAIN and then polls with a timeout, which also lets it notice shutdown.
 */
final class Tap implements FrameSink, AutoCloseable {

	private static final String CLONE_DEVICE = "/dev/net/tun";
	/** {@code _IOW('T', 202, int)}. */
	private static final long TUNSETIFF = 0x400454CAL;
	private static final short IFF_TAP = 0x0002;
	private static final short IFF_NO_PI = 0x1000;
	private static final int IFNAMSIZ = 16;
	private static final int IFREQ_SIZE = 40;

	private final String name;
	private final int fd;
	private volatile boolean closed;

	private Tap(String name, int fd) {
		this.name = name;
		this.fd = fd;
	}

	/**
	 * Attaches to the TAP device {@code name}, which must exist ({@code ip tuntap add dev NAME mode tap}); the
	 * device may later move to another network namespace, the descriptor stays valid.
	 */
	static Tap attach(String name) throws IOException {
		byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
		if (nameBytes.length == 0 || nameBytes.length >= IFNAMSIZ) {
			throw new IllegalArgumentException("not an interface name: '" + name + "'");
		}
		int fd = open();
		try {
			LibC.ioctl(fd, TUNSETIFF, ifreq(nameBytes));
			return new Tap(name, fd);
		} catch (LastErrorException e) {
			LibC.close(fd);
			throw new IOException("cannot attach to TAP " + name + ": errno " + e.getErrorCode()
					+ " (does it exist, as a tap, and are we root or its owner?)", e);
		}
	}

	private static int open() throws IOException {
		try {
			return LibC.open(CLONE_DEVICE, LibC.O_RDWR | LibC.O_NONBLOCK | LibC.O_CLOEXEC);
		} catch (LastErrorException e) {
			throw new IOException("cannot open " + CLONE_DEVICE + ": errno " + e.getErrorCode(), e);
		}
	}

	private static byte[] ifreq(byte[] name) {
		ByteBuffer ifr = ByteBuffer.allocate(IFREQ_SIZE).order(ByteOrder.nativeOrder());
		ifr.put(name);
		ifr.putShort(IFNAMSIZ, (short) (IFF_TAP | IFF_NO_PI));
		return ifr.array();
	}

	String name() {
		return name;
	}

	/** A {@code struct pollfd} asking for input on this TAP, for {@link #await}. */
	ByteBuffer newPollFd() {
		ByteBuffer pollFd = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
		pollFd.putInt(0, fd);
		pollFd.putShort(4, LibC.POLLIN);
		return pollFd;
	}

	/**
	 * Reads one frame into {@code buffer} at {@code offset}.
	 *
	 * @return its length, or -1 if none is waiting (or the device is gone)
	 */
	int read(ByteBuffer buffer, int offset, int capacity) {
		buffer.position(offset);
		return (int) LibC.read(fd, buffer, capacity);
	}

	/**
	 * Waits up to {@code timeoutMillis} for a frame.
	 *
	 * @return false if the device reports an error or hang-up (deleted): the caller should back off
	 */
	boolean await(ByteBuffer pollFd, int timeoutMillis) {
		pollFd.putShort(6, (short) 0);
		int ready = LibC.poll(pollFd, 1, timeoutMillis);
		return ready <= 0 || (pollFd.getShort(6) & (LibC.POLLERR | LibC.POLLHUP | LibC.POLLNVAL)) == 0;
	}

	@Override
	public boolean write(ByteBuffer buffer, int offset, int length) {
		if (closed) {
			return false;
		}
		buffer.position(offset);
		return LibC.write(fd, buffer, length) == length;
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			LibC.close(fd);
		}
	}
}
