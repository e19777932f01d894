package dev.lifeboat.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Plans how to take the host from what the agent last applied to a new configuration: the steps, in an order
 * that never leaves a guest plugged into a missing bridge, each with its undo. Only what the previous
 * configuration created is removed; what is missing on the host (after a reboot, say) is created again.
 */
public final class Convergence {

	private static final String ANY_MAC = "00:00:00:00:00:00";

	private final LinuxNetwork network;
	private final GuestDriver guests;
	private final Firewall firewall;

	public Convergence(LinuxNetwork network, GuestDriver guests, Firewall firewall) {
		this.network = network;
		this.guests = guests;
		this.firewall = firewall;
	}

	/** The steps from {@code previous} (or nothing) to {@code desired}; empty when the host already matches. */
	public List<Step> plan(AgentConfig previous, AgentConfig desired) throws Shell.CommandException {
		AgentConfig before = previous == null ? new AgentConfig(desired.hostName(), desired.hostId(), null) : previous;
		Map<String, BridgeSpec> oldBridges = byKey(before.bridges(), BridgeSpec::device);
		Map<String, BridgeSpec> newBridges = byKey(desired.bridges(), BridgeSpec::device);
		Map<String, VxlanSpec> oldOverlays = byKey(before.overlays(), VxlanSpec::device);
		Map<String, VxlanSpec> newOverlays = byKey(desired.overlays(), VxlanSpec::device);
		Map<String, GuestSpec> oldGuests = byKey(before.guests(), GuestSpec::name);
		Map<String, GuestSpec> newGuests = byKey(desired.guests(), GuestSpec::name);

		// Bridges and overlays that must be (re)built; a guest plugged into one of them is re-plugged too.
		Set<String> rebuiltBridges = new HashSet<>();
		List<Step> removals = new ArrayList<>();
		List<Step> creations = new ArrayList<>();
		List<Step> updates = new ArrayList<>();

		for (BridgeSpec bridge : newBridges.values()) {
			BridgeSpec old = oldBridges.get(bridge.device());
			if (!bridge.equals(old) || !network.linkExists(bridge.device())) {
				rebuiltBridges.add(bridge.device());
				if (old != null) {
					removals.add(removeBridge(old));
				}
				creations.add(createBridge(bridge));
			}
		}
		for (BridgeSpec old : oldBridges.values()) {
			if (!newBridges.containsKey(old.device())) {
				removals.add(removeBridge(old));
			}
		}

		String oldRules = Firewall.rulesFor(before);
		String newRules = Firewall.rulesFor(desired);
		String liveRules = firewall.current();
		if (!newRules.equals(oldRules) || newRules.isEmpty() != liveRules.isEmpty()) {
			creations.add(new Step("set the NAT and isolation rules (nft table ip lifeboat)",
					() -> firewall.replace(newRules), () -> firewall.replace(liveRules)));
		}
		if (desired.bridges().stream().anyMatch(b -> b.kind() == BridgeSpec.Kind.NAT)) {
			String forwarding = network.sysctl("net.ipv4.ip_forward");
			if (!"1".equals(forwarding)) {
				creations.add(new Step("enable IPv4 forwarding for NAT guests",
						() -> network.setSysctl("net.ipv4.ip_forward", "1"),
						() -> network.setSysctl("net.ipv4.ip_forward", forwarding)));
			}
		}

		for (VxlanSpec overlay : newOverlays.values()) {
			VxlanSpec old = oldOverlays.get(overlay.device());
			boolean present = network.linkExists(overlay.device()) && network.linkExists(overlay.bridge());
			if (old != null && present && sameDevice(old, overlay)) {
				if (!old.peers().equals(overlay.peers()) || !old.fdb().equals(overlay.fdb())) {
					updates.add(updateForwarding(old, overlay));
				}
				continue;
			}
			rebuiltBridges.add(overlay.bridge());
			if (old != null) {
				removals.add(removeOverlay(old));
			}
			creations.add(createOverlay(overlay));
		}
		for (VxlanSpec old : oldOverlays.values()) {
			if (!newOverlays.containsKey(old.device())) {
				removals.add(removeOverlay(old));
			}
		}

		List<Step> guestRemovals = new ArrayList<>();
		for (GuestSpec guest : newGuests.values()) {
			GuestSpec old = oldGuests.get(guest.name());
			boolean replug = guest.nics().stream().map(GuestNicSpec::bridge).anyMatch(rebuiltBridges::contains);
			if (guest.equals(old) && !replug && guests.exists(guest)) {
				continue;
			}
			if (old != null && guests.exists(old)) {
				guestRemovals.add(removeGuest(old));
			}
			creations.add(createGuest(guest));
		}
		for (GuestSpec old : oldGuests.values()) {
			if (!newGuests.containsKey(old.name())) {
				guestRemovals.add(removeGuest(old));
			}
		}

		List<Step> steps = new ArrayList<>(guestRemovals);
		steps.addAll(removals);
		steps.addAll(creations);
		steps.addAll(updates);
		return steps;
	}

	private Step createBridge(BridgeSpec bridge) {
		return new Step("create " + describe(bridge), () -> buildBridge(bridge), () -> tearDownBridge(bridge));
	}

	private Step removeBridge(BridgeSpec bridge) {
		return new Step("remove " + describe(bridge), () -> tearDownBridge(bridge), () -> buildBridge(bridge));
	}

	private void buildBridge(BridgeSpec bridge) throws Shell.CommandException {
		try {
			network.addBridge(bridge.device(), bridge.mtu());
			if (bridge.uplink() != null) {
				moveAddressing(bridge.uplink(), bridge.device());
				network.setMaster(bridge.uplink(), bridge.device());
			} else if (bridge.gatewayAddress() != null) {
				network.addAddress(bridge.device(), bridge.gatewayAddress() + "/" + bridge.prefixLength());
			}
		} catch (Shell.CommandException e) {
			tearDownBridge(bridge);
			throw e;
		}
	}

	private void tearDownBridge(BridgeSpec bridge) throws Shell.CommandException {
		if (!network.linkExists(bridge.device())) {
			return;
		}
		if (bridge.uplink() != null && network.linkExists(bridge.uplink())) {
			network.noMaster(bridge.uplink());
			moveAddressing(bridge.device(), bridge.uplink());
		}
		network.deleteLink(bridge.device());
	}

	/**
	 * An enslaved NIC stops answering on its own addresses, so they move to the bridge (and back when the
	 * bridge goes): the host stays reachable on the same address throughout.
	 */
	private void moveAddressing(String from, String to) throws Shell.CommandException {
		List<String> routes = network.staticRoutes(from);
		for (String address : network.addresses(from)) {
			network.addAddress(to, address);
			network.deleteAddress(from, address);
		}
		network.up(to);
		for (String route : routes) {
			network.addRoute(route.replaceAll("\\s+dev\\s+\\S+", ""), to);
		}
	}

	private Step createOverlay(VxlanSpec overlay) {
		return new Step("create overlay " + overlay.overlayName() + " (VNI " + overlay.vni() + ", "
				+ overlay.dataPlane().name().toLowerCase(java.util.Locale.ROOT) + ") on " + overlay.bridge(),
				() -> buildOverlay(overlay), () -> tearDownOverlay(overlay));
	}

	private Step removeOverlay(VxlanSpec overlay) {
		return new Step("remove overlay " + overlay.overlayName() + " (VNI " + overlay.vni() + ")",
				() -> tearDownOverlay(overlay), () -> buildOverlay(overlay));
	}

	private void buildOverlay(VxlanSpec overlay) throws Shell.CommandException {
		try {
			int deviceMtu = network.mtu(overlay.underlayDevice()) - 50;
			LinuxNetwork.IpCommands devices = new LinuxNetwork.IpCommands().addBridge(overlay.bridge(), 0);
			List<LinuxNetwork.FdbChange> forwarding = new ArrayList<>();
			if (overlay.dataPlane() == VxlanSpec.DataPlane.KERNEL) {
				String group = overlay.replication() == VxlanSpec.Replication.MULTICAST ? overlay.multicastGroup() : null;
				devices.addVxlan(overlay.device(), overlay.vni(), overlay.udpPort(), overlay.localAddress(),
						overlay.underlayDevice(), group, deviceMtu);
				if (group == null) {
					overlay.peers().forEach(peer -> forwarding.add(new LinuxNetwork.FdbChange(LinuxNetwork.FdbOp.APPEND, ANY_MAC, peer)));
				}
				overlay.fdb().forEach(entry -> forwarding.add(new LinuxNetwork.FdbChange(LinuxNetwork.FdbOp.APPEND, entry.mac(), entry.remote())));
			} else {
				// The Java VTEP of 'agent serve' attaches to this TAP and carries its frames.
				devices.addTap(overlay.device(), deviceMtu);
			}
			network.ip(null, devices.setMaster(overlay.device(), overlay.bridge()).up(overlay.device()));
			network.fdbBatch(overlay.device(), forwarding);
		} catch (Shell.CommandException e) {
			tearDownOverlay(overlay);
			throw e;
		}
	}

	private void tearDownOverlay(VxlanSpec overlay) throws Shell.CommandException {
		network.deleteLink(overlay.device());
		network.deleteLink(overlay.bridge());
	}

	private Step updateForwarding(VxlanSpec old, VxlanSpec overlay) {
		return new Step("update forwarding of overlay " + overlay.overlayName() + " (peers and static FDB)",
				() -> reprogram(old, overlay), () -> reprogram(overlay, old));
	}

	/** Adds what is new before deleting what is gone, so that known MACs never fall back to flooding. */
	private void reprogram(VxlanSpec from, VxlanSpec to) throws Shell.CommandException {
		if (to.dataPlane() != VxlanSpec.DataPlane.KERNEL) {
			return; // the Java VTEP reads peers and FDB from the applied config
		}
		List<LinuxNetwork.FdbChange> changes = new ArrayList<>();
		for (String peer : to.peers()) {
			if (!from.peers().contains(peer)) {
				changes.add(new LinuxNetwork.FdbChange(LinuxNetwork.FdbOp.APPEND, ANY_MAC, peer));
			}
		}
		// A guest that moved keeps its MAC behind another VTEP: its entry is re-pointed in place, not re-added.
		Set<String> before = from.fdb().stream().map(FdbEntry::mac).collect(Collectors.toSet());
		Set<String> after = to.fdb().stream().map(FdbEntry::mac).collect(Collectors.toSet());
		for (FdbEntry entry : to.fdb()) {
			if (!from.fdb().contains(entry)) {
				changes.add(new LinuxNetwork.FdbChange(before.contains(entry.mac()) ? LinuxNetwork.FdbOp.REPLACE
						: LinuxNetwork.FdbOp.APPEND, entry.mac(), entry.remote()));
			}
		}
		for (FdbEntry entry : from.fdb()) {
			if (!to.fdb().contains(entry) && !after.contains(entry.mac())) {
				changes.add(new LinuxNetwork.FdbChange(LinuxNetwork.FdbOp.DELETE, entry.mac(), entry.remote()));
			}
		}
		for (String peer : from.peers()) {
			if (!to.peers().contains(peer)) {
				changes.add(new LinuxNetwork.FdbChange(LinuxNetwork.FdbOp.DELETE, ANY_MAC, peer));
			}
		}
		network.fdbBatch(to.device(), changes);
	}

	private Step createGuest(GuestSpec guest) {
		return new Step("start guest " + guest.name(), () -> guests.create(guest), () -> guests.remove(guest));
	}

	private Step removeGuest(GuestSpec guest) {
		return new Step("stop and remove guest " + guest.name(), () -> guests.remove(guest), () -> guests.create(guest));
	}

	private static boolean sameDevice(VxlanSpec a, VxlanSpec b) {
		return a.vni() == b.vni() && a.udpPort() == b.udpPort() && a.mtu() == b.mtu() && a.dataPlane() == b.dataPlane()
				&& a.replication() == b.replication() && Objects.equals(a.multicastGroup(), b.multicastGroup())
				&& Objects.equals(a.localAddress(), b.localAddress())
				&& Objects.equals(a.underlayDevice(), b.underlayDevice()) && Objects.equals(a.bridge(), b.bridge());
	}

	private static String describe(BridgeSpec bridge) {
		return "bridge " + bridge.device() + " ('" + bridge.modelName() + "', "
				+ bridge.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
				+ (bridge.uplink() != null ? ", uplink " + bridge.uplink() : "") + ")";
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T item : items) {
			map.put(key.apply(item), item);
		}
		return map;
	}
}
