package dev.lifeboat.agent.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.LinuxNetwork;
import dev.lifeboat.agent.LinuxNetwork.IpCommands;
import dev.lifeboat.agent.Shell;

/**
 * {@link LinuxNetwork#ip}: several iproute2 commands in one process, in a real network namespace, with the outcome
 * of running them one by one, and an error that names the command that failed.
 */
class IpBatchTest {

	private final String namespace = "vtbatch" + ProcessHandle.current().pid();
	private final CountingShell shell = new CountingShell();
	private final LinuxNetwork network = new LinuxNetwork(shell);

	/** Records the processes it starts. */
	private static final class CountingShell extends Shell {
		final List<List<String>> processes = new ArrayList<>();

		@Override
		public Result execute(List<String> command, String input) throws CommandException {
			processes.add(List.copyOf(command));
			return super.execute(command, input);
		}
	}

	@BeforeEach
	void createNamespace() throws Exception {
		Assumptions.assumeTrue(new Shell().run("id", "-u").strip().equals("0"), "needs root: creates a network namespace");
		new Shell().run("ip", "netns", "add", namespace);
	}

	@AfterEach
	void deleteNamespace() throws Exception {
		new Shell().execute(List.of("ip", "netns", "del", namespace));
	}

	/** The test namespace's links (a LinuxNetwork reads the namespace it runs in; this one adds 'ip -n'). */
	private Map<String, LinuxNetwork.Link> links() throws Shell.CommandException {
		Shell inNamespace = new Shell() {
			@Override
			public Result execute(List<String> command, String input) throws CommandException {
				List<String> prefixed = new ArrayList<>(command);
				if (prefixed.get(0).equals("ip")) {
					prefixed.addAll(1, List.of("-n", namespace));
				}
				return super.execute(prefixed, input);
			}
		};
		return new LinuxNetwork(inNamespace).links();
	}

	@Test
	void manyCommandsRunInOneProcessAndDoWhatTheySay() throws Exception {
		network.ip(namespace, new IpCommands().addBridge("vtb0", 1400)
				.add("link", "add", "vtd0", "mtu", "1400", "type", "veth", "peer", "name", "vtd1", "mtu", "1400")
				.setMaster("vtd0", "vtb0").up("vtd0"));

		assertEquals(1, shell.processes.size(), () -> "processes: " + shell.processes);
		assertEquals(List.of("ip", "-n", namespace, "-batch", "-"), shell.processes.get(0));
		Map<String, LinuxNetwork.Link> links = links();
		assertEquals("bridge", links.get("vtb0").kind());
		assertEquals(1400, links.get("vtb0").mtu());
		assertTrue(links.get("vtb0").up());
		assertEquals("vtb0", links.get("vtd0").master());
		assertTrue(links.get("vtd0").up());
	}

	@Test
	void aFailingCommandStopsTheRestAndIsNamedWithItsError() throws Exception {
		IpCommands commands = new IpCommands().add("link", "add", "vtx0", "type", "bridge").up("vtnone")
				.add("link", "add", "vty0", "type", "bridge");

		Shell.CommandException failure = assertThrows(Shell.CommandException.class, () -> network.ip(namespace, commands));

		assertTrue(failure.getMessage().startsWith("'ip -n " + namespace + " link set dev vtnone up' failed (exit 1): "),
				failure::getMessage);
		assertTrue(failure.getMessage().endsWith("Cannot find device \"vtnone\""), failure::getMessage);
		Map<String, LinuxNetwork.Link> links = links();
		assertTrue(links.containsKey("vtx0"), "what came before the failing command was done");
		assertFalse(links.containsKey("vty0"), "nothing after the failing command ran");
	}

	@Test
	void anArgumentIproute2RefusesOutrightNamesEveryCommandOfTheBatch() throws Exception {
		// On an unusable argument (here a bridge that does not exist) ip exits at once, without naming the line.
		IpCommands commands = new IpCommands().add("link", "add", "vtd0", "type", "veth", "peer", "name", "vtd1")
				.setMaster("vtd0", "vtnone").add("link", "add", "vty0", "type", "bridge");

		Shell.CommandException failure = assertThrows(Shell.CommandException.class, () -> network.ip(namespace, commands));

		assertTrue(failure.getMessage().contains("Device does not exist (in one of these, run in order: link add vtd0 type"
				+ " veth peer name vtd1; link set dev vtd0 master vtnone; link add vty0 type bridge)"), failure::getMessage);
		assertFalse(links().containsKey("vty0"), "nothing after the failing command ran");
	}

	@Test
	void aValueThatBatchSyntaxWouldMisreadRunsCommandByCommand() throws Exception {
		// '#' starts a comment in 'ip -batch': batched, this link would be called "vt" (and the next line fail).
		network.ip(namespace, new IpCommands().add("link", "add", "vt#1", "type", "bridge").up("vt#1"));

		assertEquals(2, shell.processes.size(), () -> "processes: " + shell.processes);
		Map<String, LinuxNetwork.Link> links = links();
		assertTrue(links.get("vt#1").up(), links::toString);
		assertFalse(links.containsKey("vt"));
	}
}
