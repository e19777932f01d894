package dev.lifeboat.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Checks a whole configuration against this host before anything is changed: an apply either can do
 * everything or does nothing.
 */
public final class Preflight {

	private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
	private static final Pattern MAC = Pattern.compile("([0-9a-f]{2}:){5}[0-9a-f]{2}");

	private final LinuxNetwork network;

	public Preflight(LinuxNetwork network) {
		this.network = network;
	}

	/** Every problem that would stop the apply; empty when it can go ahead. */
	public List<String> check(AgentConfig config) throws Shell.CommandException {
		List<String> problems = new ArrayList<>();
		var links = network.links();
		Set<String> bridges = new HashSet<>();
		for (BridgeSpec bridge : config.bridges()) {
			device(bridge.device(), "bridge " + bridge.modelName(), problems);
			bridges.add(bridge.device());
			if (bridge.uplink() != null && !links.containsKey(bridge.uplink())) {
				problems.add("bridge " + bridge.modelName() + ": its uplink " + bridge.uplink()
						+ " does not exist on this host; fix the NIC name in the topology");
			}
		}
		for (VxlanSpec overlay : config.overlays()) {
			String label = "overlay " + overlay.overlayName() + " (VNI " + overlay.vni() + ")";
			device(overlay.device(), label, problems);
			device(overlay.bridge(), label, problems);
			bridges.add(overlay.bridge());
			if (overlay.vni() < 0 || overlay.vni() > 0xFFFFFF) {
				problems.add(label + ": VNI outside 0..16777215");
			}
			LinuxNetwork.Link underlay = links.get(overlay.underlayDevice());
			if (underlay == null) {
				problems.add(label + ": the underlay NIC " + overlay.underlayDevice() + " does not exist on this host");
			} else {
				if (overlay.mtu() > underlay.mtu() - 50) {
					problems.add(label + ": overlay MTU " + overlay.mtu() + " needs an underlay MTU of at least "
							+ (overlay.mtu() + 50) + " but " + overlay.underlayDevice() + " has " + underlay.mtu());
				}
				if (!network.addresses(overlay.underlayDevice()).stream().anyMatch(
						cidr -> cidr.startsWith(overlay.localAddress() + "/")) && !ownedByBridge(overlay, links)) {
					problems.add(label + ": the VTEP address " + overlay.localAddress() + " is not configured on "
							+ overlay.underlayDevice());
				}
			}
		}
		for (GuestSpec guest : config.guests()) {
			for (GuestNicSpec nic : guest.nics()) {
				String label = "guest " + guest.name() + " NIC " + nic.name();
				device(nic.name(), label, problems);
				if (nic.mac() == null || !MAC.matcher(nic.mac()).matches()) {
					problems.add(label + ": MAC '" + nic.mac() + "' is not of the form 52:54:00:12:34:56");
				}
				if (!bridges.contains(nic.bridge())) {
					problems.add(label + ": bridge " + nic.bridge() + " is neither configured nor an overlay bridge");
				}
			}
		}
		return problems;
	}

	/** An underlay NIC already enslaved to a Lifeboat bridge keeps its address on the bridge. */
	private static boolean ownedByBridge(VxlanSpec overlay, java.util.Map<String, LinuxNetwork.Link> links) {
		LinuxNetwork.Link underlay = links.get(overlay.underlayDevice());
		return underlay != null && underlay.master() != null;
	}

	private static void device(String name, String owner, List<String> problems) {
		if (name == null || !DEVICE.matcher(name).matches()) {
			problems.add(owner + ": '" + name + "' is not a valid Linux interface name (1-15 of A-Z a-z 0-9 _ . -)");
		}
	}
}
