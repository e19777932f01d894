package dev.lifeboat.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a {@link Problem} is. Errors block a deploy; warnings and infos only inform. */
public enum Severity {
	/** The topology cannot be deployed as it is. */
	ERROR,
	/** The topology deploys, but probably not the way its author meant. */
	WARNING,
	/** Worth knowing, nothing to fix. */
	INFO;

	/**
	 * The severity of an EMF diagnostic severity ({@link Diagnostic#ERROR} etc.). {@code CANCEL} counts as an
	 * error because validation did not finish.
	 */
	public static Severity of(int diagnosticSeverity) {
		if ((diagnosticSeverity & (Diagnostic.ERROR | Diagnostic.CANCEL)) != 0) {
			return ERROR;
		}
		return (diagnosticSeverity & Diagnostic.WARNING) != 0 ? WARNING : INFO;
	}
}
