package dev.lifeboat.deploy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.lifeboat.core.plan.HostPlan;
import dev.lifeboat.core.plan.StateDiff;
import dev.lifeboat.deploy.CommandResult;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.HostOutcome;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.deploy.HostStep;
import dev.lifeboat.deploy.SshClient;
import dev.lifeboat.deploy.SshConnection;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.deploy.SshTarget;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

/**
 * One host's plan or deploy over one SSH connection, phase by phase, each phase timed and recorded. Nothing on
 * the host changes before the config is applied; from then on any failure rolls the host back.
 */
public final class HostRun {

	/** Free space kept on top of the uploads, so that a deploy never fills a host's disk to the last block. */
	static final long DISK_MARGIN_KIB = 1024;

	/** What all hosts of one deploy share. */
	/**
	 * @param haKeys   the heartbeat key of each HA policy, by policy name (a deploy installs them; a plan does not)
	 * @param restarts the turns of HA members' planned agent restarts, one per policy at a time
	 */
	public record Context(SshClient client, ProtocolCodec codec, RemoteAgent.Payload jar, RemoteAgent.Payload wrapper,
			DeployListener listener, BooleanSupplier cancelled, java.util.Map<String, byte[]> haKeys, PlannedRestarts restarts) {
	}

	private final SshTarget target;
	private final AgentConfig config;
	private final Context context;
	private final List<HostStep> steps = new ArrayList<>();
	private final long startNanos = System.nanoTime();

	public HostRun(SshTarget target, AgentConfig config, Context context) {
		this.target = target;
		this.config = config;
		this.context = context;
	}

	/** Preflight and diff, read only. */
	public DeployPlan.Entry plan() {
		context.listener().hostStarted(name());
		try (SshConnection connection = phase("connect", 0.2, () -> context.client().connect(target))) {
			Survey survey = survey(new RemoteAgent(connection, context.codec()), false);
			context.listener().progress(name(), 1);
			return new DeployPlan.Entry(name(), target.address(), survey.plan(), null, survey.agentCurrent(),
					survey.state() == null ? null : survey.state().agentVersion(), null, survey.residentCurrent());
		} catch (Stop stop) {
			context.listener().progress(name(), 1);
			return new DeployPlan.Entry(name(), target.address(), null, stop.reason, false, null, stop.unknownHostKey);
		}
	}

	/** The whole deploy of this host. */
	public HostResult deploy() {
		context.listener().hostStarted(name());
		if (context.cancelled().getAsBoolean()) {
			return finish(HostOutcome.CANCELLED, "the deploy was cancelled before this host started; nothing was changed: "
					+ "it stays on its previous configuration");
		}
		try (SshConnection connection = phase("connect", 0.05, () -> context.client().connect(target))) {
			RemoteAgent agent = new RemoteAgent(connection, context.codec());
			Survey survey = survey(agent, true);
			installHaKey(connection, survey.facts().home());
			if (survey.unchanged()) {
				skipped("apply", "no changes: the host matches its configuration and runs the current agent");
				return finish(HostOutcome.UNCHANGED, "no changes");
			}
			if (context.cancelled().getAsBoolean()) {
				return finish(HostOutcome.CANCELLED, "the deploy was cancelled before this host was changed; nothing was changed: "
						+ "it stays on its previous configuration");
			}
			List<RemoteAgent.Staged> staged = upload(agent, survey);
			if (context.cancelled().getAsBoolean()) {
				agent.discard(staged);
				return finish(HostOutcome.CANCELLED, "the deploy was cancelled before this host's apply; the uploads were discarded"
						+ " and nothing was changed: it stays on its previous configuration");
			}
			return applyAndVerify(agent, survey, staged);
		} catch (Stop stop) {
			return finish(stop.outcome, stop.reason);
		}
	}

	/**
	 * Before the apply (which starts the HA daemon), and also when nothing else changes: the policy's heartbeat
	 * key, unless the host has it already.
	 */
	private void installHaKey(SshConnection connection, String home) throws Stop {
		if (config.ha() == null || !context.haKeys().containsKey(config.ha().policyName())) {
			return;
		}
		String policy = config.ha().policyName();
		boolean changed = phase("heartbeat key", 0.12,
				() -> HaKeys.install(connection, home, policy, context.haKeys().get(policy)));
		if (changed) {
			context.listener().step(name(), "installed the heartbeat key of HA policy " + policy);
		}
	}

	/** Facts and state in one command; {@code prepare}: a deploy, which may create the agent home. */
	private Survey survey(RemoteAgent agent, boolean prepare) throws Stop {
		RemoteAgent.Facts facts = phase("preflight", 0.1, () -> preflight(agent, prepare));
		boolean jarCurrent = context.jar().sha256().equals(facts.jarSha256());
		boolean wrapperCurrent = context.wrapper().sha256().equals(facts.wrapperSha256());
		AgentState state = phase("plan", 0.2, () -> readState(agent, facts, jarCurrent && wrapperCurrent));
		HostPlan plan = StateDiff.plan(config, state);
		String xml = context.codec().toXml(config);
		boolean appliedMatches = state != null && ("sha256:" + Hashes.sha256Hex(xml)).equals(state.appliedConfigHash());
		// Current, or running an older jar that the deploy leaves alone (see residentNote): nothing to (re)start.
		boolean residentCurrent = facts.residentFits(context.jar().sha256(), config) || keepsOlderResident(facts);
		context.listener().step(name(), plan.unchanged() ? "no changes planned" : plan.changes().size() + " change(s) planned");
		return new Survey(facts, state, plan, xml, jarCurrent, wrapperCurrent, appliedMatches, residentCurrent);
	}

	private RemoteAgent.Facts preflight(RemoteAgent agent, boolean prepare) throws SshException, Stop {
		RemoteAgent.Facts facts = agent.facts(prepare);
		List<String> problems = new ArrayList<>();
		if (facts.javaMajor() < 21) {
			problems.add(name() + ": no JDK >= 21 on the host (" + (facts.javaMajor() == 0 ? "none found" : "best is Java " + facts.javaMajor())
					+ " in JAVA_HOME, /usr/lib/jvm, PATH): install one, e.g. apt-get install openjdk-21-jdk-headless");
		}
		long needed = neededKiB(facts);
		if (facts.freeKiB() >= 0 && facts.freeKiB() < needed) {
			problems.add(name() + ": only " + facts.freeKiB() + " KiB free in the file system of " + facts.home()
					+ ", the deploy needs " + needed + " KiB: free space there (or make it larger)");
		}
		if (!problems.isEmpty()) {
			throw new Stop(HostOutcome.FAILED, String.join("; ", problems) + "; nothing was changed");
		}
		return facts;
	}

	private long neededKiB(RemoteAgent.Facts facts) {
		long bytes = 64 * 1024; // config, empty config and wrapper
		if (!context.jar().sha256().equals(facts.jarSha256())) {
			bytes += context.jar().size();
		}
		return bytes / 1024 + DISK_MARGIN_KIB;
	}

	private AgentState readState(RemoteAgent agent, RemoteAgent.Facts facts, boolean agentCurrent) throws SshException, Stop {
		try {
			return agent.state(facts);
		} catch (SshException | ProtocolException e) {
			if (e instanceof SshException ssh && (agentCurrent || ssh.isNetwork())) {
				throw ssh;
			}
			if (agentCurrent) {
				throw new Stop(HostOutcome.FAILED, name() + ": the agent's state is unreadable (" + e.getMessage()
						+ "); nothing was changed");
			}
			// An older agent that cannot report: the deploy replaces it, and plans as for a fresh host.
			context.listener().step(name(), "the installed agent cannot report its state; it will be replaced");
			return null;
		}
	}

	/** Uploads what the host lacks under temporary names; nothing on the host changes until the apply. */
	private List<RemoteAgent.Staged> upload(RemoteAgent agent, Survey survey) throws Stop {
		List<RemoteAgent.Staged> staged = new ArrayList<>();
		if (!survey.wrapperCurrent()) {
			staged.add(phase("upload wrapper", 0.25, () -> stage(agent, context.wrapper(), 0755, 0.2, 0.25)));
		}
		if (!survey.jarCurrent()) {
			staged.add(phase("upload agent", 0.6, () -> stage(agent, context.jar(), 0644, 0.25, 0.6)));
		}
		RemoteAgent.Payload xml = RemoteAgent.Payload.of(RemoteAgent.CONFIG, survey.xml().getBytes(StandardCharsets.UTF_8));
		staged.add(phase("upload config", 0.65, () -> stage(agent, xml, 0600, 0.6, 0.65)));
		return staged;
	}

	private RemoteAgent.Staged stage(RemoteAgent agent, RemoteAgent.Payload payload, int mode, double from, double to) throws SshException {
		context.listener().step(name(), "uploading " + payload.name() + " (" + payload.size() / 1024 + " KiB)");
		return agent.stage(payload, mode, fraction -> context.listener().progress(name(), from + (to - from) * fraction));
	}

	private HostResult applyAndVerify(RemoteAgent agent, Survey survey, List<RemoteAgent.Staged> staged) throws Stop {
		// A member of an HA policy restarts its running agent only in its policy's turn, announced to its peers.
		String policy = !survey.residentCurrent() && survey.facts().residentJarSha256() != null && haMember()
				? config.ha().policyName() : null;
		if (policy != null) {
			context.listener().step(name(), "waiting for HA policy " + policy + "'s turn (one planned restart at a time)");
			try {
				context.restarts().begin(policy);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				agent.discard(staged);
				return finish(HostOutcome.CANCELLED, "interrupted while waiting for HA policy " + policy + "'s turn; the uploads"
						+ " were discarded and nothing was changed");
			}
		}
		try {
			return applyAndVerify(agent, survey, staged, policy);
		} finally {
			if (policy != null) {
				context.restarts().end(policy);
			}
		}
	}

	/** @param policy the HA policy whose turn this host holds for a planned restart of its agent, or {@code null} */
	private HostResult applyAndVerify(RemoteAgent agent, Survey survey, List<RemoteAgent.Staged> staged, String policy) throws Stop {
		RemoteAgent.Facts facts = survey.facts();
		String stopped = policy == null ? null : context.restarts().stoppedBecause(policy);
		// The resident agent is (re)started on the new jar first and does the apply itself: one JVM start, not two.
		String startResident = survey.residentCurrent() || stopped != null ? ""
				: policy != null ? ResidentAgentService.plannedRestartScript(facts.manager(), facts.home(), context.jar().sha256())
						: ResidentAgentService.restartScript(facts.manager(), facts.home(), context.jar().sha256());
		if (!startResident.isEmpty()) {
			context.listener().step(name(), (facts.residentJarSha256() == null ? "starting" : "restarting")
					+ " the resident agent (" + describe(facts.manager()) + ")"
					+ (facts.residentRuns(context.jar().sha256()) ? " with the C2 compiler, for the Java VTEP" : "")
					+ (policy == null ? "" : " after announcing a maintenance window to HA policy " + policy));
		}
		RemoteAgent.Applied applied = phase("apply", 0.85, () -> agent.apply(staged, startResident));
		CommandResult result = applied.result();
		if (result.exitCode() == ResidentAgentService.NOT_STARTED) {
			fail("apply", result.lastLine());
			if (policy != null) {
				context.restarts().stop(policy, name() + "'s restarted agent did not start");
			}
			return rollback(agent, survey, "the resident agent did not start on the new agent (" + result.lastLine() + ")");
		}
		if (applied.damagedUpload()) {
			fail("apply", result.lastLine());
			return finish(HostOutcome.FAILED, name() + ": " + result.lastLine() + "; nothing was replaced or applied: check the"
					+ " host's disk and deploy again");
		}
		if (!result.ok()) {
			fail("apply", "exit " + result.exitCode() + ": " + result.lastLine());
			return rollback(agent, survey, "the agent's apply failed (exit " + result.exitCode() + ": " + result.lastLine() + ")");
		}
		String kept = stopped != null ? stopped : keptReason(result.out());
		HostPlan after = phase("verify", 0.95, () -> StateDiff.plan(config, agent.reported(applied)));
		if (!after.unchanged()) {
			fail("verify", after.changes().size() + " difference(s)");
			return rollback(agent, survey, "the state read back differs from the configuration: "
					+ after.changes().stream().limit(3).map(Object::toString).toList());
		}
		String rejoined = "";
		if (policy != null && kept == null) {
			long waited = System.nanoTime();
			String problem;
			try {
				problem = phase("rejoin HA", 0.97, () -> HaRejoin.await(agent, config));
			} catch (Stop stop) {
				context.restarts().stop(policy, name() + " could not be asked whether it rejoined after its planned restart");
				throw stop;
			}
			if (problem != null) {
				context.restarts().stop(policy, name() + " did not rejoin after its planned restart");
				fail("rejoin HA", problem);
				return finish(HostOutcome.FAILED, survey.plan().changes().size() + " change(s) applied and verified and the resident"
						+ " agent restarted, but " + problem + ": no other member of HA policy " + policy + " is restarted in this"
						+ " deploy; see " + facts.home() + "/agent.log on " + name());
			}
			rejoined = "; it rejoined HA policy " + policy + " " + since(waited).toMillis() + " ms after the apply (the peers"
					+ " waited through its announced maintenance window)";
		}
		String agentNote = survey.jarCurrent() ? "" : ", agent " + (survey.state() == null ? "installed" : "upgraded");
		if (survey.plan().unchanged() && survey.jarCurrent() && survey.wrapperCurrent() && survey.residentCurrent()) {
			return finish(HostOutcome.UNCHANGED, "no changes (configuration recorded)");
		}
		return finish(HostOutcome.APPLIED, survey.plan().changes().size() + " change(s) applied and verified" + agentNote
				+ residentNote(survey, kept) + rejoined);
	}

	/** Why the apply's script kept the running agent ({@link ResidentAgentService#KEPT_MARKER}), or {@code null}. */
	private static String keptReason(String out) {
		return out.lines().filter(line -> line.startsWith(ResidentAgentService.KEPT_MARKER)).findFirst()
				.map(line -> line.substring(ResidentAgentService.KEPT_MARKER.length()).strip()).orElse(null);
	}

	/**
	 * A running resident agent on an older jar is not restarted when it serves this very SSH session (the restart
	 * would cut the deploy off). (An HA member's is, in a planned restart: see {@link PlannedRestarts}.) The wrapper
	 * never hands a command to a kept one (its jar differs), so commands run in a JVM of their own until it is
	 * restarted.
	 */
	private boolean keepsOlderResident(RemoteAgent.Facts facts) {
		return facts.residentJarSha256() != null && facts.residentSession();
	}

	private boolean haMember() {
		return config.ha() != null && config.ha().member(config.hostName()) != null;
	}

	/** @param kept why a planned restart did not happen ({@code null}: it did, or none was needed) */
	private String residentNote(Survey survey, String kept) {
		RemoteAgent.Facts facts = survey.facts();
		if (!survey.residentCurrent() && kept == null) {
			return ", resident agent " + (facts.residentJarSha256() == null ? "started" : "restarted") + " ("
					+ describe(facts.manager()) + ")";
		}
		if (facts.residentRuns(context.jar().sha256())) {
			return "";
		}
		String restart = "restart it on " + name() + " (systemctl restart " + ResidentAgentService.UNIT + ", or kill -- -$(cat "
				+ facts.home() + "/" + ResidentAgentService.PID_FILE + ") and deploy again) to run the new one";
		if (facts.residentSession()) {
			return "; the resident agent serves this SSH session itself, so it still runs the previous agent: " + restart;
		}
		return "; the resident agent still runs the previous agent: this host is a member of HA policy "
				+ config.ha().policyName() + " and " + kept + "; its other members would take an unannounced restart for a"
				+ " failure of this host, so " + restart + " in a maintenance window, one member at a time";
	}

	private static String describe(ResidentAgentService.Manager manager) {
		return manager == ResidentAgentService.Manager.SYSTEMD ? "systemd service " + ResidentAgentService.UNIT
				: "background process, pid in " + ResidentAgentService.PID_FILE;
	}

	private HostResult rollback(RemoteAgent agent, Survey survey, String reason) {
		context.listener().step(name(), "rolling back: " + reason);
		boolean hadPrevious = survey.facts().applied();
		try {
			String empty = context.codec().toXml(new AgentConfig(config.hostName(), config.hostId(), config.topologyName()));
			CommandResult result = phase("rollback", 0.98, () -> agent.rollback(hadPrevious, empty));
			if (result.ok()) {
				steps.set(steps.size() - 1, withOutcome(steps.get(steps.size() - 1), Outcome.ROLLED_BACK));
				return finish(HostOutcome.ROLLED_BACK, reason + "; rolled back to " + (hadPrevious ? "the previous configuration"
						: "an empty configuration (the host had none before)"));
			}
			fail("rollback", "exit " + result.exitCode() + ": " + result.lastLine());
			return finish(HostOutcome.FAILED, reason + "; the rollback failed too (exit " + result.exitCode() + ": "
					+ result.lastLine() + "): the host needs attention, see " + survey.facts().home() + "/agent.log");
		} catch (Stop stop) {
			return finish(HostOutcome.FAILED, reason + "; the rollback could not run: " + stop.reason);
		}
	}

	/** A phase that returns a value: timed, recorded, its failures turned into a {@link Stop}. */
	private <T> T phase(String phase, double fractionAfter, Body<T> body) throws Stop {
		Instant started = Instant.now();
		long start = System.nanoTime();
		context.listener().step(name(), phase);
		try {
			T value = body.run();
			steps.add(new HostStep(phase, name(), started, since(start), Outcome.SUCCEEDED, ""));
			context.listener().progress(name(), fractionAfter);
			return value;
		} catch (SshException e) {
			steps.add(new HostStep(phase, name(), started, since(start), Outcome.FAILED, e.getMessage()));
			throw new Stop(e.isNetwork() ? HostOutcome.UNREACHABLE : HostOutcome.FAILED, e.getMessage() + nothingChanged(phase),
					e.kind() == SshException.Kind.HOST_KEY_UNKNOWN ? e.hostKeyFingerprint() : null);
		} catch (ProtocolException e) {
			steps.add(new HostStep(phase, name(), started, since(start), Outcome.FAILED, e.getMessage()));
			throw new Stop(HostOutcome.FAILED, name() + ": unreadable agent output: " + e.getMessage() + nothingChanged(phase));
		} catch (Stop e) {
			steps.add(new HostStep(phase, name(), started, since(start), Outcome.FAILED, e.reason));
			throw e;
		}
	}

	private static String nothingChanged(String phase) {
		return switch (phase) {
		case "apply" -> "; the agent on the host finishes or restores the host on its own: deploy again to see its state";
		case "verify", "rollback" -> "";
		default -> "; nothing was applied";
		};
	}

	private void skipped(String phase, String message) {
		steps.add(new HostStep(phase, name(), Instant.now(), Duration.ZERO, Outcome.SKIPPED, message));
	}

	private void fail(String phase, String message) {
		HostStep last = steps.remove(steps.size() - 1);
		steps.add(new HostStep(phase, last.host(), last.startedAt(), last.duration(), Outcome.FAILED, message));
	}

	private static HostStep withOutcome(HostStep step, Outcome outcome) {
		return new HostStep(step.phase(), step.host(), step.startedAt(), step.duration(), outcome, step.message());
	}

	private HostResult finish(HostOutcome outcome, String reason) {
		HostResult result = new HostResult(name(), outcome, reason, since(startNanos), steps);
		context.listener().progress(name(), 1);
		context.listener().hostFinished(result);
		return result;
	}

	private String name() {
		return target.hostName();
	}

	private static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

	/** What the host has and what it needs. */
	private record Survey(RemoteAgent.Facts facts, AgentState state, HostPlan plan, String xml, boolean jarCurrent,
			boolean wrapperCurrent, boolean appliedMatches, boolean residentCurrent) {

		boolean unchanged() {
			return plan.unchanged() && jarCurrent && wrapperCurrent && appliedMatches && residentCurrent;
		}

		boolean agentCurrent() {
			return jarCurrent && wrapperCurrent;
		}
	}

	@FunctionalInterface
	private interface Body<T> {
		T run() throws SshException, ProtocolException, Stop;
	}

	/** Ends a host's run early with an outcome and a reason. */
	private static final class Stop extends Exception {
		private static final long serialVersionUID = 1L;
		final transient HostOutcome outcome;
		final String reason;
		/** The fingerprint of a host key nobody trusts yet, which the user may accept; else {@code null}. */
		final String unknownHostKey;

		Stop(HostOutcome outcome, String reason) {
			this(outcome, reason, null);
		}

		Stop(HostOutcome outcome, String reason, String unknownHostKey) {
			super(reason, null, false, false);
			this.outcome = outcome;
			this.reason = reason;
			this.unknownHostKey = unknownHostKey;
		}
	}
}
