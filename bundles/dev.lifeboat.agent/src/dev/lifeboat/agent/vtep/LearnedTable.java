package dev.lifeboat.agent.vtep;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A learned table from non-negative long keys to long values, with a last-seen time per entry and aging.
 * Exactly one thread writes (the one that sees the traffic), any thread reads, and neither locks nor
 * allocates per packet: open addressing with linear probing in flat arrays.
 *
 * <p>A slot, once given a key, keeps it for the life of its arrays; expired entries are dropped by rebuilding
 * into new arrays (published through a volatile field) when the table is half full. So a reader that sees a
 * key (acquire) always sees a value written for that key, and never needs a retry loop.
 */
final class LearnedTable {

	/** What {@link #lookup} returns for an absent or expired key. */
	static final long MISS = Long.MIN_VALUE;

	private static final long EMPTY = -1L;
	private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
	/** Refreshing a last-seen time at most once a second keeps the writer from dirtying the readers' cache lines. */
	private static final long REFRESH_MILLIS = 1_000;
	/** After a failed attempt to make room, do not retry (and allocate) on every packet of a MAC flood. */
	private static final long FULL_BACKOFF_MILLIS = 1_000;

	private static final class Slots {
		final long[] keys;
		final long[] values;
		final long[] stamps;
		final int mask;
		int used;

		Slots(int capacity) {
			keys = new long[capacity];
			values = new long[capacity];
			stamps = new long[capacity];
			mask = capacity - 1;
			Arrays.fill(keys, EMPTY);
		}
	}

	private final long agingMillis;
	private final int minCapacity;
	private final int maxCapacity;
	private volatile Slots slots;
	private long fullUntil = Long.MIN_VALUE;

	/**
	 * @param agingMillis how long an entry lives without being seen again
	 * @param maxEntries  the most live entries kept; beyond that, new keys are not learned
	 */
	LearnedTable(long agingMillis, int maxEntries) {
		this.agingMillis = agingMillis;
		this.minCapacity = 64;
		this.maxCapacity = Integer.highestOneBit(Math.max(minCapacity, maxEntries) * 2 - 1) << 1;
		this.slots = new Slots(minCapacity);
	}

	/**
	 * Learns or refreshes {@code key}. Writer thread only.
	 *
	 * @return false if the table is full of live entries and {@code key} was not learned
	 */
	boolean put(long key, long value, long now) {
		Slots s = slots;
		int i = indexOf(s, key);
		if (s.keys[i] == key) {
			refresh(s, i, value, now);
			return true;
		}
		if (s.used >= (s.mask + 1) / 2) {
			s = makeRoom(now);
			if (s == null) {
				return false;
			}
			i = indexOf(s, key);
		}
		insert(s, i, key, value, now);
		return true;
	}

	/** The value of {@code key} if it was seen within the aging time, else {@link #MISS}. Any thread. */
	long lookup(long key, long now) {
		Slots s = slots;
		int i = probe(s, key);
		if (i < 0 || now - (long) LONGS.getOpaque(s.stamps, i) > agingMillis) {
			return MISS;
		}
		return (long) LONGS.getOpaque(s.values, i);
	}

	/** When {@code key} was last seen, or {@link #MISS}. Any thread. */
	long lastSeen(long key) {
		Slots s = slots;
		int i = probe(s, key);
		return i < 0 ? MISS : (long) LONGS.getOpaque(s.stamps, i);
	}

	/** Entries held, live or not yet purged. */
	int size() {
		return slots.used;
	}

	private void refresh(Slots s, int i, long value, long now) {
		if (s.values[i] != value) {
			LONGS.setOpaque(s.values, i, value);
			LONGS.setOpaque(s.stamps, i, now);
		} else if (now - s.stamps[i] >= REFRESH_MILLIS) {
			LONGS.setOpaque(s.stamps, i, now);
		}
	}

	private static void insert(Slots s, int i, long key, long value, long now) {
		s.values[i] = value;
		s.stamps[i] = now;
		// Release: a reader that sees the key sees its value and stamp.
		LONGS.setRelease(s.keys, i, key);
		s.used++;
	}

	/** Rebuilds without expired entries, growing if needed; null if still full. Allocates, but rarely. */
	private Slots makeRoom(long now) {
		if (now < fullUntil) {
			return null;
		}
		Slots old = slots;
		int live = countLive(old, now);
		int capacity = minCapacity;
		while (capacity < maxCapacity && live * 4 >= capacity) {
			capacity <<= 1;
		}
		if (live >= capacity / 2) {
			fullUntil = now + FULL_BACKOFF_MILLIS;
			return null;
		}
		Slots fresh = new Slots(capacity);
		for (int i = 0; i <= old.mask; i++) {
			if (old.keys[i] != EMPTY && now - old.stamps[i] <= agingMillis) {
				insert(fresh, indexOf(fresh, old.keys[i]), old.keys[i], old.values[i], old.stamps[i]);
			}
		}
		slots = fresh;
		return fresh;
	}

	private int countLive(Slots s, long now) {
		int live = 0;
		for (int i = 0; i <= s.mask; i++) {
			if (s.keys[i] != EMPTY && now - s.stamps[i] <= agingMillis) {
				live++;
			}
		}
		return live;
	}

	/** Writer's probe: the slot holding {@code key}, or the empty slot where it belongs. */
	private static int indexOf(Slots s, long key) {
		int i = spread(key) & s.mask;
		while (s.keys[i] != EMPTY && s.keys[i] != key) {
			i = (i + 1) & s.mask;
		}
		return i;
	}

	/** Reader's probe: the slot holding {@code key}, or -1. Terminates: a table is never more than half full. */
	private static int probe(Slots s, long key) {
		int i = spread(key) & s.mask;
		for (;;) {
			long k = (long) LONGS.getAcquire(s.keys, i);
			if (k == key) {
				return i;
			}
			if (k == EMPTY) {
				return -1;
			}
			i = (i + 1) & s.mask;
		}
	}

	static int spread(long key) {
		long h = key * 0x9E37_79B9_7F4A_7C15L;
		return (int) (h ^ (h >>> 32));
	}
}
