package dev.lifeboat.model.resource;

/** A topology file could not be read; the message names the file and, where known, the line and column. */
public class TopologyLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	public TopologyLoadException(String message) {
		super(message);
	}

	public TopologyLoadException(String message, Throwable cause) {
		super(message, cause);
	}
}
