package dev.lifeboat.core.compile;

import java.util.List;

import dev.lifeboat.core.validation.Problem;

/** The topology has errors, so no host configuration can be compiled from it. */
public class CompileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> errors;

	public CompileException(List<Problem> errors) {
		super(errors.size() + " error(s) must be fixed before the topology can be compiled; the first: "
				+ errors.get(0));
		this.errors = List.copyOf(errors);
	}

	/** The validation errors that stopped the compilation. */
	public List<Problem> errors() {
		return errors;
	}
}
