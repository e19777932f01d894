package dev.lifeboat.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding of {@link Validation}: which element, what is wrong and how to fix it.
 *
 * @param severity     how bad it is
 * @param element      the offending element, for the UI to select it (may be {@code null} for a problem of
 *                     the file as a whole)
 * @param elementLabel the element as a user names it, e.g. {@code overlay 'blue'}, see {@link ElementLabels}
 * @param ruleId       the stable id of the rule, e.g. {@code overlay.vni.range}, for filtering and tests
 * @param message      what is wrong and what to do, e.g.
 *                     {@code VNI 16777216 is outside 0..16777215. Set a VNI of at most 16777215.}
 */
public record Problem(Severity severity, EObject element, String elementLabel, String ruleId, String message) {

	/** {@code severity: elementLabel: message}, the form the CLI prints. */
	@Override
	public String toString() {
		return severity + ": " + elementLabel + ": " + message;
	}
}
