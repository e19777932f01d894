package dev.lifeboat.ui.session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.Named;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Fresh elements for "Add ..." actions, named and filled so that they are useful at once: unique names
 * among their siblings ({@code host-3}), the next free VNI for an overlay, a host for a VTEP member.
 */
public final class NewElements {

	private static final TopologyPackage MODEL = TopologyPackage.eINSTANCE;

	private NewElements() {
	}

	/** A new site for {@code topology}, not yet added. */
	public static Site site(Topology topology) {
		return (Site) create(topology, MODEL.getTopology_Sites());
	}

	/** A new element to add to {@code owner}'s containment {@code feature}; nothing is added yet. */
	public static EObject create(EObject owner, EReference feature) {
		EClass type = feature.getEReferenceType();
		EObject element = EcoreUtil.create(type);
		if (element instanceof Named named) {
			named.setName(uniqueName(baseName(type), siblings(owner, feature)));
		}
		if (element instanceof OverlayNetwork overlay && owner instanceof Topology topology) {
			overlay.setVni(nextVni(topology));
		}
		if (element instanceof VtepEndpoint member && owner instanceof OverlayNetwork overlay) {
			member.setHost(firstHostWithoutMember(overlay));
			member.setUnderlayNic(underlayNic(member.getHost()));
		}
		if (element instanceof Host host) {
			host.setCpuCores(8);
			host.setMemoryMiB(32768);
		}
		return element;
	}

	private static String baseName(EClass type) {
		if (type == MODEL.getPhysicalNic() || type == MODEL.getVirtualNic()) {
			return "eth";
		}
		if (type == MODEL.getVirtualMachine()) {
			return "vm-";
		}
		if (type == MODEL.getVirtualDisk()) {
			return "disk";
		}
		if (type == MODEL.getBridge()) {
			return "br";
		}
		String name = type.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
		return name.replace("-network", "") + "-";
	}

	private static List<?> siblings(EObject owner, EReference feature) {
		return (List<?>) owner.eGet(feature);
	}

	/** {@code base} followed by the smallest number no sibling uses ({@code eth0}, {@code eth1}, ...). */
	static String uniqueName(String base, List<?> siblings) {
		Set<String> taken = new HashSet<>();
		for (Object sibling : siblings) {
			if (sibling instanceof Named named) {
				taken.add(named.getName());
			}
		}
		int first = base.equals("eth") ? 0 : 1;
		for (int n = first;; n++) {
			if (!taken.contains(base + n)) {
				return base + n;
			}
		}
	}

	private static int nextVni(Topology topology) {
		int max = 10000;
		for (OverlayNetwork overlay : topology.getOverlays()) {
			max = Math.max(max, overlay.getVni());
		}
		return max + 10;
	}

	/** A new VTEP member for {@code host}, on its underlay NIC; nothing is added yet. */
	public static VtepEndpoint member(Host host) {
		VtepEndpoint member = TopologyFactory.eINSTANCE.createVtepEndpoint();
		member.setHost(host);
		member.setUnderlayNic(underlayNic(host));
		return member;
	}

	private static Host firstHostWithoutMember(OverlayNetwork overlay) {
		Set<Host> members = new HashSet<>();
		overlay.getMembers().forEach(member -> members.add(member.getHost()));
		EObject root = EcoreUtil.getRootContainer(overlay);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Host host && !members.contains(host)) {
				return host;
			}
		}
		return null;
	}

	/** The first NIC of {@code host} with an underlay role, for VTEP members; {@code null} if none. */
	private static PhysicalNic underlayNic(Host host) {
		return host == null ? null
				: host.getNics().stream().filter(nic -> nic.getRoles().contains(dev.lifeboat.model.NicRole.UNDERLAY))
						.findFirst().orElse(null);
	}

}
