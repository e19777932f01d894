package dev.lifeboat.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;

/** A table of validation problems: severity, element, message, rule. */
public class ProblemTable {

	private final TableViewer viewer;

	/** A table in {@code parent}; {@code open} is called on double-click (or Enter) of a problem. */
	public ProblemTable(Composite parent, KindIcons icons, Consumer<Problem> open) {
		viewer = Columns.table(parent);
		Columns.add(viewer, Problem.class, "Severity", 90, problem -> capitalized(problem.severity()),
				problem -> icons.of(problem.severity()));
		Columns.add(viewer, Problem.class, "Element", 240, Problem::elementLabel, null);
		Columns.add(viewer, Problem.class, "Message", 560, Problem::message, null);
		Columns.add(viewer, Problem.class, "Rule", 160, Problem::ruleId, null);
		viewer.addDoubleClickListener(event -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof Problem problem && problem.element() != null) {
				open.accept(problem);
			}
		});
	}

	/** Shows {@code problems}. */
	public void show(List<Problem> problems) {
		viewer.setInput(problems);
	}

	/** The table widget. */
	public Control control() {
		return viewer.getTable();
	}

	/** {@code 2 errors, 1 warning}; {@code No problems} when empty. */
	public static String summary(List<Problem> problems) {
		List<String> parts = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			long count = problems.stream().filter(problem -> problem.severity() == severity).count();
			if (count > 0) {
				String noun = severity.name().toLowerCase(Locale.ROOT);
				parts.add(count + " " + (severity == Severity.INFO ? "info" : noun + (count == 1 ? "" : "s")));
			}
		}
		return parts.isEmpty() ? "No problems" : String.join(", ", parts);
	}

	private static String capitalized(Severity severity) {
		String name = severity.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
