package dev.lifeboat.cli;

import java.nio.file.Path;

import dev.lifeboat.deploy.SshSettings;

/** The SSH settings of the commands that reach hosts: key, Lifeboat's known_hosts, a passphrase from the console. */
final class SshArguments {

	private SshArguments() {
	}

	/** Settings with {@code identity} and {@code knownHosts} where given ({@code null}: the defaults). */
	static SshSettings settings(Path identity, Path knownHosts) {
		SshSettings ssh = new SshSettings();
		if (identity != null) {
			ssh.identity(identity);
		}
		if (knownHosts != null) {
			ssh.lifeboatKnownHosts(knownHosts);
		}
		ssh.passphrase(() -> System.console() == null ? null : System.console().readPassword("Passphrase for %s: ", ssh.identity()));
		return ssh;
	}
}
