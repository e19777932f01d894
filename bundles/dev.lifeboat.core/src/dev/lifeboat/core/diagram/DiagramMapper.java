package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.Named;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Maps a topology to its physical view: sites holding hosts, hosts holding physical NICs, bridges and VMs,
 * one band per overlay with a mark per VTEP, and an edge per attached VM NIC (plus bridge uplinks). Nothing
 * is placed yet: that is {@link DiagramLayout}'s job.
 */
public final class DiagramMapper {

	private DiagramMapper() {
	}

	/** The physical view of {@code topology}, unplaced. */
	public static Diagram physical(Topology topology) {
		Diagram diagram = new Diagram();
		for (Site site : topology.getSites()) {
			DiagramNode siteNode = diagram.add(NodeKind.SITE, site, name(site), "", null);
			for (Host host : site.getHosts()) {
				host(diagram, host, siteNode);
			}
		}
		for (OverlayNetwork overlay : topology.getOverlays()) {
			DiagramNode band = diagram.add(NodeKind.OVERLAY, overlay, name(overlay), "VNI " + overlay.getVni(), null);
			for (VtepEndpoint member : overlay.getMembers()) {
				diagram.add(NodeKind.VTEP, member, member.getHost() == null ? "(no host)" : name(member.getHost()),
						member.getUnderlayNic() == null ? "no underlay NIC" : text(member.getUnderlayNic().getAddress()),
						band);
			}
		}
		edges(diagram, topology);
		if (topology.getManualLayout() != null) {
			for (NodePosition position : topology.getManualLayout().getPositions()) {
				diagram.putManualPosition(position.getElementId(), new DiagramEdge.Point(position.getX(), position.getY()));
			}
		}
		return diagram;
	}

	/**
	 * The L2 view of {@code topology}: a lane per bridge and per overlay, holding a segment per host the domain
	 * spans (the bridge's host, the overlay's members and the hosts of its NICs' VMs) with the VM NICs in it.
	 */
	public static Diagram l2(Topology topology) {
		Diagram diagram = new Diagram();
		Map<L2Domain, List<VirtualNic>> attached = new LinkedHashMap<>();
		List<L2Domain> domains = new ArrayList<>();
		topology.getSites().forEach(site -> site.getHosts().forEach(host -> domains.addAll(host.getBridges())));
		domains.addAll(topology.getOverlays());
		domains.forEach(domain -> attached.put(domain, new ArrayList<>()));
		topology.eAllContents().forEachRemaining(element -> {
			if (element instanceof VirtualNic nic && attached.containsKey(nic.getAttachment())) {
				attached.get(nic.getAttachment()).add(nic);
			}
		});
		attached.forEach((domain, nics) -> lane(diagram, domain, nics));
		return diagram;
	}

	private static void lane(Diagram diagram, L2Domain domain, List<VirtualNic> nics) {
		Map<Host, List<VirtualNic>> byHost = new LinkedHashMap<>();
		if (domain instanceof Bridge bridge && bridge.getHost() != null) {
			byHost.put(bridge.getHost(), new ArrayList<>());
		}
		if (domain instanceof OverlayNetwork overlay) {
			overlay.getMembers().stream().filter(member -> member.getHost() != null)
					.forEach(member -> byHost.put(member.getHost(), new ArrayList<>()));
		}
		nics.stream().filter(nic -> nic.getVm() != null && nic.getVm().getHost() != null)
				.forEach(nic -> byHost.computeIfAbsent(nic.getVm().getHost(), host -> new ArrayList<>()).add(nic));
		String kind = domain instanceof OverlayNetwork overlay ? "overlay, VNI " + overlay.getVni() : "bridge";
		DiagramNode lane = diagram.add(NodeKind.LANE, domain, name(domain), kind + " · " + nics.size()
				+ " NICs across " + byHost.size() + " hosts", null);
		byHost.forEach((host, hostNics) -> {
			DiagramNode segment = diagram.add(NodeKind.SEGMENT, host, name(host), text(host.getManagementAddress()),
					lane);
			for (VirtualNic nic : hostNics) {
				diagram.add(NodeKind.VNIC, nic, name(nic.getVm()) + " / " + name(nic),
						text(nic.getIpAddress()) + " · " + EdgeStyle.of(nic).label(), segment);
			}
		});
	}

	private static void host(Diagram diagram, Host host, DiagramNode siteNode) {
		DiagramNode hostNode = diagram.add(NodeKind.HOST, host, name(host), text(host.getManagementAddress()),
				siteNode);
		for (PhysicalNic nic : host.getNics()) {
			diagram.add(NodeKind.PHYSICAL_NIC, nic, name(nic), text(nic.getAddress()), hostNode);
		}
		for (Bridge bridge : host.getBridges()) {
			diagram.add(NodeKind.BRIDGE, bridge, name(bridge),
					bridge.getUplink() == null ? text(bridge.getGatewayAddress()) : "uplink " + name(bridge.getUplink()),
					hostNode);
		}
		for (VirtualMachine vm : host.getVms()) {
			diagram.add(NodeKind.VM, vm, name(vm), vm.getVcpus() + " vCPU, " + vm.getMemoryMiB() + " MiB", hostNode);
		}
	}

	private static void edges(Diagram diagram, Topology topology) {
		for (Site site : topology.getSites()) {
			for (Host host : site.getHosts()) {
				for (Bridge bridge : host.getBridges()) {
					if (bridge.getUplink() != null) {
						edge(diagram, bridge, bridge, bridge.getUplink(), EdgeStyle.UPLINK, 0);
					}
				}
				for (VirtualMachine vm : host.getVms()) {
					for (VirtualNic nic : vm.getNics()) {
						L2Domain domain = nic.getAttachment();
						int vni = domain instanceof OverlayNetwork overlay ? overlay.getVni() : 0;
						edge(diagram, nic, vm, domain, EdgeStyle.of(nic), vni);
					}
				}
			}
		}
	}

	private static void edge(Diagram diagram, org.eclipse.emf.ecore.EObject element,
			org.eclipse.emf.ecore.EObject from, org.eclipse.emf.ecore.EObject to, EdgeStyle style, int vni) {
		if (to == null) {
			return;
		}
		diagram.node(from).ifPresent(source -> diagram.node(to).ifPresent(
				target -> diagram.addEdge(new DiagramEdge(element, source, target, style, vni, List.of()))));
	}

	/** The label of a named element: its name, or its type when it has none yet. */
	static String name(Named element) {
		String name = element.getName();
		return name == null || name.isBlank() ? "(unnamed " + element.eClass().getName() + ")" : name;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
