package dev.lifeboat.core.drill;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.model.DrPlan;

/**
 * What the DR Drill wizard needs from the drill runner: the runner (backups and drills, issue 7) implements it and
 * the console puts the implementation into its application context; until then the wizard's command is disabled.
 */
public interface DrillRunner {

	/** One preflight check: repository reachable, recovery hosts' capacity, the drill VNI free, ... */
	record PreflightCheck(String name, boolean passed, String detail) {
	}

	/** The restore points the plan's VMs can be restored from, newest first ("latest" is always offered). */
	List<String> restorePoints(DrPlan plan) throws IOException;

	/** Checks everything the drill needs before anything is built; no side effect on any host. */
	List<PreflightCheck> preflight(DrPlan plan, String restorePoint) throws IOException;

	/**
	 * Runs the drill: builds the bubble, restores, verifies, tears down. Calls {@code progress} (on the runner's
	 * thread) as each step finishes. Returns what was found even when the drill failed; throws only when no result
	 * can be given at all.
	 */
	DrillResult run(DrPlan plan, String restorePoint, Consumer<TimelineStep> progress) throws IOException;
}
