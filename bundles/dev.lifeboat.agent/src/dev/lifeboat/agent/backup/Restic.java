package dev.lifeboat.agent.backup;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
 * host key on first use: restic runs {@code ssh HOST -l USER -s sftp} itself for each SFTP repository it opens,
 * and finds first on its {@code PATH} a wrapper in the agent home that adds those options. (restic 0.14's one
 * {@code sftp.command} would name one host for both repositories of a {@code copy} between two SFTP hosts.)
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

	/**
	 * One snapshot as {@code restic snapshots --json} lists it: its full id (the SHA-256 of the snapshot), its time,
	 * tags, paths and the id of its root tree (the SHA-256 of the tree that lists its files).
	 */
	public record Snapshot(String id, String time, List<String> tags, List<String> paths, String tree) {
	}

	/** What {@link #initialize} found or did. */
	public enum Initialized {
		/** The repository was there already and opened with the password: nothing was written. */
		EXISTED,
		/** There was no repository at the location; this run created it. */
		CREATED
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
	private final Path toolDirectory;

	/**
	 * @param repository     a path or {@code sftp:USER@HOST:/path}
	 * @param passwordFile   the root-only file holding the repository's password
	 * @param cacheDirectory restic's cache, inside the agent home
	 * @param toolDirectory  a root-only directory of the agent home for the {@code ssh} wrapper restic runs
	 */
	public Restic(String repository, Path passwordFile, Path cacheDirectory, Path toolDirectory) {
		this.repository = repository;
		this.passwordFile = passwordFile;
		this.cacheDirectory = cacheDirectory;
		this.toolDirectory = toolDirectory;
	}

	public String repository() {
		return repository;
	}

	/**
	 * Creates the repository when there is none at its location; an existing one is only opened (restic's own
	 * {@code init} refuses to overwrite a config, and this asks first). Only the deploy calls this, once per
	 * repository and from one host: two hosts initializing one new repository at the same moment would write two
	 * master keys and a config only one of them can decrypt.
	 *
	 * @param chunkerSource for a D2D2C secondary: the primary repository, whose chunker parameters the new
	 *                      repository takes so that {@code restic copy} deduplicates; null otherwise
	 * @throws ResticException when the location is unreachable, the password does not open the repository there,
	 *                         or the creation failed
	 */
	public Initialized initialize(String chunkerSource) throws ResticException {
		Result opened = run(List.of("cat", "config"), null);
		if (opened.ok()) {
			return Initialized.EXISTED;
		}
		if (!opened.missingRepository()) {
			throw new ResticException("cannot open the restic repository " + repository + ": " + opened.reason());
		}
		List<String> arguments = new ArrayList<>(List.of("init"));
		if (chunkerSource != null) {
			arguments.addAll(List.of("--from-repo", chunkerSource, "--from-password-file", passwordFile.toString(),
					"--copy-chunker-params"));
		}
		Result init = run(arguments, null);
		if (!init.ok()) {
			throw new ResticException("cannot create the restic repository " + repository + ": " + init.reason());
		}
		return Initialized.CREATED;
	}

	/** The error of a run against a repository that is not there: who creates it, and how. */
	public ResticException notInitialized(String what) {
		return new ResticException(what + ": there is no restic repository at " + repository + " yet. A host never"
				+ " creates one itself (two hosts creating one at the same moment break it): the deploy creates each"
				+ " repository once, so deploy the topology with the backup password (lifeboat deploy, or the"
				+ " console's Deploy wizard)");
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
		List<String> command = new ArrayList<>(List.of("restic", "--cache-dir", cacheDirectory.toString(), "--quiet"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Map<String, String> environment = builder.environment();
		if (usesSftp(arguments)) {
			try {
				environment.put("PATH", sshWrapper() + File.pathSeparator + environment.getOrDefault("PATH", "/usr/bin:/bin"));
			} catch (IOException e) {
				throw new ResticException("cannot write the ssh wrapper for restic into " + toolDirectory + ": " + e.getMessage());
			}
		}
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
				snapshots.add(new Snapshot(id, field(json, "time"), strings(json, "tags"), strings(json, "paths"),
						field(json, "tree")));
			}
		}
		return snapshots;
	}

	/** The strings of an array field of a flat JSON object (empty when absent). */
	static List<String> strings(String json, String name) {
		List<String> values = new ArrayList<>();
		Matcher array = Pattern.compile("\"" + Pattern.quote(name) + "\":\\[([^\\]]*)\\]").matcher(json);
		if (array.find()) {
			Matcher value = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(array.group(1));
			while (value.find()) {
				values.add(value.group(1));
			}
		}
		return values;
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

	/** Whether this run opens an SFTP repository: this one, or the source of a copy or of chunker parameters. */
	private boolean usesSftp(List<String> arguments) {
		int from = arguments.indexOf("--from-repo");
		return SFTP.matcher(repository).matches()
				|| from >= 0 && from + 1 < arguments.size() && SFTP.matcher(arguments.get(from + 1)).matches();
	}

	/**
	 * Writes (when missing or different) {@code ssh} into the tool directory: the system's ssh in batch mode (it
	 * never waits for a password) with strict host key checking, this host's key and its known_hosts, which the
	 * agent names because ssh reads ~/.ssh from the password database, not from {@code $HOME}.
	 *
	 * @return the tool directory, to put first on restic's PATH
	 */
	private Path sshWrapper() throws IOException {
		Path ssh = Path.of(System.getenv().getOrDefault("HOME", "/root"), ".ssh");
		StringBuilder command = new StringBuilder("exec ").append(systemSsh())
				.append(" -o BatchMode=yes -o StrictHostKeyChecking=yes");
		if (Files.isReadable(ssh.resolve("id_ed25519"))) {
			command.append(" -i ").append(shellQuote(ssh.resolve("id_ed25519").toString()));
		}
		if (Files.isReadable(ssh.resolve("known_hosts"))) {
			command.append(" -o UserKnownHostsFile=").append(shellQuote(ssh.resolve("known_hosts").toString()));
		}
		String script = "#!/bin/sh\n# Written by the Lifeboat agent: the ssh restic runs for SFTP repositories.\n"
				+ command + " \"$@\"\n";
		Path wrapper = toolDirectory.resolve("ssh");
		if (Files.isRegularFile(wrapper) && Files.readString(wrapper).equals(script)) {
			return toolDirectory;
		}
		Files.createDirectories(toolDirectory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path temporary = Files.createTempFile(toolDirectory, "ssh", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Files.writeString(temporary, script);
		Files.move(temporary, wrapper, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return toolDirectory;
	}

	/** The system's ssh client: the first on PATH outside the tool directory. */
	private String systemSsh() {
		for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(directory.isEmpty() ? "." : directory).resolve("ssh");
			if (!Path.of(directory).toAbsolutePath().normalize().equals(toolDirectory.toAbsolutePath().normalize())
					&& Files.isExecutable(candidate)) {
				return shellQuote(candidate.toString());
			}
		}
		return "/usr/bin/ssh";
	}

	private static String shellQuote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
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
