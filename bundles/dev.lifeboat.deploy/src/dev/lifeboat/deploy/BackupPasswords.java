package dev.lifeboat.deploy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lifeboat.deploy.internal.BackupRepositories;
import dev.lifeboat.deploy.internal.RemoteAgent;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BackupSpec;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * The restic repository passwords of the backup policies, as the console keeps them (the UI's secure storage,
 * the CLI's environment or 0600 file), and their way to a host: over SSH into a root-only file
 * ({@code secrets/POLICY.restic-password}, 0600 in a 0700 directory of the agent home), never in a command
 * line, a configuration, a log or a report.
 */
@FunctionalInterface
public interface BackupPasswords {

	/**
	 * The password of {@code policyName}'s repositories (a fresh copy the caller wipes), or {@code null} when
	 * the console has none.
	 */
	char[] password(String policyName);

	/** The same password for every policy (the CLI's {@code LIFEBOAT_BACKUP_PASSWORD} or password file). */
	static BackupPasswords same(char[] password) {
		char[] kept = password.clone();
		return policy -> kept.clone();
	}

	/** The policies whose passwords {@code config}'s host needs for its own backups. */
	static Set<String> policiesOf(AgentConfig config) {
		Set<String> policies = new LinkedHashSet<>();
		config.backups().forEach(spec -> policies.add(spec.policyName()));
		return policies;
	}

	/**
	 * Writes the passwords of {@code policies} on the host behind {@code connection}, whose agent home is
	 * {@code agentHome}: uploaded to a temporary 0600 file in the 0700 secrets directory, then renamed.
	 *
	 * @throws SshException when the console has no password for a policy, or the upload failed
	 */
	static void install(SshConnection connection, String agentHome, Collection<String> policies, BackupPasswords passwords)
			throws SshException {
		String secrets = agentHome + "/secrets";
		CommandResult made = connection.run("umask 077; mkdir -p " + RemoteAgent.quote(secrets) + " && chmod 700 "
				+ RemoteAgent.quote(agentHome) + " " + RemoteAgent.quote(secrets));
		if (!made.ok()) {
			throw new SshException(SshException.Kind.OTHER, connection.target() + ": cannot create " + secrets + ": "
					+ made.lastLine());
		}
		for (String policy : policies) {
			char[] password = passwords.password(policy);
			if (password == null || password.length == 0) {
				throw new SshException(SshException.Kind.OTHER, "no repository password for backup policy '" + policy
						+ "': set it in the console (CLI: LIFEBOAT_BACKUP_PASSWORD or --backup-password-file)");
			}
			ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
			byte[] bytes = new byte[encoded.remaining()];
			encoded.get(bytes);
			Arrays.fill(password, '\0');
			String file = secrets + "/" + BackupSpec.passwordFileName(policy);
			try {
				connection.upload(new ByteArrayInputStream(bytes), bytes.length, file + ".new", 0600, fraction -> {
				});
			} finally {
				Arrays.fill(bytes, (byte) 0);
				if (encoded.hasArray()) {
					Arrays.fill(encoded.array(), (byte) 0);
				}
			}
			CommandResult moved = connection.run("mv -f " + RemoteAgent.quote(file + ".new") + " " + RemoteAgent.quote(file));
			if (!moved.ok()) {
				throw new SshException(SshException.Kind.OTHER, connection.target() + ": cannot install " + file + ": "
						+ moved.lastLine());
			}
		}
	}

	/**
	 * Installs on every host of {@code configs} that runs backups the passwords of its policies, then creates
	 * each repository of those policies that does not exist yet, exactly once, from the first host (in
	 * {@code targets} order) that uses it: the agents never create one themselves, since two hosts creating the
	 * same new repository at the same moment break it. Hosts are done one after the other.
	 *
	 * @return one message per host that could not get its passwords or reach a repository (empty when all did)
	 */
	static List<String> installAll(SshSettings ssh, List<SshTarget> targets, Map<String, AgentConfig> configs,
			BackupPasswords passwords) throws SshException {
		SshClient client = SshClient.create(ssh);
		List<String> failures = new ArrayList<>();
		BackupRepositories repositories = new BackupRepositories();
		for (SshTarget target : targets) {
			AgentConfig config = configs.get(target.hostName());
			if (config == null || config.backups().isEmpty()) {
				continue;
			}
			try (SshConnection connection = client.connect(target)) {
				String home = new RemoteAgent(connection, new ProtocolCodec()).facts(true).home();
				install(connection, home, policiesOf(config), passwords);
				failures.addAll(repositories.initializeFrom(connection, home, config));
			} catch (SshException e) {
				failures.add(target.hostName() + ": backup passwords not installed: " + e.getMessage());
			}
		}
		return failures;
	}

	/**
	 * The CLI's password: {@code file} when given (it must be readable by its owner only), else the environment
	 * variable {@code LIFEBOAT_BACKUP_PASSWORD}.
	 *
	 * @throws IOException when the file is unreadable or readable by others, or neither source is set
	 */
	static BackupPasswords fromFileOrEnvironment(Path file) throws IOException {
		if (file != null) {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
				throw new IOException("the backup password file " + file + " is readable by others: chmod 600 " + file);
			}
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (text.isEmpty()) {
				throw new IOException("the backup password file " + file + " is empty");
			}
			return same(text.toCharArray());
		}
		String value = System.getenv(ENVIRONMENT);
		if (value == null || value.isEmpty()) {
			throw new IOException("no backup repository password: set " + ENVIRONMENT
					+ " or pass --backup-password-file FILE (mode 600)");
		}
		return same(value.toCharArray());
	}

	/** The environment variable the CLI reads the repositories' password from. */
	String ENVIRONMENT = "LIFEBOAT_BACKUP_PASSWORD";
}
