package dev.lifeboat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.DrillExecution;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat drill FILE PLAN}: runs a DR drill of PLAN on the recovery site's hosts, prints what it found
 * and records it in FILE. Exit 0 when every VM was restored and verified, 1 when the drill failed, 2 when the
 * input is unusable.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
		description = "Run a DR drill: restore the plan's VMs into an isolated bubble, verify them, tear it down, record it in FILE.")
final class DrillCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The *.lifeboat topology file.")
	private Path file;

	@Parameters(index = "1", paramLabel = "PLAN", description = "The DR plan's name.")
	private String planName;

	@Option(names = "--restore-point", paramLabel = "latest|SNAPSHOT", description = "The snapshot to restore (default: latest).")
	private String restorePoint = "latest";

	@Mixin
	private SshOptions ssh;

	@Option(names = "--backup-password-file", paramLabel = "FILE",
			description = "The repositories' password, in a file only its owner can read (default: environment variable "
					+ BackupPasswords.ENVIRONMENT + ").")
	private Path passwordFile;

	@Override
	public Integer call() throws IOException {
		Topology topology = TopologyArgument.load(spec, file);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		DrPlan plan = topology.getDrPlans().stream().filter(p -> planName.equals(p.getName())).findFirst().orElse(null);
		if (plan == null) {
			err.println("lifeboat: no DR plan named '" + planName + "' in " + file + ". Plans: "
					+ String.join(", ", topology.getDrPlans().stream().map(DrPlan::getName).toList()));
			return LifeboatCli.EXIT_UNUSABLE;
		}
		BackupPasswords passwords;
		try {
			passwords = BackupPasswords.fromFileOrEnvironment(passwordFile);
		} catch (IOException e) {
			err.println("lifeboat: " + e.getMessage());
			return LifeboatCli.EXIT_UNUSABLE;
		}
		String initiator = System.getProperty("user.name") + "@" + hostName();
		DrillExecution.Listener progress = new DrillExecution.Listener() {
			@Override
			public void step(DrillResult.TimelineStep step) {
				out.println(step.status() + " " + step.name() + " " + step.target() + " (" + step.duration().toMillis()
						+ " ms): " + step.message());
				out.flush();
			}
		};
		DrillResult result = new DrillExecution(topology, plan,
				new DrillExecution.Options(ssh.settings(), passwords, restorePoint, initiator, progress)).run();
		out.println();
		out.print(describe(result));
		// The score, the report (HTML and PDF beside the file) and the record chained to the earlier drills.
		Path folder = file.toAbsolutePath().getParent();
		DrillHistory.Recorded recorded = DrillHistory.recordDrill(topology, result, folder.resolve("drill-reports"), folder);
		TopologyFiles.save(topology, file);
		out.printf("reliability score %.1f%%; report %s (and %s); recorded in %s%n", recorded.score().score() * 100,
				recorded.html(), recorded.pdf().getFileName(), file);
		return result.passed() ? 0 : LifeboatCli.EXIT_FAILED;
	}

	/** The drill in a few lines: outcome, RPO/RTO against targets, each VM's checks, errors, cleanup. */
	static String describe(DrillResult result) {
		StringBuilder text = new StringBuilder();
		text.append("drill of ").append(result.planName()).append(": ").append(result.passed() ? "PASSED" : "FAILED")
				.append(" (bubble VNI ").append(result.bubbleVni()).append(" on ")
				.append(String.join(", ", result.recoveryHosts())).append(")\n");
		text.append("  RPO ").append(seconds(result.actualRpo())).append(" (target ").append(seconds(result.rpoTarget()))
				.append("), RTO ").append(seconds(result.actualRto())).append(" (target ").append(seconds(result.rtoTarget()))
				.append(")\n");
		for (DrillResult.VmResult vm : result.vms()) {
			text.append("  ").append(vm.vm()).append(" -> ").append(vm.recoveryHost()).append(": ")
					.append(vm.passed() ? "verified" : "NOT verified").append('\n');
			for (DrillResult.Check check : vm.checks()) {
				text.append("    ").append(check.status()).append(' ').append(check.kind()).append(' ')
						.append(check.target()).append(": ").append(check.reason()).append('\n');
			}
		}
		result.warnings().forEach(warning -> text.append("  warning: ").append(warning).append('\n'));
		result.errors().forEach(error -> text.append("  error: ").append(error).append('\n'));
		result.cleanup().forEach(line -> text.append("  cleanup: ").append(line).append('\n'));
		return text.toString();
	}

	private static String seconds(java.time.Duration duration) {
		return duration == null ? "-" : duration.toSeconds() + " s";
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}
}
