package dev.lifeboat.core.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.FencingMode;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BackupSpec;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaVtep;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Compiles a valid topology into the configuration each host's agent converges to. Deterministic: the same
 * topology always gives the same configurations, in the same order, so plans diff cleanly.
 */
public final class TopologyCompiler {

	private TopologyCompiler() {
	}

	/**
	 * Compiles {@code topology}.
	 *
	 * @throws CompileException if validation finds errors; nothing is compiled from an invalid topology
	 */
	public static CompiledTopology compile(Topology topology) throws CompileException {
		List<Problem> problems = Validation.validate(topology);
		if (Validation.hasErrors(problems)) {
			throw new CompileException(problems.stream().filter(p -> p.severity() == Severity.ERROR).toList());
		}
		Map<OverlayNetwork, List<VirtualNic>> nicsOnOverlay = nicsOnOverlays(topology);
		Map<Host, AgentConfig> configs = new LinkedHashMap<>();
		for (Site site : topology.getSites()) {
			for (Host host : site.getHosts()) {
				configs.put(host, compileHost(topology, host, nicsOnOverlay));
			}
		}
		for (HaPolicy policy : topology.getHaPolicies()) {
			compileHa(policy, configs);
		}
		for (BackupPolicy policy : topology.getBackupPolicies()) {
			compileBackup(policy, configs);
		}
		return new CompiledTopology(configs);
	}

	/**
	 * Gives every member of {@code policy} the whole policy: members, their capacity, networks and VTEPs, and
	 * every guest they run, so that any member can compute a failover alone. A host in several policies takes
	 * part in the first (validation warns about it).
	 */
	private static void compileHa(HaPolicy policy, Map<Host, AgentConfig> configs) {
		HaSpec spec = new HaSpec(policy.getName(), policy.getHeartbeatIntervalMs(), policy.getMissedBeats(),
				policy.getFencing() == FencingMode.SELF_FENCE);
		List<Host> hosts = policy.getHosts().stream().distinct().sorted(Comparator.comparing(Host::getName)).toList();
		List<HaGuest> guests = new ArrayList<>();
		for (Host host : hosts) {
			AgentConfig config = configs.get(host);
			HaMember member = new HaMember(host.getName(), blankToNull(host.getManagementAddress()),
					host.getCpuCores(), host.getMemoryMiB());
			host.getNics().stream().filter(nic -> nic.getRoles().contains(NicRole.HEARTBEAT))
					.map(nic -> blankToNull(nic.getAddress())).filter(Objects::nonNull)
					.forEach(member.heartbeatAddresses()::add);
			config.bridges().forEach(bridge -> member.bridges().add(bridge.device()));
			for (VxlanSpec overlay : config.overlays()) {
				member.bridges().add(overlay.bridge());
				member.vteps().add(new HaVtep(overlay.bridge(), overlay.vni(), overlay.localAddress()));
			}
			spec.members().add(member);
			Map<String, VirtualMachine> vms = new HashMap<>();
			host.getVms().forEach(vm -> vms.put(vm.getName(), vm));
			for (GuestSpec guest : config.guests()) {
				guests.add(new HaGuest(host.getName(), vms.get(guest.name()).isHaProtected(), guest));
			}
		}
		guests.sort(Comparator.comparing(HaGuest::name));
		spec.guests().addAll(guests);
		for (Host host : hosts) {
			if (configs.get(host).ha() == null) {
				configs.get(host).setHa(spec);
			}
		}
	}

	/**
	 * Gives each host running a VM of {@code policy} the policy, limited to its own guests: the host that runs a
	 * guest is the one that can read its data. Passwords are not compiled; they reach hosts over SSH.
	 */
	private static void compileBackup(BackupPolicy policy, Map<Host, AgentConfig> configs) {
		Map<Host, List<String>> guestsByHost = new LinkedHashMap<>();
		for (VirtualMachine vm : policy.getVms()) {
			if (vm.getHost() != null && configs.containsKey(vm.getHost())) {
				guestsByHost.computeIfAbsent(vm.getHost(), host -> new ArrayList<>()).add(vm.getName());
			}
		}
		for (Map.Entry<Host, List<String>> entry : guestsByHost.entrySet()) {
			BackupSpec spec = new BackupSpec(policy.getName(), BackupSpec.Kind.valueOf(policy.getTargetKind().getName()),
					policy.getTargetLocation().strip(), blankToNull(policy.getSecondaryLocation()),
					policy.getIntervalMinutes(), policy.getRetentionCount(), policy.getRpoMinutes());
			entry.getValue().stream().distinct().sorted().forEach(spec.guests()::add);
			configs.get(entry.getKey()).backups().add(spec);
		}
	}

	private static AgentConfig compileHost(Topology topology, Host host,
			Map<OverlayNetwork, List<VirtualNic>> nicsOnOverlay) {
		AgentConfig config = new AgentConfig(host.getName(), host.getId(), topology.getName());
		Map<Bridge, BridgeSpec> bridges = compileBridges(host);
		config.bridges().addAll(bridges.values());
		for (OverlayNetwork overlay : topology.getOverlays()) {
			VtepEndpoint local = memberOn(overlay, host);
			if (local != null) {
				config.overlays().add(compileOverlay(overlay, local, nicsOnOverlay.getOrDefault(overlay, List.of())));
			}
		}
		for (VirtualMachine vm : host.getVms()) {
			config.guests().add(compileGuest(vm, bridges));
		}
		return config;
	}

	private static Map<Bridge, BridgeSpec> compileBridges(Host host) {
		Map<Bridge, BridgeSpec> bridges = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		for (Bridge bridge : host.getBridges()) {
			String device = DeviceNames.bridge(bridge.getName(), taken);
			BridgeSpec spec = new BridgeSpec(device, bridge.getId(), bridge.getName(), kindOf(bridge));
			if (bridge.getUplink() != null) {
				spec.uplink(bridge.getUplink().getName()).mtu(bridge.getUplink().getMtu());
			} else if (bridge.getGatewayAddress() != null && !bridge.getGatewayAddress().isBlank()) {
				spec.gateway(bridge.getGatewayAddress(), bridge.getPrefixLength());
			}
			bridges.put(bridge, spec);
		}
		return bridges;
	}

	/** A private bridge is NAT as soon as one NAT NIC plugs into it; without an uplink it is host-only. */
	private static BridgeSpec.Kind kindOf(Bridge bridge) {
		if (bridge.getUplink() != null) {
			return BridgeSpec.Kind.UPLINK;
		}
		boolean nat = bridge.getHost().getVms().stream().flatMap(vm -> vm.getNics().stream())
				.anyMatch(nic -> nic.getAttachment() == bridge && nic.getMode() == NicMode.NAT);
		return nat ? BridgeSpec.Kind.NAT : BridgeSpec.Kind.HOST_ONLY;
	}

	private static VxlanSpec compileOverlay(OverlayNetwork overlay, VtepEndpoint local, List<VirtualNic> nicsOn) {
		VxlanSpec.DataPlane plane = VxlanSpec.DataPlane
				.valueOf((local.isSetDataPlane() ? local.getDataPlane() : overlay.getDataPlane()).getName());
		VxlanSpec spec = new VxlanSpec(overlay.getId(), overlay.getName(), overlay.getVni(), overlay.getUdpPort(),
				overlay.getMtu())
				.transport(plane, VxlanSpec.Replication.valueOf(overlay.getReplication().getName()),
						blankToNull(overlay.getMulticastGroup()))
				.devices(DeviceNames.vxlan(overlay.getVni()), DeviceNames.overlayBridge(overlay.getVni()))
				.local(local.getUnderlayNic().getAddress(), local.getUnderlayNic().getName());

		Map<Host, String> vtepOfHost = new HashMap<>();
		for (VtepEndpoint member : overlay.getMembers()) {
			vtepOfHost.put(member.getHost(), member.getUnderlayNic().getAddress());
			if (member != local) {
				spec.peers().add(member.getUnderlayNic().getAddress());
			}
		}
		spec.peers().sort(Comparator.naturalOrder());

		// Every MAC the model places on this overlay behind another VTEP: static entries, so that no frame
		// for a known guest is ever flooded.
		List<FdbEntry> fdb = new ArrayList<>();
		for (VirtualNic nic : nicsOn) {
			Host owner = nic.getVm().getHost();
			if (owner != local.getHost() && vtepOfHost.containsKey(owner)) {
				fdb.add(new FdbEntry(normalizeMac(nic.getMac()), vtepOfHost.get(owner), blankToNull(nic.getIpAddress())));
			}
		}
		fdb.sort(Comparator.comparing(FdbEntry::mac));
		spec.fdb().addAll(fdb);
		return spec;
	}

	private static GuestSpec compileGuest(VirtualMachine vm, Map<Bridge, BridgeSpec> bridges) {
		GuestSpec guest = new GuestSpec(vm.getName(), vm.getId(), vm.getVcpus(), vm.getMemoryMiB(),
				vm.getRestartPriority()).withWorkload(GuestSpec.Workload.valueOf(vm.getWorkload().getName()));
		int index = 0;
		for (VirtualNic nic : vm.getNics()) {
			String name = DeviceNames.guestNic(nic.getName(), index++);
			String mac = normalizeMac(nic.getMac());
			String address = blankToNull(nic.getIpAddress());
			if (nic.getAttachment() instanceof OverlayNetwork overlay) {
				guest.nics().add(new GuestNicSpec(name, mac, address, nic.getPrefixLength(), GuestNicSpec.Mode.OVERLAY,
						DeviceNames.overlayBridge(overlay.getVni())).mtu(overlay.getMtu()));
			} else if (nic.getAttachment() instanceof Bridge bridge) {
				BridgeSpec spec = bridges.get(bridge);
				GuestNicSpec compiled = new GuestNicSpec(name, mac, address, nic.getPrefixLength(),
						GuestNicSpec.Mode.valueOf(nic.getMode().getName()), spec.device());
				if (nic.getMode() == NicMode.NAT) {
					compiled.gateway(spec.gatewayAddress());
				}
				guest.nics().add(compiled);
			}
		}
		return guest;
	}

	private static VtepEndpoint memberOn(OverlayNetwork overlay, Host host) {
		return overlay.getMembers().stream().filter(member -> member.getHost() == host).findFirst().orElse(null);
	}

	/** One pass over all VM NICs, so that compiling stays linear in the size of the topology. */
	private static Map<OverlayNetwork, List<VirtualNic>> nicsOnOverlays(Topology topology) {
		Map<OverlayNetwork, List<VirtualNic>> nics = new HashMap<>();
		for (Site site : topology.getSites()) {
			for (Host host : site.getHosts()) {
				for (VirtualMachine vm : host.getVms()) {
					for (VirtualNic nic : vm.getNics()) {
						if (nic.getAttachment() instanceof OverlayNetwork overlay) {
							nics.computeIfAbsent(overlay, key -> new ArrayList<>()).add(nic);
						}
					}
				}
			}
		}
		return nics;
	}

	/** MACs travel lower case, colon separated, as iproute2 prints them. */
	static String normalizeMac(String mac) {
		return mac == null ? null : mac.trim().toLowerCase(Locale.ROOT).replace('-', ':');
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
