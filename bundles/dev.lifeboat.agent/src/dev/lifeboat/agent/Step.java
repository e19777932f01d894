package dev.lifeboat.agent;

/**
 * One change to the host and how to take it back. Apply runs steps in order and, if one fails, undoes the
 * ones that completed in reverse order, so that the host ends on its old configuration.
 */
public record Step(String description, Action apply, Action undo) {

	/** A change that may fail with a host command error. */
	@FunctionalInterface
	public interface Action {
		void run() throws Shell.CommandException;
	}

	@Override
	public String toString() {
		return description;
	}
}
