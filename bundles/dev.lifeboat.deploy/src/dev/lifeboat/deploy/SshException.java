package dev.lifeboat.deploy;

/** An SSH failure as one line a user can act on: which host, what went wrong, what to do. */
public final class SshException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What sort of failure: decides whether a host counts as unreachable or failed. */
	public enum Kind {
		/** No TCP connection (refused, no route, unknown name). */
		UNREACHABLE,
		/** Connecting or a command took longer than allowed. */
		TIMED_OUT,
		/** The server refused the key. */
		AUTH_FAILED,
		/** The host key is not known and was not accepted. */
		HOST_KEY_UNKNOWN,
		/** The host key differs from the one on record or pinned. */
		HOST_KEY_CHANGED,
		/** The connection broke after it was established. */
		CONNECTION_LOST,
		/** The private key could not be used (missing, unreadable, wrong passphrase). */
		IDENTITY,
		/** Something else (a remote file operation failed, a protocol error). */
		OTHER
	}

	private final Kind kind;
	private final String hostKeyFingerprint;

	public SshException(Kind kind, String message) {
		this(kind, message, null);
	}

	public SshException(Kind kind, String message, Throwable cause) {
		this(kind, message, cause, null);
	}

	/**
	 * @param hostKeyFingerprint the {@code SHA256:...} fingerprint of the key the host presented, for host-key
	 *                           failures, so that a UI can ask the user about exactly that key; or {@code null}
	 */
	public SshException(Kind kind, String message, Throwable cause, String hostKeyFingerprint) {
		super(message, cause);
		this.kind = kind;
		this.hostKeyFingerprint = hostKeyFingerprint;
	}

	public Kind kind() {
		return kind;
	}

	/** The fingerprint of the key the host presented ({@code SHA256:...}) for host-key failures, else {@code null}. */
	public String hostKeyFingerprint() {
		return hostKeyFingerprint;
	}

	/** Whether the network, rather than a decision of either side, is the cause. */
	public boolean isNetwork() {
		return kind == Kind.UNREACHABLE || kind == Kind.TIMED_OUT || kind == Kind.CONNECTION_LOST;
	}
}
