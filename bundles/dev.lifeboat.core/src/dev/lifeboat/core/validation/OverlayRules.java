package dev.lifeboat.core.validation;

import static dev.lifeboat.core.validation.ElementLabels.describe;

import java.util.HashSet;
import java.util.Set;

import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Replication;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VtepEndpoint;

/** Rules of VXLAN overlays and their VTEP members (RFC 7348). */
final class OverlayRules {

	/** The largest 24-bit VNI. */
	static final int MAX_VNI = (1 << 24) - 1;
	/** Outer Ethernet + IPv4 + UDP + VXLAN headers the underlay must carry on top of the overlay MTU. */
	static final int IPV4_OVERHEAD = 50;
	/** The same with an IPv6 outer header. */
	static final int IPV6_OVERHEAD = 70;

	private OverlayRules() {
	}

	static void checkOverlay(OverlayNetwork overlay, TopologyIndex index, Findings findings) {
		int vni = overlay.getVni();
		if (vni < 0 || vni > MAX_VNI) {
			findings.error(overlay, "overlay.vni.range", "VNI " + vni + " is outside 0.." + MAX_VNI + ". Set a VNI "
					+ (vni < 0 ? "of at least 0." : "of at most " + MAX_VNI + "."));
		}
		int port = overlay.getUdpPort();
		if (port < 1 || port > 65535) {
			findings.error(overlay, "overlay.udpPort.range", "UDP port " + port
					+ " is outside 1..65535. Use 4789, the IANA VXLAN port, unless the underlay needs another.");
		}
		checkMulticastGroup(overlay, findings);
		int hosts = index.memberHosts(overlay).size();
		if (hosts < 2) {
			findings.error(overlay, "overlay.members.count", "The overlay has " + hosts
					+ " member host(s), but it stretches one L2 segment across hosts and needs at least two."
					+ " Add a VTEP member for each host whose VMs use it, or attach those VMs to a bridge instead.");
		}
		Set<Host> seen = new HashSet<>();
		for (VtepEndpoint member : overlay.getMembers()) {
			if (member.getHost() != null && !seen.add(member.getHost())) {
				findings.error(member, "overlay.member.duplicate", describe(member.getHost())
						+ " is a member of the overlay more than once. Remove the extra VTEP member.");
			}
		}
	}

	private static void checkMulticastGroup(OverlayNetwork overlay, Findings findings) {
		if (overlay.getReplication() != Replication.MULTICAST) {
			return;
		}
		String group = overlay.getMulticastGroup();
		if (group == null || group.isBlank()) {
			findings.error(overlay, "overlay.multicast.group", "MULTICAST replication needs a multicast group, but none"
					+ " is set. Set a multicast group (e.g. 239.1.1.1) or switch to HEAD_END replication.");
			return;
		}
		byte[] address = Addresses.parseIp(group);
		if (address == null || !Addresses.isMulticastIp(address)) {
			findings.error(overlay, "overlay.multicast.group", "Multicast group '" + group
					+ "' is not an IPv4 (224.0.0.0/4) or IPv6 (ff00::/8) multicast address."
					+ " Set a multicast group such as 239.1.1.1.");
		}
	}

	static void checkMember(VtepEndpoint member, Findings findings) {
		Host host = member.getHost();
		PhysicalNic nic = member.getUnderlayNic();
		if (host == null) {
			findings.error(member, "overlay.member.host",
					"The VTEP member names no host. Pick the host this VTEP sits on, or remove the member.");
			return;
		}
		if (nic == null) {
			findings.error(member, "overlay.member.nic", "The VTEP names no underlay NIC. Pick the NIC of "
					+ describe(host) + " whose address the VTEP sends from (one with the UNDERLAY role).");
			return;
		}
		if (nic.getHost() != host) {
			findings.error(member, "overlay.member.nicHost", "The VTEP uses " + describe(nic) + ", which is not on "
					+ describe(host) + ". Pick an underlay NIC of " + describe(host) + ".");
			return;
		}
		String address = nic.getAddress();
		if (address == null || address.isBlank()) {
			findings.error(member, "overlay.member.address", "Underlay " + describe(nic)
					+ " has no address, so the VTEP has no source address. Set the NIC's address.");
			return;
		}
		if (Addresses.parseIp(address) == null) {
			findings.error(member, "overlay.member.address", "Underlay " + describe(nic) + " has address '" + address
					+ "', which is not an IPv4 or IPv6 address. Set a valid address (without prefix).");
			return;
		}
		checkMtu(member, nic, address, findings);
		checkDataPlanePort(member, host, findings);
	}

	/** The effective data plane of a member: its own override, else the overlay's. */
	static DataPlane dataPlaneOf(VtepEndpoint member) {
		return member.isSetDataPlane() || member.getOverlay() == null ? member.getDataPlane()
				: member.getOverlay().getDataPlane();
	}

	/**
	 * The kernel's VXLAN sockets and the Java VTEP's socket cannot share a UDP port on one host: one of them
	 * would not get its packets.
	 */
	private static void checkDataPlanePort(VtepEndpoint member, Host host, Findings findings) {
		OverlayNetwork overlay = member.getOverlay();
		if (overlay == null || !(overlay.eContainer() instanceof Topology topology)) {
			return;
		}
		for (OverlayNetwork other : topology.getOverlays()) {
			if (other == overlay || other.getUdpPort() != overlay.getUdpPort()) {
				continue;
			}
			for (VtepEndpoint otherMember : other.getMembers()) {
				if (otherMember.getHost() == host && dataPlaneOf(otherMember) != dataPlaneOf(member)) {
					findings.error(member, "overlay.dataPlane.port", describe(host) + " would run "
							+ describe(overlay) + " on the " + dataPlaneOf(member).getName().toLowerCase(java.util.Locale.ROOT)
							+ " data plane and " + describe(other) + " on the "
							+ dataPlaneOf(otherMember).getName().toLowerCase(java.util.Locale.ROOT)
							+ " one, both on UDP port " + overlay.getUdpPort()
							+ ", which only one of them can receive. Use one data plane on this host or give one overlay another UDP port.",
							otherMember);
					return;
				}
			}
		}
	}

	private static void checkMtu(VtepEndpoint member, PhysicalNic nic, String address, Findings findings) {
		OverlayNetwork overlay = member.getOverlay();
		if (overlay == null) {
			return;
		}
		boolean ipv6 = Addresses.isIpv6(address);
		int overhead = ipv6 ? IPV6_OVERHEAD : IPV4_OVERHEAD;
		int needed = overlay.getMtu() + overhead;
		if (nic.getMtu() < needed) {
			findings.error(member, "overlay.mtu.underlay", "Underlay " + describe(nic) + " has MTU " + nic.getMtu()
					+ ", but " + describe(overlay) + " (MTU " + overlay.getMtu() + ") over " + (ipv6 ? "IPv6" : "IPv4")
					+ " needs at least " + needed + " (" + overhead + " bytes of VXLAN encapsulation). Raise the NIC's MTU to "
					+ needed + " or lower the overlay's MTU to " + (nic.getMtu() - overhead) + ".", nic, overlay);
		}
	}
}
