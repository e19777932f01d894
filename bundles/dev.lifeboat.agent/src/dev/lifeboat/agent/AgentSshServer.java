package dev.lifeboat.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The SSH server the agent embeds for hosts without OpenSSH ({@code serve --ssh PORT --authorized-keys FILE}):
 * public-key authentication only, commands through {@code /bin/sh -c} like sshd, and SFTP for uploads, so
 * that the console deploys to it exactly as to OpenSSH. Its host key is generated once and kept in the agent
 * home; {@code ssh_host_key.pub} holds the public half in OpenSSH form, for pinning.
 */
final class AgentSshServer implements AutoCloseable {

	private final SshServer server;

	private AgentSshServer(SshServer server) {
		this.server = server;
	}

	/** Starts listening on {@code address:port} (all addresses when {@code address} is null). */
	static AgentSshServer start(AgentHome home, String address, int port, Path authorizedKeys) throws IOException {
		if (!Files.isReadable(authorizedKeys)) {
			throw new IOException("the authorized keys file " + authorizedKeys + " cannot be read");
		}
		SshServer server = SshServer.setUpDefaultServer();
		if (address != null) {
			server.setHost(address);
		}
		server.setPort(port);
		Files.createDirectories(home.directory());
		SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(home.directory().resolve("ssh_host_key"));
		hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
		hostKeys.setKeySize(256);
		server.setKeyPairProvider(hostKeys);
		server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		// The same shell semantics as OpenSSH: the console's commands use parameter expansion and quoting.
		server.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command)
				.createShell(channel));
		server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
		server.start();
		writePublicKey(home, hostKeys);
		return new AgentSshServer(server);
	}

	int port() {
		return server.getPort();
	}

	private static void writePublicKey(AgentHome home, SimpleGeneratorHostKeyProvider hostKeys) throws IOException {
		for (KeyPair pair : hostKeys.loadKeys(null)) {
			home.writeAtomically(home.directory().resolve("ssh_host_key.pub"),
					PublicKeyEntry.toString(pair.getPublic()) + " lifeboat-agent\n");
			return;
		}
	}

	@Override
	public void close() {
		try {
			server.stop(true);
		} catch (IOException e) {
			// Stopping on the way out: nothing left to do with the error.
		}
	}
}
