package dev.lifeboat.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.Topology;

/** Assertions on the problems {@link Validation} finds, with failure messages that list what it did find. */
final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/** Asserts that validating {@code topology} reports nothing under {@code ruleId}. */
	static void assertNoProblem(Topology topology, String ruleId) {
		List<Problem> problems = Validation.validate(topology);
		List<Problem> matching = problems.stream().filter(problem -> problem.ruleId().equals(ruleId)).toList();
		assertTrue(matching.isEmpty(), () -> "expected no " + ruleId + " but got " + matching);
	}

	/**
	 * Asserts that validating {@code topology} reports exactly one problem of {@code ruleId} on {@code element},
	 * with the given severity, the element's label and a message containing every fragment (the offending
	 * values and the fix).
	 */
	static Problem assertProblem(Topology topology, String ruleId, Severity severity, EObject element,
			String... messageFragments) {
		List<Problem> problems = Validation.validate(topology);
		List<Problem> matching = problems.stream()
				.filter(problem -> problem.ruleId().equals(ruleId) && problem.element() == element).toList();
		assertEquals(1, matching.size(),
				() -> "expected one " + ruleId + " on " + ElementLabels.describe(element) + " among " + problems);
		Problem problem = matching.get(0);
		assertEquals(severity, problem.severity(), problem::toString);
		assertEquals(ElementLabels.describe(element), problem.elementLabel());
		for (String fragment : messageFragments) {
			assertTrue(problem.message().contains(fragment),
					() -> "message \"" + problem.message() + "\" lacks \"" + fragment + "\"");
		}
		return problem;
	}
}
