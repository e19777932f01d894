package dev.lifeboat.core.ha;

import java.util.List;

import dev.lifeboat.protocol.HaTimings;

/**
 * What a {@link FailureScenario} does to the topology: per HA policy, each member's state, which VMs restart
 * where and in which order, what cannot restart and why, and the deadlines; for the whole topology, the
 * heartbeat paths and overlay members lost. Times are milliseconds after the last heartbeat heard from the
 * failed side, as {@link HaTimings} measures them.
 */
public record SimulationResult(FailureScenario scenario, List<PolicyOutcome> policies, List<LostPath> lostPaths,
		List<OverlayLoss> overlayLosses, List<String> notes) {

	/** How a member of an HA policy ends up. */
	public enum MemberState {
		/** Running, every heartbeat path alive. */
		UP,
		/** Running with some heartbeat paths lost: reported, never a failover. */
		DEGRADED,
		/** Down: every path silent, its guests are gone. */
		FAILED,
		/** Cut off from the majority but still running its guests (fencing NONE): the majority leaves them. */
		SUSPECTED,
		/** Cut off from any majority: it stops its protected guests by the self-fence deadline. */
		SELF_FENCED
	}

	/** One member's state and the reason, in words. */
	public record MemberStatus(String host, MemberState state, String why) {
	}

	/** A VM starting on another host: the n-th restart overall, answering about {@code answeringMs} after. */
	public record Restart(String vm, String fromHost, String toHost, int order, long answeringMs) {
	}

	/** A VM of a stopped host that does not run anywhere afterwards, and why. */
	public record Unplaced(String vm, String fromHost, String reason) {
	}

	/** A heartbeat path (a member's NIC with the HEARTBEAT role) that falls silent. */
	public record LostPath(String host, String nic, String address, String why) {
	}

	/** A member of an overlay whose VTEP the others can no longer reach. */
	public record OverlayLoss(String overlay, int vni, String host, String why) {
	}

	/**
	 * The outcome for one HA policy.
	 *
	 * @param automatic    whether the agents restart {@code restarts} by themselves; false with fencing NONE,
	 *                     where they are what an administrator recovers after confirming the host is off
	 * @param guestStartMs the estimate of one guest's start used for {@link Restart#answeringMs()}
	 * @param warnings     what the administrator must know: no majority, fencing NONE, guests left running
	 */
	public record PolicyOutcome(String policy, boolean selfFence, HaTimings timings, List<MemberStatus> members,
			boolean automatic, List<Restart> restarts, List<Unplaced> unplaced, long guestStartMs,
			List<String> warnings) {

		/** The state of member {@code host}, or null if it is no member. */
		public MemberState state(String host) {
			return members.stream().filter(member -> member.host().equals(host)).map(MemberStatus::state)
					.findFirst().orElse(null);
		}

		/** When the last restarted guest answers, or 0 without restarts. */
		public long allAnsweringMs() {
			return restarts.stream().mapToLong(Restart::answeringMs).max().orElse(0);
		}
	}

	/** The outcome of the policy named {@code name}, or null. */
	public PolicyOutcome policy(String name) {
		return policies.stream().filter(policy -> policy.policy().equals(name)).findFirst().orElse(null);
	}

	/** Every restart of every policy. */
	public List<Restart> restarts() {
		return policies.stream().flatMap(policy -> policy.restarts().stream()).toList();
	}

	/** Every VM left down, of every policy. */
	public List<Unplaced> unplaced() {
		return policies.stream().flatMap(policy -> policy.unplaced().stream()).toList();
	}
}
