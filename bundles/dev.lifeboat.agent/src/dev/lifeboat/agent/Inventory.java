package dev.lifeboat.agent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Reads what Lifeboat manages on this host from the kernel, not from the last config: bridges ({@code lb*},
 * {@code ov*}), VXLAN devices and Java VTEP taps ({@code vx*}) with their FDB, and guests.
 */
public final class Inventory {

	private static final String ANY_MAC = "00:00:00:00:00:00";

	private final LinuxNetwork network;
	private final GuestDriver guests;
	private final AgentHome home;

	public Inventory(LinuxNetwork network, GuestDriver guests, AgentHome home) {
		this.network = network;
		this.guests = guests;
		this.home = home;
	}

	public AgentState read(String hostName, String appliedHash) throws Shell.CommandException {
		AgentState state = new AgentState(hostName, Agent.VERSION, appliedHash);
		Map<String, LinuxNetwork.Link> links = network.links();
		Map<String, List<String>> addresses = null; // read once, when there is a bridge to report
		for (LinuxNetwork.Link link : links.values()) {
			if (link.kind().equals("bridge") && (link.name().startsWith("lb") || link.name().startsWith("ov"))) {
				AgentState.BridgeState bridge = new AgentState.BridgeState(link.name(), link.up(), link.mtu());
				links.values().stream().filter(port -> link.name().equals(port.master())).map(LinuxNetwork.Link::name)
						.sorted().forEach(bridge.ports()::add);
				if (addresses == null) {
					addresses = network.addressesByDevice();
				}
				addresses.getOrDefault(link.name(), List.of()).stream().sorted().forEach(bridge.addresses()::add);
				state.bridges().add(bridge);
			} else if ((link.kind().equals("vxlan") || link.kind().equals("tap")) && link.name().startsWith("vx")) {
				state.overlays().add(overlay(link));
			}
		}
		state.guests().addAll(guests.inspect());
		return state;
	}

	private AgentState.VxlanState overlay(LinuxNetwork.Link link) throws Shell.CommandException {
		boolean kernel = link.kind().equals("vxlan");
		int vni = kernel ? link.vni() : Integer.parseInt(link.name().substring(2));
		AgentState.VxlanState overlay = new AgentState.VxlanState(link.name(),
				kernel ? VxlanSpec.DataPlane.KERNEL : VxlanSpec.DataPlane.USERSPACE, vni, kernel ? link.dstPort() : -1,
				link.mtu(), link.local(), link.master());
		if (kernel) {
			List<FdbEntry> entries = new ArrayList<>();
			for (String[] entry : network.fdb(link.name())) {
				if (entry[0].equals(ANY_MAC)) {
					overlay.peers().add(entry[1]);
				} else {
					entries.add(new FdbEntry(entry[0], entry[1]));
				}
			}
			overlay.peers().sort(Comparator.naturalOrder());
			entries.sort(Comparator.comparing(FdbEntry::mac));
			overlay.fdb().addAll(entries);
		}
		LinuxNetwork.Counters[] counters = network.statistics(link.name());
		LinuxNetwork.Counters rx = counters[0];
		LinuxNetwork.Counters tx = counters[1];
		overlay.counters(rx.packets(), tx.packets(), rx.bytes(), tx.bytes(), rx.dropped() + tx.dropped());
		return overlay;
	}

	AgentHome home() {
		return home;
	}
}
