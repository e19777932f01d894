package dev.lifeboat.deploy;

/**
 * Progress of a plan or deploy, for a UI or the CLI. Called from the worker threads, several hosts at once:
 * implementations must be thread-safe and quick (a UI posts to its display thread).
 */
public interface DeployListener {

	/** Ignores everything. */
	DeployListener NONE = new DeployListener() {
	};

	/** Work on {@code host} begins. */
	default void hostStarted(String host) {
	}

	/** What is happening on {@code host} now, in words ("uploading the agent jar"). */
	default void step(String host, String message) {
	}

	/** How far {@code host} is, 0 to 1. */
	default void progress(String host, double fraction) {
	}

	/** {@code host} is done (deploy only). */
	default void hostFinished(HostResult result) {
	}
}
