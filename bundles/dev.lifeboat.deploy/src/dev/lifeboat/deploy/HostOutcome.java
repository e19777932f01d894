package dev.lifeboat.deploy;

/** How a deploy ended for one host. */
public enum HostOutcome {
	/** The host already matched its configuration and ran the current agent: nothing was touched. */
	UNCHANGED,
	/** The configuration was applied and the state read back matches it. */
	APPLIED,
	/** Applying failed or did not verify; the host was put back on its previous configuration. */
	ROLLED_BACK,
	/** The host could not be reached (or the connection broke before anything was applied). */
	UNREACHABLE,
	/** Refused before applying (host key, authentication, preflight), or a rollback failed: see the reason. */
	FAILED,
	/** The deploy was cancelled before this host's apply started: it stays on its previous configuration. */
	CANCELLED;

	/** Whether the host ended where the topology wants it. */
	public boolean ok() {
		return this == UNCHANGED || this == APPLIED;
	}
}
