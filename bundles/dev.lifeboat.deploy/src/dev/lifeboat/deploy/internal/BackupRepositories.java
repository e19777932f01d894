package dev.lifeboat.deploy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.lifeboat.deploy.CommandResult;
import dev.lifeboat.deploy.SshConnection;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BackupSpec;

/**
 * Creates each restic repository of a deploy exactly once, from the first host (in deploy order) whose policy
 * uses it, one after the other: the agents never create a repository themselves, because two hosts of a policy
 * creating the same new SFTP repository at the same moment write two master keys and leave a config only one
 * of them can decrypt. A repository that exists is only opened. A LOCAL path is a repository per host; an SFTP
 * location is one repository for every host of the policy. A D2D2C secondary is created after its primary,
 * with the primary's chunker parameters (so that {@code restic copy} deduplicates). A host that cannot reach a
 * repository is named, and the next host of the policy tries.
 */
public final class BackupRepositories {

	/** The repositories opened or created so far (a LOCAL one as HOST:PATH): no later host touches them. */
	private final Set<String> present = new HashSet<>();

	/**
	 * Creates, on the host behind {@code connection}, the repositories of {@code config} no earlier host of this
	 * deploy has created or found.
	 *
	 * @return one message per repository that could be neither opened nor created (empty when all are there)
	 */
	public List<String> initializeFrom(SshConnection connection, String agentHome, AgentConfig config) {
		List<String> failures = new ArrayList<>();
		for (BackupSpec spec : config.backups()) {
			String failure = initialize(connection, agentHome, config.hostName(), spec, spec.repository(), null);
			if (failure == null && spec.kind() == BackupSpec.Kind.D2D2C && spec.secondaryRepository() != null) {
				failure = initialize(connection, agentHome, config.hostName(), spec, spec.secondaryRepository(),
						spec.repository());
			}
			if (failure != null) {
				failures.add(failure);
			}
		}
		return failures;
	}

	private String initialize(SshConnection connection, String agentHome, String hostName, BackupSpec spec,
			String repository, String chunkerSource) {
		String key = repository.startsWith("/") ? hostName + ":" + repository : repository;
		if (present.contains(key)) {
			return null;
		}
		StringBuilder command = new StringBuilder(RemoteAgent.quote(agentHome + "/" + RemoteAgent.WRAPPER))
				.append(" repository init ").append(RemoteAgent.quote(spec.policyName())).append(' ')
				.append(RemoteAgent.quote(repository));
		if (chunkerSource != null) {
			command.append(' ').append(RemoteAgent.quote(chunkerSource));
		}
		try {
			CommandResult result = connection.run(command.toString());
			String outcome = result.out().lines().filter(line -> line.startsWith("repository=")).findFirst()
					.map(line -> line.substring("repository=".length())).orElse(null);
			if (result.ok() && outcome != null) {
				present.add(key);
				return null;
			}
			String why = result.err().isBlank() ? "exit " + result.exitCode() + ": " + result.lastLine()
					: result.err().strip().lines().reduce((first, last) -> last).orElse("");
			return hostName + ": backup repository " + repository + " of policy '" + spec.policyName()
					+ "' could not be opened or created: " + why;
		} catch (SshException e) {
			return hostName + ": backup repository " + repository + " of policy '" + spec.policyName()
					+ "' could not be opened or created: " + e.getMessage();
		}
	}
}
