package dev.lifeboat.core.drill;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.lifeboat.model.DrPlan;

/**
 * A point a DR plan can be restored to, resolved per VM: "restore everything as it was at time T" means, for each
 * VM of the plan, its newest snapshot taken at or before T. Times are compared to the second (a snapshot taken at
 * 10:15:03.7 is "at" 10:15:03), so a time copied from a list of points always finds the snapshots it was listed
 * for.
 * <p>
 * A restore point is asked for as text (the drill's {@code restorePoint}): {@value #LATEST} (each VM's newest
 * snapshot), an ISO-8601 time such as {@code 2026-11-29T10:15:00Z}, or a snapshot id (8 to 64 hex digits), which
 * only a plan of one VM can use, since a snapshot belongs to one VM. A VM without a snapshot at or before the time
 * makes the point unusable for the plan: {@link #problems()} names the VM and what to pick instead, and a drill
 * at that point fails that VM with the same words (the other VMs are still restored and verified).
 *
 * @param request what to hand to the drill as its restore point ({@value #LATEST}, an ISO-8601 time to the second,
 *                or a snapshot id)
 * @param time    the point in time, to the second; {@code null} for {@value #LATEST} and for a snapshot id
 * @param vms     per VM of the plan, in the plan's order, the snapshot it resolves to or why none
 */
public record RestorePoint(String request, Instant time, List<VmSnapshot> vms) {

	/** Each VM's newest snapshot. */
	public static final String LATEST = "latest";

	/** The accepted forms, as an error names them. */
	public static final String FORMS = "'latest', an ISO-8601 time such as 2026-11-29T10:15:00Z, or a snapshot id "
			+ "(8 to 64 hex digits, for a plan of one VM)";

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);

	/** One snapshot of a VM as its repository lists it. */
	public record Snapshot(String id, Instant time) {

		/** The first 8 hex digits, as restic shows an id. */
		public String shortId() {
			return RestorePoint.shortId(id);
		}
	}

	/**
	 * The snapshot one VM gets at this point ({@code null} with the {@code problem} when it has none: why, about the
	 * VM, without its name, which callers put first as in every drill error, "VM: why").
	 */
	public record VmSnapshot(String vm, Snapshot snapshot, String problem) {
	}

	/** Whether every VM has a snapshot at this point. */
	public boolean usable() {
		return vms.stream().allMatch(vm -> vm.snapshot() != null);
	}

	/** Why the point cannot restore the whole plan: "VM: why" per VM without a snapshot (empty when usable). */
	public List<String> problems() {
		return vms.stream().filter(vm -> vm.snapshot() == null).map(vm -> vm.vm() + ": " + vm.problem()).toList();
	}

	/** The VMs this point has no snapshot for, in the plan's order (empty when usable). */
	public List<String> vmsWithoutSnapshot() {
		return vms.stream().filter(vm -> vm.snapshot() == null).map(VmSnapshot::vm).toList();
	}

	/** {@value #LATEST}, the time as people read it ({@code 2026-11-29 10:15:03 UTC}), or the snapshot id. */
	public String label() {
		return time != null ? readable(time) : request;
	}

	/** A snapshot id's first 8 hex digits, as restic shows it. */
	public static String shortId(String snapshotId) {
		return snapshotId.length() > 8 ? snapshotId.substring(0, 8) : snapshotId;
	}

	/** A time to the second, in UTC, as people read it. */
	public static String readable(Instant time) {
		return READABLE.format(time);
	}

	/**
	 * Checks a requested restore point for a plan of {@code planVms} VMs.
	 *
	 * @return the point in time to the second, or {@code null} for {@value #LATEST} and a snapshot id
	 * @throws IllegalArgumentException naming the accepted forms, or saying to use a time for a snapshot id asked for
	 *                                  a plan of several VMs
	 */
	public static Instant parse(String request, int planVms) {
		String text = request == null ? "" : request.strip();
		if (text.equals(LATEST)) {
			return null;
		}
		if (isSnapshotId(text)) {
			if (planVms > 1) {
				throw new IllegalArgumentException("restore point '" + text + "' is a snapshot id, but a snapshot belongs "
						+ "to one VM and the plan has " + planVms + ": give a time (ISO-8601, e.g. 2026-11-29T10:15:00Z) "
						+ "to restore each VM's newest snapshot at or before it, or 'latest'");
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("restore point '" + text + "' is not " + FORMS);
		}
	}

	/** {@link #parse(String, int)} for {@code plan}, whose VMs count once each however often it lists them. */
	public static Instant parse(String request, DrPlan plan) {
		return parse(request, new LinkedHashSet<>(plan.getVms()).size());
	}

	private static boolean isSnapshotId(String text) {
		return text.matches("[0-9a-f]{8,64}");
	}

	/**
	 * Resolves a requested point for every VM of a plan.
	 *
	 * @param request   as {@link #parse} accepts it
	 * @param snapshots per VM of the plan, in the plan's order, its snapshots in any order
	 * @throws IllegalArgumentException when the request itself is unusable ({@link #parse})
	 */
	public static RestorePoint resolve(String request, Map<String, List<Snapshot>> snapshots) {
		Instant time = parse(request, snapshots.size());
		List<VmSnapshot> vms = new ArrayList<>();
		snapshots.forEach((vm, list) -> vms.add(resolve(request.strip(), time, vm, list)));
		return new RestorePoint(time == null ? request.strip() : time.toString(), time, List.copyOf(vms));
	}

	/**
	 * What one VM gets for a requested point: its newest snapshot at or before the time, its newest for
	 * {@value #LATEST}, or the one the id names.
	 *
	 * @throws IllegalArgumentException when the request itself is unusable ({@link #parse} for one VM)
	 */
	public static VmSnapshot resolve(String request, String vm, List<Snapshot> snapshots) {
		return resolve(request.strip(), parse(request, 1), vm, snapshots);
	}

	private static VmSnapshot resolve(String request, Instant time, String vm, List<Snapshot> snapshots) {
		List<Snapshot> oldestFirst = snapshots.stream().sorted(Comparator.comparing(Snapshot::time)).toList();
		if (oldestFirst.isEmpty()) {
			return new VmSnapshot(vm, null, "no snapshot in its repository: back it up before drilling");
		}
		if (request.equals(LATEST)) {
			return new VmSnapshot(vm, oldestFirst.get(oldestFirst.size() - 1), null);
		}
		if (time == null) {
			List<Snapshot> named = oldestFirst.stream().filter(snapshot -> snapshot.id().startsWith(request)).toList();
			if (named.size() == 1) {
				return new VmSnapshot(vm, named.get(0), null);
			}
			return new VmSnapshot(vm, null, named.isEmpty()
					? "snapshot " + request + " is not one of its " + oldestFirst.size()
							+ " snapshot(s): pick one of them, a time, or 'latest'"
					: "snapshot id " + request + " is ambiguous among its snapshots: give more of its digits");
		}
		Snapshot chosen = null;
		for (Snapshot snapshot : oldestFirst) {
			if (!snapshot.time().truncatedTo(ChronoUnit.SECONDS).isAfter(time)) {
				chosen = snapshot;
			}
		}
		if (chosen == null) {
			return new VmSnapshot(vm, null, "no snapshot at or before " + readable(time) + " (its oldest is of "
					+ readable(oldestFirst.get(0).time()) + "): pick a later restore point");
		}
		return new VmSnapshot(vm, chosen, null);
	}

	/**
	 * The points an administrator can choose for a plan: {@value #LATEST} first, then every distinct second at which
	 * one of the plan's VMs was backed up, newest first, each resolved for every VM. Points where a VM has no
	 * snapshot yet are included, unusable, so that a list shows why the older times cannot restore the whole plan.
	 *
	 * @param snapshots per VM of the plan, in the plan's order, its snapshots in any order
	 */
	public static List<RestorePoint> offered(Map<String, List<Snapshot>> snapshots) {
		List<RestorePoint> points = new ArrayList<>();
		points.add(resolve(LATEST, snapshots));
		TreeSet<Instant> times = new TreeSet<>(Comparator.reverseOrder());
		snapshots.values().forEach(list -> list.forEach(s -> times.add(s.time().truncatedTo(ChronoUnit.SECONDS))));
		for (Instant time : times) {
			points.add(resolve(time.toString(), snapshots));
		}
		return List.copyOf(points);
	}
}
