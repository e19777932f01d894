package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the HA daemon of one member sees, part of {@code agent state}: each member's health and each of its
 * heartbeat paths, who runs which protected guest as agreed in the replicated log, the guests that fit nowhere,
 * and whether this member has fenced itself. The console shows a member with some silent paths as degraded.
 */
public final class HaStatus {

	/** A member's health as this member sees it. */
	public enum MemberHealth {
		/** Every heartbeat path answers. */
		UP,
		/** Some paths are silent, at least one answers: reported, never a failover. */
		DEGRADED,
		/** Every path has been silent for the detection time. */
		SUSPECTED,
		/** The replicated log records the member as failed (its guests were placed elsewhere). */
		FENCED,
		/** This member itself. */
		SELF,
		/**
		 * The member announced a planned restart of its agent (a signed beat with a maintenance window): its silence
		 * is not counted until the window ends or its restarted agent beats again.
		 */
		MAINTENANCE
	}

	private String policyName;
	private String hostName;
	private long observedAtMillis;
	private boolean leader;
	private boolean majority;
	private boolean selfFenced;
	private long forgedBeats;
	private long replayedBeats;
	private long outdatedBeats;
	private List<MemberState> members = new ArrayList<>();
	private List<Ownership> owners = new ArrayList<>();
	private List<String> fencedHosts = new ArrayList<>();
	private List<String> unplaced = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private HaStatus() {
	}

	public HaStatus(String policyName, String hostName, long observedAtMillis) {
		this.policyName = policyName;
		this.hostName = hostName;
		this.observedAtMillis = observedAtMillis;
	}

	public String policyName() {
		return policyName;
	}

	public String hostName() {
		return hostName;
	}

	/** Wall-clock time of the observation (milliseconds since the epoch): a stale status means no daemon. */
	public long observedAtMillis() {
		return observedAtMillis;
	}

	/** Whether this member leads the replicated log (and so commits failures). */
	public boolean leader() {
		return leader;
	}

	/** Whether this member hears a majority of the members (itself included). */
	public boolean majority() {
		return majority;
	}

	/** Whether this member stopped its protected guests because it lost the majority. */
	public boolean selfFenced() {
		return selfFenced;
	}

	public HaStatus quorum(boolean leader, boolean majority, boolean selfFenced) {
		this.leader = leader;
		this.majority = majority;
		this.selfFenced = selfFenced;
		return this;
	}

	/** Heartbeats refused because their authentication code was wrong (a wrong key, a forgery, no code at all). */
	public long forgedBeats() {
		return forgedBeats;
	}

	/** Correctly signed heartbeats refused as replays: not newer than the last one accepted, or too old. */
	public long replayedBeats() {
		return replayedBeats;
	}

	public HaStatus refusedBeats(long forged, long replayed) {
		this.forgedBeats = forged;
		this.replayedBeats = replayed;
		return this;
	}

	/**
	 * Unsigned heartbeats of an agent older than beat authentication ({@code LBHB1}), refused but not counted as
	 * forged: the member named in them runs an old agent and needs its agent restarted on the current jar.
	 */
	public long outdatedBeats() {
		return outdatedBeats;
	}

	public HaStatus outdatedBeats(long count) {
		this.outdatedBeats = count;
		return this;
	}

	public List<MemberState> members() {
		return members;
	}

	/** Protected guests that run away from their home host, as committed. */
	public List<Ownership> owners() {
		return owners;
	}

	/** Members the log records as failed. */
	public List<String> fencedHosts() {
		return fencedHosts;
	}

	/** Protected guests of failed members that fit nowhere, as {@code guest: reason}. */
	public List<String> unplaced() {
		return unplaced;
	}

	public MemberState member(String name) {
		return members.stream().filter(member -> member.hostName.equals(name)).findFirst().orElse(null);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof HaStatus other && Objects.equals(policyName, other.policyName)
				&& Objects.equals(hostName, other.hostName) && observedAtMillis == other.observedAtMillis
				&& leader == other.leader && majority == other.majority && selfFenced == other.selfFenced
				&& forgedBeats == other.forgedBeats && replayedBeats == other.replayedBeats
				&& outdatedBeats == other.outdatedBeats
				&& Objects.equals(members, other.members) && Objects.equals(owners, other.owners)
				&& Objects.equals(fencedHosts, other.fencedHosts) && Objects.equals(unplaced, other.unplaced);
	}

	@Override
	public int hashCode() {
		return Objects.hash(policyName, hostName, observedAtMillis, members, owners);
	}

	/** One member and its heartbeat paths. */
	public static final class MemberState {
		private String hostName;
		private MemberHealth health;
		private long silentMillis;
		private boolean heard;
		private List<PathState> paths = new ArrayList<>();

		private MemberState() {
		}

		public MemberState(String hostName, MemberHealth health, long silentMillis) {
			this.hostName = hostName;
			this.health = health;
			this.silentMillis = silentMillis;
		}

		public String hostName() {
			return hostName;
		}

		public MemberHealth health() {
			return health;
		}

		/** Time since the last beat on any path (0 for this member). */
		public long silentMillis() {
			return silentMillis;
		}

		public List<PathState> paths() {
			return paths;
		}

		/**
		 * Whether a beat of this member was accepted since this member's HA daemon started: a daemon just started
		 * counts silence from its own start, so a peer it has not heard yet may still look UP.
		 */
		public boolean heard() {
			return heard;
		}

		public MemberState heard(boolean value) {
			this.heard = value;
			return this;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof MemberState other && Objects.equals(hostName, other.hostName)
					&& health == other.health && silentMillis == other.silentMillis && heard == other.heard
					&& Objects.equals(paths, other.paths);
		}

		@Override
		public int hashCode() {
			return Objects.hash(hostName, health, paths);
		}
	}

	/** Heartbeat path {@code index} to a member: from our i-th heartbeat address to its i-th. */
	public static final class PathState {
		private int index;
		private String localAddress;
		private String remoteAddress;
		private boolean up;
		private long silentMillis;

		private PathState() {
		}

		public PathState(int index, String localAddress, String remoteAddress, boolean up, long silentMillis) {
			this.index = index;
			this.localAddress = localAddress;
			this.remoteAddress = remoteAddress;
			this.up = up;
			this.silentMillis = silentMillis;
		}

		public int index() {
			return index;
		}

		public String localAddress() {
			return localAddress;
		}

		public String remoteAddress() {
			return remoteAddress;
		}

		/** Whether a beat arrived on this path within the detection time. */
		public boolean up() {
			return up;
		}

		public long silentMillis() {
			return silentMillis;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof PathState other && index == other.index
					&& Objects.equals(localAddress, other.localAddress)
					&& Objects.equals(remoteAddress, other.remoteAddress) && up == other.up
					&& silentMillis == other.silentMillis;
		}

		@Override
		public int hashCode() {
			return Objects.hash(index, localAddress, remoteAddress, up);
		}
	}

	/** A protected guest running on {@code owner} after a failover from {@code fromHost}. */
	public static final class Ownership {
		private String guest;
		private String owner;
		private String fromHost;

		private Ownership() {
		}

		public Ownership(String guest, String owner, String fromHost) {
			this.guest = guest;
			this.owner = owner;
			this.fromHost = fromHost;
		}

		public String guest() {
			return guest;
		}

		public String owner() {
			return owner;
		}

		public String fromHost() {
			return fromHost;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Ownership other && Objects.equals(guest, other.guest)
					&& Objects.equals(owner, other.owner) && Objects.equals(fromHost, other.fromHost);
		}

		@Override
		public int hashCode() {
			return Objects.hash(guest, owner, fromHost);
		}
	}
}
