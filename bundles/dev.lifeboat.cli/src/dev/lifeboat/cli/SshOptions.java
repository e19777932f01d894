package dev.lifeboat.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.lifeboat.deploy.SshClient;
import dev.lifeboat.deploy.SshSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The SSH options of every command that reaches hosts, as one picocli mixin, so that each such command takes the
 * same options with the same help: the key, Lifeboat's known_hosts, host keys accepted on the command line, and
 * the login password for hosts that accept no key (from a file or the environment, never from an argument).
 */
final class SshOptions {

	/** The command this mixin is part of: its errors name it. */
	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Option(names = "--identity", paramLabel = "KEYFILE", description = "OpenSSH private key (default ~/.ssh/id_ed25519, id_ecdsa or id_rsa).")
	private Path identity;

	@Option(names = "--known-hosts", paramLabel = "FILE", description = "Lifeboat's known_hosts (default ~/.lifeboat/known_hosts).")
	private Path knownHosts;

	@Option(names = "--accept-host-key", paramLabel = "HOST=SHA256:...",
			description = "Trust this exact host key for HOST (as ssh-keygen -lf prints it); it is added to Lifeboat's known_hosts.")
	private List<String> acceptedKeys = new ArrayList<>();

	@Option(names = "--password-file", paramLabel = "FILE", description = "The login password for hosts that accept no key, read from"
			+ " FILE (mode 0600 or stricter; its first line). Or set " + SshClient.PASSWORD_ENVIRONMENT + ". Never on the command line.")
	private Path passwordFile;

	/**
	 * The settings these options give (defaults where an option is absent; the key's passphrase asked on the
	 * terminal if it needs one). Throws, so that the command exits 2 with one line, when an option is unusable.
	 */
	SshSettings settings() {
		SshSettings ssh = new SshSettings();
		if (identity != null) {
			ssh.identity(identity);
		}
		if (knownHosts != null) {
			ssh.lifeboatKnownHosts(knownHosts);
		}
		ssh.passphrase(() -> System.console() == null ? null : System.console().readPassword("Passphrase for %s: ", ssh.identity()));
		for (String accepted : acceptedKeys) {
			int equals = accepted.indexOf('=');
			if (equals <= 0 || !accepted.startsWith("SHA256:", equals + 1)) {
				throw unusable("--accept-host-key wants HOST=SHA256:... (as ssh-keygen -lf prints it), not '" + accepted + "'");
			}
			ssh.acceptHostKey(accepted.substring(0, equals), accepted.substring(equals + 1));
		}
		char[] password = password();
		if (password != null) {
			ssh.password(target -> password.clone());
		}
		return ssh;
	}

	/**
	 * The login password from {@code --password-file} or {@link SshClient#PASSWORD_ENVIRONMENT}, or {@code null}
	 * (keys only); read once, the caller hands out copies.
	 */
	private char[] password() {
		if (passwordFile == null) {
			String environment = System.getenv(SshClient.PASSWORD_ENVIRONMENT);
			return environment == null || environment.isEmpty() ? null : environment.toCharArray();
		}
		try {
			if (!Files.isRegularFile(passwordFile)) {
				throw unusable("--password-file " + passwordFile + " does not exist");
			}
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passwordFile);
			if (permissions.stream().anyMatch(permission -> permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS"))) {
				throw unusable("--password-file " + passwordFile + " can be read by others (" + PosixFilePermissions.toString(permissions)
						+ "): chmod 600 " + passwordFile);
			}
			byte[] content = Files.readAllBytes(passwordFile);
			char[] password = firstLine(StandardCharsets.UTF_8.decode(ByteBuffer.wrap(content)));
			Arrays.fill(content, (byte) 0);
			return password;
		} catch (IOException | UnsupportedOperationException e) {
			throw unusable("cannot read --password-file " + passwordFile + ": " + e.getMessage());
		}
	}

	private ParameterException unusable(String message) {
		return new ParameterException(command.commandLine(), message);
	}

	private static char[] firstLine(CharBuffer text) {
		int end = 0;
		while (end < text.limit() && text.get(end) != '\n' && text.get(end) != '\r') {
			end++;
		}
		char[] line = new char[end];
		text.get(0, line);
		Arrays.fill(text.array(), '\0');
		return line;
	}
}
