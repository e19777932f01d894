package dev.lifeboat.protocol;

/**
 * The deadlines of an HA policy, derived from its heartbeat interval and missed-beat count. The console shows
 * them, the simulation uses them and the agents act on them, so they are computed in one place.
 * <p>
 * The order is what keeps a VM from running twice: a host that cannot reach a majority stops its guests by
 * {@link #selfFenceDeadlineMs()}, and the majority restarts them no earlier than {@link #takeoverMs()}, one
 * full interval later, measured from the same instant (the last beat heard from the host).
 *
 * @param intervalMs  time between two heartbeats on one path
 * @param missedBeats intervals that every path of a host must stay silent before the host is suspected
 */
public record HaTimings(int intervalMs, int missedBeats) {

	public HaTimings {
		if (intervalMs <= 0 || missedBeats <= 0) {
			throw new IllegalArgumentException(
					"heartbeat interval and missed beats must be positive, got " + intervalMs + " ms x " + missedBeats);
		}
	}

	/** After the last beat on any path: the host is suspected (by the others) or isolated (by itself). */
	public long detectionMs() {
		return (long) intervalMs * missedBeats;
	}

	/** After the last beat: a host without a majority has stopped all its guests. */
	public long selfFenceDeadlineMs() {
		return detectionMs() + intervalMs;
	}

	/** After the last beat: the majority may start the failed host's guests elsewhere. */
	public long takeoverMs() {
		return selfFenceDeadlineMs() + intervalMs;
	}
}
