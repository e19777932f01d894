package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.deploy.internal.RemoteAgent;

/**
 * What the agent wrapper gives the JVM it starts, run by a real bash with a JDK stand-in (its {@code release} file
 * says 25, its {@code java} prints the compiler the wrapper announced, the jar's SHA-256 it passed and the
 * arguments). The JIT compilers: the C1 compiler alone for short commands and for a resident agent without a Java
 * VTEP, all compilers for a resident agent whose host has an overlay on the Java VTEP in the configuration being
 * applied or the one applied. The jar's SHA-256: the one the deploy checked after the upload while the jar keeps
 * the identity it had then, else its own.
 */
class WrapperStartTest {

	private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

	@TempDir
	Path home;

	@TempDir
	Path jdk;

	@BeforeEach
	void install() throws IOException {
		try (InputStream wrapper = RemoteAgent.class.getResourceAsStream("agent-wrapper.sh")) {
			Files.write(home.resolve(RemoteAgent.WRAPPER), wrapper.readAllBytes());
		}
		Files.write(home.resolve(RemoteAgent.JAR), new byte[] { 'P', 'K' });
		Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
		Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\necho \"compiler=$LIFEBOAT_AGENT_COMPILER jar=$LIFEBOAT_AGENT_JAR_SHA256 args=$*\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void aResidentAgentWithoutAJavaVtepRunsTheC1CompilerAlone() throws Exception {
		configuration("config.xml", "KERNEL");
		assertRuns("c1", wrapper("serve"));
	}

	@Test
	void aResidentAgentForAJavaVtepRunsEveryCompiler() throws Exception {
		configuration("config.xml", "USERSPACE");
		assertRuns("tiered", wrapper("serve"));
	}

	@Test
	void theAppliedConfigurationsJavaVtepCountsWhileAnotherIsBeingApplied() throws Exception {
		// A restart between the upload of a configuration without it and its apply: the Java VTEP still runs.
		configuration("applied.xml", "USERSPACE");
		configuration("config.xml", "KERNEL");
		assertRuns("tiered", wrapper("serve"));
	}

	@Test
	void aShortCommandRunsTheC1CompilerAloneWhateverTheDataPlane() throws Exception {
		configuration("config.xml", "USERSPACE");
		assertRuns("c1", wrapper("state"));
	}

	@Test
	void theWrapperHashesAsTheDeploysScriptsDo() throws IOException {
		assertTrue(Files.readString(home.resolve(RemoteAgent.WRAPPER)).contains(RemoteAgent.SHA256_FUNCTION),
				"agent-wrapper.sh defines sha256() with RemoteAgent.SHA256_FUNCTION's text");
	}

	/**
	 * The JVM got the flags of {@code compiler} ({@code c1}: the C1 compiler alone and the serial collector;
	 * {@code tiered}: the defaults) and was told which it runs, which it publishes.
	 */
	private static void assertRuns(String compiler, String started) {
		assertTrue(started.startsWith("compiler=" + compiler + " "), "it publishes what it runs: " + started);
		boolean c1 = compiler.equals("c1");
		assertEquals(c1, started.contains(C1_ONLY), started);
		assertEquals(c1, started.contains("-XX:+UseSerialGC"), started);
	}

	@Test
	void theHashCheckedAfterTheUploadIsTakenWhileTheJarKeepsItsIdentity() throws Exception {
		// Not the jar's hash: only the record can have given it.
		String recorded = "ab".repeat(32);
		Files.writeString(home.resolve(RemoteAgent.JAR_VERIFIED), recorded + " " + identity() + "\n");
		assertTrue(wrapper("serve").contains(" jar=" + recorded + " "), "no second hash of the jar");

		Files.write(home.resolve(RemoteAgent.JAR), new byte[] { 'P', 'K', 3, 4 }); // replaced after the check
		String rehashed = wrapper("serve");
		assertTrue(rehashed.contains(" jar=" + sha256(home.resolve(RemoteAgent.JAR)) + " "), rehashed);
	}

	/** The jar's identity as the deploy's apply records it. */
	private String identity() throws IOException, InterruptedException {
		Process stat = new ProcessBuilder("sh", "-c", RemoteAgent.JAR_IDENTITY + " \"$0\"", home.resolve(RemoteAgent.JAR).toString())
				.start();
		String out = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals(0, stat.waitFor(), out);
		return out;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	/** A configuration file of the form the codec writes, with one overlay on {@code dataPlane}. */
	private void configuration(String name, String dataPlane) throws IOException {
		Files.writeString(home.resolve(name), """
				<agent-config protocolVersion="1.0" hostName="h1" hostId="h1" topologyName="t">
				  <overlays>
				    <overlay overlayId="o" overlayName="o" vni="100" udpPort="4789" mtu="1450" dataPlane="%s" device="vx100"/>
				  </overlays>
				</agent-config>
				""".formatted(dataPlane));
	}

	/** What the JDK stand-in printed when the wrapper ran {@code command} (no resident agent answers here). */
	private String wrapper(String command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", home.resolve(RemoteAgent.WRAPPER).toString(), command);
		builder.environment().put("LIFEBOAT_AGENT_HOME", home.toString());
		builder.environment().put("JAVA_HOME", jdk.toString());
		builder.environment().remove("LIFEBOAT_AGENT_COMPILER");
		Path errors = home.resolve("wrapper.err");
		Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectError(errors.toFile()).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the wrapper ends");
		assertEquals(0, process.exitValue(), out);
		// What it says there lands in serve.log: a missing upload record is not worth a line (it once was).
		assertEquals("", Files.readString(errors), "the wrapper's error output");
		return out;
	}
}
