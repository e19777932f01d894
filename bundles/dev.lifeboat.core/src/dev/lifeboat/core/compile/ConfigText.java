package dev.lifeboat.core.compile;

import java.util.Locale;
import java.util.stream.Collectors;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.VxlanSpec;

/** A host's compiled configuration as an administrator reads it (the CLI's {@code plan}, the console). */
public final class ConfigText {

	private ConfigText() {
	}

	public static String describe(AgentConfig config) {
		StringBuilder text = new StringBuilder();
		text.append("host ").append(config.hostName()).append('\n');
		if (config.bridges().isEmpty() && config.overlays().isEmpty() && config.guests().isEmpty()) {
			text.append("  (nothing to configure)\n");
		}
		for (BridgeSpec bridge : config.bridges()) {
			text.append("  bridge ").append(bridge.device()).append(" (").append(bridge.modelName()).append(") ")
					.append(bridge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			if (bridge.uplink() != null) {
				text.append(", uplink ").append(bridge.uplink());
			}
			if (bridge.gatewayAddress() != null) {
				text.append(", gateway ").append(bridge.gatewayAddress()).append('/').append(bridge.prefixLength());
			}
			text.append('\n');
		}
		for (VxlanSpec overlay : config.overlays()) {
			text.append("  overlay ").append(overlay.overlayName()).append(": vxlan ").append(overlay.device())
					.append(" vni ").append(overlay.vni()).append(" dstport ").append(overlay.udpPort())
					.append(" local ").append(overlay.localAddress()).append(" dev ").append(overlay.underlayDevice())
					.append(" mtu ").append(overlay.mtu()).append(", ").append(overlay.dataPlane().name().toLowerCase(Locale.ROOT))
					.append(" data plane, bridge ").append(overlay.bridge()).append('\n');
			if (overlay.replication() == VxlanSpec.Replication.MULTICAST) {
				text.append("    multicast group ").append(overlay.multicastGroup()).append('\n');
			} else {
				text.append("    head-end replication to ").append(overlay.peers().isEmpty() ? "(no peers)" : String.join(", ", overlay.peers())).append('\n');
			}
			for (FdbEntry entry : overlay.fdb()) {
				text.append("    fdb ").append(entry.mac()).append(" -> ").append(entry.remote()).append('\n');
			}
		}
		for (GuestSpec guest : config.guests()) {
			text.append("  guest ").append(guest.name()).append(": ").append(guest.vcpus()).append(" vCPU, ")
					.append(guest.memoryMiB()).append(" MiB, restart priority ").append(guest.restartPriority())
					.append('\n');
			for (GuestNicSpec nic : guest.nics()) {
				text.append("    nic ").append(nic.name()).append(' ').append(nic.mac()).append(' ')
						.append(nic.address() == null ? "(no address)" : nic.address() + "/" + nic.prefixLength())
						.append(' ').append(nic.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'))
						.append(" on ").append(nic.bridge());
				if (nic.gateway() != null) {
					text.append(" via ").append(nic.gateway());
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	/** All hosts, one block each. */
	public static String describe(CompiledTopology compiled) {
		return compiled.all().stream().map(ConfigText::describe).collect(Collectors.joining("\n"));
	}
}
