package dev.lifeboat.core.validation;

import static dev.lifeboat.core.validation.ElementLabels.describe;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.core.compile.DeviceNames;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

/** Rules of the protection policies: HA, backup and disaster recovery. */
final class PolicyRules {

	private PolicyRules() {
	}

	static void checkHa(HaPolicy policy, Findings findings) {
		Set<Host> hosts = new LinkedHashSet<>(policy.getHosts());
		for (Host host : hosts) {
			long heartbeatNics = host.getNics().stream().filter(nic -> nic.getRoles().contains(NicRole.HEARTBEAT))
					.count();
			if (heartbeatNics < 2) {
				findings.warning(host, "ha.heartbeat.redundancy", describe(host) + " is in " + describe(policy)
						+ " but has " + heartbeatNics + " NIC(s) with the HEARTBEAT role; losing one NIC then looks like"
						+ " a host failure. Give a second NIC the HEARTBEAT role.", policy);
			}
		}
		checkCapacity(hosts, policy, "the other hosts of " + describe(policy), findings);
		checkNetworks(hosts, policy, findings);
	}

	/**
	 * Warns on each HA-protected VM of {@code hosts} that plugs into a bridge no other member has: failover
	 * would find nowhere to plug it in. Bridges are compared by the device name the compiler gives them, as
	 * {@link dev.lifeboat.protocol.FailoverPlacement} compares them; overlays are left to the overlay rules.
	 */
	private static void checkNetworks(Set<Host> hosts, HaPolicy policy, Findings findings) {
		if (hosts.size() < 2) {
			return;
		}
		// How many members have each bridge device: one pass, so that the rule stays linear on 5,000 hosts.
		Map<Host, Set<String>> devices = new HashMap<>();
		Map<String, Integer> membersWith = new HashMap<>();
		for (Host host : hosts) {
			Set<String> names = new HashSet<>();
			host.getBridges().forEach(bridge -> names.add(DeviceNames.bridge(bridge.getName(), new HashSet<>())));
			devices.put(host, names);
			names.forEach(name -> membersWith.merge(name, 1, Integer::sum));
		}
		for (Host host : hosts) {
			for (VirtualMachine vm : host.getVms()) {
				if (!vm.isHaProtected()) {
					continue;
				}
				Set<Bridge> reported = new HashSet<>();
				for (VirtualNic nic : vm.getNics()) {
					if (nic.getAttachment() instanceof Bridge bridge && reported.add(bridge)) {
						String device = DeviceNames.bridge(bridge.getName(), new HashSet<>());
						int here = devices.get(host).contains(device) ? 1 : 0;
						boolean elsewhere = membersWith.getOrDefault(device, 0) > here;
						if (!elsewhere) {
							findings.warning(vm, "ha.network", describe(vm) + " is HA-protected but its NIC '"
									+ nic.getName() + "' plugs into " + describe(bridge) + ", and no other host of "
									+ describe(policy) + " has a bridge '" + bridge.getName()
									+ "', so it cannot restart anywhere if " + describe(host) + " fails. Give the other"
									+ " members a bridge '" + bridge.getName() + "' onto the same network, or mark "
									+ describe(vm) + " not HA-protected.", bridge, policy);
						}
					}
				}
			}
		}
	}

	/**
	 * Warns on {@code element} when the hosts other than the one with the most HA-protected memory do not
	 * have enough spare memory and vCPUs to restart that host's protected VMs.
	 */
	static void checkCapacity(Collection<Host> hosts, EObject element, String others, Findings findings) {
		Host largest = null;
		long neededMemory = 0;
		int neededCpus = 0;
		int protectedVms = 0;
		for (Host host : hosts) {
			long memory = 0;
			int cpus = 0;
			int count = 0;
			for (VirtualMachine vm : host.getVms()) {
				if (vm.isHaProtected()) {
					memory += vm.getMemoryMiB();
					cpus += vm.getVcpus();
					count++;
				}
			}
			if (count > 0 && (largest == null || memory > neededMemory || memory == neededMemory && cpus > neededCpus)) {
				largest = host;
				neededMemory = memory;
				neededCpus = cpus;
				protectedVms = count;
			}
		}
		if (largest == null) {
			return;
		}
		long spareMemory = 0;
		long spareCpus = 0;
		for (Host host : hosts) {
			if (host != largest) {
				// An overcommitted host has no spare capacity, it does not take capacity from the others.
				spareMemory += Math.max(0, host.getMemoryMiB() - usedMemory(host));
				spareCpus += Math.max(0, host.getCpuCores() - usedCpus(host));
			}
		}
		if (spareMemory < neededMemory || spareCpus < neededCpus) {
			findings.warning(element, "ha.capacity", "If " + describe(largest) + " fails, its " + protectedVms
					+ " HA-protected VM(s) need " + neededMemory + " MiB and " + neededCpus + " vCPUs elsewhere, but "
					+ others + " have only " + spareMemory + " MiB and " + spareCpus + " vCPUs spare. Add memory or"
					+ " CPUs, add a host, or protect fewer VMs.", largest);
		}
	}

	private static long usedMemory(Host host) {
		return host.getVms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum();
	}

	private static long usedCpus(Host host) {
		return host.getVms().stream().mapToLong(VirtualMachine::getVcpus).sum();
	}

	static void checkBackup(BackupPolicy policy, Findings findings) {
		int interval = policy.getIntervalMinutes();
		int rpo = policy.getRpoMinutes();
		if (interval > rpo) {
			findings.error(policy, "backup.interval.rpo", "Backups run every " + interval + " minutes but the RPO is "
					+ rpo + " minutes: the schedule cannot meet the RPO. Set the interval to at most " + rpo
					+ " minutes, or raise the RPO to " + interval + ".");
		}
		checkBackupTarget(policy, findings);
	}

	/** An SFTP repository as restic takes it: {@code sftp:[USER@]HOST:/path}. */
	private static final String SFTP_LOCATION = "sftp:([^@/\\s]+@)?[^:/\\s]+:/\\S*";

	/** What the agents' restic can reach: a local path, SFTP to another host, and a second copy of either. */
	private static void checkBackupTarget(BackupPolicy policy, Findings findings) {
		String location = policy.getTargetLocation() == null ? "" : policy.getTargetLocation().strip();
		String secondary = policy.getSecondaryLocation() == null ? "" : policy.getSecondaryLocation().strip();
		switch (policy.getTargetKind()) {
		case LOCAL -> {
			if (!location.startsWith("/")) {
				findings.error(policy, "backup.target.local", "A LOCAL backup needs an absolute path on the host as its"
						+ " target location (e.g. /var/lib/lifeboat/repos/" + policy.getName() + "), not '" + location + "'.");
			}
		}
		case D2D, D2D2C -> {
			if (!location.matches(SFTP_LOCATION)) {
				findings.error(policy, "backup.target.sftp", "A " + policy.getTargetKind() + " backup goes to another host"
						+ " over SFTP: set the target location to sftp:root@HOST:/path, not '" + location + "'.");
			}
			if (policy.getTargetKind() == dev.lifeboat.model.BackupTargetKind.D2D2C && secondary.isEmpty()) {
				findings.error(policy, "backup.target.secondary", "A D2D2C backup copies its snapshots to a second"
						+ " repository: set the secondary location (a path or sftp:root@HOST:/path).");
			} else if (policy.getTargetKind() == dev.lifeboat.model.BackupTargetKind.D2D2C
					&& !secondary.startsWith("/") && !secondary.matches(SFTP_LOCATION)) {
				findings.error(policy, "backup.target.secondary", "The second copy of a D2D2C backup goes to a path on"
						+ " the host or to a further host over SFTP: set the secondary location to /path or"
						+ " sftp:root@HOST:/path, not '" + secondary + "'.");
			} else if (policy.getTargetKind() == dev.lifeboat.model.BackupTargetKind.D2D2C && secondary.equals(location)) {
				findings.error(policy, "backup.target.secondary", "The second copy of a D2D2C backup is the primary"
						+ " repository itself (" + location + "), so there is no second copy: set another secondary"
						+ " location.");
			}
		}
		default -> findings.error(policy, "backup.target.kind", "Backups to " + policy.getTargetKind()
				+ " are not supported by the agents yet. Use LOCAL, D2D or D2D2C.");
		}
	}

	static void checkDr(DrPlan plan, TopologyIndex index, Findings findings) {
		int vni = plan.getDrillVni();
		if (vni < 0 || vni > OverlayRules.MAX_VNI) {
			findings.error(plan, "dr.drillVni.range", "Drill VNI " + vni + " is outside 0.." + OverlayRules.MAX_VNI
					+ ". Set a drill VNI in that range that no overlay uses.");
		}
		for (OverlayNetwork overlay : index.overlaysWithVni(vni)) {
			findings.error(plan, "dr.drillVni.production", "Drill VNI " + vni + " is the VNI of production "
					+ describe(overlay) + ", so a drill would restore into production. Set a drill VNI no overlay uses.",
					overlay);
		}
		Set<VirtualMachine> seen = new HashSet<>();
		for (VirtualMachine vm : plan.getVms()) {
			if (!seen.add(vm)) {
				findings.error(plan, "dr.vm.duplicate", describe(vm) + " appears more than once in the start order."
						+ " Keep it once, at the position it should start.", vm);
			} else if (!index.isBackedUp(vm)) {
				findings.error(plan, "dr.vm.backup", "The plan recovers " + describe(vm) + ", but no backup policy"
						+ " protects it, so there is nothing to recover it from. Add " + describe(vm)
						+ " to a backup policy.", vm);
			}
		}
	}
}
