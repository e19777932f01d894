package dev.lifeboat.core.validation;

import static dev.lifeboat.core.validation.ElementLabels.describe;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

/**
 * The EMF validator of the Lifeboat topology. Each diagnostic it reports is a {@code BasicDiagnostic} with
 * the offending element first in {@code getData()}, then the other elements its message names, and last the
 * stable id of the rule (a {@code String}, see {@link #ruleIdOf(Diagnostic)}); its message says what is wrong
 * and how to fix it.
 * <p>
 * Rules of one element run when the {@link org.eclipse.emf.ecore.util.Diagnostician} visits that element;
 * rules that compare elements run once, when it visits the {@link Topology}. Lookups shared between the two
 * are built once per run and kept in the validation context.
 * <p>
 * EMF's generic structural checks are replaced by one readable check of references: the metamodel has no
 * lower bounds and its enumerations are typed, so of those checks only the references to removed or
 * unresolvable elements can fail, and their EMF messages name implementation classes.
 */
public class TopologyValidator extends EObjectValidator {

	/** The {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of Lifeboat's diagnostics. */
	public static final String DIAGNOSTIC_SOURCE = "dev.lifeboat.core.validation";

	/**
	 * The id of the rule that reported {@code diagnostic} (e.g. {@code overlay.vni.range}), or
	 * {@code source.code} for a diagnostic of another validator.
	 */
	public static String ruleIdOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && !data.isEmpty()
				&& data.get(data.size() - 1) instanceof String ruleId) {
			return ruleId;
		}
		return diagnostic.getSource() + "." + diagnostic.getCode();
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Findings findings = new Findings(diagnostics);
		checkReferences(eObject, findings);
		switch (eObject) {
		case Topology topology -> TopologyRules.check(topology, TopologyIndex.of(topology, context), findings);
		case Site site -> SanityRules.checkSite(site, findings);
		case VirtualMachine vm -> SanityRules.checkVm(vm, findings);
		case VirtualNic nic -> NicRules.check(nic, TopologyIndex.of(nic, context), findings);
		case OverlayNetwork overlay -> OverlayRules.checkOverlay(overlay, TopologyIndex.of(overlay, context), findings);
		case VtepEndpoint member -> OverlayRules.checkMember(member, findings);
		case HaPolicy policy -> PolicyRules.checkHa(policy, findings);
		case BackupPolicy policy -> PolicyRules.checkBackup(policy, findings);
		case DrPlan plan -> PolicyRules.checkDr(plan, TopologyIndex.of(plan, context), findings);
		default -> {
			// Hosts, physical NICs, bridges, disks, probes and records have no rules of their own.
		}
		}
		return findings.isValid();
	}

	/**
	 * Reports references to elements that are no longer in the topology (deleted while still referenced)
	 * or that could not be resolved when the file was loaded.
	 */
	private static void checkReferences(EObject element, Findings findings) {
		EObject root = null;
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			Object value = element.eGet(reference, false);
			List<?> targets = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			for (Object target : targets) {
				EObject referenced = (EObject) target;
				if (referenced.eIsProxy()) {
					findings.error(element, "structure.reference.unresolved", "Its " + reference.getName()
							+ " refers to '" + EcoreUtil.getURI(referenced).fragment() + "', which is not in the file."
							+ " Pick an existing element for " + reference.getName() + ", or clear it.");
					continue;
				}
				if (root == null) {
					root = EcoreUtil.getRootContainer(element);
				}
				if (EcoreUtil.getRootContainer(referenced) != root) {
					findings.error(element, "structure.reference.dangling", "Its " + reference.getName() + " refers to "
							+ describe(referenced) + ", which is no longer part of the topology. Pick an existing element"
							+ " for " + reference.getName() + ", or clear it.", referenced);
				}
			}
		}
	}
}
