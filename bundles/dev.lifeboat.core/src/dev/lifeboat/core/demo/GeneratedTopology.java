package dev.lifeboat.core.demo;

import java.util.HexFormat;

import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.model.resource.StableIds;

/**
 * Large, valid topologies for scale tests and benchmarks: sites of {@value #HOSTS_PER_SITE} hosts, each host
 * with a management and an underlay NIC, an uplinked bridge and a NAT bridge, and one overlay per site
 * spanning its hosts. VMs use the three NIC modes and the overlay in turn, so every kind of edge appears.
 */
public final class GeneratedTopology {

	/** How many hosts one generated site holds. */
	public static final int HOSTS_PER_SITE = 50;

	private static final TopologyFactory MAKE = TopologyFactory.eINSTANCE;

	private final Topology topology = MAKE.createTopology();
	private int vmCount;

	private GeneratedTopology() {
	}

	/** A topology of {@code hosts} hosts with {@code vmsPerHost} VMs each (up to 65,000 hosts), ids assigned. */
	public static Topology of(int hosts, int vmsPerHost) {
		GeneratedTopology generated = new GeneratedTopology();
		generated.topology.setName("generated-" + hosts + "x" + vmsPerHost);
		for (int index = 0; index < hosts; index++) {
			generated.host(index, vmsPerHost);
		}
		StableIds.assignMissing(generated.topology);
		return generated.topology;
	}

	private void host(int index, int vmsPerHost) {
		int siteIndex = index / HOSTS_PER_SITE;
		Site site = site(siteIndex);
		Host host = MAKE.createHost();
		host.setName(String.format("host-%05d", index));
		host.setManagementAddress(address(0, index));
		host.setCpuCores(64);
		host.setMemoryMiB(1024L * 1024);
		site.getHosts().add(host);
		PhysicalNic management = nic(host, "eth0", address(0, index), 1500, NicRole.MANAGEMENT);
		nic(host, "eth1", address(1, index), 1550, NicRole.UNDERLAY);
		Bridge lan = bridge(host, "lan", management, null);
		Bridge nat = bridge(host, "nat", null, "10.255.0.1");
		OverlayNetwork overlay = topology.getOverlays().get(siteIndex);
		VtepEndpoint member = MAKE.createVtepEndpoint();
		member.setHost(host);
		member.setUnderlayNic(host.getNics().get(1));
		overlay.getMembers().add(member);
		for (int vm = 0; vm < vmsPerHost; vm++) {
			vm(host, vm, lan, nat, overlay);
		}
	}

	private Site site(int siteIndex) {
		if (siteIndex < topology.getSites().size()) {
			return topology.getSites().get(siteIndex);
		}
		Site site = MAKE.createSite();
		site.setName(String.format("site-%03d", siteIndex));
		topology.getSites().add(site);
		OverlayNetwork overlay = MAKE.createOverlayNetwork();
		overlay.setName(String.format("overlay-%03d", siteIndex));
		overlay.setVni(10_000 + siteIndex);
		topology.getOverlays().add(overlay);
		return site;
	}

	private static PhysicalNic nic(Host host, String name, String address, int mtu, NicRole role) {
		PhysicalNic nic = MAKE.createPhysicalNic();
		nic.setName(name);
		nic.setAddress(address);
		nic.setMtu(mtu);
		nic.getRoles().add(role);
		host.getNics().add(nic);
		return nic;
	}

	private static Bridge bridge(Host host, String name, PhysicalNic uplink, String gateway) {
		Bridge bridge = MAKE.createBridge();
		bridge.setName(name);
		bridge.setUplink(uplink);
		bridge.setGatewayAddress(gateway);
		host.getBridges().add(bridge);
		return bridge;
	}

	private void vm(Host host, int index, Bridge lan, Bridge nat, OverlayNetwork overlay) {
		int serial = vmCount++;
		VirtualMachine vm = MAKE.createVirtualMachine();
		vm.setName(host.getName().replace("host-", "vm-") + "-" + index);
		host.getVms().add(vm);
		VirtualNic nic = MAKE.createVirtualNic();
		nic.setName("eth0");
		nic.setMac("52:54:" + HexFormat.ofDelimiter(":").formatHex(new byte[] { (byte) (serial >>> 24),
				(byte) (serial >>> 16), (byte) (serial >>> 8), (byte) serial }));
		nic.setIpAddress("10." + (serial >>> 16 & 0xff) + "." + (serial >>> 8 & 0xff) + "." + (serial & 0xff));
		switch (index % 4) {
		case 0 -> attach(nic, NicMode.BRIDGED, lan);
		case 1 -> attach(nic, NicMode.NAT, nat);
		case 2 -> attach(nic, NicMode.HOST_ONLY, nat);
		default -> attach(nic, NicMode.BRIDGED, overlay);
		}
		vm.getNics().add(nic);
	}

	private static void attach(VirtualNic nic, NicMode mode, dev.lifeboat.model.L2Domain domain) {
		nic.setMode(mode);
		nic.setAttachment(domain);
	}

	/** Underlay and management addresses from 198.18.0.0/15, one /16 per network. */
	private static String address(int network, int index) {
		int host = index + 1;
		return "198." + (18 + network) + "." + (host >>> 8) + "." + (host & 0xff);
	}
}
