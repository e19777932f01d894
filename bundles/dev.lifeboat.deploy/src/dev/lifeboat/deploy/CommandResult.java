package dev.lifeboat.deploy;

/** What a remote command did: its exit status and its output (UTF-8). */
public record CommandResult(int exitCode, String out, String err) {

	public boolean ok() {
		return exitCode == 0;
	}

	/** The last non-empty line of stderr (or stdout), for one-line messages. */
	public String lastLine() {
		String text = err.isBlank() ? out : err;
		String[] lines = text.strip().split("\n");
		return lines.length == 0 ? "" : lines[lines.length - 1].strip();
	}
}
