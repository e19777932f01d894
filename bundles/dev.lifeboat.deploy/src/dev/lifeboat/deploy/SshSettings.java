package dev.lifeboat.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the console connects: which private key, which known_hosts files, which host keys the user accepted,
 * and the timeouts. A passphrase is asked through {@link #passphrase()} when the key needs one, a host's login
 * password through {@link #password()} for hosts that accept no key; neither is ever stored here.
 */
public final class SshSettings {

	private Path identity = defaultIdentity();
	private Supplier<char[]> passphrase = () -> null;
	private Function<SshTarget, char[]> password;
	private Path userKnownHosts = home().resolve(".ssh").resolve("known_hosts");
	private Path lifeboatKnownHosts = home().resolve(".lifeboat").resolve("known_hosts");
	private final Map<String, String> acceptedHostKeys = new LinkedHashMap<>();
	private Duration connectTimeout = Duration.ofSeconds(10);
	private Duration commandTimeout = Duration.ofSeconds(180);
	private Duration keepAlive = Duration.ofSeconds(10);

	/** The OpenSSH private key file (ed25519, ECDSA or RSA). Default: the first of ~/.ssh/id_{ed25519,ecdsa,rsa}. */
	public Path identity() {
		return identity;
	}

	public SshSettings identity(Path keyFile) {
		this.identity = keyFile;
		return this;
	}

	/** Asked once, only if the key is encrypted; may return {@code null} (no passphrase). The array is wiped after use. */
	public Supplier<char[]> passphrase() {
		return passphrase;
	}

	public SshSettings passphrase(Supplier<char[]> supplier) {
		this.passphrase = supplier;
		return this;
	}

	/**
	 * Where a host's login password comes from (the console's secure storage, the CLI's password file or
	 * environment), asked once per connection; {@code null} (the default): keys only. With a password source and
	 * no key file, only the password is tried. The array may be {@code null} and is wiped after use.
	 */
	public Function<SshTarget, char[]> password() {
		return password;
	}

	public SshSettings password(Function<SshTarget, char[]> source) {
		this.password = source;
		return this;
	}

	/** The user's own known_hosts (read only). Default {@code ~/.ssh/known_hosts}; {@code null} for none. */
	public Path userKnownHosts() {
		return userKnownHosts;
	}

	public SshSettings userKnownHosts(Path file) {
		this.userKnownHosts = file;
		return this;
	}

	/** Lifeboat's known_hosts, read and appended to. Default {@code ~/.lifeboat/known_hosts}. */
	public Path lifeboatKnownHosts() {
		return lifeboatKnownHosts;
	}

	public SshSettings lifeboatKnownHosts(Path file) {
		this.lifeboatKnownHosts = file;
		return this;
	}

	/** Host keys the user accepted, by host name or address: {@code SHA256:...}. */
	public Map<String, String> acceptedHostKeys() {
		return acceptedHostKeys;
	}

	/** Accepts exactly this fingerprint for the host (its topology name or its address). */
	public SshSettings acceptHostKey(String host, String fingerprint) {
		acceptedHostKeys.put(host, fingerprint);
		return this;
	}

	public Duration connectTimeout() {
		return connectTimeout;
	}

	public SshSettings connectTimeout(Duration timeout) {
		this.connectTimeout = timeout;
		return this;
	}

	/** How long one remote command (an apply included) may run. */
	public Duration commandTimeout() {
		return commandTimeout;
	}

	public SshSettings commandTimeout(Duration timeout) {
		this.commandTimeout = timeout;
		return this;
	}

	/** OpenSSH's ServerAliveInterval: a dead connection is noticed after three missed replies. */
	public Duration keepAlive() {
		return keepAlive;
	}

	public SshSettings keepAlive(Duration interval) {
		this.keepAlive = interval;
		return this;
	}

	/** The known_hosts files to read, the user's first. */
	List<Path> knownHostsFiles() {
		return userKnownHosts == null ? List.of(lifeboatKnownHosts) : List.of(userKnownHosts, lifeboatKnownHosts);
	}

	private static Path home() {
		return Path.of(System.getProperty("user.home"));
	}

	private static Path defaultIdentity() {
		Path ssh = home().resolve(".ssh");
		for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
			if (Files.isRegularFile(ssh.resolve(name))) {
				return ssh.resolve(name);
			}
		}
		return ssh.resolve("id_ed25519");
	}
}
