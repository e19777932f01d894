package dev.lifeboat.agent.backup;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The restic command line against one repository. The password never appears in an argument or the
 * environment: restic reads it from {@code RESTIC_PASSWORD_FILE}, a root-only file in the agent home. SFTP
 * repositories connect with the host's own key and pinned known_hosts ({@code $HOME/.ssh}), never trusting a
 * host key on first use.
 */
public final class Restic {

	/** What one restic run did. */
	public record Result(int exitCode, String stdout, String stderr) {
		public boolean ok() {
			return exitCode == 0;
		}

		/** restic's complaint, one line, for an error message. */
		public String reason() {
			String text = stderr.isBlank() ? stdout : stderr;
			List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			return lines.isEmpty() ? "exit " + exitCode : String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
		}

		/** restic found no repository at the location (first backup of a new policy). */
		public boolean missingRepository() {
			return stderr.contains("Is there a repository at the following location?")
					|| stderr.contains("unable to open config file");
		}

		boolean locked() {
			return stderr.contains("repository is already locked") || stderr.contains("unable to create lock");
		}
	}

	/** One snapshot as {@code restic snapshots --json} lists it. */
	public record Snapshot(String id, String time, List<String> tags) {
	}

	/** A restic run failed; the message says which command and why. */
	public static final class ResticException extends Exception {
		private static final long serialVersionUID = 1L;

		public ResticException(String message) {
			super(message);
		}
	}

	private static final Pattern SFTP = Pattern.compile("sftp:([^@/\\s]+@)?([^:/\\s]+):(/.*)");
	private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

	private final String repository;
	private final Path passwordFile;
	private final Path cacheDirectory;

	/**
	 * @param repository     a path or {@code sftp:USER@HOST:/path}
	 * @param passwordFile   the root-only file holding the repository's password
	 * @param cacheDirectory restic's cache, inside the agent home
	 */
	public Restic(String repository, Path passwordFile, Path cacheDirectory) {
		this.repository = repository;
		this.passwordFile = passwordFile;
		this.cacheDirectory = cacheDirectory;
	}

	public String repository() {
		return repository;
	}

	/** A local repository path that has no restic repository yet (SFTP ones are found out by trying). */
	public boolean isMissingLocally() {
		return repository.startsWith("/") && !Files.exists(Path.of(repository, "config"));
	}

	/** Creates the repository unless it exists already. */
	public void initIfMissing() throws ResticException {
		Result cat = run(List.of("cat", "config"), null);
		if (cat.ok()) {
			return;
		}
		Result init = run(List.of("init"), null);
		if (!init.ok()) {
			throw new ResticException("cannot open or create the restic repository " + repository + ": " + init.reason()
					+ " (opening it said: " + cat.reason() + ")");
		}
	}

	/** Runs restic with {@code arguments}; the working directory is {@code directory} when not null. */
	public Result run(List<String> arguments, Path directory) throws ResticException {
		return run(arguments, directory, null);
	}

	/**
	 * Runs restic; if {@code stdoutSink} is given, standard output is handed to it as a stream (for
	 * {@code dump}) instead of being collected.
	 */
	public Result run(List<String> arguments, Path directory, StreamConsumer stdoutSink) throws ResticException {
		if (!Files.isReadable(passwordFile)) {
			throw new ResticException("the password of repository " + repository + " is not on this host ("
					+ passwordFile + " is missing): deploy the backup passwords from the console");
		}
		List<String> command = new ArrayList<>(List.of("restic", "--cache-dir", cacheDirectory.toString()));
		if (!arguments.get(0).equals("restore")) {
			// restore's one line of output names the snapshot it restored; everything else need not talk.
			command.add("--quiet");
		}
		command.addAll(sftpOptions(arguments));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> name.startsWith("RESTIC_"));
		environment.put("RESTIC_REPOSITORY", repository);
		environment.put("RESTIC_PASSWORD_FILE", passwordFile.toString());
		try {
			Process process = builder.start();
			CompletableFuture<String> stderr = drain(process.getErrorStream());
			String stdout = "";
			if (stdoutSink != null) {
				try (InputStream in = process.getInputStream()) {
					stdoutSink.accept(in);
					in.transferTo(java.io.OutputStream.nullOutputStream());
				}
			} else {
				stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
			return new Result(process.waitFor(), stdout, stderr.join());
		} catch (IOException e) {
			throw new ResticException("cannot run restic (install the Debian package 'restic'): " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ResticException("interrupted while restic ran " + String.join(" ", arguments));
		}
	}

	/**
	 * Runs restic and, when the repository is locked, removes the stale locks the way restic documents it
	 * ({@code restic unlock} without {@code --remove-all} removes only locks whose process is gone or that are
	 * too old) and tries once more. A lock held by a live process is left alone and the run fails.
	 */
	public Result runUnlocking(List<String> arguments, Path directory, Consumer<String> log) throws ResticException {
		Result result = run(arguments, directory);
		if (result.ok() || !result.locked()) {
			return result;
		}
		Result unlock = run(List.of("unlock"), null);
		log.accept("repository " + repository + " was locked (" + result.reason() + "); restic unlock (stale locks only): "
				+ (unlock.ok() ? "done" : unlock.reason()));
		return run(arguments, directory);
	}

	/** Every snapshot with all of {@code tags}, oldest first. */
	public List<Snapshot> snapshots(List<String> tags) throws ResticException {
		List<String> arguments = new ArrayList<>(List.of("snapshots", "--json"));
		for (String tag : tags) {
			arguments.addAll(List.of("--tag", tag));
		}
		Result result = runUnlocking(arguments, null, line -> {
		});
		if (!result.ok()) {
			throw new ResticException("cannot list the snapshots of " + repository + ": " + result.reason());
		}
		List<Snapshot> snapshots = new ArrayList<>();
		Matcher object = OBJECT.matcher(result.stdout());
		while (object.find()) {
			String json = object.group();
			String id = field(json, "id");
			if (id != null) {
				List<String> tagList = new ArrayList<>();
				Matcher tagArray = Pattern.compile("\"tags\":\\[([^\\]]*)\\]").matcher(json);
				if (tagArray.find()) {
					Matcher tag = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(tagArray.group(1));
					while (tag.find()) {
						tagList.add(tag.group(1));
					}
				}
				snapshots.add(new Snapshot(id, field(json, "time"), tagList));
			}
		}
		return snapshots;
	}

	/** A string field of a flat JSON object, or null. */
	public static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** A number field of a flat JSON object, or -1. */
	public static double number(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":([0-9.eE+-]+)").matcher(json);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
	}

	/**
	 * For {@code sftp:USER@HOST:/path} (the repository, or the source of a copy): the ssh command restic runs, with the host's key and known_hosts pinned
	 * and strict host key checking, and batch mode so that it never waits for a password.
	 */
	private List<String> sftpOptions(List<String> arguments) {
		Matcher sftp = SFTP.matcher(repository);
		int from = arguments.indexOf("--from-repo");
		if (!sftp.matches() && from >= 0 && from + 1 < arguments.size()) {
			// restic copy from an SFTP primary into a local secondary (D2D2C): the source needs the connection.
			sftp = SFTP.matcher(arguments.get(from + 1));
		}
		if (!sftp.matches()) {
			return List.of();
		}
		String user = sftp.group(1) == null ? "root@" : sftp.group(1);
		Path ssh = Path.of(System.getenv().getOrDefault("HOME", "/root"), ".ssh");
		StringBuilder command = new StringBuilder("ssh -o BatchMode=yes -o StrictHostKeyChecking=yes");
		if (Files.isReadable(ssh.resolve("id_ed25519"))) {
			command.append(" -i ").append(ssh.resolve("id_ed25519"));
		}
		if (Files.isReadable(ssh.resolve("known_hosts"))) {
			command.append(" -o UserKnownHostsFile=").append(ssh.resolve("known_hosts"));
		}
		command.append(' ').append(user).append(sftp.group(2)).append(" -s sftp");
		return List.of("-o", "sftp.command=" + command);
	}

	private static CompletableFuture<String> drain(InputStream stream) {
		CompletableFuture<String> text = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> {
			try {
				text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				text.complete("");
			}
		});
		return text;
	}

	/** Reads a command's standard output as it streams. */
	@FunctionalInterface
	public interface StreamConsumer {
		void accept(InputStream stdout) throws IOException;
	}
}
