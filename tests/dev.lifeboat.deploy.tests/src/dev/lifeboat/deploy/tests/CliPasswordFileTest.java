package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

import dev.lifeboat.cli.LifeboatCli;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.model.resource.TopologyFiles;

/** The CLI's password file: refused, before any host is contacted, when others could read it. */
class CliPasswordFileTest {

	@Test
	void aPasswordFileOthersCanReadIsRefusedWithTheFixAndWithoutItsContent() throws Exception {
		Path dir = Files.createTempDirectory("lifeboat-cli-password");
		Path topology = dir.resolve("demo.lifeboat");
		TopologyFiles.save(DemoTopology.loadWithout("esx-s2"), topology);
		Path password = Files.writeString(dir.resolve("password"), "hunter2-secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
		Path jar = Files.writeString(dir.resolve("agent.jar"), "not contacted");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = LifeboatCli.run(new PrintWriter(out), new PrintWriter(err), "deploy", topology.toString(), "--dry-run",
				"--password-file", password.toString(), "--agent-jar", jar.toString());
		assertEquals(LifeboatCli.EXIT_UNUSABLE, exit, out + "\n" + err);
		assertTrue(err.toString().contains("can be read by others (rw-r--r--): chmod 600 " + password), err.toString());
		assertFalse((out + err.toString()).contains("hunter2"), "the password never appears in the output");
	}
}
