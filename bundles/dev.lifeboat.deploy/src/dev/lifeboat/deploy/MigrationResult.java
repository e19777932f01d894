package dev.lifeboat.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.lifeboat.model.Outcome;

/**
 * What a migration did.
 *
 * @param vm        the VM's name
 * @param source    the host it left
 * @param target    the host it runs on now (if it succeeded)
 * @param outcome   SUCCEEDED, FAILED, or ROLLED_BACK (failed before the cutover, hosts restored)
 * @param summary   one line for the user and the record
 * @param steps     every step, timed
 * @param cutover   the cutover window as the console timed it: from stopping the source to the target answering
 *                  and every VTEP re-pointed, an upper bound of the blackout; {@code null} if it did not run
 * @param blackout  the longest gap in the observer's 10 ms ping across the overlay, or {@code null} when there
 *                  was no observer or it saw no reply after the cutover
 * @param pingLost  the observer's pings that went unanswered (0 without an observer)
 */
public record MigrationResult(String vm, String source, String target, Instant startedAt, Instant finishedAt,
		Outcome outcome, String summary, List<HostStep> steps, Duration cutover, Duration blackout, int pingLost) {

	public MigrationResult {
		steps = List.copyOf(steps);
	}

	public boolean succeeded() {
		return outcome == Outcome.SUCCEEDED;
	}

	/** The result as text: each step with its host, duration, outcome and message, then the summary. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (HostStep step : steps) {
			text.append(String.format("  %-22s %-10s %6d ms  %-9s %s%n", step.phase(), step.host(),
					step.duration().toMillis(), step.outcome(), step.message()));
		}
		return text.append(summary).append('\n').toString();
	}
}
