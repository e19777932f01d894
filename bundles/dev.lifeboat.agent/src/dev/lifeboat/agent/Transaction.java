package dev.lifeboat.agent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the steps of an apply all or nothing: when a step fails, every completed step is undone in reverse
 * order and the failure says which step failed and why.
 */
public final class Transaction {

	/** Set to a step number (1-based) to make that step fail: how tests prove that rollback is exact. */
	public static final String FAIL_AT_STEP = "LIFEBOAT_AGENT_FAIL_AT_STEP";

	private final Consumer<String> log;
	private final int failAt;

	public Transaction(Consumer<String> log, int failAtStep) {
		this.log = log;
		this.failAt = failAtStep;
	}

	/**
	 * Applies {@code steps}.
	 *
	 * @throws ApplyException naming the failed step, after every completed step was undone
	 */
	public void run(List<Step> steps) throws ApplyException {
		Deque<Step> done = new ArrayDeque<>();
		int number = 0;
		for (Step step : steps) {
			number++;
			try {
				if (number == failAt) {
					throw new Shell.CommandException(List.of("(injected)"), -1,
							"failure injected by " + FAIL_AT_STEP + "=" + failAt);
				}
				step.apply().run();
				log.accept("  done: " + step.description());
				done.push(step);
			} catch (Shell.CommandException e) {
				log.accept("  FAILED: " + step.description() + ": " + e.getMessage());
				String rollback = undo(done);
				throw new ApplyException("step " + number + " of " + steps.size() + " (" + step.description()
						+ ") failed: " + e.getMessage() + rollback);
			}
		}
	}

	private String undo(Deque<Step> done) {
		int failures = 0;
		StringBuilder problems = new StringBuilder();
		while (!done.isEmpty()) {
			Step step = done.pop();
			try {
				step.undo().run();
				log.accept("  undone: " + step.description());
			} catch (Shell.CommandException e) {
				failures++;
				problems.append("; could not undo '").append(step.description()).append("': ").append(e.getMessage());
				log.accept("  UNDO FAILED: " + step.description() + ": " + e.getMessage());
			}
		}
		return failures == 0 ? "; the host was restored to its previous configuration"
				: "; rollback was incomplete" + problems;
	}

	/** An apply failed; the message says which step, why, and whether the host was restored. */
	public static class ApplyException extends Exception {
		private static final long serialVersionUID = 1L;

		public ApplyException(String message) {
			super(message);
		}
	}
}
