package dev.lifeboat.core.ha;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.DeviceNames;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.ha.SimulationResult.PolicyOutcome;
import dev.lifeboat.core.ha.SimulationResult.Restart;
import dev.lifeboat.core.ha.SimulationResult.Unplaced;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * What the Failover wizard does for one host, decided from the simulation of that host failing: which VMs move
 * where (the same placement the agents compute), what stays, and which other hosts' configurations change
 * because of the moves (the new owners, and every VTEP whose FDB points at a moved VM). The host itself is
 * handled first (fenced by a configuration without the moved VMs), the affected hosts after.
 *
 * @param host     the host being evacuated (planned) or recovered from (unplanned)
 * @param moves    VM name to its new host, in restart order
 * @param affected the other hosts whose compiled configuration changes, in topology order
 */
public record FailoverPlan(String host, SimulationResult simulation, Map<String, String> moves, List<Unplaced> unplaced,
		List<String> affected) {

	/**
	 * Plans the failover of {@code hostName} in {@code topology}, which is not changed.
	 *
	 * @throws CompileException  if the topology has errors
	 * @throws ScenarioException if there is no such host
	 */
	public static FailoverPlan of(Topology topology, String hostName) throws CompileException {
		SimulationResult simulation = FailoverSimulation.simulate(topology, new FailureScenario.HostFailure(hostName));
		Map<String, String> moves = new LinkedHashMap<>();
		List<Unplaced> unplaced = new ArrayList<>();
		for (PolicyOutcome policy : simulation.policies()) {
			// With fencing NONE the restarts are exactly what an administrator confirms here.
			for (Restart restart : policy.restarts()) {
				moves.put(restart.vm(), restart.toHost());
			}
			unplaced.addAll(policy.unplaced());
		}
		return new FailoverPlan(hostName, simulation, moves, unplaced, affected(topology, hostName, moves));
	}

	/** A bridged NIC of a moving VM and the bridge of the same name on the VM's new host. */
	public record Rebinding(VirtualNic nic, Bridge bridge) {
	}

	/**
	 * The bridged NICs of {@code vm} re-attached to {@code target}'s bridges of the same device name: the
	 * L2 domains {@link dev.lifeboat.protocol.FailoverPlacement} matched when it chose {@code target}.
	 */
	public static List<Rebinding> rebindings(VirtualMachine vm, Host target) {
		List<Rebinding> rebindings = new ArrayList<>();
		for (VirtualNic nic : vm.getNics()) {
			if (nic.getAttachment() instanceof Bridge bridge && bridge.getHost() != target) {
				String device = DeviceNames.bridge(bridge.getName(), new HashSet<>());
				target.getBridges().stream()
						.filter(candidate -> DeviceNames.bridge(candidate.getName(), new HashSet<>()).equals(device))
						.findFirst().ifPresent(same -> rebindings.add(new Rebinding(nic, same)));
			}
		}
		return rebindings;
	}

	/**
	 * Applies the moves to {@code topology} directly, bridged NICs included (for callers without a command
	 * stack, and for planning).
	 */
	public static void rehome(Topology topology, Map<String, String> moves) {
		for (Map.Entry<String, String> move : moves.entrySet()) {
			VirtualMachine vm = vm(topology, move.getKey());
			Host target = host(topology, move.getValue());
			List<Rebinding> rebindings = rebindings(vm, target);
			target.getVms().add(vm);
			rebindings.forEach(rebinding -> rebinding.nic().setAttachment(rebinding.bridge()));
		}
	}

	/** The VM named {@code name} in {@code topology}. */
	public static VirtualMachine vm(Topology topology, String name) {
		return hosts(topology).stream().flatMap(host -> host.getVms().stream())
				.filter(vm -> vm.getName().equals(name)).findFirst()
				.orElseThrow(() -> new ScenarioException("No VM '" + name + "' in topology '" + topology.getName() + "'."));
	}

	/** The host named {@code name} in {@code topology}. */
	public static Host host(Topology topology, String name) {
		return hosts(topology).stream().filter(host -> host.getName().equals(name)).findFirst()
				.orElseThrow(() -> new ScenarioException("No host '" + name + "' in topology '" + topology.getName()
						+ "'."));
	}

	private static List<String> affected(Topology topology, String failed, Map<String, String> moves)
			throws CompileException {
		if (moves.isEmpty()) {
			return List.of();
		}
		Topology after = EcoreUtil.copy(topology);
		rehome(after, moves);
		CompiledTopology before = TopologyCompiler.compile(topology);
		CompiledTopology changed = TopologyCompiler.compile(after);
		ProtocolCodec codec = new ProtocolCodec();
		Set<String> affected = new LinkedHashSet<>();
		for (AgentConfig config : before.all()) {
			String name = config.hostName();
			if (!name.equals(failed) && !codec.toXml(config).equals(codec.toXml(changed.config(name)))) {
				affected.add(name);
			}
		}
		return List.copyOf(affected);
	}

	private static List<Host> hosts(Topology topology) {
		List<Host> hosts = new ArrayList<>();
		for (Site site : topology.getSites()) {
			hosts.addAll(site.getHosts());
		}
		return hosts;
	}
}
