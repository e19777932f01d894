package dev.lifeboat.agent.vtep;

import java.util.function.LongSupplier;

/**
 * One segment's forwarding table: which VTEP an inner destination MAC lives behind.
 *
 * <p>Three sources, looked up in this order: static entries pushed by the console (never aged, they override
 * anything learned), then MACs learned on the local TAP and MACs learned from remote VTEPs (inner source MAC to
 * outer source address); when a MAC is in both learned tables (it moved), the most recently seen wins. Learned
 * entries age out after the aging time (300 s by default, like Linux bridges).
 *
 * <p>Threading: {@link #learnLocal} only from the thread reading the TAP, {@link #learnRemote} only from the
 * thread reading the UDP socket, {@link #replaceStatic} from any one configuring thread, {@link #lookup} from any
 * thread. Nothing locks or allocates per packet; MACs are 48-bit longs, VTEP addresses IPv4 ints.
 */
public final class MacTable {

	/** {@link #lookup}: no live entry, so the frame is flooded. */
	public static final long MISS = -1L;
	/** {@link #lookup}: the MAC lives behind the local TAP, so the frame is not sent out. */
	public static final long LOCAL = 1L << 32;
	/** The default aging time, as for Linux bridges and vxlan devices. */
	public static final long DEFAULT_AGING_MILLIS = 300_000;
	/** The most MACs learned per direction; a MAC flood beyond that is forwarded but not learned. */
	public static final int MAX_LEARNED = 16_384;

	private final LongSupplier clockMillis;
	private final LearnedTable local;
	private final LearnedTable remote;
	private volatile StaticTable statics = StaticTable.EMPTY;

	/**
	 * @param agingMillis how long a learned MAC lives without traffic from it
	 * @param clockMillis a monotonic clock in milliseconds (tests inject their own)
	 */
	public MacTable(long agingMillis, LongSupplier clockMillis) {
		if (agingMillis <= 0) {
			throw new IllegalArgumentException("aging time must be positive: " + agingMillis);
		}
		this.clockMillis = clockMillis;
		this.local = new LearnedTable(agingMillis, MAX_LEARNED);
		this.remote = new LearnedTable(agingMillis, MAX_LEARNED);
	}

	/** A table with the default aging time on {@link System#nanoTime()}. */
	public MacTable() {
		this(DEFAULT_AGING_MILLIS, MacTable::monotonicMillis);
	}

	/** Learns that {@code mac} sent a frame into the local TAP. TAP thread only; group MACs are ignored. */
	public void learnLocal(long mac) {
		if (Addresses.isLearnable(mac)) {
			local.put(mac, 1, clockMillis.getAsLong());
		}
	}

	/** Learns that {@code mac} is behind the VTEP at {@code vtep}. Socket thread only; group MACs are ignored. */
	public void learnRemote(long mac, int vtep) {
		if (Addresses.isLearnable(mac)) {
			remote.put(mac, vtep & 0xFFFF_FFFFL, clockMillis.getAsLong());
		}
	}

	/**
	 * Replaces all static entries at once: {@code macs[i]} lives behind {@code vteps[i]}, or behind the local
	 * TAP where {@code local[i]} is true. Lookups see either the old set or the new one, never a mix.
	 */
	public void replaceStatic(long[] macs, int[] vteps, boolean[] isLocal) {
		long[] values = new long[macs.length];
		for (int i = 0; i < macs.length; i++) {
			values[i] = isLocal[i] ? LOCAL : vteps[i] & 0xFFFF_FFFFL;
		}
		statics = new StaticTable(macs.clone(), values);
	}

	/**
	 * Where frames for {@code mac} go.
	 *
	 * @return the VTEP's IPv4 address as an unsigned value (cast to int to use it), {@link #LOCAL} or
	 *         {@link #MISS}
	 */
	public long lookup(long mac) {
		long fixed = statics.get(mac);
		if (fixed != StaticTable.MISS) {
			return fixed;
		}
		long now = clockMillis.getAsLong();
		long there = remote.lookup(mac, now);
		boolean here = local.lookup(mac, now) != LearnedTable.MISS;
		if (there == LearnedTable.MISS) {
			return here ? LOCAL : MISS;
		}
		if (!here) {
			return there;
		}
		return local.lastSeen(mac) >= remote.lastSeen(mac) ? LOCAL : there;
	}

	/** Static entries held. */
	public int staticCount() {
		return statics.size();
	}

	/** Learned entries held (local plus remote), including expired ones not yet purged. */
	public int learnedCount() {
		return local.size() + remote.size();
	}

	static long monotonicMillis() {
		return System.nanoTime() / 1_000_000;
	}
}
