package dev.lifeboat.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.core.validation.Problem;

/** The problems of one element as text lines, for the top of the Properties part. */
public final class ProblemLines {

	private ProblemLines() {
	}

	/** One line per problem of {@code element}, e.g. {@code Error: VNI 16777216 is outside ...}; empty if none. */
	public static String of(List<Problem> problems, EObject element) {
		if (element == null) {
			return "";
		}
		return problems.stream().filter(problem -> problem.element() == element)
				.map(problem -> capitalized(problem.severity().name()) + ": " + problem.message())
				.collect(Collectors.joining("\n"));
	}

	private static String capitalized(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}
