package dev.lifeboat.cli;

import java.io.PrintWriter;

import dev.lifeboat.protocol.ProtocolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lifeboat}: the console's operations for scripts and CI. Exit codes: 0 success, 1 the topology has
 * errors (or the operation failed), 2 the command line or the file could not be used.
 */
@Command(name = "lifeboat", mixinStandardHelpOptions = true, versionProvider = LifeboatCli.Version.class,
		description = "Validate, compile and deploy Lifeboat topologies.",
		subcommands = { ValidateCommand.class, PlanCommand.class, DeployCommand.class, SimulateCommand.class,
				MigrateCommand.class, DrillCommand.class })
public final class LifeboatCli {

	/** The topology has errors, or the operation did not succeed. */
	public static final int EXIT_FAILED = 1;
	/** The command line was wrong or the file could not be read. */
	public static final int EXIT_UNUSABLE = 2;

	public static void main(String[] args) {
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs the CLI with its output going to {@code out} and {@code err}; returns the exit code. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new LifeboatCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		// A user sees one line that says what went wrong, never a stack trace or a page of usage.
		commandLine.setParameterExceptionHandler((exception, arguments) -> {
			exception.getCommandLine().getErr().println("lifeboat: " + exception.getMessage());
			return EXIT_UNUSABLE;
		});
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			line.getErr().println("lifeboat: " + exception);
			return EXIT_UNUSABLE;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "lifeboat, protocol " + ProtocolVersion.CURRENT };
		}
	}
}
