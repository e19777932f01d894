package dev.lifeboat.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.core.drill.RestorePoint;
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
	 * Each VM's snapshots as the first recovery host reads them from the VM's repository (the policies' passwords are
	 * installed there first), resolved into the points the plan can be restored to ({@link RestorePoint#offered}).
	 */
	@Override
	public List<RestorePoint> restorePoints(DrPlan plan) throws IOException {
		if (plan.getRecoverySite() == null || plan.getRecoverySite().getHosts().isEmpty()) {
			throw new IOException("plan '" + plan.getName() + "' has no recovery site with hosts: set its recovery site");
		}
		Map<VirtualMachine, BackupPolicy> policies = new LinkedHashMap<>();
		for (VirtualMachine vm : new LinkedHashSet<>(plan.getVms())) {
			BackupPolicy policy = DrillExecution.policyOf(topology(plan), vm);
			if (policy == null) {
				throw new IOException(vm.getName() + " is in no backup policy: add it to one");
			}
			policies.put(vm, policy);
		}
		Host host = plan.getRecoverySite().getHosts().get(0);
		try (SshConnection connection = SshClient.create(ssh).connect(SshTarget.of(host))) {
			String home = new RemoteAgent(connection, new ProtocolCodec()).facts(true).home();
			BackupPasswords.install(connection, home,
					policies.values().stream().map(BackupPolicy::getName).distinct().toList(), passwords);
			Map<String, List<RestorePoint.Snapshot>> snapshots = new LinkedHashMap<>();
			for (Map.Entry<VirtualMachine, BackupPolicy> entry : policies.entrySet()) {
				BackupPolicy policy = entry.getValue();
				CommandResult listed = connection.run(String.join(" ", RemoteAgent.quote(home + "/agent"), "drill",
						"list", RemoteAgent.quote(policy.getName()), RemoteAgent.quote(policy.getTargetLocation().strip()),
						RemoteAgent.quote(entry.getKey().getName())));
				if (!listed.ok()) {
					throw new IOException("repository " + policy.getTargetLocation() + " is not readable from "
							+ host.getName() + ": " + listed.lastLine());
				}
				snapshots.put(entry.getKey().getName(), DrillExecution.snapshotsListed(listed.out()));
			}
			return RestorePoint.offered(snapshots);
		} catch (SshException e) {
			if (e.kind() == SshException.Kind.HOST_KEY_UNKNOWN && e.hostKeyFingerprint() != null) {
				throw new UnknownHostKeyException(host.getName(), e.hostKeyFingerprint(), e.getMessage());
			}
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
		DrillExecution execution = execution(plan, restorePoint, DrillExecution.Listener.NONE);
		List<TimelineStep> steps = execution.preflightOnly();
		Map<String, String> unknownKeys = execution.unknownHostKeys();
		for (TimelineStep step : steps) {
			boolean connect = step.name().equals("preflight: connect");
			checks.add(new PreflightCheck(step.name().replaceFirst("^preflight: ", "") + " " + step.target(),
					step.status() == CheckStatus.PASS, step.message(), connect ? step.target() : null,
					connect && step.status() != CheckStatus.PASS ? unknownKeys.get(step.target()) : null));
		}
		return checks;
	}

	/** {@inheritDoc} The key is written to Lifeboat's known_hosts when the host is next reached with it. */
	@Override
	public void acceptHostKey(String host, String fingerprint) {
		ssh.acceptHostKey(host, fingerprint);
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
