package dev.lifeboat.deploy;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** How to deploy: SSH settings, the agent jar to install, which hosts, how many at once, and who deploys. */
public final class DeployOptions {

	/** Hosts deployed at the same time unless told otherwise. */
	public static final int DEFAULT_PARALLELISM = 32;

	private SshSettings ssh = new SshSettings();
	private Path agentJar;
	private int parallelism = DEFAULT_PARALLELISM;
	private final Set<String> hosts = new LinkedHashSet<>();
	private String initiator = System.getProperty("user.name", "unknown");

	public SshSettings ssh() {
		return ssh;
	}

	public DeployOptions ssh(SshSettings settings) {
		this.ssh = settings;
		return this;
	}

	/** The agent jar ({@code lifeboat-agent.jar}) every host must run. */
	public Path agentJar() {
		return agentJar;
	}

	public DeployOptions agentJar(Path jar) {
		this.agentJar = jar;
		return this;
	}

	public int parallelism() {
		return parallelism;
	}

	public DeployOptions parallelism(int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1, not " + workers);
		}
		this.parallelism = workers;
		return this;
	}

	/** Only these hosts (by name); empty means all. */
	public Set<String> hosts() {
		return hosts;
	}

	public DeployOptions hosts(Iterable<String> names) {
		names.forEach(hosts::add);
		return this;
	}

	/** Who deploys, for the operation record. Default: the OS user. */
	public String initiator() {
		return initiator;
	}

	public DeployOptions initiator(String user) {
		this.initiator = user;
		return this;
	}
}
