package dev.lifeboat.core.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one disaster-recovery drill did and found: the input of the drill report and of the drill record. The
 * drill runner fills it step by step; nothing in it is computed from targets, only measured.
 *
 * @param planName       the DR plan drilled
 * @param initiator      who started the drill (user@host)
 * @param startedAt      when the drill started
 * @param finishedAt     when the bubble was torn down and the drill ended
 * @param restorePoint   the restore point asked for ("latest", an ISO-8601 time or a snapshot id: {@link RestorePoint})
 * @param bubbleVni      the VNI of the isolated overlay the VMs were restored into
 * @param recoveryHosts  the hosts that formed the bubble
 * @param vms            one entry per VM of the plan, in the plan's start order
 * @param timeline       every step of the drill in the order it ran
 * @param actualRpo      age of the oldest restored point at the start of the drill (null when nothing restored); each
 *                       VM's own is {@link VmResult#rpo}
 * @param rpoTarget      the backup policies' RPO for the plan's VMs (the strictest)
 * @param actualRto      from the start of the first restore to the last VM verified (null when not all verified)
 * @param rtoTarget      the plan's RTO target
 * @param warnings       what the administrator should know but did not fail the drill
 * @param errors         what failed the drill, each naming the VM and the cause
 * @param cleanup        proof lines that the bubble is gone (what was checked on which host, and what was found)
 * @param evidence       name to SHA-256 of each piece of evidence (snapshot ids, file manifests, probe outputs)
 */
public record DrillResult(String planName, String initiator, Instant startedAt, Instant finishedAt,
		String restorePoint, int bubbleVni, List<String> recoveryHosts, List<VmResult> vms, List<TimelineStep> timeline,
		Duration actualRpo, Duration rpoTarget, Duration actualRto, Duration rtoTarget, List<String> warnings,
		List<String> errors, List<String> cleanup, Map<String, String> evidence) {

	/** Whether every check of every VM passed and nothing failed. */
	public boolean passed() {
		return errors.isEmpty() && !vms.isEmpty() && vms.stream().allMatch(VmResult::passed);
	}

	/**
	 * One VM of the plan as the drill restored and checked it.
	 *
	 * @param vm           the VM's name
	 * @param sourceHost   where the VM runs in production
	 * @param recoveryHost where the drill restored it
	 * @param tier         the VM's business tier (1 to 3)
	 * @param snapshotId   the restic snapshot restored (null when none could be)
	 * @param snapshotTime when that snapshot was taken
	 * @param checks       every verification, in the order run
	 */
	public record VmResult(String vm, String sourceHost, String recoveryHost, int tier, String snapshotId,
			Instant snapshotTime, List<Check> checks) {

		public boolean passed() {
			return !checks.isEmpty() && checks.stream().allMatch(check -> check.status() == CheckStatus.PASS);
		}

		/** This VM's actual RPO: the age of its restored snapshot at {@code drillStart}; null when none was restored. */
		public Duration rpo(Instant drillStart) {
			return snapshotTime == null ? null : Duration.between(snapshotTime, drillStart);
		}
	}

	/** One verification of one VM. */
	public record Check(CheckKind kind, String target, CheckStatus status, String reason) {
	}

	public enum CheckKind {
		/** restic's own check of the snapshot's data (read-data-subset of the packs it uses). */
		REPOSITORY_CHECK,
		/** every restored file's SHA-256 against the snapshot's. */
		FILE_HASHES,
		/** a TCP port of the restored guest accepts a connection. */
		TCP_PORT,
		/** an HTTP request to the restored guest returns the expected status and content. */
		HTTP,
		/** a command inside the restored guest exits 0. */
		COMMAND
	}

	public enum CheckStatus {
		PASS, FAIL, NOT_RUN
	}

	/** One step of the drill: what ran where, when, for how long, and how it ended. */
	public record TimelineStep(String name, String target, Instant startedAt, Instant finishedAt, CheckStatus status,
			String message) {

		public Duration duration() {
			return Duration.between(startedAt, finishedAt);
		}
	}
}
