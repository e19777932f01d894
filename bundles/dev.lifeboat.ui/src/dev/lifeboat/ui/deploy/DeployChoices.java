package dev.lifeboat.ui.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.SshSettings;

/**
 * What the user chose in the Deploy wizard: hosts, key, known_hosts, parallelism, agent jar, and where saved host
 * and backup repository passwords come from (Eclipse secure storage). One
 * {@link SshSettings} lives as long as the wizard, so that host keys accepted on the Preflight page hold for
 * every later preflight and the apply.
 */
public final class DeployChoices {

	private final SshSettings ssh = new SshSettings();
	private final Path userKnownHosts = ssh.userKnownHosts();
	private final List<String> hosts = new ArrayList<>();
	private int parallelism = DeployOptions.DEFAULT_PARALLELISM;
	private Path agentJar;
	private SavedPasswords passwords;
	private RepositoryPasswords repositoryPasswords;

	/** The wizard's SSH settings (identity, known_hosts files, accepted keys). */
	public SshSettings ssh() {
		return ssh;
	}

	/** The chosen hosts, by name, in topology order. */
	public List<String> hosts() {
		return hosts;
	}

	public void hosts(Collection<String> names) {
		hosts.clear();
		hosts.addAll(names);
	}

	public int parallelism() {
		return parallelism;
	}

	public void parallelism(int workers) {
		this.parallelism = workers;
	}

	public Path agentJar() {
		return agentJar;
	}

	public void agentJar(Path jar) {
		this.agentJar = jar;
	}

	/** Saved host passwords: Eclipse secure storage unless {@link #passwords(SavedPasswords)} said otherwise. */
	public SavedPasswords passwords() {
		if (passwords == null) {
			passwords(SavedPasswords.inDefaultStorage());
		}
		return passwords;
	}

	/** Where host passwords are kept; every connection asks it for its host's password. */
	public void passwords(SavedPasswords saved) {
		this.passwords = saved;
		ssh.password(saved::lookup);
	}

	/** The backup repositories' passwords: Eclipse secure storage unless {@link #repositoryPasswords(RepositoryPasswords)} said otherwise. */
	public RepositoryPasswords repositoryPasswords() {
		if (repositoryPasswords == null) {
			repositoryPasswords = RepositoryPasswords.inDefaultStorage();
		}
		return repositoryPasswords;
	}

	public void repositoryPasswords(RepositoryPasswords saved) {
		this.repositoryPasswords = saved;
	}

	/** Whether {@code ~/.ssh/known_hosts} is read besides Lifeboat's own file. */
	public boolean trustsUserKnownHosts() {
		return ssh.userKnownHosts() != null;
	}

	public void trustUserKnownHosts(boolean trust) {
		ssh.userKnownHosts(trust ? userKnownHosts : null);
	}

	/** Options for deploying to {@code names} (a subset of {@link #hosts()}, e.g. one host whose key was just accepted). */
	public DeployOptions options(Collection<String> names) {
		return new DeployOptions().ssh(ssh).agentJar(agentJar).parallelism(parallelism).hosts(names);
	}
}
