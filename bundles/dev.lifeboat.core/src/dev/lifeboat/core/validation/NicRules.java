package dev.lifeboat.core.validation;

import static dev.lifeboat.core.validation.ElementLabels.describe;

import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.VirtualNic;

/**
 * Rules of one VM NIC: its addresses and whether its mode fits what it is attached to. The duplicate checks
 * across NICs live in {@link TopologyRules}.
 */
final class NicRules {

	private NicRules() {
	}

	static void check(VirtualNic nic, TopologyIndex index, Findings findings) {
		checkMac(nic, findings);
		checkIp(nic, findings);
		checkAttachment(nic, index, findings);
	}

	private static void checkMac(VirtualNic nic, Findings findings) {
		String mac = nic.getMac();
		// No MAC yet is fine: one is generated when the NIC is deployed.
		if (mac == null || mac.isBlank()) {
			return;
		}
		String normalised = Addresses.normaliseMac(mac);
		if (normalised == null) {
			findings.error(nic, "vnic.mac.format", "MAC '" + mac + "' is not of the form xx:xx:xx:xx:xx:xx."
					+ " Write six hex octets separated by colons, e.g. 52:54:00:12:34:56.");
		} else if (Addresses.isMulticastMac(normalised)) {
			findings.error(nic, "vnic.mac.multicast", "MAC " + normalised + " is a multicast address (the lowest bit of"
					+ " its first octet is set), which no NIC may own. Use a unicast MAC with an even first octet,"
					+ " e.g. 52:54:00:12:34:56.");
		}
	}

	private static void checkIp(VirtualNic nic, Findings findings) {
		String ip = nic.getIpAddress();
		// No IP is fine: the guest may use DHCP.
		if (ip != null && !ip.isBlank() && Addresses.parseIp(ip) == null) {
			findings.error(nic, "vnic.ip.format", "IP address '" + ip + "' is not a valid IPv4 or IPv6 address."
					+ " Write the address alone, e.g. 10.0.0.5; the prefix length is a separate field.");
		}
	}

	private static void checkAttachment(VirtualNic nic, TopologyIndex index, Findings findings) {
		NicMode mode = nic.getMode();
		L2Domain attachment = nic.getAttachment();
		Host vmHost = nic.getVm() == null ? null : nic.getVm().getHost();
		if (attachment == null) {
			findings.error(nic, "vnic.attachment.missing", mode == NicMode.BRIDGED
					? "The BRIDGED NIC is attached to nothing. Attach it to a bridge with an uplink or to an overlay."
					: "The " + mode + " NIC is attached to nothing. Attach it to a private bridge (one without uplink)"
							+ (vmHost == null ? "" : " on " + describe(vmHost)) + ".");
			return;
		}
		if (attachment instanceof OverlayNetwork overlay) {
			if (mode != NicMode.BRIDGED) {
				findings.error(nic, "vnic.attachment.privateModeOnOverlay", "The " + mode + " NIC is attached to "
						+ describe(overlay) + ", a shared L2 segment; " + mode + " networks are private to one host."
						+ " Set the mode to BRIDGED, or attach the NIC to a private bridge without uplink.", overlay);
			}
			if (vmHost != null && !index.memberHosts(overlay).contains(vmHost)) {
				findings.error(nic, "vnic.attachment.notMember", "The NIC is attached to " + describe(overlay)
						+ ", but its VM runs on " + describe(vmHost) + ", which is not a member of the overlay. Add "
						+ describe(vmHost) + " as a member (VTEP) of the overlay, or attach the NIC elsewhere.", overlay,
						vmHost);
			}
		} else if (attachment instanceof Bridge bridge) {
			checkBridge(nic, mode, bridge, vmHost, findings);
		}
	}

	private static void checkBridge(VirtualNic nic, NicMode mode, Bridge bridge, Host vmHost, Findings findings) {
		if (vmHost != null && bridge.getHost() != vmHost) {
			findings.error(nic, "vnic.attachment.otherHost", "The NIC is attached to " + describe(bridge)
					+ ", but its VM runs on " + describe(vmHost) + ". Attach it to a bridge of " + describe(vmHost) + ".",
					bridge);
		}
		if (mode == NicMode.BRIDGED && bridge.getUplink() == null) {
			findings.warning(nic, "vnic.attachment.noUplink", "The BRIDGED NIC is attached to " + describe(bridge)
					+ ", which has no uplink, so it behaves as host-only. Give the bridge an uplink NIC, or set the"
					+ " NIC's mode to HOST_ONLY.", bridge);
		} else if (mode != NicMode.BRIDGED && bridge.getUplink() != null) {
			findings.error(nic, "vnic.attachment.privateModeOnUplink", "The " + mode + " NIC is attached to "
					+ describe(bridge) + ", whose uplink is " + describe(bridge.getUplink()) + ", which would put the "
					+ "private network on the physical wire. Attach it to a private bridge without uplink, or set the"
					+ " mode to BRIDGED.", bridge);
		}
	}
}
