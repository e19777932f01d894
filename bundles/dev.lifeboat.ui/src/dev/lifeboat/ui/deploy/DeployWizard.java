package dev.lifeboat.ui.deploy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Control;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.model.Host;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.wizards.OperationWizard;

/**
 * The Deploy wizard: Hosts, Preflight, Changes, Apply, Summary. The pages render and dispatch; the deploy engine
 * ({@link Deployment}) decides and does everything, in background jobs. The record of the deploy is added to
 * the topology through the session's command stack, so the file becomes dirty and Save keeps it.
 */
public final class DeployWizard extends OperationWizard {

	/** The key under which the wizard's widgets carry an id (for tests, as {@code PropertySheet.FEATURE_KEY}). */
	public static final String WIDGET_ID = "dev.lifeboat.ui.deploy.id";

	private final IEventBroker events;
	private final DeployChoices choices = new DeployChoices();
	private DeployPlan plan;
	private Deployment running;
	private DeployResult result;

	/**
	 * @param agentJar the agent jar every host must run
	 */
	public DeployWizard(TopologySession session, IEventBroker events, Path agentJar) {
		super(session);
		this.events = events;
		choices.agentJar(agentJar);
		setWindowTitle("Deploy " + session.topology().getName());
	}

	@Override
	public void addPages() {
		choices.ssh().passphrase(new PassphrasePrompt(getShell(), choices.ssh()::identity));
		choices.passwords(); // saved host passwords, from secure storage, for hosts that accept no key
		List<Host> hosts = session.topology().getSites().stream().flatMap(site -> site.getHosts().stream()).toList();
		addPage(new HostsPage(this, hosts));
		addPage(new PreflightPage(this));
		addPage(new ChangesPage(this));
		addOperationPages(ApplyPage.create(this), new SummaryPage(this));
	}

	DeployChoices choices() {
		return choices;
	}

	/** The latest preflight and plan, or {@code null} before it ran (or after the choices changed). */
	DeployPlan plan() {
		return plan;
	}

	void plan(DeployPlan newPlan) {
		this.plan = newPlan;
	}

	void invalidatePlan() {
		plan = null;
	}

	DeployResult result() {
		return result;
	}

	/** Plans {@code hosts} in the background; {@code failed} gets a message the user can act on. */
	void startPlan(Collection<String> hosts, Control owner, Consumer<DeployPlan> done, Consumer<String> failed) {
		Deployment deployment = deployment(hosts, failed);
		if (deployment != null) {
			Background.run("Deploy preflight", owner, () -> deployment.plan(DeployListener.NONE), done,
					error -> failed.accept(message(error)));
		}
	}

	/** Deploys {@code hosts} in the background, then records the result; {@code failed} gets a message. */
	void startApply(Collection<String> hosts, DeployListener listener, Control owner, Consumer<DeployResult> done,
			Consumer<String> failed) {
		String hash;
		try {
			hash = topologyHash();
		} catch (java.io.IOException e) {
			failed.accept(message(e));
			return;
		}
		running = deployment(hosts, failed);
		if (running != null) {
			Background.run("Deploy", owner, () -> running.apply(listener), deployed -> {
				record(deployed, hash);
				done.accept(deployed);
			}, error -> failed.accept(message(error)));
		}
	}

	void cancelDeploy() {
		if (running != null) {
			running.cancel();
		}
	}

	private void record(DeployResult deployed, String hash) {
		result = deployed;
		keep(DeployRecords.record(deployed, choices.options(List.of()).initiator(), hash), null);
	}

	/** One line naming the record, for the summary. */
	String recordLabel() {
		return record() == null ? "No record" : "Recorded as '" + record().getSummary() + "' (" + record().getOutcome() + ")";
	}

	/** Selects the record in the Topology Explorer. */
	void revealRecord() {
		if (record() != null) {
			events.send(SessionTopics.REVEAL, record());
		}
	}

	private Deployment deployment(Collection<String> hosts, Consumer<String> failed) {
		try {
			return new Deployment(session.topology(), choices.options(hosts));
		} catch (CompileException e) {
			failed.accept("The topology has " + e.errors().size() + " error(s): fix them in Problems first. First: "
					+ e.errors().get(0).elementLabel() + ": " + e.errors().get(0).message());
		} catch (IllegalArgumentException e) {
			failed.accept(e.getMessage());
		}
		return null;
	}

	private static String message(Exception error) {
		return error.getMessage() == null ? error.toString() : error.getMessage();
	}
}
