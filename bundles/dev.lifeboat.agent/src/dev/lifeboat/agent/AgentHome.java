package dev.lifeboat.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The agent's directory on the host ({@code /var/lib/lifeboat} unless {@code --home} or
 * {@code LIFEBOAT_AGENT_HOME} says otherwise): the last configuration applied successfully, so that a
 * restarted agent comes back to it, and the apply log.
 */
public final class AgentHome {

	/** The environment variable that overrides the default home. */
	public static final String ENVIRONMENT = "LIFEBOAT_AGENT_HOME";

	private final Path directory;

	public AgentHome(Path directory) {
		this.directory = directory;
	}

	public static AgentHome fromEnvironment(String override) {
		String configured = override != null ? override : System.getenv(ENVIRONMENT);
		return new AgentHome(Path.of(configured != null ? configured : "/var/lib/lifeboat"));
	}

	public Path directory() {
		return directory;
	}

	/** The last configuration applied successfully. */
	public Path appliedConfig() {
		return directory.resolve("applied.xml");
	}

	/** Counters the serving agent's Java VTEP publishes for {@code agent state}. */
	public Path vtepCounters() {
		return directory.resolve("vtep-counters.txt");
	}

	/**
	 * Where the serving agent's Java VTEP sends each MAC of its static FDB, read back from its live tables each time
	 * it follows a configuration ({@code VNI MAC VTEP|local|flood} per line).
	 */
	public Path vtepForwarding() {
		return directory.resolve("vtep-forwarding.txt");
	}

	/** Ownership of protected guests as last committed in the HA log: a restart and a deploy respect it. */
	public Path haOwnership() {
		return directory.resolve("ha-ownership.txt");
	}

	/** Present while this member has fenced itself and not yet learned ownership from the log. */
	public Path haSelfFenced() {
		return directory.resolve("ha-self-fenced");
	}

	/**
	 * This member's standing in its HA policy: {@code POLICY waiting} from the first start of the policy's daemon
	 * here until it first hears a majority, then {@code POLICY joined}. A daemon that starts as a joined member (a
	 * restart, a changed policy) counts its peers' silence at once, since they know this member and may take its
	 * guests over; until then a member waits for its peers to start (a deploy reaches them in turn).
	 */
	public Path haMembership() {
		return directory.resolve("ha-membership");
	}

	/** The root-only directory the console fills with secrets over SSH (repository passwords, heartbeat keys). */
	public Path secrets() {
		return directory.resolve("secrets");
	}

	/**
	 * The HA daemon's lease: renewed (its modification time) while the daemon runs; a protected guest's watchdog
	 * stops the guest once it is older than the self-fence deadline written in it. Absent without HA.
	 */
	public Path haLease() {
		return directory.resolve("ha-lease");
	}

	/**
	 * A planned restart's request to the running HA daemon (written by the deploy before it restarts the agent):
	 * the maintenance window in milliseconds. The daemon takes it, announces the window in its beats, holds the
	 * lease for the window, and answers with {@link #haMaintenance()}.
	 */
	public Path haMaintenanceRequest() {
		return directory.resolve("ha-maintenance.request");
	}

	/** The HA daemon's answer to {@link #haMaintenanceRequest()}: the window is announced to the peers. */
	public Path haMaintenance() {
		return directory.resolve("ha-maintenance");
	}

	/** What the HA daemon last saw, for {@code agent state}. */
	public Path haStatus() {
		return directory.resolve("ha-status.xml");
	}

	public Path log() {
		return directory.resolve("agent.log");
	}

	/** The applied configuration's text, or {@code null} if none was ever applied. */
	public String readApplied() throws IOException {
		return Files.exists(appliedConfig()) ? Files.readString(appliedConfig(), StandardCharsets.UTF_8) : null;
	}

	/** Replaces the applied configuration atomically: a crash leaves the old file or the new one. */
	public void writeApplied(String xml) throws IOException {
		writeAtomically(appliedConfig(), xml);
	}

	public void writeAtomically(Path target, String text) throws IOException {
		Files.createDirectories(directory);
		restrict(directory);
		Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Appends a line to the apply log, with a timestamp. Never secrets: configs carry none. */
	public void log(String line) {
		try {
			Files.createDirectories(directory);
			Files.writeString(log(), Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		} catch (IOException e) {
			// The log is a convenience; an apply never fails because of it.
		}
	}

	/** {@code sha256:<hex>} of a configuration's text. */
	public static String hash(String text) {
		try {
			return "sha256:" + HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static void restrict(Path directory) {
		try {
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
		} catch (IOException | UnsupportedOperationException e) {
			// Not a POSIX file system: nothing to restrict.
		}
	}
}
