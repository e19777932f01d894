package dev.lifeboat.core.ha;

/** A scenario that cannot be simulated: an unknown host or NIC, a malformed partition. The message says the fix. */
public final class ScenarioException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public ScenarioException(String message) {
		super(message);
	}
}
