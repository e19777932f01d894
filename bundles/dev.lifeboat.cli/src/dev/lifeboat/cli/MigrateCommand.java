package dev.lifeboat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.migrate.MigrationCommand;
import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.Migration;
import dev.lifeboat.deploy.MigrationListener;
import dev.lifeboat.deploy.MigrationOptions;
import dev.lifeboat.deploy.MigrationRecords;
import dev.lifeboat.deploy.MigrationResult;
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
 * {@code lifeboat migrate FILE VM --to HOST}: the preflight and plan, then the migration over SSH, and the VM's new
 * place and the MIGRATION record saved into the file. Exit 0 when it moved, 1 when the preflight found errors or
 * the migration failed, 2 when the input is unusable.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = "Move a VM to another host keeping its MACs and addresses, and record it in FILE.")
final class MigrateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The *.lifeboat topology file.")
	private Path file;

	@Parameters(index = "1", paramLabel = "VM", description = "The VM to move.")
	private String vm;

	@Option(names = "--to", required = true, paramLabel = "HOST", description = "The host to move it to.")
	private String target;

	@Option(names = "--dry-run", description = "Print the preflight and the plan and exit.")
	private boolean dryRun;

	@Mixin
	private SshOptions ssh;

	@Option(names = "--observer", paramLabel = "HOST/GUEST",
			description = "Measure the blackout with a 10 ms ping from this guest (on another host of the VM's overlay).")
	private String observer;

	@Override
	public Integer call() throws IOException {
		Topology topology = TopologyArgument.load(spec, file);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		MigrationPlan plan;
		try {
			plan = MigrationPlan.of(topology, vm, target);
		} catch (IllegalArgumentException e) {
			err.println("lifeboat: " + e.getMessage());
			return LifeboatCli.EXIT_UNUSABLE;
		}
		out.println("migrate " + vm + " from " + plan.source().getName() + " to " + target);
		for (Problem problem : plan.findings()) {
			(problem.severity() == Severity.ERROR ? err : out).println(file + ": " + problem);
		}
		if (plan.hasErrors()) {
			err.println(file + ": cannot migrate: fix the errors above first; nothing was changed");
			return LifeboatCli.EXIT_FAILED;
		}
		plan.steps().forEach(step -> out.println("  - " + step));
		if (dryRun) {
			return 0;
		}
		MigrationOptions options = options(err);
		if (options == null) {
			return LifeboatCli.EXIT_UNUSABLE;
		}
		String hash = DeployRecords.topologyHash(Files.readAllBytes(file));
		MigrationResult result;
		try {
			result = new Migration(plan, options).run(new MigrationListener() {
				@Override
				public void step(String step, String host, boolean done, String message) {
					if (done) {
						out.println(host + ": " + step + ": " + message);
						out.flush();
					}
				}
			});
		} catch (CompileException e) {
			e.errors().forEach(problem -> err.println(file + ": error: " + problem));
			return LifeboatCli.EXIT_FAILED;
		} catch (SshException e) {
			err.println("lifeboat: " + e.getMessage());
			return LifeboatCli.EXIT_UNUSABLE;
		}
		out.print(result.describe());
		var record = MigrationRecords.record(result, options.initiator(), hash);
		if (result.succeeded()) {
			new MigrationCommand(plan, record).execute();
		} else {
			topology.getOperationRecords().add(record);
		}
		TopologyFiles.save(topology, file);
		out.println("recorded in " + file);
		return result.succeeded() ? 0 : LifeboatCli.EXIT_FAILED;
	}

	/** The options, or {@code null} after printing why they are unusable. */
	private MigrationOptions options(PrintWriter err) {
		MigrationOptions options = new MigrationOptions(ssh.settings(),
				System.getProperty("user.name", "lifeboat-cli"));
		if (observer == null) {
			return options;
		}
		int slash = observer.indexOf('/');
		if (slash <= 0 || slash == observer.length() - 1) {
			err.println("lifeboat: --observer wants HOST/GUEST, not '" + observer + "'");
			return null;
		}
		return options.observedBy(observer.substring(0, slash), observer.substring(slash + 1));
	}
}
