package dev.lifeboat.ui.deploy;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Topology;

/**
 * The restic repository passwords of the backup policies, kept encrypted in Eclipse secure storage, one per policy
 * name: never in the topology file, the workspace, a log or a report. They reach the hosts through
 * {@link BackupPasswords#install}. The console keeps one instance in its application context.
 */
public final class RepositoryPasswords implements BackupPasswords {

	/** The secure storage node under which every repository password lives, one child node per policy. */
	public static final String NODE = "dev.lifeboat/backup-passwords";

	private final SavedPasswords saved;

	/** Passwords in {@code storage} (a test's own storage, or {@link #inDefaultStorage()}). */
	public RepositoryPasswords(ISecurePreferences storage) {
		this.saved = new SavedPasswords(storage, NODE);
	}

	/** The user's Eclipse secure storage, which asks for its master password when it first encrypts or decrypts. */
	public static RepositoryPasswords inDefaultStorage() {
		return new RepositoryPasswords(SecurePreferencesFactory.getDefault());
	}

	/** Saves (encrypted) the password of {@code policy}'s repositories; the array is wiped. */
	public void save(String policy, char[] password) throws StorageException, IOException {
		saved.save(policy, password);
	}

	/** Those of {@code policies} without a saved password (nothing is decrypted). */
	public List<String> missing(Collection<String> policies) {
		return policies.stream().filter(policy -> !saved.has(policy)).distinct().toList();
	}

	/** The password of {@code policyName}, or {@code null}: none saved, or the storage could not decrypt it. */
	@Override
	public char[] password(String policyName) {
		return saved.lookup(policyName);
	}

	/** The policies whose repositories a deploy of {@code topology} gives its hosts (those with VMs). */
	public static List<String> policiesOf(Topology topology) {
		return topology.getBackupPolicies().stream().filter(policy -> !policy.getVms().isEmpty())
				.map(BackupPolicy::getName).toList();
	}

	/** The policies whose repositories a drill of {@code plan} restores from. */
	public static List<String> policiesOf(DrPlan plan) {
		Topology topology = (Topology) plan.eContainer();
		return topology.getBackupPolicies().stream()
				.filter(policy -> policy.getVms().stream().anyMatch(plan.getVms()::contains))
				.map(BackupPolicy::getName).toList();
	}
}
