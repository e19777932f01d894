package dev.lifeboat.ui.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.lifeboat.deploy.KnownHosts;

/**
 * The lab ({@code releng/lab/lab}: hosts as network namespaces with real OpenSSH and the agent) for UI tests, as
 * root; torn down on close. Every lab uses 198.18.0.1/24 for management, so one starts only when no other is up.
 */
final class LabFixture implements AutoCloseable {

	private final Path root;
	private final String prefix = "lu" + (100 + new Random().nextInt(900));
	private final Path directory = Path.of("/tmp/lifeboat-lab-" + prefix);

	private LabFixture(Path root) {
		this.root = root;
	}

	/** Whether this JVM runs as root, which the lab needs (namespaces, sshd). */
	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Starts a lab with {@code hosts} (host i gets management address 198.18.0.1i) from the checkout at {@code root}. */
	static LabFixture start(Path root, List<String> hosts) throws IOException, InterruptedException {
		waitForManagementNetwork();
		LabFixture lab = new LabFixture(root);
		String output = lab.script(concat("up", hosts));
		if (!Files.isRegularFile(lab.directory.resolve("hosts"))) {
			lab.close();
			throw new IOException("the lab did not come up:\n" + output);
		}
		return lab;
	}

	/** The key every lab host authorizes for root. */
	Path identity() {
		return directory.resolve("id_ed25519");
	}

	/** The fingerprint ({@code SHA256:...}) of a lab host's ed25519 host key, as its sshd presents it. */
	String fingerprint(String host) throws IOException {
		String pub = Files.readString(directory.resolve("hosts.d").resolve(host).resolve("ssh_host_ed25519_key.pub"));
		return KnownHosts.fingerprint(Base64.getDecoder().decode(pub.split(" ")[1]));
	}

	/** A known_hosts line for {@code host} at {@code address}, from the host key its sshd presents. */
	String knownHostsLine(String host, String address) throws IOException {
		String pub = Files.readString(directory.resolve("hosts.d").resolve(host).resolve("ssh_host_ed25519_key.pub"));
		String[] parts = pub.trim().split(" ");
		return address + " " + parts[0] + " " + parts[1];
	}

	/** The management and underlay addresses of {@code host}, as the lab gave them (its {@code hosts} file). */
	List<String> addresses(String host) throws IOException {
		for (String line : Files.readAllLines(directory.resolve("hosts"))) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length >= 4 && fields[0].equals(host)) {
				return List.of(fields[2], fields[3]);
			}
		}
		throw new IOException("the lab has no host " + host);
	}

	/** The agent's directory of {@code host} (its LIFEBOAT_AGENT_HOME). */
	Path agentHome(String host) {
		return directory.resolve("hosts.d").resolve(host).resolve("lifeboat");
	}

	/** Runs {@code command} inside {@code host} (its namespace, HOME and agent home); returns its output. */
	String exec(String host, String... command) throws IOException, InterruptedException {
		return script(concat("exec", concat(host, List.of(command))));
	}

	/** Stops the sshd of {@code host}: the host no longer answers SSH, its agent and guests keep running. */
	void stopSsh(String host) throws IOException, InterruptedException {
		String pid = Files.readString(directory.resolve("hosts.d").resolve(host).resolve("sshd.pid")).trim();
		new ProcessBuilder("kill", pid).inheritIO().start().waitFor();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		script(List.of("down"));
	}

	private String script(List<String> arguments) throws IOException, InterruptedException {
		List<String> command = concat(root.resolve("releng/lab/lab").toString(), arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put("LIFEBOAT_LAB_PREFIX", prefix);
		builder.environment().put("LIFEBOAT_AGENT_JAR", System.getProperty("lifeboat.agent.jar", ""));
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new String(output, StandardCharsets.UTF_8);
	}

	private static void waitForManagementNetwork() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (managementNetworkTaken()) {
			if (System.nanoTime() > deadline) {
				throw new IOException("another lab holds 198.18.0.1/24 on this machine: stop it ('releng/lab/lab down' with its prefix)");
			}
			Thread.sleep(5000);
		}
	}

	private static boolean managementNetworkTaken() throws IOException, InterruptedException {
		Process ip = new ProcessBuilder("ip", "-o", "-4", "addr", "show").redirectErrorStream(true).start();
		String out = new String(ip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		ip.waitFor();
		return out.contains(" 198.18.0.1/24 ");
	}

	private static List<String> concat(String first, List<String> rest) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
	}
}
