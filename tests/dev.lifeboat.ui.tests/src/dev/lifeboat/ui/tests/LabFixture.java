package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;

/**
 * The lab ({@code releng/lab/lab}: hosts as network namespaces with real OpenSSH and the agent) for UI tests, and
 * the console's side of it: a work directory with a known_hosts of the lab's hosts, the SSH settings that reach
 * them, and a deploy as the Deploy wizard makes it. A test registers one as a JUnit extension,
 * {@code @RegisterExtension final LabFixture lab = LabFixture.of("esx-n1", ...);}: it is built before each test
 * (skipped, not failed, when not root) and torn down after it, whatever happened. Every lab uses 198.18.0.1/24
 * for management, so 'up' waits until no other lab on this machine holds it.
 */
final class LabFixture implements BeforeEachCallback, AfterEachCallback {

	/** The demo's hosts but esx-s2: the lab of {@link #demoLab()}, which {@link #demo(Consumer)} is deployed on. */
	static final List<String> DEMO_HOSTS = List.of("esx-n1", "esx-n2", "esx-s1");

	private final List<String> hosts;
	private final String prefix = "lu" + (100 + new Random().nextInt(900));
	private final Path directory = Path.of("/tmp/lifeboat-lab-" + prefix);
	private Path work;
	private boolean built;

	private LabFixture(List<String> hosts) {
		this.hosts = hosts;
	}

	/** A lab with these hosts (host i gets management address 198.18.0.1i), built before each test. */
	static LabFixture of(String... hosts) {
		return new LabFixture(List.of(hosts));
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
				"the lab needs root (network namespaces, sshd); CI runs the UI tests as root");
		assertTrue(Files.isRegularFile(agentJar()), "the agent jar " + agentJar() + " is built before the UI tests (see pom.xml)");
		built = true;
		String output = script(concat("up", hosts));
		if (!Files.isRegularFile(directory.resolve("hosts"))) {
			throw new IOException("the lab did not come up:\n" + output);
		}
		work = Files.createTempDirectory("lifeboat-ui-test-work");
		List<String> lines = new ArrayList<>();
		for (String host : hosts) {
			String[] key = Files.readString(hostKey(host)).trim().split(" ");
			lines.add(addresses(host).get(0) + " " + key[0] + " " + key[1]);
		}
		Files.write(knownHosts(), lines, StandardCharsets.UTF_8);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		if (built) {
			script(List.of("down"));
		}
	}

	/** A lab of {@link #DEMO_HOSTS}, for {@link #demo(Consumer)}. */
	static LabFixture demoLab() {
		return new LabFixture(DEMO_HOSTS);
	}

	/** The agent jar the lab hosts run and the console deploys (system property {@code lifeboat.agent.jar}). */
	static Path agentJar() {
		return Path.of(System.getProperty("lifeboat.agent.jar", "missing"));
	}

	/** The checkout: {@code lifeboat.root}, else the first directory up from here that holds the lab script. */
	static Path root() {
		String configured = System.getProperty("lifeboat.root");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isExecutable(dir.resolve("releng/lab/lab"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no releng/lab/lab above " + Path.of("").toAbsolutePath() + ": set -Dlifeboat.root");
	}

	/** The console's side of the test: a directory of its own, outside the lab. */
	Path work() {
		return work;
	}

	/** A known_hosts in {@link #work()} that trusts each lab host's key at its management address. */
	Path knownHosts() {
		return work.resolve("known_hosts");
	}

	/** How the console reaches the lab: the lab's key and {@link #knownHosts()} only (not the user's). */
	SshSettings ssh() {
		return new SshSettings().identity(identity()).userKnownHosts(null).lifeboatKnownHosts(knownHosts());
	}

	/**
	 * The demo without esx-s2 (on a {@link #demoLab()}), as {@code adjust} leaves it, saved in {@link #work()} as
	 * lab.lifeboat; returns the file.
	 */
	Path demo(Consumer<Topology> adjust) throws IOException {
		if (!hosts.equals(DEMO_HOSTS)) {
			throw new IllegalStateException("the demo is deployed on a LabFixture.demoLab(), not on " + hosts);
		}
		Topology topology = DemoTopology.loadWithout("esx-s2");
		adjust.accept(topology);
		Path file = work.resolve("lab.lifeboat");
		TopologyFiles.save(topology, file);
		return file;
	}

	/** {@link #demo(Consumer)}, deployed to the lab; returns the file. */
	Path deployedDemo(Consumer<Topology> adjust) throws Exception {
		Path file = demo(adjust);
		deploy(TopologyFiles.load(file));
		return file;
	}

	/** A deploy of the build's agent jar over {@link #ssh()}, as the Deploy wizard makes it. */
	DeployOptions deployOptions() {
		return new DeployOptions().agentJar(agentJar()).ssh(ssh());
	}

	/** Deploys {@code topology} to the lab as the Deploy wizard would, and checks that every host took it. */
	void deploy(Topology topology) throws Exception {
		DeployResult deployed = new Deployment(topology, deployOptions()).apply(DeployListener.NONE);
		assertTrue(deployed.succeeded(), deployed.describe());
	}

	/** The key every lab host authorizes for root. */
	Path identity() {
		return directory.resolve("id_ed25519");
	}

	/** The fingerprint ({@code SHA256:...}) of a lab host's ed25519 host key, as its sshd presents it. */
	String fingerprint(String host) throws IOException {
		String pub = Files.readString(hostKey(host));
		return KnownHosts.fingerprint(Base64.getDecoder().decode(pub.split(" ")[1]));
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

	private Path hostKey(String host) {
		return directory.resolve("hosts.d").resolve(host).resolve("ssh_host_ed25519_key.pub");
	}

	private String script(List<String> arguments) throws IOException, InterruptedException {
		List<String> command = concat(root().resolve("releng/lab/lab").toString(), arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put("LIFEBOAT_LAB_PREFIX", prefix);
		builder.environment().put("LIFEBOAT_AGENT_JAR", agentJar().toString());
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new String(output, StandardCharsets.UTF_8);
	}

	private static List<String> concat(String first, List<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}
}
