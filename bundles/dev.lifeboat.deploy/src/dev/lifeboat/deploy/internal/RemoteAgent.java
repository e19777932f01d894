package dev.lifeboat.deploy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

import dev.lifeboat.deploy.CommandResult;
import dev.lifeboat.deploy.SshConnection;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

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

	/** The wrapper's exit code when the host has no JDK >= 21. */
	public static final int NO_JDK = 3;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What the host has, as the preflight script reports it. */
	public record Facts(String home, int javaMajor, long freeKiB, String jarSha256, String wrapperSha256, boolean applied) {
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
			[ -f "$H/lifeboat-agent.jar" ] && echo "jar=$(sha256sum "$H/lifeboat-agent.jar" | cut -d' ' -f1)"
			[ -f "$H/agent" ] && echo "wrapper=$(sha256sum "$H/agent" | cut -d' ' -f1)"
			[ -f "$H/applied.xml" ] && echo "applied=yes"
			true
			""";

	private final SshConnection connection;
	private final ProtocolCodec codec;
	private String home;

	public RemoteAgent(SshConnection connection, ProtocolCodec codec) {
		this.connection = connection;
		this.codec = codec;
	}

	/** Runs the preflight script: agent home, best JDK, free disk, installed files. */
	public Facts facts() throws SshException {
		CommandResult result = connection.run(FACTS_SCRIPT);
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : result.out().split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
			}
		}
		if (!result.ok() || !values.containsKey("home")) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": the preflight script failed (exit "
					+ result.exitCode() + ": " + result.lastLine() + "): the remote shell must be POSIX sh compatible");
		}
		home = values.get("home");
		return new Facts(home, parseInt(values.get("java")), parseLong(values.get("free")), values.get("jar"),
				values.get("wrapper"), values.containsKey("applied"));
	}

	/** The agent's report of the host, or {@code null} when no agent is installed yet. */
	public AgentState state(Facts facts) throws SshException, ProtocolException {
		if (facts.jarSha256() == null || facts.wrapperSha256() == null) {
			return null;
		}
		CommandResult result = connection.run(path(WRAPPER) + " state");
		if (!result.ok()) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": 'agent state' failed (exit "
					+ result.exitCode() + ": " + result.lastLine() + ")" + (result.exitCode() == NO_JDK
							? ": install a JDK >= 21 on the host" : ": see " + home + "/agent.log on the host"));
		}
		return codec.fromXml(result.out(), AgentState.class);
	}

	/**
	 * Uploads {@code payload} to a temporary name in the agent home, checks its SHA-256 on the host and renames
	 * it over {@code payload.name()}: the host has the old file or the new one, never a partial one.
	 */
	public void install(Payload payload, int mode, DoubleConsumer progress) throws SshException {
		String temporary = "." + payload.name() + ".upload-" + HexFormat.of().formatHex(randomBytes());
		connection.run("mkdir -p " + quote(home) + " && chmod 700 " + quote(home));
		try (InputStream content = payload.source().open()) {
			connection.upload(content, payload.size(), home + "/" + temporary, mode, progress);
		} catch (IOException e) {
			throw new SshException(SshException.Kind.OTHER, "cannot read " + payload.name() + " to upload: " + e.getMessage(), e);
		} catch (SshException e) {
			removeQuietly(temporary);
			throw e;
		}
		CommandResult moved = connection.run("T=" + path(temporary) + "; s=$(sha256sum \"$T\" | cut -d' ' -f1); "
				+ "if [ \"$s\" != " + payload.sha256() + " ]; then rm -f \"$T\"; echo \"checksum $s\" >&2; exit 9; fi; "
				+ "mv -f \"$T\" " + path(payload.name()));
		if (!moved.ok()) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": " + payload.name()
					+ " arrived damaged (SHA-256 on the host differs from " + payload.sha256() + ": " + moved.lastLine()
					+ "); nothing was replaced: check the host's disk and deploy again");
		}
	}

	/** Keeps the applied configuration as {@link #PREVIOUS}, then runs {@code agent apply config.xml}. */
	public CommandResult apply() throws SshException {
		return connection.run("H=" + quote(home) + "; if [ -f \"$H/applied.xml\" ]; then cp -f \"$H/applied.xml\" \"$H/"
				+ PREVIOUS + "\"; else rm -f \"$H/" + PREVIOUS + "\"; fi; \"$H/agent\" apply \"$H/" + CONFIG + "\"");
	}

	/** Applies {@link #PREVIOUS}, or {@code emptyConfig} (already installed as {@link #EMPTY}) when there was none. */
	public CommandResult rollback(boolean hadPrevious) throws SshException {
		return connection.run(path(WRAPPER) + " apply " + path(hadPrevious ? PREVIOUS : EMPTY));
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
