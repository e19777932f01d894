package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.deploy.SshSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command that connects to hosts takes the same SSH options (one mixin): parsed by picocli into the same
 * settings, shown with the same help, refused with the same one-line error. (In the CLI's package: the mixin is
 * not API.)
 */
class SshOptionsTest {

	/** The commands that reach hosts, each with the arguments it needs besides the SSH options. */
	private static final Map<String, List<String>> CONNECTING = Map.of("deploy", List.of(), "migrate",
			List.of("web-2", "--to", "esx-s1"), "drill", List.of("north-to-south"));

	@TempDir
	Path dir;

	private Path demo;
	private Path passwordFile;

	@BeforeEach
	void files() throws Exception {
		demo = DemoTopology.copyTo(dir.resolve("demo.lifeboat"));
		passwordFile = Files.writeString(dir.resolve("password"), "s3cret\nnot this line\n");
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void exactlyTheCommandsThatConnectTakeTheSshOptions() {
		List<String> withSsh = new CommandLine(new LifeboatCli()).getSubcommands().entrySet().stream()
				.filter(entry -> entry.getValue().getCommandSpec().mixins().containsKey("ssh")).map(Map.Entry::getKey)
				.sorted().toList();
		assertEquals(CONNECTING.keySet().stream().sorted().toList(), withSsh);
	}

	@Test
	void eachConnectingCommandParsesTheSameOptionsIntoTheSameSettings() {
		for (String command : CONNECTING.keySet()) {
			CommandLine.ParseResult parsed = new CommandLine(new LifeboatCli()).parseArgs(arguments(command, "--identity",
					dir.resolve("id_test").toString(), "--known-hosts", dir.resolve("known").toString(), "--accept-host-key",
					"esx-n1=SHA256:abc", "--accept-host-key", "198.18.0.12=SHA256:def", "--password-file", passwordFile.toString()));
			CommandSpec spec = parsed.subcommand().commandSpec();
			SshSettings ssh = ((SshOptions) spec.mixins().get("ssh").userObject()).settings();
			assertEquals(dir.resolve("id_test"), ssh.identity(), command);
			assertEquals(dir.resolve("known"), ssh.lifeboatKnownHosts(), command);
			assertEquals(Map.of("esx-n1", "SHA256:abc", "198.18.0.12", "SHA256:def"), ssh.acceptedHostKeys(), command);
			assertArrayEquals("s3cret".toCharArray(), ssh.password().apply(null), command + ": the file's first line");
		}
	}

	@Test
	void withoutTheOptionsEachCommandHasTheDefaults() {
		for (String command : CONNECTING.keySet()) {
			CommandLine.ParseResult parsed = new CommandLine(new LifeboatCli()).parseArgs(arguments(command));
			SshSettings ssh = ((SshOptions) parsed.subcommand().commandSpec().mixins().get("ssh").userObject()).settings();
			SshSettings defaults = new SshSettings();
			assertEquals(defaults.identity(), ssh.identity(), command);
			assertEquals(defaults.lifeboatKnownHosts(), ssh.lifeboatKnownHosts(), command);
			assertEquals(Map.of(), ssh.acceptedHostKeys(), command);
			if (System.getenv("LIFEBOAT_SSH_PASSWORD") == null) {
				assertEquals(null, ssh.password(), command + ": keys only");
			}
		}
	}

	@Test
	void theHelpOfEachConnectingCommandShowsTheSshOptionsAlike() {
		List<String> deploy = sshHelp("deploy");
		assertEquals(4, deploy.stream().filter(line -> line.stripLeading().startsWith("--")).count(), String.join("\n", deploy));
		assertTrue(deploy.get(0).contains("--accept-host-key=HOST=SHA256:..."), deploy.get(0));
		for (String command : CONNECTING.keySet()) {
			assertEquals(deploy, sshHelp(command), command + " --help");
		}
	}

	@Test
	void aMalformedAcceptedKeyIsOneLineAndExitTwoInEveryCommand() throws Exception {
		Path jar = Files.writeString(dir.resolve("agent.jar"), "never installed");
		Path backupPassword = Files.writeString(dir.resolve("backup-password"), "repository\n");
		Files.setPosixFilePermissions(backupPassword, PosixFilePermissions.fromString("rw-------"));
		Map<String, List<String>> reachSsh = Map.of("deploy", List.of("--agent-jar", jar.toString()), "migrate", List.of(),
				"drill", List.of("--backup-password-file", backupPassword.toString()));
		for (String command : CONNECTING.keySet()) {
			List<String> arguments = new ArrayList<>(List.of(arguments(command, "--accept-host-key", "esx-n1:SHA256:abc")));
			arguments.addAll(reachSsh.get(command));
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			int code = LifeboatCli.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
			assertEquals(LifeboatCli.EXIT_UNUSABLE, code, command + ":\n" + out + err);
			assertEquals("lifeboat: --accept-host-key wants HOST=SHA256:... (as ssh-keygen -lf prints it), not 'esx-n1:SHA256:abc'",
					err.toString().strip(), command);
			assertFalse(out.toString().contains("recorded in"), command + " changed nothing: " + out);
		}
	}

	private String[] arguments(String command, String... ssh) {
		return Stream.of(Stream.of(command, demo.toString()), CONNECTING.get(command).stream(), Stream.of(ssh))
				.flatMap(stream -> stream).toArray(String[]::new);
	}

	/** The lines of {@code command --help} that describe the SSH options, in the order shown. */
	private static List<String> sshHelp(String command) {
		StringWriter out = new StringWriter();
		assertEquals(0, LifeboatCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), command, "--help"));
		List<String> lines = new ArrayList<>();
		boolean inSshOption = false;
		for (String line : out.toString().lines().toList()) {
			String option = line.stripLeading();
			if (option.startsWith("-")) {
				inSshOption = Stream.of("--identity", "--known-hosts", "--accept-host-key", "--password-file")
						.anyMatch(option::startsWith);
			}
			if (inSshOption) {
				lines.add(line);
			}
		}
		return lines;
	}
}
