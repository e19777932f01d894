package dev.lifeboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.cli.LifeboatCli;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;

/** {@code lifeboat simulate} on the demo: each scenario kind, and the errors a user can act on. */
class SimulateCommandTest {

	private final Path demo;

	SimulateCommandTest(@TempDir Path dir) throws IOException {
		demo = DemoTopology.copyTo(dir.resolve("demo.lifeboat"));
	}

	@Test
	void aHostFailureListsTheRestartsInOrderWithTheTimings() {
		Output result = simulate("--fail", "esx-n1");

		assertEquals(0, result.code, result.toString());
		assertTrue(result.out.startsWith("Simulation: host esx-n1 fails (no host is touched)"), result.out);
		assertTrue(result.out.contains("  esx-n1       FAILED      every heartbeat path silent"), result.out);
		assertTrue(result.out.contains("    1. db-1         esx-n1 -> esx-n2, answering at ~3.8 s"), result.out);
		assertTrue(result.out.contains("    2. web-1        esx-n1 -> esx-n2, answering at ~4.6 s"), result.out);
		assertTrue(result.out.contains("detection 2.0 s, self-fence deadline 2.5 s, takeover 3.0 s, all guests"
				+ " answering ~4.6 s"), result.out);
		assertTrue(result.out.contains("Guest start estimate: 800 ms per guest, from releng/bench/guest-start"),
				result.out);
		assertTrue(result.out.contains("  app (VNI 10010): esx-n1: host failed: its VTEP is gone"), result.out);
	}

	@Test
	void cuttingOneOfTwoHeartbeatNicsShowsTheHostDegradedAndNoRestart() {
		Output result = simulate("--cut", "esx-n1:eth1");

		assertEquals(0, result.code, result.toString());
		assertTrue(result.out.contains("  esx-n1       DEGRADED    lost heartbeat path eth1, still heard on eth0: no"
				+ " failover"), result.out);
		assertTrue(!result.out.contains("Restarts"), result.out);
		assertTrue(result.out.contains("  esx-n1 eth1 (198.18.1.11): link cut"), result.out);
	}

	@Test
	void anEvenPartitionWarnsThatEveryoneFences() {
		Output result = simulate("--partition", "esx-n1,esx-n2|esx-s1,esx-s2");

		assertEquals(0, result.code, result.toString());
		assertTrue(result.out.contains("WARNING: No side has a strict majority"), result.out);
		assertTrue(result.out.contains("Not restarted: db-1 (from esx-n1): no side has a majority"), result.out);
	}

	@Test
	void withoutFencingTheOutputSaysLoudlyThatNothingRestartsByItself() throws Exception {
		Topology topology = TopologyFiles.load(demo);
		topology.getHaPolicies().get(0).setFencing(dev.lifeboat.model.FencingMode.NONE);
		TopologyFiles.save(topology, demo);

		Output result = simulate("--partition", "esx-n1|esx-n2,esx-s1,esx-s2");

		assertEquals(0, result.code, result.toString());
		assertTrue(result.out.contains("  esx-n1       SUSPECTED"), result.out);
		assertTrue(result.out.contains("WARNING: Fencing of cluster-ha is NONE"), result.out);
		assertTrue(result.out.contains("the majority does NOT restart them"), result.out);
		assertTrue(result.out.contains("Restarts after an administrator confirms the host is off (not automatic):"),
				result.out);
	}

	@Test
	void anUnknownHostOrNicIsNamedWithTheFixAndExitsTwo() {
		Output host = simulate("--fail", "esx-x9");
		assertEquals(2, host.code, host.toString());
		assertEquals(demo + ": Host 'esx-x9' is not in topology 'demo'. Name one of its hosts: esx-n1, esx-n2,"
				+ " esx-s1, esx-s2.", host.err.trim());

		Output nic = simulate("--cut", "esx-n1:eth9");
		assertEquals(2, nic.code, nic.toString());
		assertEquals(demo + ": Host 'esx-n1' has no NIC 'eth9'. Name one of its NICs: eth0, eth1.", nic.err.trim());

		Output malformed = simulate("--cut", "esx-n1");
		assertEquals(2, malformed.code, malformed.toString());
		assertTrue(malformed.err.contains("'esx-n1' is not HOST:NIC"), malformed.err);
	}

	@Test
	void exactlyOneScenarioIsRequired() {
		Output none = run("simulate", demo.toString());
		assertEquals(2, none.code, none.toString());
		assertTrue(none.err.startsWith("lifeboat: Error: Missing required argument"), none.err);

		Output two = run("simulate", demo.toString(), "--fail", "esx-n1", "--cut", "esx-n2:eth0");
		assertEquals(2, two.code, two.toString());
		assertTrue(two.err.contains("mutually exclusive"), two.err);
	}

	private Output simulate(String... scenario) {
		String[] args = new String[scenario.length + 2];
		args[0] = "simulate";
		args[1] = demo.toString();
		System.arraycopy(scenario, 0, args, 2, scenario.length);
		return run(args);
	}

	/** Runs the CLI in this JVM, capturing its output and exit code. */
	private static Output run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		return new Output(LifeboatCli.run(new PrintWriter(out), new PrintWriter(err), args), out.toString(),
				err.toString());
	}

	private record Output(int code, String out, String err) {
	}
}
