package dev.lifeboat.ui.deploy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Control;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Topology;
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
	private volatile List<String> passwordFailures = List.of();

	/**
	 * @param agentJar the agent jar every host must run
	 */
	public DeployWizard(TopologySession session, IEventBroker events, Path agentJar) {
		super(session);
		this.events = events;
		choices.agentJar(agentJar);
		setWindowTitle("Deploy " + session.topology().getName());
	}

	/** Where saved host logins and the repository passwords the deploy installs are kept (the console's, in its context). */
	public void passwords(SavedPasswords hostPasswords, RepositoryPasswords repositoryPasswords) {
		choices.passwords(hostPasswords);
		choices.repositoryPasswords(repositoryPasswords);
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

	Topology topology() {
		return session.topology();
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
			Deployment deployment = running;
			Background.run("Deploy", owner, () -> {
				DeployResult deployed = deployment.apply(listener);
				passwordFailures = installBackupPasswords(deployment);
				return deployed;
			}, deployed -> {
				record(deployed, hash);
				done.accept(deployed);
			}, error -> failed.accept(message(error)));
		}
	}

	/**
	 * Gives every deployed host that runs backups its policies' repository passwords (0600, root only); a failure
	 * is reported beside the record, never instead of it.
	 */
	private List<String> installBackupPasswords(Deployment deployment) {
		if (RepositoryPasswords.policiesOf(session.topology()).isEmpty()) {
			return List.of();
		}
		try {
			return BackupPasswords.installAll(choices.ssh(), deployment.targets(), deployment.configs(),
					choices.repositoryPasswords());
		} catch (SshException e) {
			return List.of("backup passwords not installed: " + e.getMessage());
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
		String label = record() == null ? "No record"
				: "Recorded as '" + record().getSummary() + "' (" + record().getOutcome() + ")";
		return passwordFailures.isEmpty() ? label : label + "; " + String.join("; ", passwordFailures);
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
