package dev.lifeboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.cli.LifeboatCli;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.ProtocolCodec;

class LifeboatCliTest {

	@TempDir
	Path dir;

	private Path demo;

	@BeforeEach
	void copyDemo() throws IOException {
		demo = DemoTopology.copyTo(dir.resolve("demo.lifeboat"));
	}

	@Test
	void validateOnTheDemoSaysValidAndExitsZero() {
		Result result = run("validate", demo.toString());
		assertEquals(0, result.code, result.toString());
		assertFalse(result.out.contains(": error: "), result.out);
		assertTrue(result.out.trim().endsWith("valid") || result.out.contains("0 error(s)"), result.out);
	}

	@Test
	void validateOnAnInvalidFileListsEachProblemAndExitsOne() throws Exception {
		Topology topology = TopologyFiles.load(demo);
		topology.getOverlays().get(0).setVni(16777216);
		topology.getOverlays().get(1).setVni(topology.getOverlays().get(0).getVni());
		Path invalid = dir.resolve("invalid.lifeboat");
		TopologyFiles.save(topology, invalid);

		Result result = run("validate", invalid.toString());
		assertEquals(1, result.code, result.toString());
		String vniLine = result.out.lines().filter(line -> line.contains("16777216")).findFirst().orElse("");
		assertTrue(vniLine.startsWith(invalid + ": error: overlay 'app': "), result.out);
		assertTrue(result.out.contains("error(s)"), result.out);
	}

	@Test
	void malformedFileGivesOneLineWithThePositionAndNoStackTrace() throws IOException {
		Path broken = dir.resolve("broken.lifeboat");
		String text = Files.readString(demo);
		Files.writeString(broken, text.substring(0, text.length() / 3));
		for (String command : new String[] { "validate", "plan" }) {
			Result result = run(command, broken.toString());
			assertEquals(2, result.code, result.toString());
			assertEquals(1, result.err.lines().count(), "one line: " + result.err);
			assertTrue(result.err.matches("(?s)lifeboat: .*broken\\.lifeboat:\\d+:\\d+: .*"), result.err);
			assertFalse(result.err.contains("\tat "), "no stack trace: " + result.err);
		}
	}

	@Test
	void aMissingFileIsNamed() {
		Result result = run("validate", dir.resolve("absent.lifeboat").toString());
		assertEquals(2, result.code);
		assertTrue(result.err.contains("absent.lifeboat: no such file"), result.err);
	}

	@Test
	void planPrintsEveryHostReadably() {
		Result result = run("plan", demo.toString());
		assertEquals(0, result.code, result.toString());
		for (String host : new String[] { "esx-n1", "esx-n2", "esx-s1", "esx-s2" }) {
			assertTrue(result.out.contains("host " + host + "\n"), result.out);
		}
		assertTrue(result.out.contains("vxlan vx10010 vni 10010 dstport 4789"), result.out);
	}

	@Test
	void planXmlForOneHostIsExactlyWhatTheAgentReceives() throws Exception {
		Result result = run("plan", "--xml", "--host", "esx-s2", demo.toString());
		assertEquals(0, result.code, result.toString());
		AgentConfig config = new ProtocolCodec().fromXml(result.out, AgentConfig.class);
		assertEquals("esx-s2", config.hostName());
		assertEquals(2, config.guests().size());
	}

	@Test
	void planXmlWritesOneFilePerHost() throws Exception {
		Path out = dir.resolve("configs");
		Result result = run("plan", "--out", out.toString(), demo.toString());
		assertEquals(0, result.code, result.toString());
		try (var files = Files.list(out)) {
			assertEquals(4, files.count());
		}
		AgentConfig n1 = new ProtocolCodec().fromXml(Files.readString(out.resolve("esx-n1.xml")), AgentConfig.class);
		assertEquals("esx-n1", n1.hostName());
	}

	@Test
	void planOnAnInvalidTopologyRefusesAndNamesTheErrors() throws Exception {
		Topology topology = TopologyFiles.load(demo);
		topology.getOverlays().get(0).setVni(-1);
		Path invalid = dir.resolve("invalid.lifeboat");
		TopologyFiles.save(topology, invalid);
		Result result = run("plan", invalid.toString());
		assertEquals(1, result.code, result.toString());
		assertTrue(result.err.contains("overlay 'app'"), result.err);
		assertTrue(result.out.isEmpty(), "nothing is planned: " + result.out);
	}

	@Test
	void anUnknownHostIsNamedWithTheAlternatives() {
		Result result = run("plan", "--host", "nope", demo.toString());
		assertEquals(2, result.code);
		assertTrue(result.err.contains("no host named 'nope'. Hosts: esx-n1, esx-n2, esx-s1, esx-s2"), result.err);
	}

	@Test
	void aRestorePointOfNoAcceptedFormIsRefusedNamingTheOptionAndTheForms() throws Exception {
		String demoBefore = java.nio.file.Files.readString(demo);
		for (String bad : java.util.List.of("yesterday", "2026-11-29 10:15")) {
			Result result = run("drill", demo.toString(), "north-to-south", "--restore-point", bad);
			assertEquals(2, result.code, result.err);
			assertEquals("lifeboat: --restore-point: restore point '" + bad + "' is not 'latest', an ISO-8601 time such as "
					+ "2026-11-29T10:15:00Z, or a snapshot id (8 to 64 hex digits, for a plan of one VM)", result.err.strip());
		}
		Result byId = run("drill", demo.toString(), "north-to-south", "--restore-point", "0badc0de");
		assertEquals(2, byId.code, byId.err);
		assertTrue(byId.err.startsWith("lifeboat: --restore-point: restore point '0badc0de' is a snapshot id, but a snapshot "
				+ "belongs to one VM and the plan has 2: give a time (ISO-8601, e.g. 2026-11-29T10:15:00Z)"), byId.err);
		assertEquals(demoBefore, java.nio.file.Files.readString(demo), "nothing was recorded");
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = LifeboatCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	private record Result(int code, String out, String err) {
	}
}
