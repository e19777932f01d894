package dev.lifeboat.core.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Collects the findings of one {@link TopologyValidator#validate} call into the EMF chain, and remembers
 * whether there was an error because EMF validators must return {@code false} then.
 */
final class Findings {

	private final DiagnosticChain chain;
	private boolean valid = true;

	Findings(DiagnosticChain chain) {
		this.chain = chain;
	}

	void error(EObject element, String ruleId, String message, EObject... related) {
		add(Diagnostic.ERROR, element, ruleId, message, related);
	}

	void warning(EObject element, String ruleId, String message, EObject... related) {
		add(Diagnostic.WARNING, element, ruleId, message, related);
	}

	boolean isValid() {
		return valid;
	}

	private void add(int severity, EObject element, String ruleId, String message, EObject... related) {
		if (severity == Diagnostic.ERROR) {
			valid = false;
		}
		// A null chain means the caller only wants the verdict (EMF's "is it valid?" mode).
		if (chain != null) {
			Object[] data = new Object[related.length + 2];
			data[0] = element;
			System.arraycopy(related, 0, data, 1, related.length);
			data[data.length - 1] = ruleId;
			chain.add(new BasicDiagnostic(severity, TopologyValidator.DIAGNOSTIC_SOURCE, 0, message, data));
		}
	}
}
