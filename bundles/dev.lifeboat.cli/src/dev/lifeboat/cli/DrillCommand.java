package dev.lifeboat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.RestorePoint;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.DrillExecution;
import dev.lifeboat.deploy.SshDrillRunner;
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

	@Option(names = "--restore-point", paramLabel = "latest|SNAPSHOT|TIME",
			description = "What to restore: each VM's latest snapshot (default), each VM's newest snapshot at or before "
					+ "TIME (ISO-8601, e.g. 2026-11-29T10:15:00Z), or one snapshot by id (plans of one VM).")
	private String restorePoint = RestorePoint.LATEST;

	@Option(names = "--list-restore-points",
			description = "Only list the points the plan can be restored to, each with the snapshot every VM gets; run nothing.")
	private boolean listRestorePoints;

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
		try {
			RestorePoint.parse(restorePoint, plan);
		} catch (IllegalArgumentException e) {
			err.println("lifeboat: --restore-point: " + e.getMessage());
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
		if (listRestorePoints) {
			try {
				new SshDrillRunner(ssh.settings(), passwords, initiator).restorePoints(plan).forEach(point -> out.print(describe(point)));
				return 0;
			} catch (IOException e) {
				err.println("lifeboat: the restore points of " + plan.getName() + " cannot be listed: " + e.getMessage());
				return LifeboatCli.EXIT_FAILED;
			}
		}
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
		text.append("  restore point ").append(result.restorePoint()).append('\n');
		text.append("  RPO ").append(seconds(result.actualRpo())).append(" (target ").append(seconds(result.rpoTarget()))
				.append("), RTO ").append(seconds(result.actualRto())).append(" (target ").append(seconds(result.rtoTarget()))
				.append(")\n");
		for (DrillResult.VmResult vm : result.vms()) {
			text.append("  ").append(vm.vm()).append(" -> ").append(vm.recoveryHost()).append(": ")
					.append(vm.passed() ? "verified" : "NOT verified");
			if (vm.snapshotId() != null) {
				text.append(", snapshot ").append(RestorePoint.shortId(vm.snapshotId())).append(" of ")
						.append(RestorePoint.readable(vm.snapshotTime())).append(" (RPO ")
						.append(seconds(vm.rpo(result.startedAt()))).append(')');
			}
			text.append('\n');
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

	/** A restore point as a line, then the snapshot each VM gets (or why it has none). */
	static String describe(RestorePoint point) {
		StringBuilder text = new StringBuilder(point.request()).append(point.usable() ? "" : "  (not usable)").append('\n');
		for (RestorePoint.VmSnapshot vm : point.vms()) {
			text.append("  ").append(vm.vm()).append(": ").append(vm.snapshot() == null ? vm.problem()
					: "snapshot " + vm.snapshot().shortId() + " of " + RestorePoint.readable(vm.snapshot().time()))
					.append('\n');
		}
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
