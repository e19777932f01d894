package dev.lifeboat.agent.vtep;

import java.util.Arrays;

/**
 * An immutable long-to-long map for the entries the console pushes. Built off the hot path, replaced whole
 * (a volatile reference swap) so an update never exposes a half-written table and never stops traffic.
 */
final class StaticTable {

	static final long MISS = LearnedTable.MISS;
	static final StaticTable EMPTY = new StaticTable(new long[0], new long[0]);

	private static final long FREE = -1L;

	private final long[] keys;
	private final long[] values;
	private final int mask;
	private final int size;

	/** Later duplicates of a key win. Keys must be non-negative. */
	StaticTable(long[] keys, long[] values) {
		int capacity = Integer.highestOneBit(Math.max(4, keys.length * 4) - 1) << 1;
		this.keys = new long[capacity];
		this.values = new long[capacity];
		this.mask = capacity - 1;
		Arrays.fill(this.keys, FREE);
		int count = 0;
		for (int k = 0; k < keys.length; k++) {
			int i = slot(keys[k]);
			if (this.keys[i] == FREE) {
				count++;
			}
			this.keys[i] = keys[k];
			this.values[i] = values[k];
		}
		this.size = count;
	}

	long get(long key) {
		int i = slot(key);
		return keys[i] == key ? values[i] : MISS;
	}

	int size() {
		return size;
	}

	private int slot(long key) {
		int i = LearnedTable.spread(key) & mask;
		while (keys[i] != FREE && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}
}
