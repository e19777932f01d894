package dev.lifeboat.agent.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.lifeboat.agent.AgentHome;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.BackupSpec;

/**
 * Backs up this host's guests by policy with restic: each guest's data directory becomes one snapshot tagged
 * with the guest, then retention ({@code forget --keep-last N --prune}) and, for D2D2C, a copy of the new
 * snapshot to the secondary repository. The outcome of each guest's last run is kept in the agent home for
 * {@code agent state}. Runs are serialized on this host by a file lock, so the daemon's schedule and an
 * {@code agent backup} never prune under each other. A backup never creates a repository: the deploy creates
 * each one once ({@link #initialize}), because two hosts of a policy creating the same new repository at the
 * same moment leave it with two master keys and unusable.
 */
public final class Backups {

	/** The tag prefix that names a snapshot's guest. */
	public static final String GUEST_TAG = "lifeboat-guest=";

	private final AgentHome home;
	private final Function<String, Path> dataDirectory;
	private final Consumer<String> log;

	/**
	 * @param dataDirectory the data directory of a guest by name (what is backed up)
	 * @param log           where progress lines go (the agent log and the command's output)
	 */
	public Backups(AgentHome home, Function<String, Path> dataDirectory, Consumer<String> log) {
		this.home = home;
		this.dataDirectory = dataDirectory;
		this.log = log;
	}

	/** The directory of root-only password files the console fills over SSH. */
	public static Path secrets(AgentHome home) {
		return home.secrets();
	}

	/** A restic for {@code repository} with the password of {@code policyName}. */
	public static Restic restic(AgentHome home, String policyName, String repository) {
		return new Restic(repository, secrets(home).resolve(BackupSpec.passwordFileName(policyName)),
				home.directory().resolve("cache").resolve("restic"), home.directory().resolve("bin"));
	}

	/** The guests of {@code config} a policy covers, or only {@code wanted} of them when not empty. */
	public static List<String> covered(AgentConfig config, List<String> wanted) {
		List<String> guests = new ArrayList<>();
		for (BackupSpec spec : config.backups()) {
			spec.guests().stream().filter(guest -> wanted.isEmpty() || wanted.contains(guest)).forEach(guests::add);
		}
		return guests;
	}

	/**
	 * {@code agent repository init}: creates {@code repository} of {@code policyName} unless it exists, under this
	 * host's backup lock (so that no backup of this host runs against it half made).
	 *
	 * @param chunkerSource the primary repository when this is a D2D2C secondary, else null
	 */
	public Restic.Initialized initialize(String policyName, String repository, String chunkerSource)
			throws Restic.ResticException {
		try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			Restic.Initialized initialized = restic(home, policyName, repository).initialize(chunkerSource);
			log.accept("repository " + repository + " of policy " + policyName + ": "
					+ (initialized == Restic.Initialized.CREATED ? "created" : "exists, left as it is"));
			return initialized;
		} catch (IOException e) {
			throw new Restic.ResticException("cannot lock the backups of this host in " + home.directory() + ": " + e.getMessage());
		}
	}

	/**
	 * Backs up {@code guest} under {@code spec} now.
	 *
	 * @return the new snapshot's state
	 * @throws Restic.ResticException when the backup failed (the failure is recorded too)
	 */
	public AgentState.BackupState backUp(String hostName, BackupSpec spec, String guest) throws Restic.ResticException {
		Instant started = Instant.now();
		try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			Recorded recorded = backUpLocked(hostName, spec, guest, started);
			record(recorded.state(), recorded.kept());
			return recorded.state();
		} catch (Restic.ResticException e) {
			Recorded previous = read(spec, guest);
			record(new AgentState.BackupState(guest, spec.policyName(), previous.state().snapshotId(),
					previous.state().snapshotTime(), previous.state().sizeBytes(), previous.state().durationMs(),
					previous.state().rpoMet(), e.getMessage()), previous.kept());
			throw e;
		} catch (IOException e) {
			throw new Restic.ResticException("cannot lock the backups of this host in " + home.directory() + ": " + e.getMessage());
		}
	}

	private Recorded backUpLocked(String hostName, BackupSpec spec, String guest, Instant started)
			throws Restic.ResticException {
		Path data = dataDirectory.apply(guest);
		if (!Files.isDirectory(data)) {
			throw new Restic.ResticException("guest " + guest + " has no data directory " + data + " on this host");
		}
		Restic primary = restic(home, spec.policyName(), spec.repository());
		// The snapshot's time is set here (to the second), so that no listing is needed to learn it; the backup
		// runs from inside the data directory, so that the snapshot's root is the directory's content and a
		// restore puts the files straight into a drill guest's data directory.
		Instant time = started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		List<String> arguments = List.of("backup", "--json", "--host", hostName, "--tag", GUEST_TAG + guest, "--time",
				RESTIC_TIME.format(time), ".");
		Restic.Result backup = primary.runUnlocking(arguments, data, log);
		if (!backup.ok() && backup.missingRepository()) {
			throw primary.notInitialized("backup of guest " + guest);
		}
		if (!backup.ok() && backup.stderr().contains("snapshot is empty")) {
			throw new Restic.ResticException("guest " + guest + " has nothing to back up: its data directory " + data
					+ " is empty, and restic makes no empty snapshot");
		}
		if (!backup.ok()) {
			throw new Restic.ResticException("backup of guest " + guest + " to " + spec.repository() + " failed: "
					+ backup.reason());
		}
		String summary = backup.stdout().lines().filter(line -> line.contains("\"summary\"")).reduce((a, b) -> b)
				.orElse("");
		String snapshot = Restic.field(summary, "snapshot_id");
		long bytes = (long) Restic.number(summary, "total_bytes_processed");
		if (snapshot == null) {
			throw new Restic.ResticException("restic backed up guest " + guest + " but reported no snapshot id");
		}
		int kept = applyRetention(primary, spec, guest, read(spec, guest).kept() + 1);
		if (spec.kind() == BackupSpec.Kind.D2D2C && spec.secondaryRepository() != null) {
			copy(spec, guest, snapshot);
		}
		Instant finished = Instant.now();
		log.accept("backed up guest " + guest + " (" + spec.policyName() + "): snapshot " + snapshot + ", " + bytes
				+ " bytes in " + Duration.between(started, finished).toMillis() + " ms");
		return new Recorded(new AgentState.BackupState(guest, spec.policyName(), snapshot, time.toString(), bytes,
				Duration.between(started, finished).toMillis(), true, null), kept);
	}

	/** restic's {@code --time} format, in UTC. */
	private static final java.time.format.DateTimeFormatter RESTIC_TIME = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

	/** A guest's last backup and how many of its snapshots the repository keeps (as far as this host knows). */
	record Recorded(AgentState.BackupState state, int kept) {
	}

	/**
	 * {@code forget --keep-last N --prune}, only when the guest may have more than N snapshots (pruning costs).
	 *
	 * @return how many snapshots of the guest are kept now
	 */
	private int applyRetention(Restic restic, BackupSpec spec, String guest, int snapshots)
			throws Restic.ResticException {
		int keep = Math.max(1, spec.retentionCount());
		if (snapshots <= keep) {
			return snapshots;
		}
		Restic.Result forget = restic.runUnlocking(List.of("forget", "--tag", GUEST_TAG + guest, "--keep-last",
				Integer.toString(keep), "--prune"), null, log);
		if (!forget.ok()) {
			throw new Restic.ResticException("retention (keep " + keep + ") of guest " + guest + " in "
					+ restic.repository() + " failed: " + forget.reason());
		}
		return keep;
	}

	/** D2D2C: the same snapshot, copied to the secondary repository (restic re-encrypts it there). */
	private void copy(BackupSpec spec, String guest, String snapshot) throws Restic.ResticException {
		Restic secondary = restic(home, spec.policyName(), spec.secondaryRepository());
		Path password = secrets(home).resolve(spec.passwordFileName());
		Restic.Result copied = secondary.runUnlocking(List.of("copy", "--from-repo", spec.repository(),
				"--from-password-file", password.toString(), snapshot), null, log);
		if (!copied.ok() && copied.missingRepository()) {
			throw secondary.notInitialized("copy of guest " + guest + "'s snapshot " + snapshot);
		}
		if (!copied.ok()) {
			throw new Restic.ResticException("copy of guest " + guest + "'s snapshot " + snapshot + " to "
					+ spec.secondaryRepository() + " failed: " + copied.reason());
		}
		applyRetention(secondary, spec, guest, read(spec, guest).kept() + 1);
	}

	/** The last recorded backup of {@code guest}, with the RPO judged now. */
	public AgentState.BackupState state(BackupSpec spec, String guest) {
		return read(spec, guest).state();
	}

	private Recorded read(BackupSpec spec, String guest) {
		Properties properties = new Properties();
		try {
			Path file = stateFile(guest);
			if (Files.exists(file)) {
				properties.load(new StringReader(Files.readString(file)));
			}
		} catch (IOException e) {
			// An unreadable record reads as no backup: the RPO shows as missed, which is the safe answer.
		}
		String time = properties.getProperty("snapshotTime");
		boolean rpoMet = time != null && Duration.between(Instant.parse(time), Instant.now())
				.compareTo(Duration.ofMinutes(spec.rpoMinutes())) <= 0;
		return new Recorded(new AgentState.BackupState(guest, spec.policyName(), properties.getProperty("snapshotId"),
				time, Long.parseLong(properties.getProperty("sizeBytes", "0")),
				Long.parseLong(properties.getProperty("durationMs", "0")), rpoMet, properties.getProperty("lastError")),
				Integer.parseInt(properties.getProperty("kept", "0")));
	}

	/** Whether {@code guest} is due: no snapshot yet, or the newest is at least one interval old. */
	public boolean due(BackupSpec spec, String guest, Instant now) {
		AgentState.BackupState state = state(spec, guest);
		if (state.snapshotTime() == null) {
			return true;
		}
		return Duration.between(Instant.parse(state.snapshotTime()), now)
				.compareTo(Duration.ofMinutes(Math.max(1, spec.intervalMinutes()))) >= 0;
	}

	private void record(AgentState.BackupState state, int kept) {
		Properties properties = new Properties();
		put(properties, "kept", Integer.toString(kept));
		put(properties, "snapshotId", state.snapshotId());
		put(properties, "snapshotTime", state.snapshotTime());
		put(properties, "sizeBytes", Long.toString(state.sizeBytes()));
		put(properties, "durationMs", Long.toString(state.durationMs()));
		put(properties, "lastError", state.lastError());
		StringWriter text = new StringWriter();
		try {
			properties.store(text, "last backup of guest " + state.guest());
			Files.createDirectories(stateFile(state.guest()).getParent());
			home.writeAtomically(stateFile(state.guest()), text.toString());
		} catch (IOException e) {
			log.accept("could not record the backup of guest " + state.guest() + ": " + e.getMessage());
		}
	}

	private static void put(Properties properties, String key, String value) {
		if (value != null) {
			properties.setProperty(key, value);
		}
	}

	private Path stateFile(String guest) {
		return home.directory().resolve("backups").resolve(guest.replaceAll("[^A-Za-z0-9_.-]", "_") + ".properties");
	}

	private Path lockFile() throws IOException {
		Path directory = home.directory().resolve("backups");
		Files.createDirectories(directory);
		return directory.resolve(".lock");
	}
}
