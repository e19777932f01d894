package dev.lifeboat.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.Named;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualDisk;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.ui.session.Folder;

/**
 * The explorer's one-line labels: the name first, then what an administrator checks at a glance, e.g.
 * {@code esx-n1 (198.18.0.11)}, {@code app (VNI 10010)}, {@code eth0 52:54:00:1b:00:01 10.10.0.11 → app}.
 */
public final class ExplorerLabels {

	private ExplorerLabels() {
	}

	/** The label of a tree element (a model element or a {@link Folder}). */
	public static String text(Object element) {
		return switch (element) {
		case Folder folder -> folder.label() + " (" + ((List<?>) folder.owner().eGet(folder.feature())).size() + ")";
		case Host h -> name(h) + suffix(" (", h.getManagementAddress(), ")");
		case PhysicalNic n -> name(n) + suffix(" ", n.getAddress(), "/" + n.getPrefixLength()) + roles(n);
		case Bridge b -> name(b) + suffix(" → ", b.getUplink() == null ? null : b.getUplink().getName(), "")
				+ suffix(" gw ", b.getGatewayAddress(), "");
		case VirtualMachine vm -> name(vm) + " (" + vm.getVcpus() + " vCPU, " + vm.getMemoryMiB() + " MiB)";
		case VirtualNic n -> name(n) + suffix(" ", n.getMac(), "") + suffix(" ", n.getIpAddress(), "")
				+ attachment(n);
		case VirtualDisk d -> name(d) + " (" + d.getSizeGiB() + " GiB)";
		case OverlayNetwork o -> name(o) + " (VNI " + o.getVni() + ")";
		case VtepEndpoint v -> (v.getHost() == null ? "(no host)" : v.getHost().getName())
				+ suffix(" via ", v.getUnderlayNic() == null ? null : v.getUnderlayNic().getName(), "")
				+ (v.isSetDataPlane() ? " " + v.getDataPlane().getLiteral().toLowerCase(Locale.ROOT) : "");
		case HaPolicy p -> name(p) + " (" + p.getHosts().size() + " hosts)";
		case BackupPolicy p -> name(p) + " (every " + p.getIntervalMinutes() + " min, " + p.getVms().size() + " VMs)";
		case DrPlan p -> name(p) + suffix(" → ", p.getRecoverySite() == null ? null : p.getRecoverySite().getName(), "");
		case VerificationProbe p -> name(p) + " (" + p.getKind().getLiteral() + suffix(" ", p.getTarget(), "") + ")";
		case DrillRecord r -> "drill " + nonNull(r.getStartedAt()) + " " + r.getOutcome().getLiteral();
		case OperationRecord r -> r.getKind().getLiteral().toLowerCase(Locale.ROOT) + " " + nonNull(r.getStartedAt())
				+ " " + r.getOutcome().getLiteral();
		case Named n -> name(n);
		case org.eclipse.emf.ecore.EObject e -> ElementLabels.describe(e);
		default -> String.valueOf(element);
		};
	}

	private static String name(Named element) {
		String name = element.getName();
		return name == null || name.isBlank() ? "(unnamed)" : name;
	}

	private static String suffix(String before, String value, String after) {
		return value == null || value.isBlank() ? "" : before + value + after;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	private static String roles(PhysicalNic nic) {
		if (nic.getRoles().isEmpty()) {
			return "";
		}
		return nic.getRoles().stream().map(role -> role.getLiteral().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", ", " [", "]"));
	}

	private static String attachment(VirtualNic nic) {
		L2Domain domain = nic.getAttachment();
		return domain == null ? " (unattached)" : " → " + name(domain);
	}
}
