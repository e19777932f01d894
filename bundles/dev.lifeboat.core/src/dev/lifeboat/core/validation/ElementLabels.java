package dev.lifeboat.core.validation;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.Named;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualDisk;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Names topology elements the way an administrator does ({@code NIC 'eth0' of VM 'web-1'}), so that
 * validation messages, the UI and the CLI all speak the same language. Names alone are ambiguous for
 * elements that live inside another one (every host has an {@code eth0}), so those name their owner too.
 */
public final class ElementLabels {

	private ElementLabels() {
	}

	/** The label of {@code element}, e.g. {@code host 'esx-a1'}; never {@code null}. */
	public static String describe(EObject element) {
		return switch (element) {
		case null -> "(nothing)";
		case Topology t -> "topology " + name(t);
		case Site s -> "site " + name(s);
		case Host h -> "host " + name(h);
		case PhysicalNic n -> "NIC " + name(n) + ofOwner(n.getHost());
		case Bridge b -> "bridge " + name(b) + (b.getHost() == null ? "" : " on " + describe(b.getHost()));
		case OverlayNetwork o -> "overlay " + name(o);
		case VtepEndpoint v -> "VTEP of " + (v.getHost() == null ? "no host" : describe(v.getHost()))
				+ (v.getOverlay() == null ? "" : " on " + describe(v.getOverlay()));
		case VirtualMachine vm -> "VM " + name(vm);
		case VirtualNic n -> "NIC " + name(n) + ofOwner(n.getVm());
		case VirtualDisk d -> "disk " + name(d) + ofOwner(d.eContainer());
		case HaPolicy p -> "HA policy " + name(p);
		case BackupPolicy p -> "backup policy " + name(p);
		case DrPlan p -> "DR plan " + name(p);
		case VerificationProbe p -> "probe " + name(p) + ofOwner(p.eContainer());
		case Identified i -> i.eClass().getName() + " " + (i.getId() == null ? "(no id)" : i.getId());
		default -> element.eClass().getName();
		};
	}

	private static String ofOwner(EObject owner) {
		return owner == null ? "" : " of " + describe(owner);
	}

	/** The quoted name, or the id when the element has no name yet (a freshly drawn element). */
	private static String name(Named element) {
		String name = element.getName();
		if (name != null && !name.isBlank()) {
			return "'" + name + "'";
		}
		return element.getId() == null || element.getId().isEmpty() ? "(unnamed)" : "(unnamed, id " + element.getId() + ")";
	}
}
