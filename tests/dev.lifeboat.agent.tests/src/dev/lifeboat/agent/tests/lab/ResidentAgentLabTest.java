package dev.lifeboat.agent.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * The wrapper hands commands to the host's resident agent ('agent serve', which the lab starts) instead of starting
 * a JVM; the door is root's alone, and a process squatting the port of a dead resident agent is never believed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentAgentLabTest {

	@RegisterExtension
	static final Lab lab = Lab.of("r1");

	@Test
	@Order(1)
	void theResidentAgentAnswersAndApplyReportsTheStateItLeft() throws Exception {
		Path control = awaitControlFile();
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(control)), "the tokens are root's alone");
		Lab.Result version = lab.agent("r1", "version");
		assertTrue(version.ok() && version.out().contains("served by the resident agent"), version::toString);

		Lab.Result applied = lab.apply("r1", LabConfigs.empty(lab.host("r1")));
		assertTrue(applied.ok(), applied::toString);
		Path config = lab.agentHome("r1").resolve("applied.xml");
		Lab.Result reported = lab.agent("r1", "apply", config.toString(), "--report");
		assertTrue(reported.ok(), reported::toString);
		String report = reported.out().substring(reported.out().indexOf(AgentState.REPORT_MARKER) + AgentState.REPORT_MARKER.length());
		AgentState state = new ProtocolCodec().fromXml(report.strip(), AgentState.class);
		assertEquals("r1", state.hostName(), report);
	}

	@Test
	@Order(2)
	void aSquatterOnADeadResidentAgentsPortIsNotBelievedAndAJvmRunsTheCommand() throws Exception {
		Path control = awaitControlFile();
		String port = Files.readString(control).split(" ")[0];
		String pid = Files.readString(lab.agentHome("r1").resolve("serve.pid")).strip();
		assertTrue(lab.exec("r1", "kill", "-9", pid).ok());
		Thread.sleep(500);
		assertTrue(Files.exists(control), "a killed daemon leaves its control file behind");
		// Anyone may listen on a free loopback port: this one answers every request with a forged success.
		Path squatter = lab.agentHome("r1").resolve("squatter.py");
		Files.writeString(squatter, """
				import socket, sys
				s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
				s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); s.settimeout(30)
				c, _ = s.accept(); c.recv(4096); c.sendall(b"forged\\nosquatted\\nx0\\n"); c.close()
				""");
		Lab.Result started = lab.exec("r1", "sh", "-c", "nohup /usr/bin/python3 " + squatter + " " + port + " >/dev/null 2>&1 & sleep 1");
		assertTrue(started.ok(), started::toString);
		Lab.Result version = lab.agent("r1", "version");
		assertTrue(version.ok(), version::toString);
		assertTrue(version.out().startsWith("lifeboat-agent "), version::toString);
		assertFalse(version.out().contains("squatted") || version.out().contains("served by the resident agent"),
				"the forged answer was ignored and a JVM ran the command: " + version);
	}

	private static Path awaitControlFile() throws InterruptedException {
		Path control = lab.agentHome("r1").resolve("daemon.control");
		for (int i = 0; i < 60 && !Files.exists(control); i++) {
			Thread.sleep(500);
		}
		assertTrue(Files.exists(control), "the resident agent publishes its control file");
		return control;
	}
}
