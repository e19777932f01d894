package dev.lifeboat.agent.tests.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * The lab ({@code releng/lab/lab}) as a test fixture: real namespaces, veth, bridges, sshd and agents. A test class
 * registers one as a JUnit extension, {@code @RegisterExtension static final Lab lab = Lab.of("h1", "h2");}: it is
 * built before the class's {@code @BeforeAll} methods (the class is skipped, not failed, when not root) and torn
 * down after its {@code @AfterAll} methods, whatever happened. Each lab gets a random prefix so that runs never
 * see each other's hosts; 'up' waits until no other lab on this machine holds the management network.
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

	private final String prefix = "lt" + (100 + new Random().nextInt(900));
	private final Path directory = Path.of("/tmp/lifeboat-lab-" + prefix);
	private final List<String> hostNames;
	private final Map<String, Host> hosts = new LinkedHashMap<>();
	private final ProtocolCodec codec = new ProtocolCodec();
	private final Map<String, byte[]> haKeys = new java.util.HashMap<>();

	private boolean built;

	private Lab(List<String> hostNames) {
		this.hostNames = hostNames;
	}

	/** A lab with these hosts (host i: management 198.18.0.1i, underlay 198.18.1.1i), built before the test class. */
	public static Lab of(String... hostNames) {
		return new Lab(List.of(hostNames));
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		Assumptions.assumeTrue(isRoot(), "the lab needs root (network namespaces, bridges, VXLAN devices, sshd); CI runs these as root");
		built = true;
		Result up = script(concat(new String[] { "up" }, hostNames.toArray(String[]::new)));
		if (!up.ok()) {
			throw new IOException("the lab did not come up: " + up);
		}
		for (String line : Files.readAllLines(directory.resolve("hosts"))) {
			String[] fields = line.split(" ");
			hosts.put(fields[0], new Host(fields[0], fields[1], fields[2], fields[3]));
		}
	}

	/** Tears the lab down (its namespaces, processes and directory), even after a failed 'up'. */
	@Override
	public void afterAll(ExtensionContext context) {
		if (built) {
			script("down");
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

	public Host host(String name) {
		return hosts.get(name);
	}

	public String prefix() {
		return prefix;
	}

	/** The namespace of the lab's switch, where the underlay bridge {@code under} carries all VXLAN traffic. */
	public String switchNamespace() {
		return prefix + "-sw";
	}

	/** Runs a command inside a host (its namespace, its /root and /var/lib/lifeboat). */
	public Result exec(String host, String... command) {
		return script(concat(new String[] { "exec", host }, command));
	}

	/** Runs a command inside a host with extra environment variables. */
	public Result exec(Map<String, String> environment, String host, String... command) {
		return run(environment, concat(new String[] { scriptPath().toString(), "exec", host }, command));
	}

	/** Runs the agent on a host. */
	public Result agent(String host, String... arguments) {
		return exec(host, concat(new String[] { agentHome(host).resolve("agent").toString() }, arguments));
	}

	/** Writes {@code config} to the host and applies it there, as a deploy would. */
	public Result apply(String host, AgentConfig config) throws IOException {
		return apply(Map.of(), host, config);
	}

	public Result apply(Map<String, String> environment, String host, AgentConfig config) throws IOException {
		if (config.ha() != null) {
			installHaKey(host, config.ha().policyName(), haKey(config.ha().policyName()));
		}
		Path file = agentHome(host).resolve("config.xml");
		Files.writeString(file, codec.toXml(config));
		return exec(environment, host, agentHome(host).resolve("agent").toString(), "apply", file.toString());
	}

	/** The lab's heartbeat key of an HA policy: one random key per policy, as a deploy makes it. */
	public synchronized byte[] haKey(String policy) {
		return haKeys.computeIfAbsent(policy, name -> {
			byte[] key = new byte[32];
			new java.security.SecureRandom().nextBytes(key);
			return key;
		}).clone();
	}

	/** Writes a policy's heartbeat key into the host's secrets, root-only, as a deploy installs it. */
	public void installHaKey(String host, String policy, byte[] key) throws IOException {
		Path secrets = agentHome(host).resolve("secrets");
		Files.createDirectories(secrets, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path file = secrets.resolve(HaSpec.keyFileName(policy));
		Path temporary = secrets.resolve(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n");
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The agent's directory of a host (its LIFEBOAT_AGENT_HOME). */
	public Path agentHome(String host) {
		return directory.resolve("hosts.d").resolve(host).resolve("lifeboat");
	}

	/** Runs a command inside a guest that the agent of {@code host} created. */
	public Result inGuest(String host, String guest, String... command) {
		return run(Map.of(), concat(new String[] { "ip", "netns", "exec", "lb." + host + "." + guest }, command));
	}

	/** Runs a command inside the lab switch (for captures on the underlay). */
	public Result inSwitch(String... command) {
		return run(Map.of(), concat(new String[] { "ip", "netns", "exec", switchNamespace() }, command));
	}

	/** The host's links, one "name kind master" line each, sorted: to compare before and after. */
	public String linkList(String host) {
		Result links = run(Map.of(), "ip", "-n", hosts.get(host).namespace(), "-o", "-d", "link", "show");
		List<String> lines = new ArrayList<>();
		for (String line : links.out().split("\n")) {
			String[] words = line.split("\\s+");
			if (words.length > 1) {
				String master = line.contains(" master ") ? line.replaceAll(".* master (\\S+).*", "$1") : "-";
				lines.add(words[1].replaceAll("@.*", "").replace(":", "") + " " + master);
			}
		}
		lines.sort(null);
		return String.join("\n", lines);
	}

	/** The guests' namespaces of a host, sorted. */
	public List<String> guestNamespaces(String host) {
		return Arrays.stream(run(Map.of(), "ip", "netns", "list").out().split("\n")).map(line -> line.split(" ")[0])
				.filter(name -> name.startsWith("lb." + host + ".")).sorted().toList();
	}

	/**
	 * Takes the lab switch's port of {@code host}'s NIC {@code ethN} down or up: a pulled cable, seen by the
	 * host as silence on that network (its own link stays up, as with a failed switch port).
	 */
	public Result switchPort(String host, int nic, boolean up) {
		return inSwitch("ip", "link", "set", "dev", prefix + "h" + index(host) + nic, up ? "up" : "down");
	}

	/** Host i of the lab (from 1), as 'up' numbered it. */
	private int index(String host) {
		String address = hosts.get(host).managementAddress();
		return Integer.parseInt(address.substring(address.lastIndexOf('.') + 1)) - 10;
	}

	/**
	 * A power failure of {@code host}: its agent, sshd and guests die at once (every process in its guests'
	 * namespaces, and the namespaces) and its cables go dead.
	 */
	public void powerOff(String host) {
		for (int nic = 0; nic < 2; nic++) {
			switchPort(host, nic, false);
		}
		Path hostDirectory = directory.resolve("hosts.d").resolve(host);
		for (Path pidFile : List.of(hostDirectory.resolve("lifeboat/serve.pid"), hostDirectory.resolve("sshd.pid"))) {
			try {
				ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(process -> {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				});
			} catch (IOException | NumberFormatException e) {
				// Not running: nothing to stop.
			}
		}
		for (String namespace : guestNamespaces(host)) {
			run(Map.of(), "sh", "-c", "ip netns pids " + namespace + " | xargs -r kill -9; ip netns del " + namespace);
		}
	}

	/**
	 * The agent process of {@code host} dies (SIGKILL, no shutdown); its guests, sshd and cables stay: the case
	 * a guest-level watchdog exists for.
	 */
	public void killAgent(String host) {
		stopAgent(host, true);
	}

	/** Stops the host's serving agent and starts it again, as a reboot of the agent (not of its guests) would. */
	public Result restartAgent(String host) {
		stopAgent(host, false);
		return exec(host, "sh", "-c",
				"nohup \"$LIFEBOAT_AGENT_HOME/agent\" serve >> \"$LIFEBOAT_AGENT_HOME/serve.log\" 2>&1 & echo $! > \"$LIFEBOAT_AGENT_HOME/serve.pid\"");
	}

	/** Ends the host's serving agent (SIGKILL if {@code forcibly}, else SIGTERM) and waits until it is gone. */
	private void stopAgent(String host, boolean forcibly) {
		Path pidFile = directory.resolve("hosts.d").resolve(host).resolve("lifeboat/serve.pid");
		try {
			ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(process -> {
				if (forcibly) {
					process.destroyForcibly();
				} else {
					process.destroy();
				}
				process.onExit().join();
			});
		} catch (IOException | NumberFormatException e) {
			// Not running: nothing to stop.
		}
	}

	private Result script(String... arguments) {
		return run(Map.of(), concat(new String[] { scriptPath().toString() }, arguments));
	}

	private Result run(Map<String, String> environment, String... command) {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("LIFEBOAT_LAB_PREFIX", prefix);
		builder.environment().put("LIFEBOAT_AGENT_JAR", System.getProperty("lifeboat.agent.jar", ""));
		builder.environment().putAll(environment);
		try {
			Path out = Files.createTempFile("lab", ".out");
			Path err = Files.createTempFile("lab", ".err");
			builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
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
