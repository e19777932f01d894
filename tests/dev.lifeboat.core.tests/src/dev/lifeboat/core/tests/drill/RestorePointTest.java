package dev.lifeboat.core.tests.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.drill.RestorePoint;
import dev.lifeboat.core.drill.RestorePoint.Snapshot;
import dev.lifeboat.core.drill.RestorePoint.VmSnapshot;

/** Resolving "the plan as it was at time T" per VM over snapshot lists, and which points a plan is offered. */
class RestorePointTest {

	// web: backed up at 10:00:00.4 and 11:00:00.9; db: at 10:00:05 and 12:00:00 (each in its own order of listing).
	private static final Snapshot WEB_10 = snapshot("aaaa000011112222", "2026-11-29T10:00:00.400Z");
	private static final Snapshot WEB_11 = snapshot("bbbb000011112222", "2026-11-29T11:00:00.900Z");
	private static final Snapshot DB_10 = snapshot("cccc000011112222", "2026-11-29T10:00:05Z");
	private static final Snapshot DB_12 = snapshot("dddd000011112222", "2026-11-29T12:00:00Z");

	@Test
	void aTimeExactlyAtASnapshotTakesIt() {
		// The same second counts as "at": 11:00:00 takes the snapshot of 11:00:00.9.
		assertEquals(WEB_11, resolve("2026-11-29T11:00:00Z", "web", WEB_10, WEB_11).snapshot());
		assertEquals(WEB_10, resolve("2026-11-29T10:00:00Z", "web", WEB_11, WEB_10).snapshot());
	}

	@Test
	void aTimeBetweenTwoSnapshotsTakesTheOlder() {
		assertEquals(WEB_10, resolve("2026-11-29T10:59:59Z", "web", WEB_11, WEB_10).snapshot());
		// Other offsets are the same instant: 11:30 at +01:00 is 10:30 UTC.
		assertEquals(WEB_10, resolve("2026-11-29T11:30:00+01:00", "web", WEB_10, WEB_11).snapshot());
		assertEquals(WEB_11, resolve("2026-11-30T00:00:00Z", "web", WEB_10, WEB_11).snapshot());
	}

	@Test
	void aTimeBeforeEverySnapshotIsAClearProblemNamingTheVm() {
		VmSnapshot none = resolve("2026-11-29T09:59:59Z", "web", WEB_10, WEB_11);
		assertNull(none.snapshot());
		assertEquals("no snapshot at or before 2026-11-29 09:59:59 UTC (its oldest is of 2026-11-29 10:00:00 UTC): "
				+ "pick a later restore point", none.problem());
		assertEquals("no snapshot in its repository: back it up before drilling",
				resolve("latest", "web").problem());
	}

	@Test
	void severalVmsEachGetTheirOwnNewestSnapshotAtOrBeforeTheTime() {
		RestorePoint at1130 = RestorePoint.resolve("2026-11-29T11:30:00Z", plan());
		assertTrue(at1130.usable(), at1130.problems().toString());
		assertEquals(List.of(WEB_11, DB_10), at1130.vms().stream().map(VmSnapshot::snapshot).toList());
		assertEquals(List.of("web", "db"), at1130.vms().stream().map(VmSnapshot::vm).toList(), "the plan's order");
		assertEquals("2026-11-29T11:30:00Z", at1130.request());
		assertEquals("2026-11-29 11:30:00 UTC", at1130.label());

		RestorePoint latest = RestorePoint.resolve("latest", plan());
		assertEquals(List.of(WEB_11, DB_12), latest.vms().stream().map(VmSnapshot::snapshot).toList());
		assertNull(latest.time());

		// 10:00:02: web has its first, db has none yet: the point is unusable and says which VM.
		RestorePoint early = RestorePoint.resolve("2026-11-29T10:00:02Z", plan());
		assertFalse(early.usable());
		assertEquals(WEB_10, early.vms().get(0).snapshot());
		assertEquals(List.of("db"), early.vmsWithoutSnapshot());
		assertEquals(List.of("db: no snapshot at or before 2026-11-29 10:00:02 UTC (its oldest is of "
				+ "2026-11-29 10:00:05 UTC): pick a later restore point"), early.problems());
	}

	@Test
	void thePlanIsOfferedLatestThenEverySecondAVmWasBackedUpNewestFirst() {
		List<RestorePoint> offered = RestorePoint.offered(plan());
		assertEquals(List.of("latest", "2026-11-29T12:00:00Z", "2026-11-29T11:00:00Z", "2026-11-29T10:00:05Z",
				"2026-11-29T10:00:00Z"), offered.stream().map(RestorePoint::request).toList());
		assertEquals(List.of(true, true, true, true, false), offered.stream().map(RestorePoint::usable).toList());
		assertEquals(List.of(WEB_11, DB_10), offered.get(2).vms().stream().map(VmSnapshot::snapshot).toList());
		assertEquals(List.of(WEB_10, DB_10), offered.get(3).vms().stream().map(VmSnapshot::snapshot).toList());
		// Every offered request resolves again to the same snapshots (what the wizard hands to the drill).
		for (RestorePoint point : offered) {
			assertEquals(point, RestorePoint.resolve(point.request(), plan()), point.request());
		}
	}

	@Test
	void aSnapshotIdRestoresThatSnapshotOfAOneVmPlanAndIsRefusedForSeveral() {
		assertEquals(WEB_10, resolve("aaaa0000", "web", WEB_10, WEB_11).snapshot());
		assertEquals(WEB_11, resolve("bbbb000011112222", "web", WEB_10, WEB_11).snapshot());
		assertEquals("snapshot 0badc0de is not one of its 2 snapshot(s): pick one of them, a time, or 'latest'",
				resolve("0badc0de", "web", WEB_10, WEB_11).problem());
		IllegalArgumentException several = assertThrows(IllegalArgumentException.class,
				() -> RestorePoint.resolve("aaaa0000", plan()));
		assertTrue(several.getMessage().startsWith("restore point 'aaaa0000' is a snapshot id, but a snapshot belongs to one "
				+ "VM and the plan has 2: give a time (ISO-8601, e.g. 2026-11-29T10:15:00Z)"), several.getMessage());
	}

	@Test
	void anythingElseIsRefusedNamingTheAcceptedForms() {
		for (String bad : List.of("yesterday", "2026-11-29 10:15", "2026-11-29T10:15:00", "LATEST", "abc", "")) {
			IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RestorePoint.parse(bad, 1), bad);
			assertEquals("restore point '" + bad + "' is not 'latest', an ISO-8601 time such as 2026-11-29T10:15:00Z, or "
					+ "a snapshot id (8 to 64 hex digits, for a plan of one VM)", error.getMessage());
		}
		assertEquals(Instant.parse("2026-11-29T10:15:00Z"), RestorePoint.parse("2026-11-29T10:15:00.750Z", 3));
	}

	private static Map<String, List<Snapshot>> plan() {
		Map<String, List<Snapshot>> snapshots = new LinkedHashMap<>();
		snapshots.put("web", List.of(WEB_11, WEB_10));
		snapshots.put("db", List.of(DB_12, DB_10));
		return snapshots;
	}

	private static VmSnapshot resolve(String request, String vm, Snapshot... snapshots) {
		return RestorePoint.resolve(request, vm, List.of(snapshots));
	}

	private static Snapshot snapshot(String id, String time) {
		return new Snapshot(id, Instant.parse(time));
	}
}
