package dev.lifeboat.ui.drill;

import jakarta.inject.Inject;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.core.drill.RestorePoint;
import dev.lifeboat.deploy.SshDrillRunner;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.ui.deploy.DeployChoices;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.deploy.SavedPasswords;

/**
 * The console's drill runner, in the application context (made by the LifeCycle with injection): drills over SSH
 * with the SSH settings the DR Drill wizard shows (key, known_hosts), kept for the session, and the context's host
 * logins ({@link SavedPasswords}) and repository passwords ({@link RepositoryPasswords}), as the Deploy wizard's.
 */
public final class ConsoleDrillRunner implements DrillRunner {

	private final DeployChoices choices = new DeployChoices();
	private RepositoryPasswords passwords;

	/** Follows the context: a test or a later change of the storage is seen by the next call. */
	@Inject
	void passwords(SavedPasswords hostPasswords, RepositoryPasswords repositoryPasswords) {
		choices.passwords(hostPasswords);
		this.passwords = repositoryPasswords;
	}

	/** The repository passwords the drills hand to the recovery hosts. */
	public RepositoryPasswords passwords() {
		return passwords;
	}

	/** The SSH settings of drills (key, known_hosts), which the wizard edits. */
	public DeployChoices choices() {
		return choices;
	}

	@Override
	public List<RestorePoint> restorePoints(DrPlan plan) throws IOException {
		return runner().restorePoints(plan);
	}

	/** {@inheritDoc} For the session: the Backup Status and later drills reach the host with it too. */
	@Override
	public void acceptHostKey(String host, String fingerprint) {
		choices.ssh().acceptHostKey(host, fingerprint);
	}

	@Override
	public List<PreflightCheck> preflight(DrPlan plan, String restorePoint) throws IOException {
		return runner().preflight(plan, restorePoint);
	}

	@Override
	public DrillResult run(DrPlan plan, String restorePoint, Consumer<TimelineStep> progress) throws IOException {
		return runner().run(plan, restorePoint, progress);
	}

	private SshDrillRunner runner() {
		return new SshDrillRunner(choices.ssh(), passwords, System.getProperty("user.name"));
	}
}
