package dev.lifeboat.agent.tests.lab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.lifeboat.protocol.AgentConfig;
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
 * Agent configurations for lab tests, built the way the console's compiler builds them: every member of an
 * overlay gets the others as peers and a static FDB entry for every remote guest.
 */
final class LabConfigs {

	/** One guest on one overlay: which host runs it, its MAC and address. */
	record Placement(String host, String guest, int vni, String mac, String address) {
	}

	private LabConfigs() {
	}

	static AgentConfig empty(Lab.Host host) {
		return new AgentConfig(host.name(), host.name(), "lab");
	}

	/**
	 * The configurations of {@code hosts} for guests {@code placements} on overlays, each host using the data
	 * plane {@code planes} gives it (kernel if absent).
	 */
	static Map<String, AgentConfig> overlays(Collection<Lab.Host> hosts, List<Placement> placements,
			Map<String, VxlanSpec.DataPlane> planes) {
		Map<String, AgentConfig> configs = new java.util.LinkedHashMap<>();
		for (Lab.Host host : hosts) {
			AgentConfig config = empty(host);
			for (int vni : placements.stream().map(Placement::vni).distinct().sorted().toList()) {
				VxlanSpec overlay = new VxlanSpec("overlay-" + vni, "ov" + vni, vni, 4789, 1450)
						.transport(planes.getOrDefault(host.name(), VxlanSpec.DataPlane.KERNEL),
								VxlanSpec.Replication.HEAD_END, null)
						.devices("vx" + vni, "ov" + vni).local(host.underlayAddress(), "eth1");
				for (Lab.Host peer : hosts) {
					if (peer != host) {
						overlay.peers().add(peer.underlayAddress());
					}
				}
				overlay.peers().sort(null);
				List<FdbEntry> fdb = new ArrayList<>();
				for (Placement placement : placements) {
					if (placement.vni() == vni && !placement.host().equals(host.name())) {
						String remote = hosts.stream().filter(h -> h.name().equals(placement.host())).findFirst()
								.orElseThrow().underlayAddress();
						fdb.add(new FdbEntry(placement.mac(), remote, placement.address()));
					}
				}
				fdb.sort(java.util.Comparator.comparing(FdbEntry::mac));
				overlay.fdb().addAll(fdb);
				config.overlays().add(overlay);
			}
			for (Placement placement : placements) {
				if (placement.host().equals(host.name())) {
					GuestSpec guest = new GuestSpec(placement.guest(), placement.guest(), 1, 256, 10);
					guest.nics().add(new GuestNicSpec("eth0", placement.mac(), placement.address(), 24,
							GuestNicSpec.Mode.OVERLAY, "ov" + placement.vni()).mtu(1450));
					config.guests().add(guest);
				}
			}
			configs.put(host.name(), config);
		}
		return configs;
	}

	/**
	 * Overlay configurations for {@code placements} plus an HA policy over all {@code hosts}, as the console
	 * compiles one: every member's management and underlay NICs are heartbeat paths, every guest runs the file
	 * service, and the guests named in {@code protectedGuests} restart elsewhere when their host fails.
	 */
	static Map<String, AgentConfig> ha(Collection<Lab.Host> hosts, List<Placement> placements,
			List<String> protectedGuests, int intervalMs, int missedBeats) {
		return ha(hosts, placements, protectedGuests, intervalMs, missedBeats, Map.of());
	}

	/** {@link #ha} with the overlay data plane of each host as {@code planes} gives it (kernel if absent). */
	static Map<String, AgentConfig> ha(Collection<Lab.Host> hosts, List<Placement> placements,
			List<String> protectedGuests, int intervalMs, int missedBeats, Map<String, VxlanSpec.DataPlane> planes) {
		Map<String, AgentConfig> configs = overlays(hosts, placements, planes);
		HaSpec spec = new HaSpec("lab-ha", intervalMs, missedBeats, true);
		for (Lab.Host host : hosts) {
			HaMember member = new HaMember(host.name(), host.managementAddress(), 4, 4096);
			member.heartbeatAddresses().addAll(List.of(host.managementAddress(), host.underlayAddress()));
			for (int vni : placements.stream().map(Placement::vni).distinct().sorted().toList()) {
				member.bridges().add("ov" + vni);
				member.vteps().add(new HaVtep("ov" + vni, vni, host.underlayAddress()));
			}
			spec.members().add(member);
		}
		for (Placement placement : placements) {
			GuestSpec guest = configs.get(placement.host()).guests().stream()
					.filter(g -> g.name().equals(placement.guest())).findFirst().orElseThrow();
			guest.withWorkload(GuestSpec.Workload.FILE_SERVICE);
			spec.guests().add(new HaGuest(placement.host(), protectedGuests.contains(placement.guest()), guest));
		}
		spec.guests().sort(java.util.Comparator.comparing(HaGuest::name));
		configs.values().forEach(config -> config.setHa(spec));
		return configs;
	}

	/** A host with one NAT guest and one host-only guest, each on a private bridge. */
	static AgentConfig privateNetworks(Lab.Host host) {
		AgentConfig config = empty(host);
		config.bridges().add(new BridgeSpec("lbnat", "bridge-nat", "nat", BridgeSpec.Kind.NAT).gateway("198.19.31.1", 24));
		config.bridges().add(new BridgeSpec("lbiso", "bridge-iso", "isolated", BridgeSpec.Kind.HOST_ONLY)
				.gateway("198.19.32.1", 24));
		GuestSpec nat = new GuestSpec("natg", "natg", 1, 256, 10);
		nat.nics().add(new GuestNicSpec("eth0", "52:54:00:31:00:10", "198.19.31.10", 24, GuestNicSpec.Mode.NAT, "lbnat")
				.gateway("198.19.31.1"));
		config.guests().add(nat);
		GuestSpec isolated = new GuestSpec("isog", "isog", 1, 256, 10);
		isolated.nics().add(new GuestNicSpec("eth0", "52:54:00:32:00:10", "198.19.32.10", 24,
				GuestNicSpec.Mode.HOST_ONLY, "lbiso"));
		config.guests().add(isolated);
		return config;
	}
}
