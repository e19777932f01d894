package dev.lifeboat.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs host commands (iproute2, nft) and turns a failure into an exception that names the command and what
 * it printed. Commands are passed as argument lists, never through a shell, so no value from a config can
 * be interpreted as shell syntax.
 */
public class Shell {

	private static final long TIMEOUT_SECONDS = 30;

	/** Runs {@code command}; returns its standard output. */
	public String run(String... command) throws CommandException {
		return run(List.of(command));
	}

	/** Runs {@code command}; returns its standard output. */
	public String run(List<String> command) throws CommandException {
		Result result = execute(command);
		if (result.exitCode() != 0) {
			throw new CommandException(command, result.exitCode(), result.stderr().isBlank() ? result.stdout() : result.stderr());
		}
		return result.stdout();
	}

	/**
	 * Runs {@code command} with {@code input} on its standard input (e.g. {@code bridge -batch -}: one process
	 * for many changes); returns its standard output.
	 */
	public String run(List<String> command, String input) throws CommandException {
		Result result = execute(command, input);
		if (result.exitCode() != 0) {
			throw new CommandException(command, result.exitCode(), result.stderr().isBlank() ? result.stdout() : result.stderr());
		}
		return result.stdout();
	}

	/** Runs {@code command} and returns whatever happened, failure included. */
	public Result execute(List<String> command) throws CommandException {
		return execute(command, "");
	}

	/** Runs {@code command} with {@code input} on its standard input and returns whatever happened, failure included. */
	public Result execute(List<String> command, String input) throws CommandException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
		try {
			Process process = builder.start();
			try (var stdin = process.getOutputStream()) {
				stdin.write(input.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				// The command ended without reading all of its input (it failed early): its status and error
				// output below say why, which a "Broken pipe" here would hide.
			}
			// Small outputs only (iproute2 listings): reading stderr after stdout cannot deadlock for them,
			// but read both concurrently anyway so that a chatty command never blocks.
			var stderr = new java.util.concurrent.CompletableFuture<String>();
			Thread drain = Thread.ofVirtual().start(() -> {
				try {
					stderr.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
				} catch (IOException e) {
					stderr.complete("");
				}
			});
			String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new CommandException(command, -1, "timed out after " + TIMEOUT_SECONDS + " s");
			}
			drain.join();
			return new Result(process.exitValue(), stdout, stderr.join());
		} catch (IOException e) {
			throw new CommandException(command, -1, e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CommandException(command, -1, "interrupted");
		}
	}

	/** What a command did. */
	public record Result(int exitCode, String stdout, String stderr) {
	}

	/** A host command failed; the message names the command and its error output. */
	public static class CommandException extends Exception {
		private static final long serialVersionUID = 1L;

		public CommandException(List<String> command, int exitCode, String output) {
			super("'" + String.join(" ", command) + "' failed" + (exitCode >= 0 ? " (exit " + exitCode + ")" : "")
					+ ": " + output.strip());
		}
	}
}
