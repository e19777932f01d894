package dev.lifeboat.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Compares what a host reports ({@link AgentState}, read from its kernel) with its compiled configuration
 * and lists the differences: bridges, overlays, their peers and FDB entries, guests and their NICs.
 */
public final class StateDiff {

	private StateDiff() {
	}

	/** The plan for one host; {@code actual} may be {@code null} for a host that never ran the agent. */
	public static HostPlan plan(AgentConfig desired, AgentState actual) {
		List<Change> changes = new ArrayList<>();
		List<AgentState.BridgeState> bridges = actual == null ? List.of() : actual.bridges();
		List<AgentState.VxlanState> overlays = actual == null ? List.of() : actual.overlays();
		List<AgentState.GuestState> guests = actual == null ? List.of() : actual.guests();
		diffBridges(desired, bridges, changes);
		diffOverlays(desired, overlays, changes);
		diffGuests(desired, guests, changes);
		return new HostPlan(desired.hostName(), desired, changes);
	}

	private static void diffBridges(AgentConfig desired, List<AgentState.BridgeState> actual, List<Change> changes) {
		Map<String, AgentState.BridgeState> found = byKey(actual, AgentState.BridgeState::device);
		for (VxlanSpec overlay : desired.overlays()) {
			found.remove(overlay.bridge()); // overlay bridges are reported with their overlay
		}
		for (BridgeSpec bridge : desired.bridges()) {
			AgentState.BridgeState state = found.remove(bridge.device());
			if (state == null) {
				changes.add(new Change(Change.Kind.ADDED, "bridge", bridge.device(), describe(bridge)));
				continue;
			}
			List<String> differences = new ArrayList<>();
			if (bridge.uplink() != null && !state.ports().contains(bridge.uplink())) {
				differences.add("uplink " + bridge.uplink() + " is not a port");
			}
			String gateway = bridge.gatewayAddress() == null ? null : bridge.gatewayAddress() + "/" + bridge.prefixLength();
			if (gateway != null && !state.addresses().contains(gateway)) {
				differences.add("gateway " + gateway + " missing (has " + state.addresses() + ")");
			}
			if (!state.up()) {
				differences.add("down");
			}
			if (!differences.isEmpty()) {
				changes.add(new Change(Change.Kind.CHANGED, "bridge", bridge.device(), String.join(", ", differences)));
			}
		}
		for (AgentState.BridgeState extra : found.values()) {
			if (extra.device().startsWith("lb")) {
				changes.add(new Change(Change.Kind.REMOVED, "bridge", extra.device(), ""));
			}
		}
	}

	private static void diffOverlays(AgentConfig desired, List<AgentState.VxlanState> actual, List<Change> changes) {
		Map<String, AgentState.VxlanState> found = byKey(actual, AgentState.VxlanState::device);
		for (VxlanSpec overlay : desired.overlays()) {
			AgentState.VxlanState state = found.remove(overlay.device());
			String name = overlay.overlayName() + " (VNI " + overlay.vni() + ")";
			if (state == null) {
				changes.add(new Change(Change.Kind.ADDED, "overlay", name, overlay.dataPlane().name().toLowerCase(Locale.ROOT)
						+ " VTEP " + overlay.localAddress() + " port " + overlay.udpPort() + ", " + overlay.peers().size()
						+ " peer(s), " + overlay.fdb().size() + " static FDB entr" + (overlay.fdb().size() == 1 ? "y" : "ies")));
				continue;
			}
			List<String> differences = new ArrayList<>();
			if (state.dataPlane() != overlay.dataPlane()) {
				differences.add("data plane " + state.dataPlane() + " -> " + overlay.dataPlane());
			}
			if (overlay.dataPlane() == VxlanSpec.DataPlane.KERNEL) {
				if (state.vni() != overlay.vni()) {
					differences.add("VNI " + state.vni() + " -> " + overlay.vni());
				}
				if (state.udpPort() != overlay.udpPort()) {
					differences.add("port " + state.udpPort() + " -> " + overlay.udpPort());
				}
				if (!Objects.equals(state.localAddress(), overlay.localAddress())) {
					differences.add("local " + state.localAddress() + " -> " + overlay.localAddress());
				}
			}
			if (!differences.isEmpty()) {
				changes.add(new Change(Change.Kind.CHANGED, "overlay", name, String.join(", ", differences)));
			}
			if (overlay.dataPlane() == VxlanSpec.DataPlane.KERNEL && state.dataPlane() == VxlanSpec.DataPlane.KERNEL) {
				diffForwarding(overlay, state, changes);
			}
		}
		for (AgentState.VxlanState extra : found.values()) {
			changes.add(new Change(Change.Kind.REMOVED, "overlay", "VNI " + extra.vni() + " (" + extra.device() + ")", ""));
		}
	}

	private static void diffForwarding(VxlanSpec overlay, AgentState.VxlanState state, List<Change> changes) {
		String where = " on " + overlay.overlayName();
		for (String peer : overlay.peers()) {
			if (!state.peers().contains(peer)) {
				changes.add(new Change(Change.Kind.ADDED, "peer", peer + where, "head-end replication"));
			}
		}
		for (String peer : state.peers()) {
			if (!overlay.peers().contains(peer)) {
				changes.add(new Change(Change.Kind.REMOVED, "peer", peer + where, ""));
			}
		}
		Map<String, String> actual = new LinkedHashMap<>();
		state.fdb().forEach(entry -> actual.put(entry.mac(), entry.remote()));
		for (FdbEntry entry : overlay.fdb()) {
			String remote = actual.remove(entry.mac());
			if (remote == null) {
				changes.add(new Change(Change.Kind.ADDED, "fdb", entry.mac() + where, "-> " + entry.remote()));
			} else if (!remote.equals(entry.remote())) {
				changes.add(new Change(Change.Kind.CHANGED, "fdb", entry.mac() + where, remote + " -> " + entry.remote()));
			}
		}
		actual.forEach((mac, remote) -> changes.add(new Change(Change.Kind.REMOVED, "fdb", mac + where, "-> " + remote)));
	}

	private static void diffGuests(AgentConfig desired, List<AgentState.GuestState> actual, List<Change> changes) {
		Map<String, AgentState.GuestState> found = byKey(actual, AgentState.GuestState::name);
		for (GuestSpec guest : desired.guests()) {
			AgentState.GuestState state = found.remove(guest.name());
			if (state == null) {
				changes.add(new Change(Change.Kind.ADDED, "guest", guest.name(), guest.nics().size() + " NIC(s)"));
				continue;
			}
			List<String> differences = new ArrayList<>();
			Map<String, AgentState.GuestNicState> nics = byKey(state.nics(), AgentState.GuestNicState::name);
			for (GuestNicSpec nic : guest.nics()) {
				AgentState.GuestNicState running = nics.remove(nic.name());
				String address = nic.address() == null ? null : nic.address() + "/" + nic.prefixLength();
				if (running == null) {
					differences.add("NIC " + nic.name() + " added");
				} else if (!nic.mac().equalsIgnoreCase(String.valueOf(running.mac()))
						|| !Objects.equals(address, running.address()) || !Objects.equals(nic.bridge(), running.bridge())) {
					differences.add("NIC " + nic.name() + " " + running.mac() + " " + running.address() + " on "
							+ running.bridge() + " -> " + nic.mac() + " " + address + " on " + nic.bridge());
				}
			}
			nics.keySet().forEach(nic -> differences.add("NIC " + nic + " removed"));
			if (!differences.isEmpty()) {
				changes.add(new Change(Change.Kind.CHANGED, "guest", guest.name(), String.join("; ", differences)));
			}
		}
		for (AgentState.GuestState extra : found.values()) {
			changes.add(new Change(Change.Kind.REMOVED, "guest", extra.name(), ""));
		}
	}

	private static String describe(BridgeSpec bridge) {
		return bridge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
				+ (bridge.uplink() != null ? ", uplink " + bridge.uplink() : "")
				+ (bridge.gatewayAddress() != null ? ", gateway " + bridge.gatewayAddress() + "/" + bridge.prefixLength() : "");
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(key.apply(item), item));
		return map;
	}
}
