package dev.lifeboat.core.drill;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.model.DrPlan;

/**
 * What the DR Drill wizard needs from the drill runner: the runner (backups and drills, issue 7) implements it and
 * the console puts the implementation into its application context; until then the wizard's command is disabled.
 * A restore point is passed as text, as {@link RestorePoint#parse} accepts it ({@link RestorePoint#request()}).
 * Every method may take seconds (it reads remote hosts): call it off the UI thread.
 */
public interface DrillRunner {

	/**
	 * One preflight check: repository reachable, recovery hosts' capacity, the drill VNI free, ...
	 *
	 * @param host           the recovery host the check is about, or {@code null}
	 * @param unknownHostKey when the check failed only because nobody trusts {@code host}'s key yet: the
	 *                       fingerprint it presented ({@code SHA256:...}), for the administrator to verify and
	 *                       {@link DrillRunner#acceptHostKey accept}; else {@code null}
	 */
	record PreflightCheck(String name, boolean passed, String detail, String host, String unknownHostKey) {

		public PreflightCheck(String name, boolean passed, String detail) {
			this(name, passed, detail, null, null);
		}
	}

	/** A recovery host presented a key nobody trusts yet: nothing was read from it. */
	final class UnknownHostKeyException extends IOException {
		private static final long serialVersionUID = 1L;
		private final String host;
		private final String fingerprint;

		public UnknownHostKeyException(String host, String fingerprint, String message) {
			super(message);
			this.host = host;
			this.fingerprint = fingerprint;
		}

		/** The host's name in the topology. */
		public String host() {
			return host;
		}

		/** The fingerprint of the key it presented ({@code SHA256:...}). */
		public String fingerprint() {
			return fingerprint;
		}
	}

	/**
	 * The points the plan can be restored to: {@link RestorePoint#LATEST} first, then each time a VM of the plan was
	 * backed up, newest first, each resolved per VM ({@link RestorePoint#offered}).
	 *
	 * @throws UnknownHostKeyException when the recovery host that reads the snapshots has an unknown key
	 */
	List<RestorePoint> restorePoints(DrPlan plan) throws IOException;

	/** Checks everything the drill needs before anything is built; no side effect on any host. */
	List<PreflightCheck> preflight(DrPlan plan, String restorePoint) throws IOException;

	/**
	 * Runs the drill: builds the bubble, restores, verifies, tears down. Calls {@code progress} (on the runner's
	 * thread) as each step finishes. Returns what was found even when the drill failed; throws only when no result
	 * can be given at all.
	 */
	DrillResult run(DrPlan plan, String restorePoint, Consumer<TimelineStep> progress) throws IOException;

	/**
	 * Trusts exactly this key of {@code host} from now on (it is added to Lifeboat's known_hosts at the next
	 * connection): the administrator compared the fingerprint with the host's own. Never called without that.
	 */
	void acceptHostKey(String host, String fingerprint);
}
