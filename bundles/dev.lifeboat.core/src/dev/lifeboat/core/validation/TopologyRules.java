package dev.lifeboat.core.validation;

import static dev.lifeboat.core.validation.ElementLabels.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

/**
 * The rules that compare elements across the whole topology (duplicate VNIs, MACs, IPs and ids). They run
 * once, when the {@link Topology} itself is validated, with one hash map each, so that validating on every
 * edit stays linear in the size of the topology.
 */
final class TopologyRules {

	private record IpInDomain(L2Domain domain, String ip) {
	}

	private TopologyRules() {
	}

	static void check(Topology topology, TopologyIndex index, Findings findings) {
		checkDuplicateVnis(index, findings);
		checkDuplicateAddresses(topology, findings);
		checkDuplicateIds(topology, findings);
		if (topology.getHaPolicies().isEmpty()) {
			// Without any HA policy, HA-protected VMs can only restart on another host of their own site.
			for (Site site : topology.getSites()) {
				PolicyRules.checkCapacity(site.getHosts(), topology, "the other hosts of " + describe(site), findings);
			}
		}
	}

	private static void checkDuplicateVnis(TopologyIndex index, Findings findings) {
		for (List<OverlayNetwork> overlays : index.overlaysByVni().values()) {
			reportDuplicates(overlays, (overlay, others) -> findings.error(overlay, "overlay.vni.duplicate",
					"VNI " + overlay.getVni() + " is also used by " + others
							+ ". Give each overlay its own VNI, or merge the overlays.",
					otherThan(overlays, overlay).get(0)));
		}
	}

	private static void checkDuplicateAddresses(Topology topology, Findings findings) {
		Map<String, List<VirtualNic>> byMac = new LinkedHashMap<>();
		Map<IpInDomain, List<VirtualNic>> byIp = new LinkedHashMap<>();
		for (Site site : topology.getSites()) {
			for (Host host : site.getHosts()) {
				for (VirtualMachine vm : host.getVms()) {
					for (VirtualNic nic : vm.getNics()) {
						index(nic, byMac, byIp);
					}
				}
			}
		}
		for (List<VirtualNic> nics : byMac.values()) {
			reportDuplicates(nics, (nic, others) -> findings.error(nic, "vnic.mac.duplicate", "MAC "
					+ Addresses.normaliseMac(nic.getMac()) + " is also the MAC of " + others
					+ ". Give each NIC its own MAC (or clear it to have one generated).", otherThan(nics, nic).get(0)));
		}
		for (Map.Entry<IpInDomain, List<VirtualNic>> entry : byIp.entrySet()) {
			List<VirtualNic> nics = entry.getValue();
			L2Domain domain = entry.getKey().domain();
			reportDuplicates(nics, (nic, others) -> findings.error(nic, "vnic.ip.duplicate", "IP address "
					+ nic.getIpAddress().trim() + " on " + describe(domain) + " is also the address of " + others
					+ ". Give each NIC on one L2 domain its own address.", otherThan(nics, nic).get(0), domain));
		}
	}

	private static void index(VirtualNic nic, Map<String, List<VirtualNic>> byMac,
			Map<IpInDomain, List<VirtualNic>> byIp) {
		// Malformed addresses are reported by NicRules; they cannot be compared.
		String mac = nic.getMac() == null ? null : Addresses.normaliseMac(nic.getMac());
		if (mac != null) {
			byMac.computeIfAbsent(mac, key -> new ArrayList<>(1)).add(nic);
		}
		byte[] ip = nic.getIpAddress() == null ? null : Addresses.parseIp(nic.getIpAddress());
		if (ip != null && nic.getAttachment() != null) {
			byIp.computeIfAbsent(new IpInDomain(nic.getAttachment(), Addresses.ipKey(ip)), key -> new ArrayList<>(1))
					.add(nic);
		}
	}

	private static void checkDuplicateIds(Topology topology, Findings findings) {
		Map<String, Identified> byId = new HashMap<>();
		byId.put(topology.getId(), topology);
		for (TreeIterator<EObject> it = topology.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element && element.getId() != null && !element.getId().isEmpty()) {
				Identified first = byId.putIfAbsent(element.getId(), element);
				if (first != null) {
					findings.error(element, "structure.id.duplicate", "Id '" + element.getId() + "' is also the id of "
							+ describe(first) + ", so references to it are ambiguous. Remove the id of one of them"
							+ " from the file; Lifeboat assigns a fresh one on save.", first);
				}
			}
		}
	}

	/** Calls {@code report} for each element of a group of two or more, with a label of the others. */
	private static <T extends EObject> void reportDuplicates(List<T> group, BiConsumer<T, String> report) {
		if (group.size() < 2) {
			return;
		}
		for (T element : group) {
			List<T> others = otherThan(group, element);
			String label = describe(others.get(0)) + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "");
			report.accept(element, label);
		}
	}

	private static <T> List<T> otherThan(List<T> group, T element) {
		List<T> others = new ArrayList<>(group);
		others.remove(element);
		return others;
	}
}
