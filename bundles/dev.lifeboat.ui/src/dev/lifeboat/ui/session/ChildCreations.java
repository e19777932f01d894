package dev.lifeboat.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage.Literals;
import dev.lifeboat.model.VirtualMachine;

/** Which "Add ..." actions make sense on a selected element or folder of the explorer. */
public final class ChildCreations {

	/**
	 * One "Add ..." action.
	 *
	 * @param label   the menu text, e.g. {@code Add VM}
	 * @param owner   the element that will contain the new one
	 * @param feature the containment reference it goes into
	 */
	public record Creation(String label, EObject owner, EReference feature) {
	}

	private ChildCreations() {
	}

	/** The actions for {@code selected}: an element, or a {@link Folder} (adds to the folder's owner). */
	public static List<Creation> forSelection(Object selected) {
		List<Creation> creations = new ArrayList<>();
		switch (selected) {
		case Folder folder -> creations.add(new Creation("Add " + singular(folder.feature()), folder.owner(),
				folder.feature()));
		case Topology t -> {
			add(creations, t, Literals.TOPOLOGY__SITES);
			add(creations, t, Literals.TOPOLOGY__OVERLAYS);
			add(creations, t, Literals.TOPOLOGY__HA_POLICIES);
			add(creations, t, Literals.TOPOLOGY__BACKUP_POLICIES);
			add(creations, t, Literals.TOPOLOGY__DR_PLANS);
		}
		case Site s -> add(creations, s, Literals.SITE__HOSTS);
		case Host h -> {
			add(creations, h, Literals.HOST__NICS);
			add(creations, h, Literals.HOST__BRIDGES);
			add(creations, h, Literals.HOST__VMS);
		}
		case VirtualMachine vm -> {
			add(creations, vm, Literals.VIRTUAL_MACHINE__NICS);
			add(creations, vm, Literals.VIRTUAL_MACHINE__DISKS);
		}
		case OverlayNetwork o -> add(creations, o, Literals.OVERLAY_NETWORK__MEMBERS);
		case DrPlan p -> add(creations, p, Literals.DR_PLAN__PROBES);
		default -> {
			// Leaves (NICs, bridges, VTEP members, policies) have nothing to add.
		}
		}
		return creations;
	}

	private static void add(List<Creation> creations, EObject owner, EReference feature) {
		creations.add(new Creation("Add " + singular(feature), owner, feature));
	}

	/** The user's word for one element of {@code feature}, e.g. {@code VM NIC}, {@code VTEP member}. */
	static String singular(EReference feature) {
		if (feature == Literals.HOST__NICS) {
			return "physical NIC";
		}
		if (feature == Literals.VIRTUAL_MACHINE__NICS) {
			return "VM NIC";
		}
		return switch (feature.getEReferenceType().getName()) {
		case "Site" -> "site";
		case "Host" -> "host";
		case "Bridge" -> "bridge";
		case "VirtualMachine" -> "VM";
		case "VirtualDisk" -> "disk";
		case "OverlayNetwork" -> "overlay";
		case "VtepEndpoint" -> "VTEP member";
		case "HaPolicy" -> "HA policy";
		case "BackupPolicy" -> "backup policy";
		case "DrPlan" -> "DR plan";
		case "VerificationProbe" -> "probe";
		default -> feature.getEReferenceType().getName();
		};
	}
}
