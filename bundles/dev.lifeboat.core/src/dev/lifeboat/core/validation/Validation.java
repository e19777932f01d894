package dev.lifeboat.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage;

/**
 * Validates a topology: the entry point of the console, the CLI and deploy (which refuses a topology with
 * errors).
 */
public final class Validation {

	private Validation() {
	}

	/**
	 * All problems of {@code topology}, errors first, then in document order (the order of the file and of the
	 * model tree).
	 */
	public static List<Problem> validate(Topology topology) {
		Diagnostician diagnostician = newDiagnostician();
		Map<Object, Object> context = diagnostician.createDefaultContext();
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(topology);
		diagnostician.validate(topology, result, context);
		List<Problem> problems = new ArrayList<>();
		collect(result, problems);
		Map<EObject, Integer> order = documentOrder(topology);
		// List.sort is stable: problems of one element keep the order their rules reported them in.
		problems.sort(Comparator.comparing(Problem::severity)
				.thenComparing(problem -> order.getOrDefault(problem.element(), Integer.MAX_VALUE)));
		return problems;
	}

	/** Whether {@code problems} contain an {@link Severity#ERROR}. */
	public static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
	}

	/**
	 * A diagnostician that runs {@link TopologyValidator}, for callers that want EMF {@link Diagnostic}s
	 * (e.g. to decorate a tree). Its registry is private so that it works the same inside OSGi and on a
	 * plain classpath, whatever the global registry holds.
	 */
	public static Diagnostician newDiagnostician() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(TopologyPackage.eINSTANCE, new TopologyValidator());
		return new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return ElementLabels.describe(eObject);
			}
		};
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() != Diagnostic.OK) {
				problems.add(toProblem(child));
			}
			collect(child, problems);
		}
	}

	private static Problem toProblem(Diagnostic diagnostic) {
		EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject first)
				? null
				: first;
		return new Problem(Severity.of(diagnostic.getSeverity()), element, ElementLabels.describe(element),
				TopologyValidator.ruleIdOf(diagnostic), diagnostic.getMessage());
	}

	private static Map<EObject, Integer> documentOrder(Topology topology) {
		Map<EObject, Integer> order = new IdentityHashMap<>();
		order.put(topology, 0);
		for (TreeIterator<EObject> it = topology.eAllContents(); it.hasNext();) {
			order.put(it.next(), order.size());
		}
		return order;
	}
}
