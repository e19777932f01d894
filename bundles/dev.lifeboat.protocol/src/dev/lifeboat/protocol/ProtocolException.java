package dev.lifeboat.protocol;

/** A protocol document could not be read; the message says why in words a user can act on. */
public class ProtocolException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProtocolException(String message) {
		super(message);
	}

	public ProtocolException(String message, Throwable cause) {
		super(message, cause);
	}
}
