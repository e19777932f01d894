package dev.lifeboat.deploy.tests.lab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The lab ({@code releng/lab/lab}) as a fixture for deploy tests (adapted from the agent tests' fixture): real
 * namespaces, OpenSSH and agents, torn down on close. Each lab gets a random prefix; as every lab uses
 * 198.18.0.0/24 for management, a lab only starts when no other lab holds that network on this machine.
 */
public final class Lab implements AutoCloseable {

	/** A lab host: its namespace and addresses. */
	public record Host(String name, String namespace, String managementAddress, String underlayAddress) {
	}

	/** What a command did. */
	public record Result(int exitCode, String out, String err) {
		public boolean ok() {
			return exitCode == 0;
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}

	private final String prefix;
	private final Path directory;
	private final Map<String, Host> hosts = new LinkedHashMap<>();

	private Lab(String prefix) {
		this.prefix = prefix;
		this.directory = Path.of("/tmp/lifeboat-lab-" + prefix);
	}

	public static boolean isRoot() {
		try {
			Process id = new ProcessBuilder("id", "-u").start();
			return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().equals("0");
		} catch (IOException e) {
			return false;
		}
	}

	/** Builds a lab with these hosts (host i: management 198.18.0.1i), once any other lab has gone (the script waits). */
	public static Lab start(String... hostNames) throws IOException, InterruptedException {
		return start(Map.of(), hostNames);
	}

	/**
	 * {@link #start(String...)} with the lab script's options, e.g. {@code LIFEBOAT_LAB_SERVE=0} (no resident
	 * agents) or {@code LIFEBOAT_LAB_PASSWORD=1} (sshd also takes root's {@link #rootPassword()}).
	 */
	public static Lab start(Map<String, String> options, String... hostNames) throws IOException, InterruptedException {
		Lab lab = new Lab("ld" + (100 + new Random().nextInt(900)));
		Result up = lab.script(options, concat(new String[] { "up" }, hostNames));
		if (!up.ok()) {
			lab.close();
			throw new IOException("the lab did not come up: " + up);
		}
		for (String line : Files.readAllLines(lab.directory.resolve("hosts"))) {
			String[] fields = line.split(" ");
			lab.hosts.put(fields[0], new Host(fields[0], fields[1], fields[2], fields[3]));
		}
		return lab;
	}

	public Host host(String name) {
		return hosts.get(name);
	}

	/** The lab's directory: its key, known_hosts and one directory per host. */
	public Path directory() {
		return directory;
	}

	/** The test key every lab host authorizes for root. */
	public Path identity() {
		return directory.resolve("id_ed25519");
	}

	/** root's password on every host of a lab started with {@code LIFEBOAT_LAB_PASSWORD=1}. */
	public char[] rootPassword() throws IOException {
		return Files.readString(directory.resolve("root-password")).strip().toCharArray();
	}

	/** The lab's pinned host keys. */
	public Path knownHosts() {
		return directory.resolve("known_hosts");
	}

	/** A host's directory: sshd_config, host key, sshd.pid, root/ and lifeboat/. */
	public Path hostDirectory(String host) {
		return directory.resolve("hosts.d").resolve(host);
	}

	/** The agent's directory of a host (its LIFEBOAT_AGENT_HOME). */
	public Path agentHome(String host) {
		return hostDirectory(host).resolve("lifeboat");
	}

	/** Runs a command inside a host (its network namespace, its HOME and agent home). */
	public Result exec(String host, String... command) {
		return script(concat(new String[] { "exec", host }, command));
	}

	/** Runs the agent on a host. */
	public Result agent(String host, String... arguments) {
		return exec(host, concat(new String[] { agentHome(host).resolve("agent").toString() }, arguments));
	}

	/** Runs a command inside a guest that the agent of {@code host} created. */
	public Result inGuest(String host, String guest, String... command) {
		return run(Map.of(), concat(new String[] { "ip", "netns", "exec", "lb." + host + "." + guest }, command));
	}

	/** Stops a host's sshd (by its pid file) and starts it again, e.g. after its key or config changed. */
	public void restartSshd(String host) throws IOException, InterruptedException {
		killSshdSessions(host);
		Path config = hostDirectory(host).resolve("sshd_config");
		Result started = exec(host, "/usr/sbin/sshd", "-f", config.toString());
		if (!started.ok()) {
			throw new IOException("sshd of " + host + " did not start: " + started);
		}
		Thread.sleep(300);
	}

	/** Kills every sshd process of a host (the listener and its sessions): connections break at once. */
	public void killSshdSessions(String host) {
		for (String pid : run(Map.of(), "ip", "netns", "pids", hosts.get(host).namespace()).out().split("\\s+")) {
			if (pid.isBlank()) {
				continue;
			}
			String command = run(Map.of(), "cat", "/proc/" + pid + "/comm").out().strip();
			if (List.of("sshd", "sshd-session", "sftp-server").contains(command)) {
				run(Map.of(), "kill", "-9", pid);
			}
		}
	}

	/** Runs any command on this machine. */
	public Result sh(String... command) {
		return run(Map.of(), command);
	}

	@Override
	public void close() {
		script("down");
	}

	private Result script(String... arguments) {
		return script(Map.of(), arguments);
	}

	private Result script(Map<String, String> options, String... arguments) {
		Map<String, String> environment = new LinkedHashMap<>(options);
		environment.put("LIFEBOAT_LAB_PREFIX", prefix);
		environment.put("LIFEBOAT_AGENT_JAR", System.getProperty("lifeboat.agent.jar", ""));
		return run(environment, concat(new String[] { scriptPath().toString() }, arguments));
	}

	private static Result run(Map<String, String> environment, String... command) {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		try {
			Path out = Files.createTempFile("lab", ".out");
			Path err = Files.createTempFile("lab", ".err");
			builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			Process process = builder.start();
			// 'up' waits for any other lab on this machine to go down first (the script queues labs).
			long timeoutSeconds = command.length > 1 && command[1].equals("up") ? 1500 : 180;
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Result(-1, Files.readString(out), Files.readString(err) + "\n(timed out)");
			}
			Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
			Files.delete(out);
			Files.delete(err);
			return result;
		} catch (IOException e) {
			return new Result(-1, "", e.toString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result(-1, "", "interrupted");
		}
	}

	private static Path scriptPath() {
		return Path.of(System.getProperty("lifeboat.root", "."), "releng", "lab", "lab");
	}

	private static String[] concat(String[] first, String... second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
