package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.vtep.MacTable;

/** Learning, aging (on an injected clock) and static entries. */
class MacTableTest {

	private static final long AGING = 300_000;
	private static final long MAC_A = 0x02_00_00_00_00_0AL;
	private static final long MAC_B = 0x02_00_00_00_00_0BL;
	private static final int VTEP_1 = Frames.ip(198, 18, 0, 1);
	private static final int VTEP_2 = Frames.ip(198, 18, 0, 2);

	private final AtomicLong now = new AtomicLong(1_000_000);
	private final MacTable table = new MacTable(AGING, now::get);

	@Test
	void unknownMacsMiss() {
		assertEquals(MacTable.MISS, table.lookup(MAC_A));
	}

	@Test
	void learnsTheOuterSourceOfARemoteMac() {
		table.learnRemote(MAC_A, VTEP_1);
		assertEquals(VTEP_1, (int) table.lookup(MAC_A));
		assertEquals(MacTable.MISS, table.lookup(MAC_B));
	}

	@Test
	void learnsAddressesAboveTheSignedIntRange() {
		int high = Frames.ip(230, 1, 2, 3);
		table.learnRemote(MAC_A, high);
		assertEquals(high & 0xFFFF_FFFFL, table.lookup(MAC_A));
	}

	@Test
	void learnsLocalMacs() {
		table.learnLocal(MAC_A);
		assertEquals(MacTable.LOCAL, table.lookup(MAC_A));
	}

	@Test
	void agesOutAfterTheAgingTime() {
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(AGING);
		assertEquals(VTEP_1, (int) table.lookup(MAC_A), "still alive at exactly the aging time");
		now.addAndGet(1);
		assertEquals(MacTable.MISS, table.lookup(MAC_A));
	}

	@Test
	void trafficKeepsAnEntryAlive() {
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(AGING - 10_000);
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(AGING - 10_000);
		assertEquals(VTEP_1, (int) table.lookup(MAC_A));
	}

	@Test
	void anAgedOutMacCanBeLearnedAgain() {
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(AGING + 1);
		table.learnRemote(MAC_A, VTEP_2);
		assertEquals(VTEP_2, (int) table.lookup(MAC_A));
	}

	@Test
	void aMacThatMovesFollowsItsLatestVtep() {
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(10);
		table.learnRemote(MAC_A, VTEP_2);
		assertEquals(VTEP_2, (int) table.lookup(MAC_A));
	}

	@Test
	void aMacSeenOnBothSidesIsWhereItWasSeenLast() {
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(5_000);
		table.learnLocal(MAC_A);
		assertEquals(MacTable.LOCAL, table.lookup(MAC_A), "moved here");
		now.addAndGet(5_000);
		table.learnRemote(MAC_A, VTEP_2);
		assertEquals(VTEP_2, (int) table.lookup(MAC_A), "moved away again");
	}

	@Test
	void staticEntriesOverrideLearnedOnesAndNeverAge() {
		table.learnRemote(MAC_A, VTEP_1);
		table.learnLocal(MAC_B);
		table.replaceStatic(new long[] { MAC_A, MAC_B }, new int[] { VTEP_2, VTEP_2 }, new boolean[2]);
		assertEquals(VTEP_2, (int) table.lookup(MAC_A));
		assertEquals(VTEP_2, (int) table.lookup(MAC_B));
		table.learnRemote(MAC_A, VTEP_1);
		now.addAndGet(AGING * 100);
		assertEquals(VTEP_2, (int) table.lookup(MAC_A), "static wins over fresh learning and never ages");
	}

	@Test
	void aStaticEntryCanPinAMacAsLocal() {
		table.learnRemote(MAC_A, VTEP_1);
		table.replaceStatic(new long[] { MAC_A }, new int[] { 0 }, new boolean[] { true });
		assertEquals(MacTable.LOCAL, table.lookup(MAC_A));
	}

	@Test
	void replacingStaticEntriesDropsTheOldOnes() {
		table.replaceStatic(new long[] { MAC_A }, new int[] { VTEP_1 }, new boolean[1]);
		table.replaceStatic(new long[] { MAC_B }, new int[] { VTEP_2 }, new boolean[1]);
		assertEquals(MacTable.MISS, table.lookup(MAC_A));
		assertEquals(VTEP_2, (int) table.lookup(MAC_B));
		assertEquals(1, table.staticCount());
	}

	@Test
	void groupAndZeroMacsAreNeverLearned() {
		long broadcast = 0xFFFF_FFFF_FFFFL;
		long multicast = 0x01_00_5E_00_00_01L;
		table.learnRemote(broadcast, VTEP_1);
		table.learnRemote(multicast, VTEP_1);
		table.learnRemote(0, VTEP_1);
		table.learnLocal(multicast);
		assertEquals(MacTable.MISS, table.lookup(broadcast));
		assertEquals(MacTable.MISS, table.lookup(multicast));
		assertEquals(MacTable.MISS, table.lookup(0));
		assertEquals(0, table.learnedCount());
	}

	@Test
	void growsForManyMacsAndPurgesExpiredOnes() {
		for (int i = 1; i <= 10_000; i++) {
			table.learnRemote(0x02_00_00_00_00_00L + i, VTEP_1 + i);
		}
		for (int i = 1; i <= 10_000; i++) {
			assertEquals(VTEP_1 + i, (int) table.lookup(0x02_00_00_00_00_00L + i));
		}
		now.addAndGet(AGING + 1);
		for (int i = 1; i <= 10_000; i++) {
			table.learnRemote(0x02_00_00_01_00_00L + i, VTEP_2);
		}
		assertTrue(table.learnedCount() <= 10_000 + 10_000 / 2, "expired entries were purged while growing: "
				+ table.learnedCount());
		assertEquals(MacTable.MISS, table.lookup(0x02_00_00_00_00_01L));
		assertEquals(VTEP_2, (int) table.lookup(0x02_00_00_01_00_01L));
	}

	@Test
	void aMacFloodBeyondTheLimitIsNotLearnedButBreaksNothing() {
		int flood = MacTable.MAX_LEARNED * 2;
		for (int i = 1; i <= flood; i++) {
			table.learnRemote(0x02_00_00_00_00_00L + i, VTEP_1);
		}
		assertTrue(table.learnedCount() <= MacTable.MAX_LEARNED, "bounded: " + table.learnedCount());
		assertEquals(VTEP_1, (int) table.lookup(0x02_00_00_00_00_01L), "the first MACs stay");
		assertEquals(MacTable.MISS, table.lookup(0x02_00_00_00_00_00L + flood), "the excess is flooded");
	}
}
