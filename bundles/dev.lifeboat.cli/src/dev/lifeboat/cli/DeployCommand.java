package dev.lifeboat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.deploy.AgentJars;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat deploy FILE}: plans, then applies the topology to its hosts over SSH, and records the deploy
 * in the file. Exit 0 when every host is unchanged or applied, 1 otherwise, 2 when the input is unusable.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
		description = "Deploy a topology to its hosts over SSH (host keys always verified) and record it in FILE.")
final class DeployCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The *.lifeboat topology file.")
	private Path file;

	@Option(names = "--dry-run", description = "Print the plan (preflight and changes per host) and exit.")
	private boolean dryRun;

	@Option(names = "--hosts", split = ",", paramLabel = "HOST", description = "Only these hosts (comma-separated).")
	private List<String> hosts = new ArrayList<>();

	@Option(names = "--parallel", paramLabel = "N", description = "Hosts deployed at once (default ${DEFAULT-VALUE}).")
	private int parallel = DeployOptions.DEFAULT_PARALLELISM;

	@Mixin
	private SshOptions ssh;

	@Option(names = "--agent-jar", paramLabel = "JAR", description = "The agent jar to install (default: system property lifeboat.agent.jar, else "
			+ AgentJars.SOURCE_TREE_PATH + ").")
	private Path agentJar;

	@Option(names = "--backup-password-file", paramLabel = "FILE",
			description = "After the deploy, install the backup repositories' password (a file only its owner can read;"
					+ " default: environment variable " + BackupPasswords.ENVIRONMENT + ", if set) on the hosts that run backups.")
	private Path backupPasswordFile;

	@Override
	public Integer call() throws IOException {
		Topology topology = TopologyArgument.load(spec, file);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		DeployOptions options = options(err);
		if (options == null) {
			return LifeboatCli.EXIT_UNUSABLE;
		}
		Deployment deployment;
		try {
			deployment = new Deployment(topology, options);
		} catch (CompileException e) {
			err.println(file + ": cannot deploy: the topology has " + e.errors().size() + " error(s):");
			for (Problem problem : e.errors()) {
				err.println(file + ": error: " + problem.elementLabel() + ": " + problem.message());
			}
			return LifeboatCli.EXIT_FAILED;
		} catch (IllegalArgumentException e) {
			err.println("lifeboat: " + e.getMessage());
			return LifeboatCli.EXIT_UNUSABLE;
		}
		try {
			return dryRun ? plan(deployment, out) : deploy(deployment, topology, options, out);
		} catch (SshException e) {
			err.println("lifeboat: " + e.getMessage());
			return LifeboatCli.EXIT_UNUSABLE;
		}
	}

	private int plan(Deployment deployment, PrintWriter out) throws SshException, IOException {
		DeployPlan plan = deployment.plan(DeployListener.NONE);
		out.print(plan.describe());
		return 0;
	}

	private int deploy(Deployment deployment, Topology topology, DeployOptions options, PrintWriter out)
			throws SshException, IOException {
		String hash = DeployRecords.topologyHash(Files.readAllBytes(file));
		DeployResult result = deployment.apply(new ProgressLines(out));
		out.println();
		out.print(result.describe());
		DeployRecords.append(topology, result, options.initiator(), hash);
		TopologyFiles.save(topology, file);
		out.println("recorded in " + file);
		boolean passwordsInstalled = installBackupPasswords(deployment, options, out);
		return result.succeeded() && passwordsInstalled ? 0 : LifeboatCli.EXIT_FAILED;
	}

	/** The backup passwords, when the console was given them; deploys without backups need none. */
	private boolean installBackupPasswords(Deployment deployment, DeployOptions options, PrintWriter out)
			throws SshException {
		if (backupPasswordFile == null && System.getenv(BackupPasswords.ENVIRONMENT) == null) {
			return true;
		}
		BackupPasswords passwords;
		try {
			passwords = BackupPasswords.fromFileOrEnvironment(backupPasswordFile);
		} catch (IOException e) {
			out.println("lifeboat: " + e.getMessage());
			return false;
		}
		List<String> failures = BackupPasswords.installAll(options.ssh(), deployment.targets(), deployment.configs(),
				passwords);
		failures.forEach(out::println);
		return failures.isEmpty();
	}

	/** The options, or {@code null} after printing why they are unusable. */
	private DeployOptions options(PrintWriter err) {
		Path jar = agentJar != null ? agentJar : AgentJars.configured();
		if (!Files.isRegularFile(jar)) {
			err.println("lifeboat: the agent jar " + jar + " does not exist: build it (./mvnw verify) or name it with --agent-jar JAR");
			return null;
		}
		if (parallel < 1) {
			err.println("lifeboat: --parallel must be at least 1");
			return null;
		}
		return new DeployOptions().ssh(ssh.settings()).agentJar(jar).parallelism(parallel).hosts(hosts);
	}

	/** One line per host event: what a terminal or a CI log shows while hosts deploy in parallel. */
	private static final class ProgressLines implements DeployListener {
		private final PrintWriter out;

		ProgressLines(PrintWriter out) {
			this.out = out;
		}

		@Override
		public void step(String host, String message) {
			synchronized (out) {
				out.println(host + ": " + message);
				out.flush();
			}
		}

		@Override
		public void hostFinished(HostResult result) {
			synchronized (out) {
				out.println(result.hostName() + ": " + result.outcome() + " (" + result.reason() + ")");
				out.flush();
			}
		}
	}
}
