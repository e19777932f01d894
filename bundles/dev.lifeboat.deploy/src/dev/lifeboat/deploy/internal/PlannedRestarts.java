package dev.lifeboat.deploy.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One planned restart at a time in each HA policy, for the whole deploy: a member's resident agent is restarted
 * only while no other member of its policy is being restarted, and the next one only after it rejoined (hosts of
 * other policies, and hosts in none, still go in parallel). A member that did not rejoin stops the planned
 * restarts of its policy for the rest of the deploy: restarting another one could leave the policy without a
 * majority.
 */
public final class PlannedRestarts {

	private final Map<String, Semaphore> turns = new ConcurrentHashMap<>();
	private final Map<String, String> stopped = new ConcurrentHashMap<>();

	/** Waits for {@code policy}'s turn; {@link #end} gives it back. */
	public void begin(String policy) throws InterruptedException {
		turns.computeIfAbsent(policy, name -> new Semaphore(1)).acquire();
	}

	public void end(String policy) {
		turns.get(policy).release();
	}

	/** Why no further member of {@code policy} is restarted in this deploy, or {@code null}. */
	public String stoppedBecause(String policy) {
		return stopped.get(policy);
	}

	public void stop(String policy, String reason) {
		stopped.putIfAbsent(policy, reason);
	}
}
