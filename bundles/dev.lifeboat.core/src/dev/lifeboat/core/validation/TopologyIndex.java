package dev.lifeboat.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Lookups that several per-element rules need (is this host a member of that overlay? is this VM backed
 * up?), built once per validation run and kept in the validation context. Without it each NIC would scan
 * its overlay's members: quadratic on a topology of 5,000 hosts.
 */
final class TopologyIndex {

	private final EObject root;
	private final Map<OverlayNetwork, Set<Host>> memberHosts = new HashMap<>();
	private final Map<Integer, List<OverlayNetwork>> overlaysByVni = new HashMap<>();
	private final Set<VirtualMachine> backedUp = new HashSet<>();

	private TopologyIndex(EObject root) {
		this.root = root;
		if (root instanceof Topology topology) {
			for (OverlayNetwork overlay : topology.getOverlays()) {
				Set<Host> hosts = new HashSet<>();
				for (VtepEndpoint member : overlay.getMembers()) {
					if (member.getHost() != null) {
						hosts.add(member.getHost());
					}
				}
				memberHosts.put(overlay, hosts);
				overlaysByVni.computeIfAbsent(overlay.getVni(), vni -> new ArrayList<>()).add(overlay);
			}
			for (BackupPolicy policy : topology.getBackupPolicies()) {
				backedUp.addAll(policy.getVms());
			}
		}
	}

	/** The index of the topology {@code element} belongs to, shared through {@code context} when there is one. */
	static TopologyIndex of(EObject element, Map<Object, Object> context) {
		EObject root = EcoreUtil.getRootContainer(element);
		if (context == null) {
			return new TopologyIndex(root);
		}
		// Keyed by class, checked by root: one context may (rarely) serve the validation of several topologies.
		if (context.get(TopologyIndex.class) instanceof TopologyIndex index && index.root == root) {
			return index;
		}
		TopologyIndex index = new TopologyIndex(root);
		context.put(TopologyIndex.class, index);
		return index;
	}

	/** The distinct hosts that have a VTEP on {@code overlay}. */
	Set<Host> memberHosts(OverlayNetwork overlay) {
		return memberHosts.getOrDefault(overlay, Set.of());
	}

	/** The overlays of the topology that use {@code vni}, in document order. */
	List<OverlayNetwork> overlaysWithVni(int vni) {
		return overlaysByVni.getOrDefault(vni, List.of());
	}

	Map<Integer, List<OverlayNetwork>> overlaysByVni() {
		return overlaysByVni;
	}

	boolean isBackedUp(VirtualMachine vm) {
		return backedUp.contains(vm);
	}
}
