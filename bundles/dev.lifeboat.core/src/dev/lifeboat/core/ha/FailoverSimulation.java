package dev.lifeboat.core.ha;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.ha.FailureScenario.HostFailure;
import dev.lifeboat.core.ha.FailureScenario.NicCut;
import dev.lifeboat.core.ha.FailureScenario.Partition;
import dev.lifeboat.core.ha.SimulationResult.LostPath;
import dev.lifeboat.core.ha.SimulationResult.MemberState;
import dev.lifeboat.core.ha.SimulationResult.MemberStatus;
import dev.lifeboat.core.ha.SimulationResult.OverlayLoss;
import dev.lifeboat.core.ha.SimulationResult.PolicyOutcome;
import dev.lifeboat.core.ha.SimulationResult.Restart;
import dev.lifeboat.core.ha.SimulationResult.Unplaced;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaTimings;

/**
 * Simulates a {@link FailureScenario} on a topology without touching a host. It follows the rules the agents
 * follow: a member is suspected only when all its heartbeat paths are silent (losing some is "degraded"); the
 * side of a split with a strict majority of a policy's members keeps running and takes over; a side without
 * one fences itself when the policy says SELF_FENCE; restarts are placed by {@link FailoverPlacement} and timed
 * by {@link HaTimings}, both from the compiled {@link HaSpec}, exactly as the agents compute them.
 */
public final class FailoverSimulation {

	/**
	 * Estimated time for one namespace guest to start and answer: 800 ms. Measured by
	 * {@code releng/bench/guest-start} (network namespace plus the guest's JVM until TCP 7 answers) on the shared
	 * 2-core build machine: 290-420 ms when quiet, 550-880 ms while other builds ran; the estimate takes the
	 * loaded p50, because a host taking over is busy too.
	 */
	public static final long GUEST_START_ESTIMATE_MS = 800;

	/** Where {@link #GUEST_START_ESTIMATE_MS} comes from, for the console and the CLI to say. */
	public static final String GUEST_START_SOURCE = "800 ms per guest, from releng/bench/guest-start (namespace"
			+ " guest to answering on 2 cores: 290-420 ms quiet, 550-880 ms loaded); each host starts its guests one"
			+ " after another";

	private final Topology topology;
	private final CompiledTopology compiled;
	private final Map<String, Host> hosts = new LinkedHashMap<>();

	private FailoverSimulation(Topology topology, CompiledTopology compiled) {
		this.topology = topology;
		this.compiled = compiled;
		for (Site site : topology.getSites()) {
			site.getHosts().forEach(host -> hosts.put(host.getName(), host));
		}
	}

	/**
	 * Simulates {@code scenario} on {@code topology}.
	 *
	 * @throws CompileException  if the topology has errors (it could not be deployed either)
	 * @throws ScenarioException if the scenario names a host or NIC the topology does not have
	 */
	public static SimulationResult simulate(Topology topology, FailureScenario scenario) throws CompileException {
		return new FailoverSimulation(topology, TopologyCompiler.compile(topology)).run(scenario);
	}

	private SimulationResult run(FailureScenario scenario) {
		Set<String> failed = new TreeSet<>();
		Map<String, Set<String>> cut = new HashMap<>();
		List<Set<String>> sides = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		switch (scenario) {
		case HostFailure failure -> failed.add(host(failure.host()).getName());
		case NicCut nicCut -> cut.computeIfAbsent(nic(nicCut).getHost().getName(), key -> new TreeSet<>())
				.add(nicCut.nic());
		case Partition partition -> sides.addAll(checkedSides(partition));
		}
		List<PolicyOutcome> outcomes = new ArrayList<>();
		for (HaSpec spec : specs()) {
			outcomes.add(outcome(spec, failed, cut, sides));
		}
		Set<String> inPolicy = new TreeSet<>();
		specs().forEach(spec -> spec.members().forEach(member -> inPolicy.add(member.hostName())));
		for (String host : failed) {
			if (!inPolicy.contains(host) && !hosts.get(host).getVms().isEmpty()) {
				notes.add("Host " + host + " is in no HA policy: its VMs stay down until it is back. Add it to an HA"
						+ " policy to have them restarted.");
			}
		}
		if (scenario instanceof NicCut nicCut) {
			notes.addAll(nicNotes(nic(nicCut)));
		}
		return new SimulationResult(scenario, outcomes, lostPaths(failed, cut, sides),
				overlayLosses(outcomes, failed, cut, sides), notes);
	}

	/** The compiled HA policies, one per policy name, in the order of the topology's hosts. */
	private List<HaSpec> specs() {
		Map<String, HaSpec> specs = new LinkedHashMap<>();
		for (AgentConfig config : compiled.all()) {
			if (config.ha() != null) {
				specs.putIfAbsent(config.ha().policyName(), config.ha());
			}
		}
		return List.copyOf(specs.values());
	}

	private PolicyOutcome outcome(HaSpec spec, Set<String> failed, Map<String, Set<String>> cut,
			List<Set<String>> sides) {
		List<String> members = spec.members().stream().map(HaMember::hostName).toList();
		// Who hears whom: members on one side with at least one live heartbeat path form a group.
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		for (String member : members) {
			if (failed.contains(member)) {
				continue;
			}
			String group = livePaths(member, cut).isEmpty() ? "alone:" + member : "side:" + sideOf(member, sides);
			groups.computeIfAbsent(group, key -> new TreeSet<>()).add(member);
		}
		Set<String> majority = groups.values().stream().filter(group -> group.size() * 2 > members.size())
				.findFirst().orElse(null);
		Set<String> stopped = new TreeSet<>(members);
		if (majority != null) {
			stopped.removeAll(majority);
		}
		List<MemberStatus> statuses = new ArrayList<>();
		for (String member : members) {
			statuses.add(status(spec, member, failed, cut, majority, members.size()));
		}
		List<String> warnings = new ArrayList<>();
		List<Restart> restarts = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		boolean automatic = spec.selfFence();
		if (majority == null) {
			warnings.add(noMajority(spec, groups, failed, members.size()));
			for (HaGuest guest : spec.guests()) {
				if (guest.protectedGuest() && (failed.contains(guest.homeHost()) || spec.selfFence())) {
					unplaced.add(new Unplaced(guest.name(), guest.homeHost(), "no side has a majority of "
							+ spec.policyName() + " to restart it"));
				}
			}
		} else if (!stopped.isEmpty()) {
			FailoverPlacement.Result placement = FailoverPlacement.place(spec, stopped, Map.of());
			Map<String, Integer> startedOn = new HashMap<>();
			long takeover = spec.timings().takeoverMs();
			for (FailoverPlacement.Restart restart : placement.restarts()) {
				int queue = startedOn.merge(restart.toHost(), 1, Integer::sum);
				restarts.add(new Restart(restart.guest().name(), restart.fromHost(), restart.toHost(),
						restarts.size() + 1, takeover + queue * GUEST_START_ESTIMATE_MS));
			}
			placement.unplaced().forEach(
					miss -> unplaced.add(new Unplaced(miss.guest().name(), miss.fromHost(), miss.reason())));
			for (HaGuest guest : spec.guests()) {
				if (!guest.protectedGuest() && failed.contains(guest.homeHost())) {
					unplaced.add(new Unplaced(guest.name(), guest.homeHost(),
							"not HA-protected: it stays down until " + guest.homeHost() + " is back"));
				}
			}
			if (!spec.selfFence()) {
				warnings.add(noFencing(spec, stopped, failed));
			}
		}
		return new PolicyOutcome(spec.policyName(), spec.selfFence(), spec.timings(), statuses, automatic, restarts,
				unplaced, GUEST_START_ESTIMATE_MS, warnings);
	}

	private MemberStatus status(HaSpec spec, String member, Set<String> failed, Map<String, Set<String>> cut,
			Set<String> majority, int size) {
		HaTimings timings = spec.timings();
		if (failed.contains(member)) {
			return new MemberStatus(member, MemberState.FAILED, "every heartbeat path silent: suspected after "
					+ timings.detectionMs() + " ms");
		}
		List<String> live = livePaths(member, cut);
		Set<String> lost = cut.getOrDefault(member, Set.of());
		List<String> lostHeartbeats = heartbeatNics(member).stream().filter(lost::contains).toList();
		if (majority != null && majority.contains(member)) {
			if (!lostHeartbeats.isEmpty()) {
				return new MemberStatus(member, MemberState.DEGRADED, "lost heartbeat path "
						+ String.join(", ", lostHeartbeats) + ", still heard on " + String.join(", ", live)
						+ ": no failover");
			}
			return new MemberStatus(member, MemberState.UP, "with the majority (" + majority.size() + " of " + size
					+ ")");
		}
		String why = live.isEmpty() ? "isolated: its last heartbeat path " + String.join(", ", lostHeartbeats)
				+ " is cut" : "cannot reach a majority of the " + size + " members";
		if (spec.selfFence()) {
			return new MemberStatus(member, MemberState.SELF_FENCED, why + "; stops its protected guests by "
					+ timings.selfFenceDeadlineMs() + " ms");
		}
		return new MemberStatus(member, MemberState.SUSPECTED, why + "; fencing NONE: keeps running its guests");
	}

	private static String noMajority(HaSpec spec, Map<String, Set<String>> groups, Set<String> failed, int size) {
		List<String> split = new ArrayList<>(groups.values().stream().map(group -> String.join(", ", group)).toList());
		if (!failed.isEmpty()) {
			split.add(String.join(", ", failed) + " (failed)");
		}
		String head = "No side has a strict majority of the " + size + " members of " + spec.policyName() + " ("
				+ String.join(" | ", split) + ")";
		if (spec.selfFence()) {
			return head + ": EVERY member fences itself and stops its protected guests, and none is restarted."
					+ " They stay down until the hosts reach each other again or an administrator recovers them"
					+ " with the Failover wizard.";
		}
		return head + ": with fencing NONE every member keeps running its guests and none is restarted.";
	}

	private static String noFencing(HaSpec spec, Set<String> stopped, Set<String> failed) {
		List<String> guests = spec.guests().stream().filter(guest -> stopped.contains(guest.homeHost()))
				.map(HaGuest::name).toList();
		return "Fencing of " + spec.policyName() + " is NONE: " + String.join(", ", stopped) + " may still be running "
				+ String.join(", ", guests) + (failed.containsAll(stopped) ? " (the others cannot tell a dead host from"
						+ " a cut-off one)" : "") + ", so the majority does NOT restart them, to avoid running them"
				+ " twice. The restarts listed are what the Failover wizard does once an administrator confirms the"
				+ " host is powered off.";
	}

	private List<LostPath> lostPaths(Set<String> failed, Map<String, Set<String>> cut, List<Set<String>> sides) {
		List<LostPath> lost = new ArrayList<>();
		for (Host host : hosts.values()) {
			String name = host.getName();
			for (PhysicalNic nic : host.getNics()) {
				if (!nic.getRoles().contains(NicRole.HEARTBEAT)) {
					continue;
				}
				String why = null;
				if (failed.contains(name)) {
					why = "host failed";
				} else if (cut.getOrDefault(name, Set.of()).contains(nic.getName())) {
					why = "link cut";
				} else if (!sides.isEmpty() && sideOf(name, sides) >= 0) {
					why = "no beats across the partition";
				}
				if (why != null) {
					lost.add(new LostPath(name, nic.getName(), nic.getAddress(), why));
				}
			}
		}
		return lost;
	}

	private List<OverlayLoss> overlayLosses(List<PolicyOutcome> outcomes, Set<String> failed,
			Map<String, Set<String>> cut, List<Set<String>> sides) {
		List<OverlayLoss> losses = new ArrayList<>();
		for (OverlayNetwork overlay : topology.getOverlays()) {
			Set<Integer> sidesSpanned = new LinkedHashSet<>();
			overlay.getMembers().forEach(member -> sidesSpanned.add(sideOf(member.getHost().getName(), sides)));
			for (VtepEndpoint member : overlay.getMembers()) {
				String host = member.getHost().getName();
				String why = null;
				if (failed.contains(host)) {
					why = "host failed: its VTEP is gone";
				} else if (member.getUnderlayNic() != null
						&& cut.getOrDefault(host, Set.of()).contains(member.getUnderlayNic().getName())) {
					boolean stops = outcomes.stream().anyMatch(outcome -> outcome.state(host) == MemberState.SELF_FENCED);
					why = "underlay NIC " + member.getUnderlayNic().getName() + " cut: its VTEP is gone"
							+ (stops ? "" : "; its guests on this overlay are cut off and HA does not move them"
									+ " (the host still beats on another path)");
				} else if (sidesSpanned.size() > 1) {
					why = "split from the members on the other side of the partition";
				}
				if (why != null) {
					losses.add(new OverlayLoss(overlay.getName(), overlay.getVni(), host, why));
				}
			}
		}
		return losses;
	}

	/** What cutting {@code nic} does beyond heartbeats: bridges losing their uplink, or nothing at all. */
	private static List<String> nicNotes(PhysicalNic nic) {
		List<String> notes = new ArrayList<>();
		Host host = nic.getHost();
		for (Bridge bridge : host.getBridges()) {
			if (bridge.getUplink() == nic) {
				notes.add("Bridge " + bridge.getName() + " on " + host.getName() + " loses its uplink "
						+ nic.getName() + ": guests bridged to it lose that network, and HA does not move them.");
			}
		}
		if (!nic.getRoles().contains(NicRole.HEARTBEAT) && !nic.getRoles().contains(NicRole.UNDERLAY)
				&& notes.isEmpty()) {
			notes.add("NIC " + nic.getName() + " of " + host.getName() + " carries no heartbeat, no VTEP and no bridge:"
					+ " nothing changes for HA.");
		}
		return notes;
	}

	private List<String> heartbeatNics(String host) {
		return hosts.get(host).getNics().stream().filter(nic -> nic.getRoles().contains(NicRole.HEARTBEAT))
				.map(PhysicalNic::getName).toList();
	}

	private List<String> livePaths(String host, Map<String, Set<String>> cut) {
		Set<String> lost = cut.getOrDefault(host, Set.of());
		return heartbeatNics(host).stream().filter(nic -> !lost.contains(nic)).toList();
	}

	/** The index of the side {@code host} is on, or -1 without a partition. */
	private static int sideOf(String host, List<Set<String>> sides) {
		for (int i = 0; i < sides.size(); i++) {
			if (sides.get(i).contains(host)) {
				return i;
			}
		}
		return -1;
	}

	private Host host(String name) {
		Host host = hosts.get(name);
		if (host == null) {
			throw new ScenarioException("Host '" + name + "' is not in topology '" + topology.getName()
					+ "'. Name one of its hosts: " + String.join(", ", hosts.keySet()) + ".");
		}
		return host;
	}

	private PhysicalNic nic(NicCut cut) {
		Host host = host(cut.host());
		return host.getNics().stream().filter(nic -> cut.nic().equals(nic.getName())).findFirst()
				.orElseThrow(() -> new ScenarioException("Host '" + host.getName() + "' has no NIC '" + cut.nic()
						+ "'. Name one of its NICs: " + String.join(", ",
								host.getNics().stream().map(PhysicalNic::getName).toList()) + "."));
	}

	/** The sides, each host known, and every member of every policy on one side. */
	private List<Set<String>> checkedSides(Partition partition) {
		partition.sides().forEach(side -> side.forEach(this::host));
		Set<String> named = new TreeSet<>();
		partition.sides().forEach(named::addAll);
		for (HaSpec spec : specs()) {
			List<String> missing = spec.members().stream().map(HaMember::hostName)
					.filter(member -> !named.contains(member)).toList();
			if (!missing.isEmpty()) {
				throw new ScenarioException("Member(s) " + String.join(", ", missing) + " of HA policy "
						+ spec.policyName() + " are on no side of the partition. Put every member on one side.");
			}
		}
		return partition.sides();
	}
}
