package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HA policy a host takes part in, complete enough for the host to act alone: every member with its
 * heartbeat paths, capacity, L2 domains and VTEP addresses, and every guest of every member (protected or
 * not, because unprotected guests use capacity too) with the spec needed to start it elsewhere.
 */
public final class HaSpec {

	private String policyName;
	private int heartbeatIntervalMs;
	private int missedBeats;
	private boolean selfFence;
	private List<HaMember> members = new ArrayList<>();
	private List<HaGuest> guests = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private HaSpec() {
	}

	public HaSpec(String policyName, int heartbeatIntervalMs, int missedBeats, boolean selfFence) {
		this.policyName = policyName;
		this.heartbeatIntervalMs = heartbeatIntervalMs;
		this.missedBeats = missedBeats;
		this.selfFence = selfFence;
	}

	public String policyName() {
		return policyName;
	}

	public int heartbeatIntervalMs() {
		return heartbeatIntervalMs;
	}

	/** How many intervals every path of a member must stay silent before the member is suspected. */
	public int missedBeats() {
		return missedBeats;
	}

	/** Whether a member that cannot reach a majority stops its guests (the policy's SELF_FENCE). */
	public boolean selfFence() {
		return selfFence;
	}

	/** The members, sorted by host name. */
	public List<HaMember> members() {
		return members;
	}

	/** Every guest of every member, sorted by name. */
	public List<HaGuest> guests() {
		return guests;
	}

	/** The names of the guests this policy restarts elsewhere when their host fails (the ones its lease lists). */
	public List<String> protectedGuestNames() {
		return guests.stream().filter(HaGuest::protectedGuest).map(HaGuest::name).toList();
	}

	/**
	 * The file in the agent home's {@code secrets/} directory that holds the policy's heartbeat key (random,
	 * made by the console's deploy, installed 0600 on every member; never in a configuration): named after the
	 * policy, never containing the key. The console and the agent agree through it.
	 */
	public static String keyFileName(String policyName) {
		return policyName.replaceAll("[^A-Za-z0-9_.-]", "_") + ".ha-key";
	}

	public HaMember member(String hostName) {
		return members.stream().filter(member -> member.hostName().equals(hostName)).findFirst().orElse(null);
	}

	public HaTimings timings() {
		return new HaTimings(heartbeatIntervalMs, missedBeats);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof HaSpec other && Objects.equals(policyName, other.policyName)
				&& heartbeatIntervalMs == other.heartbeatIntervalMs && missedBeats == other.missedBeats
				&& selfFence == other.selfFence && Objects.equals(members, other.members)
				&& Objects.equals(guests, other.guests);
	}

	@Override
	public int hashCode() {
		return Objects.hash(policyName, heartbeatIntervalMs, missedBeats, members, guests);
	}
}
