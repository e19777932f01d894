package dev.lifeboat.deploy;

import java.time.Duration;
import java.util.List;

/**
 * How the deploy ended for one host.
 *
 * @param hostName the host
 * @param outcome  how it ended
 * @param reason   why, in one line (what was applied, or what failed and what to do)
 * @param duration from the first connection attempt to the end
 * @param steps    the phases it went through, in order
 */
public record HostResult(String hostName, HostOutcome outcome, String reason, Duration duration, List<HostStep> steps) {

	public HostResult {
		steps = List.copyOf(steps);
	}

	/** {@code host  OUTCOME  1.2 s  reason}. */
	public String describe() {
		return String.format("%-16s %-12s %6.1f s  %s", hostName, outcome, duration.toMillis() / 1000.0, reason);
	}
}
