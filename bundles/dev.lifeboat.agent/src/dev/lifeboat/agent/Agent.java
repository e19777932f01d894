package dev.lifeboat.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lifeboat.agent.backup.Backups;
import dev.lifeboat.agent.backup.DrillCommands;
import dev.lifeboat.agent.backup.Restic;
import dev.lifeboat.agent.ha.Ownership;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BackupSpec;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.ProtocolVersion;

/**
 * {@code java -jar lifeboat-agent.jar COMMAND}: converges this host to the configuration the console compiled.
 * Exit codes: 0 done (or nothing to do), 1 the apply failed and the host was restored, 2 unusable input.
 */
public final class Agent {

	/** The agent's release, reported in {@code state} and {@code version}. */
	public static final String VERSION = "0.1.0";

	private static final String USAGE = """
			usage: lifeboat-agent [--home DIR] COMMAND
			  apply CONFIG.xml [--report]
			                     converge this host to CONFIG (all or nothing; idempotent);
			                     --report: then print the state, as 'state' would, after a marker line
			  state              print this host's actual state as protocol XML
			  serve [--ssh PORT --authorized-keys FILE [--ssh-address ADDRESS]]
			                     run the daemon: re-apply the last good config, carry Java VTEP
			                     overlays, and optionally serve SSH (hosts without OpenSSH)
			  migration locate GUEST | park CONFIG.xml GUEST
			                     where a guest lives here; create a migrating guest with its NICs down
			  backup [GUEST...]  back up this host's guests by policy now (all covered guests by default)
			  repository init POLICY REPOSITORY [CHUNKER_SOURCE]
			                     create a backup repository unless it exists (the deploy does, once per
			                     repository); a D2D2C secondary takes the chunker of its primary
			  drill ...          the steps of a DR drill on a recovery host (see 'drill' alone)
			  version            print the agent and protocol versions
			""";

	private final AgentHome home;
	private final PrintStream out;
	private final PrintStream err;
	private final Shell shell = new Shell();
	/** Made when first needed: XStream's start costs a second of CPU that backup and drill commands need not pay. */
	private ProtocolCodec codec;

	Agent(AgentHome home, PrintStream out, PrintStream err) {
		this.home = home;
		this.out = out;
		this.err = err;
	}

	/** An agent that reads and writes with {@code codec} ({@code null}: one made when first needed). */
	Agent(AgentHome home, PrintStream out, PrintStream err, ProtocolCodec codec) {
		this(home, out, err);
		this.codec = codec;
	}

	public static void main(String[] args) {
		// The agent formats for machines (XML, logs, the wrapper's frames), never for a person: the undetermined
		// language's plain formats, as a daemon runs under LC_ALL=C. It also spares every agent JVM a third of a
		// second: XStream's start-up probe parses a time-zone name, which makes the JDK derive every zone's names in
		// the default locale's CLDR data (300 ms of CPU for 'en' against 90 for 'und', JDK 25; Locale.ROOT is no
		// cheaper). Twenty resident agents starting at once on two cores: 1.98 -> 1.40 CPU-s each.
		Locale.setDefault(Locale.Category.FORMAT, Locale.of("und"));
		System.exit(run(args, System.out, System.err));
	}

	/** Runs one command; returns its exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, null);
	}

	/**
	 * Runs one command with {@code codec} ({@code null}: one made when needed): the resident agent passes its own,
	 * since building XStream costs more than most commands it serves.
	 */
	static int run(String[] args, PrintStream out, PrintStream err, ProtocolCodec codec) {
		List<String> arguments = new ArrayList<>(List.of(args));
		String homeOverride = null;
		int homeFlag = arguments.indexOf("--home");
		if (homeFlag >= 0 && homeFlag + 1 < arguments.size()) {
			homeOverride = arguments.remove(homeFlag + 1);
			arguments.remove(homeFlag);
		}
		Agent agent = new Agent(AgentHome.fromEnvironment(homeOverride), out, err, codec);
		if (arguments.isEmpty()) {
			err.print(USAGE);
			return 2;
		}
		try {
			return switch (arguments.get(0)) {
			case "apply" -> arguments.size() == 2 ? agent.apply(Path.of(arguments.get(1)))
					: arguments.size() == 3 && arguments.get(2).equals("--report") ? agent.applyAndReport(Path.of(arguments.get(1)))
					: usage(err);
			case "state" -> agent.state();
			case "serve" -> new AgentDaemon(agent.home, agent.shell, agent.codec(), out, err).serve(arguments.subList(1, arguments.size()));
			case "migration" -> new GuestMigration(agent.home, agent.shell, agent.codec(), out, err)
					.run(arguments.subList(1, arguments.size()), agent.previous());
			case "backup" -> agent.backup(arguments.subList(1, arguments.size()));
			case "repository" -> agent.repository(arguments.subList(1, arguments.size()));
			case "drill" -> new DrillCommands(agent.home, agent.dataDirectories()::dataDirectory, out, err)
					.run(arguments.subList(1, arguments.size()));
			case "version" -> {
				out.println("lifeboat-agent " + VERSION + " (protocol " + ProtocolVersion.CURRENT + ", Java "
						+ Runtime.version().feature() + ", jar sha256:" + ControlSocket.runningJarSha256() + ")");
				yield 0;
			}
			default -> usage(err);
			};
		} catch (Shell.CommandException e) {
			err.println("lifeboat-agent: " + e.getMessage());
			return 1;
		}
	}

	private static int usage(PrintStream err) {
		err.print(USAGE);
		return 2;
	}

	int apply(Path file) throws Shell.CommandException {
		AgentConfig desired;
		String xml;
		try {
			xml = Files.readString(file);
			desired = codec().fromXml(xml, AgentConfig.class);
		} catch (IOException e) {
			err.println("lifeboat-agent: cannot read " + file + ": " + e.getMessage());
			return 2;
		} catch (ProtocolException e) {
			err.println("lifeboat-agent: " + file + ": " + e.getMessage());
			return 2;
		}
		return converge(desired, xml, out, err);
	}

	/** Apply, then the state read back in the same run: a deploy's verification without a second JVM. */
	int applyAndReport(Path file) throws Shell.CommandException {
		int exit = apply(file);
		if (exit == 0) {
			out.println(AgentState.REPORT_MARKER);
			state();
		}
		return exit;
	}

	/** Converges to {@code desired}; shared by {@code apply} and the daemon's start. */
	int converge(AgentConfig desired, String xml, PrintStream out, PrintStream err) throws Shell.CommandException {
		LinuxNetwork network = new LinuxNetwork(shell);
		List<String> problems = new Preflight(network).check(desired);
		if (!problems.isEmpty()) {
			err.println("lifeboat-agent: the configuration for " + desired.hostName()
					+ " cannot be applied here; nothing was changed:");
			problems.forEach(problem -> err.println("  " + problem));
			return 2;
		}
		AgentConfig previous = previous();
		// Guests an HA failover moved stay where the replicated log put them (see Ownership#respect).
		Ownership ownership = recordedOwnership();
		boolean fenced = Files.exists(home.haSelfFenced());
		AgentConfig target = ownership.respect(desired, fenced);
		AgentConfig before = previous == null ? null : ownership.respect(previous, fenced);
		GuestDriver guests = new NamespaceGuestDriver(network, desired.hostName(), home).onlyProtecting(desired);
		List<Step> steps = new Convergence(network, guests, new Firewall(shell)).plan(before, target);
		if (steps.isEmpty()) {
			out.println("no changes: " + desired.hostName() + " already matches its configuration");
			try {
				home.writeApplied(xml);
			} catch (IOException e) {
				err.println("lifeboat-agent: could not record the applied configuration: " + e.getMessage());
			}
			return 0;
		}
		home.log("apply " + AgentHome.hash(xml) + " to " + desired.hostName() + ": " + steps.size() + " step(s)");
		Transaction transaction = new Transaction(line -> {
			out.println(line);
			home.log(line);
		}, failAtStep());
		try {
			transaction.run(steps);
		} catch (Transaction.ApplyException e) {
			err.println("lifeboat-agent: apply failed: " + e.getMessage());
			home.log("apply failed: " + e.getMessage());
			return 1;
		}
		try {
			home.writeApplied(xml);
		} catch (IOException e) {
			err.println("lifeboat-agent: applied, but could not record it: " + e.getMessage());
			return 1;
		}
		out.println("applied: " + steps.size() + " change(s) to " + desired.hostName());
		return 0;
	}

	int state() throws Shell.CommandException {
		AgentConfig previous = previous();
		String hash = null;
		try {
			String applied = home.readApplied();
			hash = applied == null ? null : AgentHome.hash(applied);
		} catch (IOException e) {
			err.println("lifeboat-agent: cannot read the applied configuration: " + e.getMessage());
		}
		String hostName = previous == null ? null : previous.hostName();
		LinuxNetwork network = new LinuxNetwork(shell);
		GuestDriver guests = new NamespaceGuestDriver(network, hostName == null ? "" : hostName, home);
		AgentState state = new Inventory(network, guests, home).read(hostName, hash);
		if (previous != null) {
			Backups backups = backups(guests);
			for (BackupSpec spec : previous.backups()) {
				spec.guests().forEach(guest -> state.backups().add(backups.state(spec, guest)));
			}
		}
		state.setHa(haStatus(previous));
		out.print(codec().toXml(state));
		return 0;
	}

	/**
	 * Backs up {@code wanted} (every guest a policy covers when empty) now, one after the other; exit 1 when
	 * any failed, each failure named.
	 */
	int backup(List<String> wanted) {
		AgentConfig config = previous();
		if (config == null) {
			err.println("lifeboat-agent: no configuration was applied on this host, so no backup policy covers it");
			return 2;
		}
		List<String> unknown = wanted.stream().filter(guest -> !Backups.covered(config, List.of()).contains(guest)).toList();
		if (!unknown.isEmpty()) {
			err.println("lifeboat-agent: no backup policy covers " + String.join(", ", unknown) + " on " + config.hostName()
					+ "; covered: " + String.join(", ", Backups.covered(config, List.of())));
			return 2;
		}
		Backups backups = backups(new NamespaceGuestDriver(new LinuxNetwork(shell), config.hostName(), home));
		int failed = 0;
		for (BackupSpec spec : config.backups()) {
			for (String guest : spec.guests()) {
				if (!wanted.isEmpty() && !wanted.contains(guest)) {
					continue;
				}
				try {
					AgentState.BackupState state = backups.backUp(config.hostName(), spec, guest);
					out.println("backed up " + guest + ": snapshot " + state.snapshotId() + " (" + state.sizeBytes()
							+ " bytes, " + state.durationMs() + " ms)");
				} catch (Restic.ResticException e) {
					err.println("lifeboat-agent: " + e.getMessage());
					failed++;
				}
			}
		}
		return failed == 0 ? 0 : 1;
	}

	/**
	 * {@code repository init POLICY REPOSITORY [CHUNKER_SOURCE]}: prints {@code repository=created} or
	 * {@code repository=exists}; exit 1 (the reason on standard error) when it can be neither opened nor created.
	 */
	int repository(List<String> arguments) {
		if (arguments.size() < 3 || arguments.size() > 4 || !arguments.get(0).equals("init")) {
			return usage(err);
		}
		try {
			Restic.Initialized initialized = backups(null).initialize(arguments.get(1), arguments.get(2),
					arguments.size() == 4 ? arguments.get(3) : null);
			out.println("repository=" + (initialized == Restic.Initialized.CREATED ? "created" : "exists"));
			return 0;
		} catch (Restic.ResticException e) {
			err.println("lifeboat-agent: " + e.getMessage());
			return 1;
		}
	}

	Backups backups(GuestDriver guests) {
		NamespaceGuestDriver driver = guests instanceof NamespaceGuestDriver namespaces ? namespaces : dataDirectories();
		return new Backups(home, driver::dataDirectory, home::log);
	}

	/** The guest driver for what needs only where guests keep their data (no host name, no network change). */
	private NamespaceGuestDriver dataDirectories() {
		return new NamespaceGuestDriver(new LinuxNetwork(shell), "", home);
	}

	/** Ownership as the HA daemon last recorded it, or an empty one. */
	Ownership recordedOwnership() {
		try {
			return Ownership.read(home.haOwnership());
		} catch (IOException | RuntimeException e) {
			err.println("lifeboat-agent: ignoring an unreadable " + home.haOwnership() + ": " + e.getMessage());
			return new Ownership();
		}
	}

	private synchronized ProtocolCodec codec() {
		if (codec == null) {
			codec = new ProtocolCodec();
		}
		return codec;
	}

	/** The last configuration applied successfully, or {@code null}. */
	AgentConfig previous() {
		try {
			String applied = home.readApplied();
			return applied == null ? null : codec().fromXml(applied, AgentConfig.class);
		} catch (IOException | ProtocolException e) {
			err.println("lifeboat-agent: ignoring an unreadable " + home.appliedConfig() + ": " + e.getMessage());
			return null;
		}
	}

	/** What the serving agent's HA daemon last wrote, if this host is in an HA policy. */
	private HaStatus haStatus(AgentConfig applied) {
		if (applied == null || applied.ha() == null || !Files.exists(home.haStatus())) {
			return null;
		}
		try {
			return codec().fromXml(Files.readString(home.haStatus()), HaStatus.class);
		} catch (IOException | ProtocolException e) {
			err.println("lifeboat-agent: ignoring an unreadable " + home.haStatus() + ": " + e.getMessage());
			return null;
		}
	}

	private static int failAtStep() {
		String value = System.getenv(Transaction.FAIL_AT_STEP);
		try {
			return value == null ? 0 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
