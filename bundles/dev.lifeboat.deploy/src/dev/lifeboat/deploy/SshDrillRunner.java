package dev.lifeboat.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.deploy.internal.RemoteAgent;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * The drill runner the console uses: each call is a {@link DrillExecution} over SSH with the given settings (key,
 * known_hosts, accepted host keys) and repository passwords, read at the time of the call, so the wizard can
 * change them between calls.
 */
public final class SshDrillRunner implements DrillRunner {

	private final SshSettings ssh;
	private final BackupPasswords passwords;
	private final String initiator;

	public SshDrillRunner(SshSettings ssh, BackupPasswords passwords, String initiator) {
		this.ssh = ssh;
		this.passwords = passwords;
		this.initiator = initiator;
	}

	/**
	 * The snapshot ids (short form, newest first) of a plan with one VM, as the first recovery host reads them from
	 * the VM's repository (its policy's password is installed there first). A snapshot belongs to one guest, so a
	 * plan of several VMs restores each one's latest and offers no other point.
	 */
	@Override
	public List<String> restorePoints(DrPlan plan) throws IOException {
		Set<VirtualMachine> vms = new LinkedHashSet<>(plan.getVms());
		if (vms.size() != 1 || plan.getRecoverySite() == null || plan.getRecoverySite().getHosts().isEmpty()) {
			return List.of();
		}
		VirtualMachine vm = vms.iterator().next();
		BackupPolicy policy = topology(plan).getBackupPolicies().stream().filter(p -> p.getVms().contains(vm))
				.findFirst().orElseThrow(() -> new IOException(vm.getName() + " is in no backup policy: add it to one"));
		Host host = plan.getRecoverySite().getHosts().get(0);
		try (SshConnection connection = SshClient.create(ssh).connect(SshTarget.of(host))) {
			String home = new RemoteAgent(connection, new ProtocolCodec()).facts(true).home();
			BackupPasswords.install(connection, home, List.of(policy.getName()), passwords);
			CommandResult listed = connection.run(String.join(" ", RemoteAgent.quote(home + "/agent"), "drill", "list",
					RemoteAgent.quote(policy.getName()), RemoteAgent.quote(policy.getTargetLocation().strip()),
					RemoteAgent.quote(vm.getName())));
			if (!listed.ok()) {
				throw new IOException("repository " + policy.getTargetLocation() + " is not readable from "
						+ host.getName() + ": " + listed.lastLine());
			}
			List<String> points = new ArrayList<>();
			listed.out().lines().filter(line -> line.startsWith("snapshot="))
					.forEach(line -> points.add(0, line.substring("snapshot=".length()).split(" ")[0].substring(0, 8)));
			return points;
		} catch (SshException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/**
	 * {@inheritDoc} The one write: the repository passwords of the placed VMs' policies are installed (0600, root
	 * only) on the recovery hosts, which need them to read the repositories at all.
	 */
	@Override
	public List<PreflightCheck> preflight(DrPlan plan, String restorePoint) {
		List<PreflightCheck> checks = new ArrayList<>();
		for (TimelineStep step : execution(plan, restorePoint, DrillExecution.Listener.NONE).preflightOnly()) {
			checks.add(new PreflightCheck(step.name().replaceFirst("^preflight: ", "") + " " + step.target(),
					step.status() == CheckStatus.PASS, step.message()));
		}
		return checks;
	}

	@Override
	public DrillResult run(DrPlan plan, String restorePoint, Consumer<TimelineStep> progress) {
		return execution(plan, restorePoint, new DrillExecution.Listener() {
			@Override
			public void step(TimelineStep step) {
				progress.accept(step);
			}
		}).run();
	}

	private DrillExecution execution(DrPlan plan, String restorePoint, DrillExecution.Listener listener) {
		return new DrillExecution(topology(plan), plan,
				new DrillExecution.Options(ssh, passwords, restorePoint, initiator, listener));
	}

	private static Topology topology(DrPlan plan) {
		return (Topology) plan.eContainer();
	}
}
