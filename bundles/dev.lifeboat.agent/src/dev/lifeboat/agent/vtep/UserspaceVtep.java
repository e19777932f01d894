package dev.lifeboat.agent.vtep;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;

import dev.lifeboat.protocol.VxlanSpec;

/**
 * A userspace VXLAN tunnel endpoint (RFC 7348): one UDP socket on (local address, port) serving one or more
 * segments, each a VNI bridged to a TAP device. Frames read from a TAP are encapsulated and sent to the VTEP that
 * learned or static entries name, or replicated to every peer (head-end replication); datagrams received are
 * decapsulated into the TAP of their VNI. It interoperates with Linux {@code vxlan} devices.
 *
 * <p>Threads (daemons): {@code vtep-<vni>-tx} per segment reads its TAP, {@code vtep-rx-<port>} reads the socket.
 * Neither allocates per packet: each owns one direct buffer, MACs are longs and addresses ints.
 *
 * <p>The kernel builds the outer IP and UDP headers. It also computes the outer UDP checksum: RFC 7348 allows
 * either zero or a valid checksum on send, and on receipt the kernel validates non-zero checksums and passes
 * zero ones, which is exactly the RFC's rule. The outer source port comes from {@link FlowHash}: a small pool of
 * send sockets bound to ports spread over 49152..65535, chosen by the hash of the inner headers.
 */
public final class UserspaceVtep implements AutoCloseable {

	/** The key of {@link #counters()} for drops before a segment is known (short, no I flag, unknown VNI). */
	public static final int NO_SEGMENT = -1;

	private static final int SOURCE_PORT_SOCKETS = 4;
	private static final int SOCKET_BUFFER_BYTES = 4 << 20;
	private static final int MAX_DATAGRAM = 65_536;
	private static final int MAX_FRAME = 65_536;
	private static final int POLL_MILLIS = 100;
	private static final long DEVICE_GONE_BACKOFF_NANOS = 100_000_000L;

	private final InetAddress local;
	private final int localVtep;
	private final int port;
	private final long agingMillis;
	private final DatagramChannel receiver;
	private final DatagramChannel[] senders;
	private final Ingress ingress = new Ingress();
	private final Map<Integer, TapPump> pumps = new HashMap<>();
	private final Thread receiverThread;
	private volatile AddressBook addresses = AddressBook.EMPTY;
	private boolean closed;

	private UserspaceVtep(InetAddress local, int port, long agingMillis, DatagramChannel receiver,
			DatagramChannel[] senders) {
		this.local = local;
		this.localVtep = Addresses.ipv4(local);
		this.port = port;
		this.agingMillis = agingMillis;
		this.receiver = receiver;
		this.senders = senders;
		this.receiverThread = Thread.ofPlatform().name("vtep-rx-" + port).daemon().unstarted(this::receiveLoop);
	}

	/** Opens a VTEP on {@code local}:{@code port} (IPv4) with the default MAC aging time of 300 s. */
	public static UserspaceVtep open(InetAddress local, int port) throws IOException {
		return open(local, port, Duration.ofMillis(MacTable.DEFAULT_AGING_MILLIS));
	}

	/**
	 * Opens a VTEP on {@code local}:{@code port} (IPv4) whose learned MACs and gleaned ARP entries expire after
	 * {@code aging} without traffic.
	 *
	 * @throws IOException if the port or the send sockets cannot be bound
	 */
	public static UserspaceVtep open(InetAddress local, int port, Duration aging) throws IOException {
		Addresses.ipv4(local);
		DatagramChannel receiver = bind(new InetSocketAddress(local, port));
		DatagramChannel[] senders;
		try {
			senders = openSenders(local);
		} catch (IOException e) {
			receiver.close();
			throw e;
		}
		UserspaceVtep vtep = new UserspaceVtep(local, port, aging.toMillis(), receiver, senders);
		vtep.receiverThread.start();
		return vtep;
	}

	/**
	 * Adds the segment of {@code spec.vni()} on the TAP {@code spec.device()}, or updates it: peers, static FDB
	 * entries and MTU change in place without dropping traffic; a new device replaces the TAP.
	 *
	 * @throws IOException              if the TAP cannot be attached
	 * @throws IllegalArgumentException if the spec names another port or local address, or bad addresses
	 */
	public synchronized void addOrUpdateSegment(VxlanSpec spec) throws IOException {
		checkOpen();
		checkBelongsHere(spec);
		TapPump existing = pumps.get(spec.vni());
		if (existing != null && existing.tap.name().equals(spec.device())) {
			configure(existing.segment, spec);
			return;
		}
		Tap tap = Tap.attach(spec.device());
		Segment segment = new Segment(spec.vni(), spec.mtu(), agingMillis, MacTable::monotonicMillis, tap,
				this::send);
		try {
			configure(segment, spec);
		} catch (RuntimeException e) {
			tap.close();
			throw e;
		}
		TapPump pump = new TapPump(tap, segment);
		ingress.put(segment);
		pumps.put(spec.vni(), pump);
		pump.start();
		if (existing != null) {
			existing.stop();
		}
	}

	/** Stops serving {@code vni} and releases its TAP (the device itself stays). Unknown VNIs are ignored. */
	public synchronized void removeSegment(int vni) {
		TapPump pump = pumps.remove(vni);
		if (pump != null) {
			ingress.remove(vni);
			pump.stop();
			rebuildAddressBook();
		}
	}

	/**
	 * A snapshot of the counters of every segment by VNI, plus {@link #NO_SEGMENT} for datagrams no segment
	 * could claim.
	 */
	public Map<Integer, VtepCounters> counters() {
		Map<Integer, VtepCounters> all = new LinkedHashMap<>();
		all.put(NO_SEGMENT, ingress.unattributedCounters());
		for (Segment segment : ingress.segments()) {
			all.put(segment.vni(), segment.counters());
		}
		return java.util.Collections.unmodifiableMap(all);
	}

	/**
	 * Where the segment of {@code vni} sends a frame for {@code mac} now, by its live table (static entries first,
	 * then learned ones): a VTEP's IPv4 address, {@code local}, or {@code flood} (no entry); null when no segment
	 * of this VTEP carries {@code vni}.
	 *
	 * @throws IllegalArgumentException for a malformed MAC
	 */
	public synchronized String forwardsTo(int vni, String mac) {
		TapPump pump = pumps.get(vni);
		if (pump == null) {
			return null;
		}
		long where = pump.segment.macTable().lookup(Addresses.parseMac(mac));
		if (where == MacTable.MISS) {
			return "flood";
		}
		return where == MacTable.LOCAL ? "local" : Addresses.toInet((int) where).getHostAddress();
	}

	/** The address and port the VTEP receives on. */
	public InetSocketAddress localAddress() {
		return new InetSocketAddress(local, port);
	}

	/** Stops all threads, closes the sockets and releases every TAP. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		closeQuietly(receiver);
		joinQuietly(receiverThread);
		for (TapPump pump : pumps.values()) {
			pump.stop();
		}
		pumps.clear();
		for (DatagramChannel sender : senders) {
			closeQuietly(sender);
		}
	}

	private void configure(Segment segment, VxlanSpec spec) {
		segment.setMtu(spec.mtu());
		segment.configure(localVtep, spec.peers(), spec.fdb());
		rebuildAddressBook(segment);
	}

	private void checkBelongsHere(VxlanSpec spec) {
		VxlanCodec.checkVni(spec.vni());
		if (spec.udpPort() != 0 && spec.udpPort() != port) {
			throw new IllegalArgumentException("segment " + spec.vni() + " wants UDP port " + spec.udpPort()
					+ " but this VTEP listens on " + port);
		}
		if (spec.localAddress() != null && Addresses.parseIpv4(spec.localAddress()) != localVtep) {
			throw new IllegalArgumentException("segment " + spec.vni() + " wants local address "
					+ spec.localAddress() + " but this VTEP is bound to " + local.getHostAddress());
		}
		if (spec.device() == null) {
			throw new IllegalArgumentException("segment " + spec.vni() + " names no TAP device");
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("VTEP on " + local.getHostAddress() + ":" + port + " is closed");
		}
	}

	private void rebuildAddressBook(Segment... extra) {
		TreeSet<Integer> vteps = new TreeSet<>();
		for (TapPump pump : pumps.values()) {
			Arrays.stream(pump.segment.knownVteps()).forEach(vteps::add);
		}
		for (Segment segment : extra) {
			Arrays.stream(segment.knownVteps()).forEach(vteps::add);
		}
		addresses = new AddressBook(vteps, port);
	}

	/** The {@link Underlay} of every segment; runs on the TAP threads. */
	private boolean send(ByteBuffer buffer, int offset, int length, int vtep, int flowHash) {
		InetSocketAddress to = addresses.get(vtep, port);
		int sender = (FlowHash.sourcePort(flowHash) - FlowHash.MIN_SOURCE_PORT) * senders.length >>> 14;
		buffer.limit(offset + length).position(offset);
		try {
			return senders[sender].send(buffer, to) == length;
		} catch (IOException e) {
			return false;
		}
	}

	private void receiveLoop() {
		ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
		for (;;) {
			buffer.clear();
			InetSocketAddress from;
			try {
				from = (InetSocketAddress) receiver.receive(buffer);
			} catch (ClosedChannelException closing) {
				return;
			} catch (IOException transientError) {
				if (!receiver.isOpen()) {
					return;
				}
				continue;
			}
			// Inet4Address.hashCode() is its address as an int: unlike getAddress() it allocates no byte[].
			// The channel caches the last sender's InetSocketAddress, so a steady peer costs no allocation.
			ingress.fromNetwork(buffer, 0, buffer.position(), from.getAddress().hashCode());
		}
	}

	private static DatagramChannel bind(InetSocketAddress address) throws IOException {
		DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
		try {
			channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
			channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
			channel.bind(address);
			return channel;
		} catch (IOException e) {
			channel.close();
			throw e;
		}
	}

	/**
	 * One socket per quarter of 49152..65535, on the first free port of its quarter: the flow hash picks the
	 * socket, so a flow keeps its source port and flows spread over {@value #SOURCE_PORT_SOCKETS} ports. The search
	 * starts one above each quarter's start because tcpdump decodes port 49152 as a Broadcom LI shim, not VXLAN.
	 */
	private static DatagramChannel[] openSenders(InetAddress local) throws IOException {
		int span = (FlowHash.MAX_SOURCE_PORT + 1 - FlowHash.MIN_SOURCE_PORT) / SOURCE_PORT_SOCKETS;
		DatagramChannel[] senders = new DatagramChannel[SOURCE_PORT_SOCKETS];
		try {
			for (int i = 0; i < senders.length; i++) {
				senders[i] = bindFirstFree(local, FlowHash.MIN_SOURCE_PORT + i * span + 1, span - 1);
			}
			return senders;
		} catch (IOException e) {
			for (DatagramChannel sender : senders) {
				closeQuietly(sender);
			}
			throw e;
		}
	}

	private static DatagramChannel bindFirstFree(InetAddress local, int first, int count) throws IOException {
		for (int port = first; port < first + count; port++) {
			try {
				return bind(new InetSocketAddress(local, port));
			} catch (BindException inUse) {
				// try the next port of this quarter
			}
		}
		throw new BindException("no free UDP port in " + first + ".." + (first + count - 1) + " on " + local);
	}

	private static void closeQuietly(DatagramChannel channel) {
		try {
			if (channel != null) {
				channel.close();
			}
		} catch (IOException ignored) {
			// closing: nothing left to do
		}
	}

	private static void joinQuietly(Thread thread) {
		try {
			thread.join(5_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Socket addresses of the known VTEPs, built on configuration so that sending allocates none. */
	private static final class AddressBook {
		static final AddressBook EMPTY = new AddressBook(new TreeSet<>(), 0);

		private final int[] vteps;
		private final InetSocketAddress[] addresses;

		AddressBook(TreeSet<Integer> sorted, int port) {
			vteps = sorted.stream().mapToInt(Integer::intValue).sorted().toArray();
			addresses = new InetSocketAddress[vteps.length];
			for (int i = 0; i < vteps.length; i++) {
				addresses[i] = new InetSocketAddress(Addresses.toInet(vteps[i]), port);
			}
		}

		InetSocketAddress get(int vtep, int port) {
			int at = Arrays.binarySearch(vteps, vtep);
			// Only a configuration race lands here; correctness over allocation.
			return at >= 0 ? addresses[at] : new InetSocketAddress(Addresses.toInet(vtep), port);
		}
	}

	/** The thread that reads one segment's TAP and forwards its frames. */
	private static final class TapPump {
		/** Room before the frame for the VXLAN header, written in place. */
		private static final int HEADROOM = VxlanCodec.HEADER_LENGTH;

		final Tap tap;
		final Segment segment;
		private final Thread thread;
		private volatile boolean running = true;

		TapPump(Tap tap, Segment segment) {
			this.tap = tap;
			this.segment = segment;
			this.thread = Thread.ofPlatform().name("vtep-" + segment.vni() + "-tx").daemon().unstarted(this::run);
		}

		void start() {
			thread.start();
		}

		/** Stops the thread (within one poll timeout) and closes the TAP. Never interrupts: that would close
		 * the shared send sockets (NIO channels close when a thread blocked on them is interrupted). */
		void stop() {
			running = false;
			joinQuietly(thread);
			tap.close();
		}

		private void run() {
			ByteBuffer buffer = ByteBuffer.allocateDirect(HEADROOM + MAX_FRAME);
			ByteBuffer pollFd = tap.newPollFd();
			while (running) {
				buffer.clear();
				int length = tap.read(buffer, HEADROOM, MAX_FRAME);
				if (length >= 0) {
					forward(buffer, length);
				} else if (!tap.await(pollFd, POLL_MILLIS)) {
					// Deleted or downed device: poll would return at once, so do not spin.
					LockSupport.parkNanos(DEVICE_GONE_BACKOFF_NANOS);
				}
			}
		}

		private void forward(ByteBuffer buffer, int length) {
			try {
				segment.fromTap(buffer, HEADROOM, length);
			} catch (RuntimeException bug) {
				segment.dropFromTap(DropReason.INTERNAL_ERROR);
			}
		}
	}
}
