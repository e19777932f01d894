package dev.lifeboat.core.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Moving one VM to another host, decided before anything is touched: the preflight findings (each names the
 * element and the fix), the overlays the target must join, the bridges the VM's other NICs move to, and the
 * topology as it will be once the VM has moved. A plan with errors cannot be executed.
 */
public final class MigrationPlan {

	/** Encapsulation overhead of VXLAN over IPv4: the underlay must carry the overlay MTU plus this. */
	public static final int VXLAN_OVERHEAD = 50;

	/** The target joins {@code overlay} with a VTEP on its underlay NIC {@code underlay}. */
	public record OverlayJoin(OverlayNetwork overlay, PhysicalNic underlay) {
	}

	/** A NIC attached to a host bridge is re-attached to the target's bridge of the same name. */
	public record BridgeMove(VirtualNic nic, Bridge from, Bridge to) {
	}

	private final Topology topology;
	private final VirtualMachine vm;
	private final Host source;
	private final Host target;
	private final List<Problem> findings = new ArrayList<>();
	private final List<OverlayJoin> joins = new ArrayList<>();
	private final List<BridgeMove> bridgeMoves = new ArrayList<>();

	private MigrationPlan(Topology topology, VirtualMachine vm, Host target) {
		this.topology = topology;
		this.vm = vm;
		this.source = vm.getHost();
		this.target = target;
	}

	/** Plans moving {@code vm} to {@code target}; read the findings before executing. */
	public static MigrationPlan of(Topology topology, VirtualMachine vm, Host target) {
		MigrationPlan plan = new MigrationPlan(Objects.requireNonNull(topology), Objects.requireNonNull(vm),
				Objects.requireNonNull(target));
		plan.check();
		return plan;
	}

	/** The VM named {@code vmName} and the host named {@code hostName} of {@code topology}. */
	public static MigrationPlan of(Topology topology, String vmName, String hostName) {
		List<Host> hosts = topology.getSites().stream().flatMap(site -> site.getHosts().stream()).toList();
		VirtualMachine vm = hosts.stream().flatMap(host -> host.getVms().stream())
				.filter(candidate -> vmName.equals(candidate.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no VM named '" + vmName + "' in the topology. VMs: "
						+ String.join(", ", hosts.stream().flatMap(h -> h.getVms().stream()).map(VirtualMachine::getName).toList())));
		Host target = hosts.stream().filter(host -> hostName.equals(host.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no host named '" + hostName + "' in the topology. Hosts: "
						+ String.join(", ", hosts.stream().map(Host::getName).toList())));
		return of(topology, vm, target);
	}

	public Topology topology() {
		return topology;
	}

	public VirtualMachine vm() {
		return vm;
	}

	public Host source() {
		return source;
	}

	public Host target() {
		return target;
	}

	/** Errors, warnings and notes, each naming its element and the fix. */
	public List<Problem> findings() {
		return List.copyOf(findings);
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
	}

	/** The overlays the target joins before the VM arrives. */
	public List<OverlayJoin> overlayJoins() {
		return List.copyOf(joins);
	}

	public List<BridgeMove> bridgeMoves() {
		return List.copyOf(bridgeMoves);
	}

	/** The overlays the VM's NICs are on, each once, in NIC order. */
	public List<OverlayNetwork> overlays() {
		return vm.getNics().stream().map(VirtualNic::getAttachment).filter(OverlayNetwork.class::isInstance)
				.map(OverlayNetwork.class::cast).distinct().toList();
	}

	/** The steps the migration takes, as text for the console and the CLI. */
	public List<String> steps() {
		List<String> steps = new ArrayList<>();
		for (OverlayJoin join : joins) {
			steps.add("add " + label(target) + " to " + label(join.overlay()) + " (VTEP " + join.underlay().getAddress()
					+ " on " + join.underlay().getName() + ") and tell the other members");
		}
		steps.add("pre-copy the data of " + label(vm) + " from " + label(source) + " to " + label(target) + " while it runs");
		steps.add("prepare " + label(vm) + " on " + label(target) + " with the same MACs and addresses, its NICs down");
		steps.add("cut over: stop the workload on " + label(source) + ", copy the changes, bring the NICs up on "
				+ label(target) + ", re-point the FDB entries on every VTEP of " + String.join(", ",
						overlays().stream().map(MigrationPlan::label).toList()) + ", send gratuitous ARP");
		steps.add("remove " + label(vm) + " from " + label(source) + " and record the new configuration on every host it changes");
		steps.add("verify every changed host against the new topology and record the migration");
		return steps;
	}

	/**
	 * A copy of the topology as it is before the VM moves but with the target already in the overlays it joins:
	 * what the hosts are staged to before the cutover.
	 */
	public Topology stagedTopology() {
		return copy(false);
	}

	/** A copy of the topology as it is once the VM has moved. */
	public Topology migratedTopology() {
		return copy(true);
	}

	/** Applies the move to {@code copy}, a copy of this plan's topology (elements matched by id). */
	private Topology copy(boolean move) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Topology copy = (Topology) copier.copy(topology);
		copier.copyReferences();
		MigrationEdit edit = new MigrationEdit(this, element -> (EObject) copier.get(element));
		edit.joinOverlays();
		if (move) {
			edit.moveVm();
		}
		return copy;
	}

	private void check() {
		if (source == null) {
			error(vm, "migration.source", "the VM belongs to no host. Place it on a host first.");
			return;
		}
		if (source == target) {
			error(vm, "migration.same-host", "the VM already runs on " + label(target) + ". Choose another host.");
		}
		if (vm.getSnapshotCount() > 0) {
			error(vm, "migration.snapshots", "the VM has " + vm.getSnapshotCount()
					+ " snapshot(s), which a migration cannot move: the move fails. Remove its snapshots first.");
		}
		checkNics();
		checkCapacity();
	}

	private void checkNics() {
		for (VirtualNic nic : vm.getNics()) {
			if (nic.getAttachment() instanceof OverlayNetwork overlay) {
				checkOverlay(nic, overlay);
			} else if (nic.getAttachment() instanceof Bridge bridge) {
				checkBridge(nic, bridge);
			}
		}
	}

	private void checkOverlay(VirtualNic nic, OverlayNetwork overlay) {
		if (joins.stream().anyMatch(join -> join.overlay() == overlay)) {
			return;
		}
		VtepEndpoint member = overlay.getMembers().stream().filter(m -> m.getHost() == target).findFirst().orElse(null);
		PhysicalNic underlay = member != null ? member.getUnderlayNic() : underlayNic(target);
		if (underlay == null) {
			error(target, "migration.overlay.no-underlay", label(target) + " is not in " + label(overlay) + " ("
					+ label(nic) + " is on it) and has no NIC with the UNDERLAY role to join it with. Give one of its NICs"
					+ " the UNDERLAY role and an address.");
			return;
		}
		int needed = overlay.getMtu() + VXLAN_OVERHEAD;
		if (underlay.getMtu() < needed) {
			error(underlay, "migration.overlay.mtu", "MTU " + underlay.getMtu() + " cannot carry " + label(overlay)
					+ " (MTU " + overlay.getMtu() + " + " + VXLAN_OVERHEAD + " for VXLAN). Set its MTU to at least " + needed
					+ " or lower the overlay's MTU.");
		}
		if (member == null) {
			joins.add(new OverlayJoin(overlay, underlay));
			info(overlay, "migration.overlay.join", label(target) + " is not a member: it will be added (VTEP "
					+ underlay.getAddress() + " on " + underlay.getName() + ") so that " + label(nic) + " keeps its L2 segment.");
		}
	}

	private void checkBridge(VirtualNic nic, Bridge bridge) {
		Bridge same = target.getBridges().stream().filter(b -> Objects.equals(b.getName(), bridge.getName())).findFirst()
				.orElse(null);
		if (same == null) {
			error(nic, "migration.bridge.missing", label(target) + " has no bridge named '" + bridge.getName()
					+ "' for this NIC. Add one to " + label(target) + ", or attach the NIC to an overlay.");
			return;
		}
		bridgeMoves.add(new BridgeMove(nic, bridge, same));
		if (nic.getMode() == NicMode.NAT) {
			warning(nic, "migration.nat", "a NAT NIC: its address " + nic.getIpAddress() + " belongs to "
					+ label(source) + "'s NAT network and will change on " + label(target)
					+ "; clients must use the new address. Attach it to an overlay to keep it.");
		} else if (nic.getMode() == NicMode.BRIDGED) {
			warning(nic, "migration.bridged", "bridged to " + label(same)
					+ ": it keeps its address only if that bridge's uplink is on the same physical segment. Attach it"
					+ " to an overlay to keep it anywhere.");
		}
	}

	private void checkCapacity() {
		if (target.getMemoryMiB() > 0) {
			long used = target.getVms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum();
			if (used + vm.getMemoryMiB() > target.getMemoryMiB()) {
				error(target, "migration.capacity.memory", "has " + (target.getMemoryMiB() - used) + " MiB of memory free, "
						+ label(vm) + " needs " + vm.getMemoryMiB() + " MiB. Choose another host or move a VM off it first.");
			}
		}
		if (target.getCpuCores() > 0) {
			if (vm.getVcpus() > target.getCpuCores()) {
				error(target, "migration.capacity.vcpus", "has " + target.getCpuCores() + " CPU cores, " + label(vm)
						+ " has " + vm.getVcpus() + " vCPUs. Choose a larger host or give the VM fewer vCPUs.");
			} else {
				int vcpus = target.getVms().stream().mapToInt(VirtualMachine::getVcpus).sum() + vm.getVcpus();
				if (vcpus > target.getCpuCores()) {
					warning(target, "migration.capacity.overcommit", "will run " + vcpus + " vCPUs on "
							+ target.getCpuCores() + " cores (overcommitted). Expect contention, or choose another host.");
				}
			}
		}
	}

	private static PhysicalNic underlayNic(Host host) {
		return host.getNics().stream().filter(nic -> nic.getRoles().contains(NicRole.UNDERLAY))
				.filter(nic -> nic.getAddress() != null && !nic.getAddress().isBlank()).findFirst().orElse(null);
	}

	private void error(EObject element, String rule, String message) {
		findings.add(new Problem(Severity.ERROR, element, ElementLabels.describe(element), rule, message));
	}

	private void warning(EObject element, String rule, String message) {
		findings.add(new Problem(Severity.WARNING, element, ElementLabels.describe(element), rule, message));
	}

	private void info(EObject element, String rule, String message) {
		findings.add(new Problem(Severity.INFO, element, ElementLabels.describe(element), rule, message));
	}

	static String label(EObject element) {
		return ElementLabels.describe(element);
	}
}
