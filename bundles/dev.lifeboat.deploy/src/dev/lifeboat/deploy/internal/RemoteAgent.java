package dev.lifeboat.deploy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import dev.lifeboat.deploy.CommandResult;
import dev.lifeboat.deploy.SshConnection;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * The agent on one host, driven over one SSH connection: what the host has (JDK, disk, installed files),
 * its state, uploads that are verified and renamed into place atomically, apply and roll back.
 */
public final class RemoteAgent {

	/** The agent jar's file name in the agent home. */
	public static final String JAR = "lifeboat-agent.jar";
	/** The wrapper script that finds a JDK and runs the jar. */
	public static final String WRAPPER = "agent";
	/** The configuration {@code agent apply} reads. */
	public static final String CONFIG = "config.xml";
	/** The configuration that was applied before this deploy: what a rollback goes back to. */
	public static final String PREVIOUS = "applied.prev.xml";
	/** Applied on rollback when the host had no configuration before. */
	public static final String EMPTY = "empty.xml";

	/**
	 * The installed jar's SHA-256 as the apply checked it after the upload, and the identity ({@link #JAR_IDENTITY})
	 * the jar had once renamed into place: the wrapper that starts the resident agent right after takes that hash
	 * while the jar keeps the identity, instead of hashing the 20 MB a second time.
	 */
	public static final String JAR_VERIFIED = ".jar.verified";

	/**
	 * A shell function: {@code sha256 FILE} prints the file's SHA-256 (hex), by OpenSSL where the host has it (it
	 * uses the CPU's SHA instructions: 30 ms of CPU for the 20 MB agent jar against sha256sum's 140), else by
	 * sha256sum. The wrapper (agent-wrapper.sh) defines it with this very text (WrapperStartTest checks).
	 */
	public static final String SHA256_FUNCTION = "sha256() { h=$(openssl dgst -sha256 -r \"$1\" 2>/dev/null) && [ -n \"$h\" ]"
			+ " || h=$(sha256sum \"$1\" 2>/dev/null); echo \"${h%% *}\"; }\n";

	/** The wrapper's exit code when the host has no JDK >= 21. */
	public static final int NO_JDK = 3;

	/** The apply command's exit code when nothing was replaced: an upload arrived damaged (or the home is gone). */
	public static final int DAMAGED = 9;

	/**
	 * The command that prints a file's identity: device, inode, size, modification and change times (ns). The
	 * resident agent's control file carries the installed jar's SHA-256 with the identity the wrapper hashed it
	 * at; while the jar keeps that identity (any write or rename changes it) the preflight and the wrapper take
	 * that hash instead of hashing 20 MB on every command. The wrapper (agent-wrapper.sh) uses the same format.
	 */
	public static final String JAR_IDENTITY = "stat -L -c '%d:%i:%s:%.9Y:%.9Z'";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * What the host has, as the preflight script reports it, and what its agent said when asked for its state in
	 * the same command ({@code stateReport} is {@code null} when no agent is installed). {@code manager} runs the
	 * resident agent; {@code residentJarSha256} is the jar the running resident agent published ({@code null} when
	 * none runs), {@code residentC1Only} whether it runs the C1 compiler alone; {@code residentSession}: this SSH
	 * session is served by the resident agent's own SSH server.
	 */
	public record Facts(String home, int javaMajor, long freeKiB, String jarSha256, String wrapperSha256, boolean applied,
			CommandResult stateReport, ResidentAgentService.Manager manager, String residentJarSha256, boolean residentC1Only,
			boolean residentSession) {

		/** The resident agent runs the jar {@code jarSha256}: nothing to (re)start. */
		public boolean residentRuns(String jarSha256) {
			return residentJarSha256 != null && residentJarSha256.equals(jarSha256);
		}

		/**
		 * The resident agent runs {@code jarSha256} with the compilers {@code config} wants: a Java VTEP's forwarding
		 * loop wants C2, which the wrapper leaves out of a daemon started for a host without one.
		 */
		public boolean residentFits(String jarSha256, AgentConfig config) {
			return residentRuns(jarSha256) && !(residentC1Only && hasJavaVtep(config));
		}

		private static boolean hasJavaVtep(AgentConfig config) {
			return config.overlays().stream().anyMatch(overlay -> overlay.dataPlane() == VxlanSpec.DataPlane.USERSPACE);
		}
	}

	/** A file uploaded under a temporary name, renamed into place only when the apply starts. */
	public record Staged(String temporary, Payload payload) {
	}

	/** A file to upload: its content, size and SHA-256 (hex). */
	public record Payload(String name, long size, String sha256, ContentSource source) {

		/** Opens the content anew for each upload attempt. */
		@FunctionalInterface
		public interface ContentSource {
			InputStream open() throws IOException;
		}

		public static Payload of(String name, byte[] content) {
			return new Payload(name, content.length, Hashes.sha256Hex(content), () -> new ByteArrayInputStream(content));
		}

		public static Payload of(String name, Path file) throws IOException {
			return new Payload(name, Files.size(file), Hashes.sha256Hex(file), () -> Files.newInputStream(file));
		}
	}

	private static final String FACTS_SCRIPT = """
			H="${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}"
			jar_identity() { %s "$H/lifeboat-agent.jar" 2>/dev/null; }
			""".formatted(JAR_IDENTITY) + SHA256_FUNCTION + """
			printf 'home=%s\\n' "$H"
			best=0
			for java in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java 2>/dev/null || echo /nonexistent)"; do
			  [ -x "$java" ] || continue
			  real=$(readlink -f "$java"); jdk=${real%/bin/java}
			  major=$(sed -n 's/^JAVA_VERSION="\\([0-9][0-9.]*\\).*/\\1/p' "$jdk/release" 2>/dev/null)
			  [ -n "$major" ] || major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\\.specification\\.version = //p')
			  case "$major" in 1.*) major=${major#1.} ;; esac
			  major=${major%%.*}
			  [ "${major:-0}" -gt "$best" ] 2>/dev/null && best=$major
			done
			echo "java=$best"
			d="$H"; while [ ! -d "$d" ]; do d=$(dirname "$d"); done
			echo "free=$(df -Pk "$d" | awk 'NR==2 {print $4}')"
			if [ -f "$H/lifeboat-agent.jar" ]; then
			  jar=
			  [ -r "$H/daemon.control" ] && read -r _ _ _ sum identity _ < "$H/daemon.control" && [ -n "$identity" ] \
			    && [ "$identity" = "$(jar_identity)" ] && jar=$sum
			  echo "jar=${jar:-$(sha256 "$H/lifeboat-agent.jar")}"
			fi
			[ -f "$H/agent" ] && echo "wrapper=$(sha256 "$H/agent")"
			[ -f "$H/applied.xml" ] && echo "applied=yes"
			""" + ResidentAgentService.DETECT_SCRIPT;

	/** Run by a deploy (not a plan): the agent home exists, owned by root alone, without an older deploy's leftovers. */
	private static final String PREPARE_SCRIPT = """
			mkdir -p "$H" && chmod 700 "$H" && rm -f "$H"/.*.upload-*
			""";

	/** Asks an installed agent for its state in the same command, after the facts. */
	private static final String STATE_SCRIPT = """
			if [ -f "$H/lifeboat-agent.jar" ] && [ -x "$H/agent" ]; then
			  echo '%s'
			  "$H/agent" state 2>"$H/.state.err"; code=$?
			  echo; echo "state-exit=$code"; tail -n 1 "$H/.state.err" | sed 's/^/state-error=/'; rm -f "$H/.state.err"
			fi
			""".formatted(AgentState.REPORT_MARKER);

	private final SshConnection connection;
	private final ProtocolCodec codec;
	private String home;

	public RemoteAgent(SshConnection connection, ProtocolCodec codec) {
		this.connection = connection;
		this.codec = codec;
	}

	/**
	 * One command: the preflight facts (agent home, best JDK, free disk, installed files) and, when an agent is
	 * installed, its state. {@code prepare} (a deploy, not a plan) also creates the agent home.
	 */
	public Facts facts(boolean prepare) throws SshException {
		CommandResult result = connection.run(FACTS_SCRIPT + (prepare ? PREPARE_SCRIPT : "") + STATE_SCRIPT + "true\n");
		String out = result.out();
		int marker = out.indexOf(AgentState.REPORT_MARKER + "\n");
		String factsText = marker < 0 ? out : out.substring(0, marker);
		Map<String, String> values = values(factsText);
		if (!result.ok() || !values.containsKey("home")) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": the preflight script failed (exit "
					+ result.exitCode() + ": " + result.lastLine() + "): the remote shell must be POSIX sh compatible");
		}
		home = values.get("home");
		CommandResult stateReport = null;
		if (marker >= 0) {
			String report = out.substring(marker + AgentState.REPORT_MARKER.length() + 1);
			int trailer = report.lastIndexOf("\nstate-exit=");
			Map<String, String> status = values(report.substring(trailer + 1));
			stateReport = new CommandResult(parseInt(status.get("state-exit")), report.substring(0, trailer),
					status.getOrDefault("state-error", ""));
		}
		ResidentAgentService.Manager manager = "systemd".equals(values.get("service")) ? ResidentAgentService.Manager.SYSTEMD
				: ResidentAgentService.Manager.PROCESS;
		String residentJar = "running".equals(values.get("resident")) ? values.get("resident-jar") : null;
		return new Facts(home, parseInt(values.get("java")), parseLong(values.get("free")), values.get("jar"),
				values.get("wrapper"), values.containsKey("applied"), stateReport, manager, residentJar,
				residentJar != null && "c1".equals(values.get("resident-compiler")), values.containsKey("resident-session"));
	}

	private static Map<String, String> values(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
			}
		}
		return values;
	}

	/** The agent's report of the host (read with the facts), or {@code null} when no agent is installed yet. */
	public AgentState state(Facts facts) throws SshException, ProtocolException {
		if (facts.jarSha256() == null || facts.wrapperSha256() == null || facts.stateReport() == null) {
			return null;
		}
		return parseState(facts.stateReport(), "'agent state'");
	}

	private AgentState parseState(CommandResult result, String command) throws SshException, ProtocolException {
		if (!result.ok()) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": " + command + " failed (exit "
					+ result.exitCode() + ": " + result.lastLine() + ")" + (result.exitCode() == NO_JDK
							? ": install a JDK >= 21 on the host" : ": see " + home + "/agent.log on the host"));
		}
		return codec.fromXml(result.out(), AgentState.class);
	}

	/**
	 * Uploads {@code payload} to a temporary name in the agent home; {@link #apply} checks its SHA-256 on the host
	 * and renames it into place, so the host has the old file or the new one, never a partial one.
	 */
	public Staged stage(Payload payload, int mode, DoubleConsumer progress) throws SshException {
		String temporary = "." + payload.name() + ".upload-" + HexFormat.of().formatHex(randomBytes());
		try (InputStream content = payload.source().open()) {
			connection.upload(content, payload.size(), home + "/" + temporary, mode, progress);
		} catch (IOException e) {
			throw new SshException(SshException.Kind.OTHER, "cannot read " + payload.name() + " to upload: " + e.getMessage(), e);
		} catch (SshException e) {
			removeQuietly(temporary);
			throw e;
		}
		return new Staged(temporary, payload);
	}

	/**
	 * Uploads {@code payload} and puts it in place at once, checked like a staged file: for operations that place
	 * files without an apply of their own (a migration's parked guest, its configurations).
	 */
	public void install(Payload payload, int mode, DoubleConsumer progress) throws SshException {
		Staged staged = stage(payload, mode, progress);
		CommandResult moved = connection.run(enterHome() + place(List.of(staged)));
		if (!moved.ok()) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": " + moved.lastLine() + " instead of "
					+ payload.sha256() + "; nothing was replaced: check the host's disk and try again");
		}
	}

	private String enterHome() {
		return "H=" + quote(home) + "; cd \"$H\" || exit " + DAMAGED + "\n";
	}

	/**
	 * Shell lines (in the agent home) that check every staged file's SHA-256 and only then rename them all into
	 * place; a damaged one removes every temporary file and exits {@link #DAMAGED}, replacing nothing.
	 */
	private static String place(List<Staged> staged) {
		StringBuilder script = new StringBuilder(SHA256_FUNCTION);
		String temporaries = String.join(" ", staged.stream().map(file -> quote(file.temporary())).toList());
		for (Staged file : staged) {
			script.append("s=$(sha256 ").append(quote(file.temporary())).append("); if [ \"$s\" != ")
					.append(file.payload().sha256()).append(" ]; then rm -f ").append(temporaries).append("; echo ")
					.append(quote(file.payload().name() + " arrived damaged (SHA-256 on the host ")).append("\"$s)\"")
					.append(" >&2; exit ").append(DAMAGED).append("; fi\n");
		}
		for (Staged file : staged) {
			script.append("mv -f ").append(quote(file.temporary())).append(' ').append(quote(file.payload().name())).append('\n');
			if (file.payload().name().equals(JAR)) {
				script.append("printf '%s %s\\n' ").append(file.payload().sha256()).append(" \"$(").append(JAR_IDENTITY).append(' ')
						.append(JAR).append(")\" > ").append(JAR_VERIFIED).append('\n');
			}
		}
		return script.toString();
	}

	/** The outcome of {@link #apply}: the command's result and, when it succeeded, the state read back. */
	public record Applied(CommandResult result, boolean damagedUpload, String report) {
	}

	/** {@link #apply(List, String)} with nothing run before the apply. */
	public Applied apply(List<Staged> staged) throws SshException {
		return apply(staged, "");
	}

	/**
	 * One command: keeps the applied configuration as {@link #PREVIOUS}, checks every staged file's SHA-256 and
	 * renames it into place (or replaces nothing), runs {@code beforeApply} (shell text, e.g. starting the resident
	 * agent, which then does the apply itself), then {@code agent apply config.xml --report}, whose output ends with
	 * the state read back after the apply.
	 */
	public Applied apply(List<Staged> staged, String beforeApply) throws SshException {
		StringBuilder script = new StringBuilder(enterHome());
		// First: whatever fails later, a rollback finds the configuration the host had.
		script.append("if [ -f applied.xml ]; then cp -f applied.xml " + PREVIOUS + "; else rm -f " + PREVIOUS + "; fi\n");
		script.append(place(staged)).append(beforeApply);
		script.append("\"$H/agent\" apply \"$H/" + CONFIG + "\" --report\n");
		CommandResult result = connection.run(script.toString());
		String out = result.out();
		int marker = out.indexOf(AgentState.REPORT_MARKER + "\n");
		String report = result.ok() && marker >= 0 ? out.substring(marker + AgentState.REPORT_MARKER.length() + 1) : null;
		return new Applied(result, result.exitCode() == DAMAGED, report);
	}

	/** {@code agent state} now, answered by the resident agent when it runs the installed jar. */
	public AgentState currentState() throws SshException, ProtocolException {
		return parseState(connection.run(enterHome() + "\"$H/agent\" state"), "'agent state'");
	}

	/** The state an apply reported, checked like {@code agent state}'s. */
	public AgentState reported(Applied applied) throws SshException, ProtocolException {
		if (applied.report() == null) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": the agent applied but reported no state"
					+ " (an agent older than this console?): see " + home + "/agent.log on the host");
		}
		return parseState(new CommandResult(0, applied.report(), ""), "'agent apply --report'");
	}

	/** Applies {@link #PREVIOUS}, or an empty configuration ({@code emptyXml}) when the host had none before. */
	public CommandResult rollback(boolean hadPrevious, String emptyXml) throws SshException {
		if (hadPrevious) {
			return connection.run(path(WRAPPER) + " apply " + path(PREVIOUS));
		}
		return connection.run("printf '%s' " + quote(emptyXml) + " > " + path(EMPTY) + " && " + path(WRAPPER) + " apply " + path(EMPTY));
	}

	/** Removes staged uploads that will not be applied (a cancelled deploy); best effort, like a failed upload's. */
	public void discard(List<Staged> staged) {
		staged.forEach(file -> removeQuietly(file.temporary()));
	}

	private void removeQuietly(String name) {
		try {
			if (connection.isConnected()) {
				connection.run("rm -f " + path(name));
			}
		} catch (SshException e) {
			// The upload already failed; a leftover temporary file is harmless and replaced next time.
		}
	}

	private String path(String name) {
		return quote(home + "/" + name);
	}

	/** {@code text} as one single-quoted shell word. */
	public static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static int parseInt(String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static long parseLong(String value) {
		try {
			return value == null ? -1 : Long.parseLong(value);
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
