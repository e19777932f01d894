package dev.lifeboat.core.tests;

import java.util.List;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.BackupTargetKind;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.ProbeKind;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.model.resource.StableIds;

/**
 * Builds topologies in code for tests: {@link #valid()} is a small topology that uses every kind of element
 * and breaks no rule, so that a test can break exactly one thing and look for exactly one problem.
 */
public final class TopologyFixtures {

	private static final TopologyFactory FACTORY = TopologyFactory.eINSTANCE;

	/** The elements of {@link TopologyFixtures#valid()}, by role, for tests to change. */
	public static final class Fixture {
		public final Topology topology = FACTORY.createTopology();
		public final Site siteA = site(topology, "dc-a");
		public final Site siteB = site(topology, "dc-b");
		/** esx-a1, esx-a2, esx-a3 in dc-a; each has eth0 (UNDERLAY, HEARTBEAT) and eth1 (MANAGEMENT, HEARTBEAT). */
		public final List<Host> hosts = List.of(TopologyFixtures.host(siteA, "esx-a1", 1),
				TopologyFixtures.host(siteA, "esx-a2", 2), TopologyFixtures.host(siteA, "esx-a3", 3));
		/** The bridge of esx-a1 onto the physical LAN: its uplink is esx-a1's eth1. */
		public final Bridge lan = bridge(hosts.get(0), "br0", hosts.get(0).getNics().get(1));
		/** The private bridge of esx-a1 for NAT and host-only guests: no uplink. */
		public final Bridge nat = bridge(hosts.get(0), "nat0", null);
		/** esx-a2's bridges of the same names, so that esx-a1's HA-protected VMs can restart there. */
		public final Bridge lanOfA2 = bridge(hosts.get(1), "br0", hosts.get(1).getNics().get(1));
		public final Bridge natOfA2 = bridge(hosts.get(1), "nat0", null);
		/** The overlay 'blue' (VNI 5001, MTU 1450) with a VTEP on the eth0 of each host. */
		public final OverlayNetwork blue = overlay(topology, "blue", 5001, hosts);
		/** VM 'web-1' on esx-a1: eth0 bridged on br0, eth1 on overlay blue. */
		public final VirtualMachine web = vm(hosts.get(0), "web-1", 4096, 2);
		public final VirtualNic webLan = nic(web, "eth0", NicMode.BRIDGED, lan, "52:54:00:00:00:01", "10.0.0.11");
		public final VirtualNic webBlue = nic(web, "eth1", NicMode.BRIDGED, blue, "52:54:00:00:00:02", "172.16.0.11");
		/** VM 'app-1' on esx-a1: eth0 NAT and eth1 host-only, both on the private bridge nat0. */
		public final VirtualMachine app = vm(hosts.get(0), "app-1", 2048, 1);
		public final VirtualNic appNat = nic(app, "eth0", NicMode.NAT, nat, "52:54:00:00:00:03", "192.168.100.10");
		public final VirtualNic appHostOnly = nic(app, "eth1", NicMode.HOST_ONLY, nat, "52:54:00:00:00:04",
				"192.168.100.11");
		/** VM 'db-1' on esx-a2: eth0 on overlay blue. */
		public final VirtualMachine db = vm(hosts.get(1), "db-1", 8192, 4);
		public final VirtualNic dbBlue = nic(db, "eth0", NicMode.BRIDGED, blue, "52:54:00:00:00:05", "172.16.0.12");
		public final HaPolicy ha = FACTORY.createHaPolicy();
		public final BackupPolicy backup = FACTORY.createBackupPolicy();
		public final DrPlan dr = FACTORY.createDrPlan();

		Fixture() {
			topology.setName("lab");
			ha.setName("ha-a");
			ha.getHosts().addAll(hosts);
			topology.getHaPolicies().add(ha);
			backup.setName("hourly");
			backup.setIntervalMinutes(60);
			backup.setRpoMinutes(60);
			backup.setTargetKind(BackupTargetKind.D2D);
			backup.setTargetLocation("sftp:root@backup-a:/srv/restic");
			backup.getVms().addAll(List.of(web, app, db));
			topology.getBackupPolicies().add(backup);
			dr.setName("dr-a");
			dr.getVms().addAll(List.of(db, web));
			dr.setRecoverySite(siteB);
			dr.setDrillVni(9001);
			VerificationProbe probe = FACTORY.createVerificationProbe();
			probe.setName("web-http");
			probe.setVm(web);
			probe.setKind(ProbeKind.HTTP);
			probe.setTarget("/health");
			probe.setExpected("200");
			dr.getProbes().add(probe);
			topology.getDrPlans().add(dr);
			StableIds.assignMissing(topology);
		}

		/** Host number {@code n}, 1-based as in its name. */
		public Host host(int n) {
			return hosts.get(n - 1);
		}

		/** NIC eth{@code index} of host number {@code n}. */
		public PhysicalNic hostNic(int n, int index) {
			return host(n).getNics().get(index);
		}

		/** The VTEP member of host number {@code n} on overlay blue. */
		public VtepEndpoint blueMember(int n) {
			return blue.getMembers().get(n - 1);
		}
	}

	private TopologyFixtures() {
	}

	/** A fresh valid topology; it has no problems at all. */
	public static Fixture valid() {
		return new Fixture();
	}

	public static Site site(Topology topology, String name) {
		Site site = FACTORY.createSite();
		site.setName(name);
		topology.getSites().add(site);
		return site;
	}

	/** A host with 64 GiB, 16 cores and two NICs on 198.18/15: eth0 for the underlay, eth1 for management. */
	public static Host host(Site site, String name, int number) {
		Host host = FACTORY.createHost();
		host.setName(name);
		host.setManagementAddress("198.19.0." + number);
		host.setCpuCores(16);
		host.setMemoryMiB(65536);
		site.getHosts().add(host);
		physicalNic(host, "eth0", "198.18.0." + number, 1600, NicRole.UNDERLAY, NicRole.HEARTBEAT);
		physicalNic(host, "eth1", "198.19.0." + number, 1500, NicRole.MANAGEMENT, NicRole.HEARTBEAT);
		return host;
	}

	public static PhysicalNic physicalNic(Host host, String name, String address, int mtu, NicRole... roles) {
		PhysicalNic nic = FACTORY.createPhysicalNic();
		nic.setName(name);
		nic.setAddress(address);
		nic.setMtu(mtu);
		nic.getRoles().addAll(List.of(roles));
		host.getNics().add(nic);
		return nic;
	}

	public static Bridge bridge(Host host, String name, PhysicalNic uplink) {
		Bridge bridge = FACTORY.createBridge();
		bridge.setName(name);
		bridge.setUplink(uplink);
		if (uplink == null) {
			bridge.setGatewayAddress("192.168.100.1");
		}
		host.getBridges().add(bridge);
		return bridge;
	}

	/** An overlay with a VTEP on the first NIC (eth0) of each of {@code members}. */
	public static OverlayNetwork overlay(Topology topology, String name, int vni, List<Host> members) {
		OverlayNetwork overlay = FACTORY.createOverlayNetwork();
		overlay.setName(name);
		overlay.setVni(vni);
		overlay.setMtu(1450);
		topology.getOverlays().add(overlay);
		for (Host host : members) {
			member(overlay, host, host.getNics().get(0));
		}
		return overlay;
	}

	public static VtepEndpoint member(OverlayNetwork overlay, Host host, PhysicalNic underlayNic) {
		VtepEndpoint member = FACTORY.createVtepEndpoint();
		member.setHost(host);
		member.setUnderlayNic(underlayNic);
		overlay.getMembers().add(member);
		return member;
	}

	public static VirtualMachine vm(Host host, String name, long memoryMiB, int vcpus) {
		VirtualMachine vm = FACTORY.createVirtualMachine();
		vm.setName(name);
		vm.setMemoryMiB(memoryMiB);
		vm.setVcpus(vcpus);
		vm.setTier(1);
		host.getVms().add(vm);
		return vm;
	}

	public static VirtualNic nic(VirtualMachine vm, String name, NicMode mode, L2Domain attachment, String mac,
			String ip) {
		VirtualNic nic = FACTORY.createVirtualNic();
		nic.setName(name);
		nic.setMode(mode);
		nic.setAttachment(attachment);
		nic.setMac(mac);
		nic.setIpAddress(ip);
		vm.getNics().add(nic);
		return nic;
	}
}
