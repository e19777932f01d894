package dev.lifeboat.agent.vtep;

import java.util.function.LongSupplier;

/**
 * IPv4-to-MAC knowledge for ARP suppression: static entries from the console (FDB entries that carry an IP)
 * override what is gleaned from ARP packets arriving from remote VTEPs. Gleaning only from the socket thread.
 */
final class ArpCache {

	static final long MISS = LearnedTable.MISS;

	private final LongSupplier clockMillis;
	private final LearnedTable gleaned;
	private volatile StaticTable statics = StaticTable.EMPTY;

	ArpCache(long agingMillis, LongSupplier clockMillis) {
		this.clockMillis = clockMillis;
		this.gleaned = new LearnedTable(agingMillis, MacTable.MAX_LEARNED);
	}

	/** The MAC of {@code ip}, or {@link #MISS}. */
	long lookup(int ip) {
		long key = ip & 0xFFFF_FFFFL;
		long mac = statics.get(key);
		return mac != StaticTable.MISS ? mac : gleaned.lookup(key, clockMillis.getAsLong());
	}

	/** Socket thread only. */
	void glean(int ip, long mac) {
		gleaned.put(ip & 0xFFFF_FFFFL, mac, clockMillis.getAsLong());
	}

	void replaceStatic(long[] ips, long[] macs) {
		statics = new StaticTable(ips.clone(), macs.clone());
	}

	int staticCount() {
		return statics.size();
	}
}
