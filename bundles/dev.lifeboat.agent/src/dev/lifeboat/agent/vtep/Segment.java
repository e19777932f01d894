package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import dev.lifeboat.protocol.FdbEntry;

/**
 * The forwarding logic of one VXLAN segment (one VNI), free of I/O so tests and fuzzers can drive it with plain
 * buffers; {@link UserspaceVtep} runs it on its threads with a TAP as the {@link FrameSink} and UDP sockets as the
 * {@link Underlay}.
 *
 * <p>{@link #fromTap} is called by one thread only (the TAP reader), {@link #fromNetwork} by one thread only (the
 * socket reader), {@link #configure} by any one thread at any time without disturbing either. Neither forwarding
 * method allocates.
 */
public final class Segment {

	private static final int ETH_HEADER = 14;
	/** Room for one VLAN tag beyond the MTU. */
	private static final int ETH_OVERHEAD = ETH_HEADER + 4;

	private final int vni;
	private final MacTable macs;
	private final ArpCache arps;
	private final FrameSink tap;
	private final Underlay underlay;
	private final Counters tx = new Counters();
	private final Counters rx = new Counters();
	/** The TAP thread's buffer for ARP replies. */
	private final ByteBuffer arpReply = ByteBuffer.allocateDirect(ArpResponder.REPLY_LENGTH);
	private volatile int maxFrame;
	private volatile int[] floodList = new int[0];
	private volatile int[] acceptedSources = new int[0];

	/**
	 * @param vni         the 24-bit VNI
	 * @param mtu         the overlay MTU; longer TAP frames are dropped, 0 for no limit
	 * @param agingMillis the aging time of learned MACs and gleaned ARP entries
	 * @param clockMillis a monotonic clock in milliseconds
	 * @param tap         where frames from the network go
	 * @param underlay    where datagrams go
	 */
	public Segment(int vni, int mtu, long agingMillis, LongSupplier clockMillis, FrameSink tap, Underlay underlay) {
		this.vni = VxlanCodec.checkVni(vni);
		this.macs = new MacTable(agingMillis, clockMillis);
		this.arps = new ArpCache(agingMillis, clockMillis);
		this.tap = tap;
		this.underlay = underlay;
		setMtu(mtu);
	}

	public int vni() {
		return vni;
	}

	/** This segment's forwarding table, for inspection. */
	public MacTable macTable() {
		return macs;
	}

	/**
	 * Replaces peers and static entries in one step each; traffic keeps flowing on the old set until the new one
	 * is published. All-zero MAC entries (the Linux way of saying "flood here") add their remote to the peers; an
	 * entry whose remote is {@code localVtep} pins the MAC as local; entries with an IP feed ARP suppression.
	 *
	 * @throws IllegalArgumentException for a malformed MAC or address
	 */
	public void configure(int localVtep, Collection<String> peers, Collection<FdbEntry> fdb) {
		TreeSet<Integer> flood = new TreeSet<>();
		for (String peer : peers) {
			flood.add(Addresses.parseIpv4(peer));
		}
		TreeSet<Integer> sources = new TreeSet<>(flood);
		StaticEntries entries = new StaticEntries(fdb.size());
		for (FdbEntry entry : fdb) {
			entries.add(entry, localVtep, flood, sources);
		}
		flood.remove(localVtep);
		sources.remove(localVtep);
		macs.replaceStatic(entries.macs(), entries.vteps(), entries.local());
		arps.replaceStatic(entries.ips(), entries.ipMacs());
		floodList = toArray(flood);
		acceptedSources = toArray(sources);
	}

	/** Changes the MTU: TAP frames longer than it (plus Ethernet header and one VLAN tag) are dropped. */
	public void setMtu(int mtu) {
		maxFrame = mtu <= 0 ? Integer.MAX_VALUE : mtu + ETH_OVERHEAD;
	}

	/**
	 * Forwards a frame read from the TAP: answers ARP locally when it can, else encapsulates it in place and sends
	 * it to the VTEP of its destination or floods it to every peer. TAP thread only.
	 *
	 * @param buffer a big-endian buffer with at least {@link VxlanCodec#HEADER_LENGTH} bytes free before
	 *               {@code offset}, where the header is written (so the frame is never copied)
	 */
	public void fromTap(ByteBuffer buffer, int offset, int length) {
		if (length < ETH_HEADER) {
			tx.drop(DropReason.RUNT_FRAME);
			return;
		}
		if (length > maxFrame) {
			tx.drop(DropReason.OVERSIZE);
			return;
		}
		long destination = Addresses.mac(buffer, offset);
		macs.learnLocal(Addresses.mac(buffer, offset + 6));
		if (answerArpLocally(buffer, offset, length)) {
			return;
		}
		int flowHash = FlowHash.hash(buffer, offset, length);
		int start = offset - VxlanCodec.HEADER_LENGTH;
		VxlanCodec.encode(buffer, start, vni);
		if (!Addresses.isGroup(destination)) {
			long where = macs.lookup(destination);
			if (where == MacTable.LOCAL) {
				tx.drop(DropReason.LOCAL_DESTINATION);
				return;
			}
			if (where != MacTable.MISS) {
				send(buffer, start, length + VxlanCodec.HEADER_LENGTH, (int) where, flowHash);
				return;
			}
		}
		flood(buffer, start, length + VxlanCodec.HEADER_LENGTH, flowHash);
	}

	/**
	 * Delivers a decapsulated frame from the VTEP at {@code sourceVtep} to the TAP, learning its source MAC and
	 * gleaning ARP. Socket thread only.
	 */
	public void fromNetwork(ByteBuffer buffer, int offset, int length, int sourceVtep) {
		if (length < ETH_HEADER) {
			rx.drop(DropReason.RUNT_FRAME);
			return;
		}
		if (Arrays.binarySearch(acceptedSources, sourceVtep) < 0) {
			rx.drop(DropReason.NOT_A_PEER);
			return;
		}
		macs.learnRemote(Addresses.mac(buffer, offset + 6), sourceVtep);
		gleanArp(buffer, offset, length);
		if (!tap.write(buffer, offset, length)) {
			rx.drop(DropReason.TAP_WRITE_FAILED);
			return;
		}
		rx.add(Counters.RX_PACKETS, 1);
		rx.add(Counters.RX_BYTES, length);
	}

	/** Every VTEP this segment exchanges datagrams with (peers and static remotes), sorted. */
	int[] knownVteps() {
		return acceptedSources.clone();
	}

	/** Counts a drop seen by the socket thread before the frame reached {@link #fromNetwork}. */
	void dropFromNetwork(DropReason reason) {
		rx.drop(reason);
	}

	/** Counts a drop seen by the TAP thread before the frame reached {@link #fromTap}. */
	void dropFromTap(DropReason reason) {
		tx.drop(reason);
	}

	/** A snapshot of this segment's counters. */
	public VtepCounters counters() {
		return Counters.snapshot(vni, tx, rx);
	}

	private boolean answerArpLocally(ByteBuffer buffer, int offset, int length) {
		long target = ArpResponder.suppressibleTarget(buffer, offset, length);
		if (target == ArpResponder.NOT_A_REQUEST) {
			return false;
		}
		long mac = arps.lookup((int) target);
		// A host asking for its own address (after a move, say) must hear the real answer, if any.
		if (mac == ArpCache.MISS || mac == ArpResponder.senderMac(buffer, offset)) {
			return false;
		}
		int replyLength = ArpResponder.writeReply(buffer, offset, mac, arpReply, 0);
		if (tap.write(arpReply, 0, replyLength)) {
			tx.add(Counters.ARP_SUPPRESSED, 1);
		} else {
			tx.drop(DropReason.TAP_WRITE_FAILED);
		}
		return true;
	}

	private void gleanArp(ByteBuffer buffer, int offset, int length) {
		if (!ArpResponder.isArp(buffer, offset, length)) {
			return;
		}
		int ip = ArpResponder.senderIp(buffer, offset);
		long mac = ArpResponder.senderMac(buffer, offset);
		// 0.0.0.0 is a duplicate address probe, not an address anyone owns.
		if (ip != 0 && Addresses.isLearnable(mac)) {
			arps.glean(ip, mac);
		}
	}

	private void flood(ByteBuffer buffer, int start, int length, int flowHash) {
		tx.add(Counters.FLOODS, 1);
		for (int peer : floodList) {
			send(buffer, start, length, peer, flowHash);
		}
	}

	private void send(ByteBuffer buffer, int start, int length, int vtep, int flowHash) {
		if (underlay.send(buffer, start, length, vtep, flowHash)) {
			tx.add(Counters.TX_PACKETS, 1);
			tx.add(Counters.TX_BYTES, length);
		} else {
			tx.drop(DropReason.SEND_FAILED);
		}
	}

	private static int[] toArray(TreeSet<Integer> addresses) {
		// Sorted as signed ints, which is what Arrays.binarySearch expects.
		return addresses.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/** The console's FDB, flattened into the arrays the tables are built from. */
	private static final class StaticEntries {
		private final long[] macs;
		private final int[] vteps;
		private final boolean[] local;
		private final long[] ips;
		private final long[] ipMacs;
		private int count;
		private int ipCount;

		StaticEntries(int capacity) {
			macs = new long[capacity];
			vteps = new int[capacity];
			local = new boolean[capacity];
			ips = new long[capacity];
			ipMacs = new long[capacity];
		}

		void add(FdbEntry entry, int localVtep, TreeSet<Integer> flood, TreeSet<Integer> sources) {
			long mac = Addresses.parseMac(entry.mac());
			int vtep = Addresses.parseIpv4(entry.remote());
			if (mac == 0) {
				flood.add(vtep);
				sources.add(vtep);
				return;
			}
			macs[count] = mac;
			vteps[count] = vtep;
			local[count] = vtep == localVtep;
			count++;
			sources.add(vtep);
			// Answering for a local guest would duplicate its own reply: only remote guests are suppressed.
			if (entry.ip() != null && vtep != localVtep) {
				ips[ipCount] = Addresses.parseIpv4(entry.ip()) & 0xFFFF_FFFFL;
				ipMacs[ipCount] = mac;
				ipCount++;
			}
		}

		long[] macs() {
			return Arrays.copyOf(macs, count);
		}

		int[] vteps() {
			return Arrays.copyOf(vteps, count);
		}

		boolean[] local() {
			return Arrays.copyOf(local, count);
		}

		long[] ips() {
			return Arrays.copyOf(ips, ipCount);
		}

		long[] ipMacs() {
			return Arrays.copyOf(ipMacs, ipCount);
		}
	}
}
