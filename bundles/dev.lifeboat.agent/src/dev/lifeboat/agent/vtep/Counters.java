package dev.lifeboat.agent.vtep;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counters written by exactly one thread and read by snapshots from others: plain increments published with
 * opaque stores, no atomics, no locks. Each writer thread has its own instance, padded against false sharing.
 */
final class Counters {

	static final int RX_PACKETS = 0, RX_BYTES = 1, TX_PACKETS = 2, TX_BYTES = 3, FLOODS = 4, ARP_SUPPRESSED = 5;

	private static final DropReason[] REASONS = DropReason.values();
	private static final int PAD = 8;
	private static final int DROPS = 6;
	private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

	private final long[] values = new long[PAD + DROPS + REASONS.length + PAD];

	void add(int counter, long delta) {
		int i = PAD + counter;
		LONGS.setOpaque(values, i, values[i] + delta);
	}

	void drop(DropReason reason) {
		add(DROPS + reason.ordinal(), 1);
	}

	private long get(int counter) {
		return (long) LONGS.getOpaque(values, PAD + counter);
	}

	/** Sums the parts (one per writer thread) into a snapshot. */
	static VtepCounters snapshot(int vni, Counters... parts) {
		long[] sum = new long[DROPS + REASONS.length];
		for (Counters part : parts) {
			for (int c = 0; c < sum.length; c++) {
				sum[c] += part.get(c);
			}
		}
		Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
		for (DropReason reason : REASONS) {
			drops.put(reason, sum[DROPS + reason.ordinal()]);
		}
		return new VtepCounters(vni, sum[RX_PACKETS], sum[RX_BYTES], sum[TX_PACKETS], sum[TX_BYTES], sum[FLOODS],
				sum[ARP_SUPPRESSED], drops);
	}
}
