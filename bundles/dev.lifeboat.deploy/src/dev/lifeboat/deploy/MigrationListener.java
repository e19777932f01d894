package dev.lifeboat.deploy;

/** Hears a migration's progress; called from the migrating thread. */
public interface MigrationListener {

	/** Ignores everything. */
	MigrationListener NONE = new MigrationListener() {
	};

	/** A step started ({@code done == false}) or finished, with what it did or why it failed. */
	default void step(String step, String host, boolean done, String message) {
	}

	/** The fraction of the whole migration done, 0 to 1. */
	default void progress(double fraction) {
	}
}
