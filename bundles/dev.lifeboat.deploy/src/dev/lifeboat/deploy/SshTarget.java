package dev.lifeboat.deploy;

import dev.lifeboat.model.Host;

/**
 * Where to connect for one host.
 *
 * @param hostName          the host's name in the topology (used in every message)
 * @param address           the management address or DNS name to connect to
 * @param port              the SSH port
 * @param user              the remote user
 * @param pinnedFingerprint the host key the topology pins ({@code SHA256:...}), or {@code null}
 */
public record SshTarget(String hostName, String address, int port, String user, String pinnedFingerprint) {

	/** The target of a topology host: its management address, port, user and pinned key. */
	public static SshTarget of(Host host) {
		String pin = host.getHostKeyFingerprint();
		return new SshTarget(host.getName(), host.getManagementAddress(), host.getSshPort() > 0 ? host.getSshPort() : 22,
				host.getSshUser() == null || host.getSshUser().isBlank() ? "root" : host.getSshUser(),
				pin == null || pin.isBlank() ? null : pin.strip());
	}

	/** The name OpenSSH uses for this endpoint in known_hosts: {@code address}, or {@code [address]:port}. */
	public String knownHostsName() {
		return port == 22 ? address : "[" + address + "]:" + port;
	}

	/** {@code user@address} or {@code user@address:port}, for messages. */
	public String login() {
		return user + "@" + address + (port == 22 ? "" : ":" + port);
	}

	@Override
	public String toString() {
		return hostName + " (" + login() + ")";
	}
}
