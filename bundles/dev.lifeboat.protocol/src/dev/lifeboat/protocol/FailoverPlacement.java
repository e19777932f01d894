package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the protected guests of failed hosts restart. Deterministic and pure, so that the console's failover
 * simulation and the agents of a real failover reach the same answer from the same {@link HaSpec}.
 * <p>
 * Guests restart in restart-priority order (lower first, then by name). Each goes to the surviving member
 * that has every L2 domain its NICs plug into and enough free memory, preferring the most free memory (then
 * the host name). Memory is a hard limit; vCPUs may be overcommitted up to {@link #VCPU_OVERCOMMIT} per core.
 * A guest that fits nowhere is reported with the reason, never dropped.
 */
public final class FailoverPlacement {

	/** vCPUs per physical core a host may carry after a failover. */
	public static final int VCPU_OVERCOMMIT = 4;

	/** A guest restarting elsewhere. */
	public record Restart(HaGuest guest, String fromHost, String toHost) {
	}

	/** A protected guest that cannot restart, and why. */
	public record Unplaced(HaGuest guest, String fromHost, String reason) {
	}

	/** The outcome: restarts in the order they happen, and what did not fit. */
	public record Result(List<Restart> restarts, List<Unplaced> unplaced) {
	}

	private FailoverPlacement() {
	}

	/**
	 * @param spec     the HA policy as compiled
	 * @param failed   the members that failed (or were fenced)
	 * @param owners   where each guest runs now (guest name to host); guests missing here run on their home host
	 */
	public static Result place(HaSpec spec, Set<String> failed, Map<String, String> owners) {
		Map<String, Long> freeMemory = new HashMap<>();
		Map<String, Integer> freeVcpus = new HashMap<>();
		for (HaMember member : spec.members()) {
			if (!failed.contains(member.hostName())) {
				freeMemory.put(member.hostName(), member.memoryMiB());
				freeVcpus.put(member.hostName(), member.cpuCores() * VCPU_OVERCOMMIT);
			}
		}
		List<HaGuest> victims = new ArrayList<>();
		for (HaGuest guest : spec.guests()) {
			String owner = owners.getOrDefault(guest.name(), guest.homeHost());
			if (freeMemory.containsKey(owner)) {
				freeMemory.merge(owner, -guest.guest().memoryMiB(), Long::sum);
				freeVcpus.merge(owner, -guest.guest().vcpus(), Integer::sum);
			} else if (failed.contains(owner) && guest.protectedGuest()) {
				victims.add(guest);
			}
		}
		victims.sort(Comparator.comparingInt((HaGuest guest) -> guest.guest().restartPriority())
				.thenComparing(HaGuest::name));

		List<Restart> restarts = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		for (HaGuest victim : victims) {
			String from = owners.getOrDefault(victim.name(), victim.homeHost());
			List<String> needed = victim.guest().nics().stream().map(GuestNicSpec::bridge).distinct().toList();
			HaMember best = null;
			boolean anyNetwork = false;
			for (HaMember member : spec.members()) {
				if (!freeMemory.containsKey(member.hostName()) || !member.bridges().containsAll(needed)) {
					continue;
				}
				anyNetwork = true;
				long memory = freeMemory.get(member.hostName());
				if (memory < victim.guest().memoryMiB() || freeVcpus.get(member.hostName()) < victim.guest().vcpus()) {
					continue;
				}
				if (best == null || memory > freeMemory.get(best.hostName())) {
					best = member;
				}
			}
			if (best == null) {
				unplaced.add(new Unplaced(victim, from, anyNetwork
						? "no surviving host has " + victim.guest().memoryMiB() + " MiB and " + victim.guest().vcpus()
								+ " vCPUs free"
						: "no surviving host has its networks " + String.join(", ", needed)));
				continue;
			}
			freeMemory.merge(best.hostName(), -victim.guest().memoryMiB(), Long::sum);
			freeVcpus.merge(best.hostName(), -victim.guest().vcpus(), Integer::sum);
			restarts.add(new Restart(victim, from, best.hostName()));
		}
		return new Result(restarts, unplaced);
	}
}
