package dev.lifeboat.ui.ha;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.swt.widgets.Control;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.ha.FailoverPlan;
import dev.lifeboat.core.ha.FailoverRecord;
import dev.lifeboat.core.ha.FailoverRecord.Step;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.deploy.Background;
import dev.lifeboat.ui.deploy.DeployChoices;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.wizards.OperationWizard;

/**
 * The Failover wizard: Host (planned evacuation or unplanned recovery), Preflight (the simulation, and whether
 * the host still answers SSH), Plan, Progress, Summary. The plan comes from {@link FailoverPlan} (the placement
 * the agents use); the VMs are re-homed in the model as one undoable command, then the host is fenced by
 * deploying it a configuration without them (or the administrator confirms it is powered off), then the
 * affected hosts are deployed. A FAILOVER record with every step's duration is added to the topology.
 */
public final class FailoverWizard extends OperationWizard {

	private final DeployChoices choices = new DeployChoices();
	private final FailoverHostPage hostPage;
	private final FailoverPreflightPage preflight = new FailoverPreflightPage(this);
	private final FailoverPlanPage planPage = new FailoverPlanPage(this);
	private String host;
	private boolean planned = true;
	private FailoverPlan plan;
	/** Whether the host answered SSH in the preflight: it is then fenced by a deploy, else confirmed off. */
	private boolean reachable;
	private final List<Step> steps = new ArrayList<>();

	public FailoverWizard(TopologySession session, Path agentJar, String initialHost) {
		super(session);
		choices.agentJar(agentJar);
		hostPage = new FailoverHostPage(this, initialHost);
		setWindowTitle("Failover: " + session.topology().getName());
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(hostPage);
		addPage(preflight);
		addPage(planPage);
		addOperationPages(FailoverProgressPage.create(this), new FailoverSummaryPage(this));
	}

	Topology topology() {
		return session.topology();
	}

	DeployChoices choices() {
		return choices;
	}

	String host() {
		return host;
	}

	boolean planned() {
		return planned;
	}

	void choose(String hostName, boolean plannedEvacuation) {
		if (!hostName.equals(host) || plannedEvacuation != planned) {
			plan = null;
		}
		this.host = hostName;
		this.planned = plannedEvacuation;
	}

	/** The plan for the chosen host, computed on first use; null with a message to {@code failed}. */
	FailoverPlan plan(Consumer<String> failed) {
		if (plan == null) {
			try {
				plan = FailoverPlan.of(session.topology(), host);
			} catch (CompileException e) {
				failed.accept("The topology has " + e.errors().size() + " error(s); fix them in Problems first. First: "
						+ e.errors().get(0).elementLabel() + ": " + e.errors().get(0).message());
			} catch (IllegalArgumentException e) {
				failed.accept(e.getMessage());
			}
		}
		return plan;
	}

	boolean reachable() {
		return reachable;
	}

	/** Asks the host over SSH (a deploy preflight of that host alone); {@code done} gets null or the problem. */
	void probeHost(Control owner, Consumer<String> done) {
		try {
			Deployment probe = new Deployment(session.topology(), choices.options(List.of(host)));
			Background.run("Failover preflight", owner, () -> probe.plan(DeployListener.NONE), (DeployPlan result) -> {
				String problem = result.hosts().isEmpty() ? "not deployable" : result.hosts().get(0).problem();
				reachable = problem == null;
				done.accept(problem);
			}, error -> {
				reachable = false;
				done.accept(error.getMessage() == null ? error.toString() : error.getMessage());
			});
		} catch (CompileException | IllegalArgumentException e) {
			reachable = false;
			done.accept(e.getMessage());
		}
	}

	List<Step> steps() {
		return steps;
	}

	/**
	 * Runs the failover: the re-home command now (UI thread), then fencing and the deploy of the affected hosts
	 * in the background; {@code log} gets each line, {@code done} runs when it is over.
	 */
	void execute(Control owner, Consumer<String> log, Runnable done) {
		steps.clear();
		Instant started = Instant.now();
		Command rehome = rehomeCommand();
		if (!session.execute(rehome)) {
			finish(List.of(new Step("re-home", "topology", started, Duration.between(started, Instant.now()),
					Outcome.FAILED, "the model refused the move")), log, done);
			return;
		}
		steps.add(new Step("re-home", "topology", started, Duration.between(started, Instant.now()), Outcome.SUCCEEDED,
				describeMoves() + " (one undoable edit)"));
		log.accept("Re-homed in the topology: " + describeMoves());
		Deployment fence;
		Deployment others;
		try {
			fence = reachable ? new Deployment(session.topology(), choices.options(List.of(host))) : null;
			others = plan.affected().isEmpty() ? null
					: new Deployment(session.topology(), choices.options(plan.affected()));
		} catch (CompileException | IllegalArgumentException e) {
			session.undo();
			finish(List.of(new Step("deploy", "topology", Instant.now(), Duration.ZERO, Outcome.FAILED, e.getMessage())),
					log, done);
			return;
		}
		if (fence == null) {
			steps.add(new Step("fence", host, Instant.now(), Duration.ZERO, Outcome.SKIPPED,
					"the administrator confirmed " + host + " is powered off"));
		}
		DeployListener listener = new DeployListener() {
			@Override
			public void step(String target, String message) {
				log.accept(target + ": " + message);
			}
		};
		Background.run("Failover of " + host, owner, () -> {
			List<Step> finished = new ArrayList<>();
			if (fence != null) {
				DeployResult fenced = fence.apply(listener);
				finished.addAll(steps("fence", fenced));
				if (!fenced.succeeded()) {
					return finished;
				}
			}
			if (others != null) {
				finished.addAll(steps("deploy", others.apply(listener)));
			}
			return finished;
		}, deployed -> {
			boolean fenceFailed = deployed.stream()
					.anyMatch(step -> step.name().equals("fence") && step.outcome() != Outcome.SUCCEEDED);
			if (fenceFailed) {
				// Never start the VMs elsewhere while the host may still run them: give the model back.
				session.undo();
				log.accept("Fencing " + host + " failed: the VMs stay where they were (the re-home was undone).");
			}
			finish(deployed, log, done);
		}, error -> finish(List.of(new Step("deploy", host, Instant.now(), Duration.ZERO, Outcome.FAILED,
				error.getMessage() == null ? error.toString() : error.getMessage())), log, done));
	}

	private void finish(List<Step> more, Consumer<String> log, Runnable done) {
		steps.addAll(more);
		String hash;
		try {
			hash = topologyHash();
		} catch (IOException e) {
			hash = null;
		}
		keep(FailoverRecord.of(host, planned, steps, System.getProperty("user.name"), hash), null);
		log.accept("Recorded: " + record().getSummary());
		done.run();
	}

	private static List<Step> steps(String phase, DeployResult result) {
		List<Step> steps = new ArrayList<>();
		for (HostResult host : result.hosts()) {
			steps.add(new Step(phase, host.hostName(), result.startedAt(), host.duration(),
					DeployRecords.hostOutcome(host.outcome()), host.outcome() + ": " + host.reason()));
		}
		return steps;
	}

	private Command rehomeCommand() {
		TopologyEdits edits = new TopologyEdits(session.domain());
		CompoundCommand compound = new CompoundCommand("Fail over " + host + ": " + describeMoves());
		plan.moves().forEach((name, targetName) -> {
			VirtualMachine vm = FailoverPlan.vm(session.topology(), name);
			Host target = FailoverPlan.host(session.topology(), targetName);
			List<FailoverPlan.Rebinding> rebindings = FailoverPlan.rebindings(vm, target);
			compound.append(edits.moveVm(vm, target));
			for (FailoverPlan.Rebinding rebinding : rebindings) {
				compound.append(edits.set(rebinding.nic(), TopologyPackage.Literals.VIRTUAL_NIC__ATTACHMENT,
						rebinding.bridge()));
			}
		});
		return compound;
	}

	String describeMoves() {
		List<String> moves = new ArrayList<>();
		plan.moves().forEach((vm, target) -> moves.add(vm + " -> " + target));
		return String.join(", ", moves);
	}
}
