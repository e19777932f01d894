package dev.lifeboat.deploy.tests.lab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.SshSettings;

/**
 * The lab ({@code releng/lab/lab}) as the deploy tests' fixture: real namespaces, OpenSSH and agents, and the
 * console's side of them (a work directory with its own copy of the lab's known_hosts, the SSH settings and deploy
 * options that reach the lab). A test class registers one as a JUnit extension:
 * {@code @RegisterExtension static final Lab lab = Lab.of("esx-n1", "esx-n2");} builds it before the class's
 * {@code @BeforeAll} methods (the class is skipped, not failed, when not root) and tears it down after the class,
 * whatever happened. Each lab gets a random prefix; as every lab uses 198.18.0.0/24 for management, 'up' waits
 * until no other lab holds that network on this machine.
 */
public final class Lab implements BeforeAllCallback, AfterAllCallback {

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

	private final String prefix = "ld" + (100 + new Random().nextInt(900));
	private final Path directory = Path.of("/tmp/lifeboat-lab-" + prefix);
	private final Map<String, String> options;
	private final List<String> hostNames;
	private final Map<String, Host> hosts = new LinkedHashMap<>();
	private Path work;
	private boolean built;

	private Lab(Map<String, String> options, List<String> hostNames) {
		this.options = options;
		this.hostNames = hostNames;
	}

	/** A lab with these hosts (host i: management 198.18.0.1i, underlay 198.18.1.1i), built before the test class. */
	public static Lab of(String... hostNames) {
		return of(Map.of(), hostNames);
	}

	/**
	 * {@link #of(String...)} with the lab script's options, e.g. {@code LIFEBOAT_LAB_SERVE=0} (no resident agents)
	 * or {@code LIFEBOAT_LAB_PASSWORD=1} (sshd also takes root's {@link #rootPassword()}).
	 */
	public static Lab of(Map<String, String> options, String... hostNames) {
		return new Lab(Map.copyOf(options), List.of(hostNames));
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		Assumptions.assumeTrue(isRoot(), "the lab needs root (network namespaces, sshd); CI runs these as root");
		built = true;
		Result up = script(options, concat(new String[] { "up" }, hostNames.toArray(String[]::new)));
		if (!up.ok()) {
			close();
			throw new IOException("the lab did not come up: " + up);
		}
		for (String line : Files.readAllLines(directory.resolve("hosts"))) {
			String[] fields = line.split(" ");
			hosts.put(fields[0], new Host(fields[0], fields[1], fields[2], fields[3]));
		}
		work = Files.createTempDirectory("lifeboat-deploy-test-work");
		Files.copy(knownHosts(), work.resolve("known_hosts"));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (built) {
			close();
		}
	}

	private static boolean isRoot() {
		try {
			Process id = new ProcessBuilder("id", "-u").start();
			return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().equals("0");
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * The console's side of the test: a directory of its own, outside the lab, with a copy of the lab's
	 * known_hosts that the test may extend or replace without touching the lab's.
	 */
	public Path work() {
		return work;
	}

	/**
	 * How the console reaches the lab: the lab's key, the work directory's known_hosts (not the user's), and short
	 * timeouts (the lab answers at once). A new object each time, for the test to adjust.
	 */
	public SshSettings ssh() {
		return new SshSettings().identity(identity()).userKnownHosts(null).lifeboatKnownHosts(work.resolve("known_hosts"))
				.connectTimeout(Duration.ofSeconds(5)).keepAlive(Duration.ofSeconds(2));
	}

	/** A deploy of the build's agent jar over {@link #ssh()}, recorded as initiated by "lab-test". */
	public DeployOptions deployOptions() {
		return new DeployOptions().ssh(ssh()).agentJar(agentJar()).initiator("lab-test");
	}

	/** The agent jar this build made (system property {@code lifeboat.agent.jar}), the one the lab hosts run. */
	public static Path agentJar() {
		return Path.of(System.getProperty("lifeboat.agent.jar"));
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

	/** The fingerprint ({@code SHA256:...}) of a lab host's ed25519 host key, as its sshd presents it. */
	public String fingerprint(String host) throws IOException {
		String pub = Files.readString(hostDirectory(host).resolve("ssh_host_ed25519_key.pub"));
		return KnownHosts.fingerprint(Base64.getDecoder().decode(pub.split(" ")[1]));
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

	/**
	 * Kills every sshd process of a host (the listener and its sessions): connections break at once. Returns once
	 * they have left the host's namespace (a SIGKILL is delivered at once, the process ends a moment later).
	 */
	public void killSshdSessions(String host) {
		List<String> killed = new ArrayList<>();
		for (String pid : namespacePids(host)) {
			String command = run(Map.of(), "cat", "/proc/" + pid + "/comm").out().strip();
			if (List.of("sshd", "sshd-session", "sftp-server").contains(command)) {
				run(Map.of(), "kill", "-9", pid);
				killed.add(pid);
			}
		}
		for (int i = 0; i < 100 && namespacePids(host).stream().anyMatch(killed::contains); i++) {
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private List<String> namespacePids(String host) {
		return Arrays.stream(run(Map.of(), "ip", "netns", "pids", hosts.get(host).namespace()).out().split("\\s+"))
				.filter(pid -> !pid.isBlank()).toList();
	}

	/** Runs any command on this machine. */
	public Result sh(String... command) {
		return run(Map.of(), command);
	}

	/** Tears the lab down (its namespaces, processes and directory). */
	private void close() {
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
