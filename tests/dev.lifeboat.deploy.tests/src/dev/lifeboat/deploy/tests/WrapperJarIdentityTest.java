package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.deploy.internal.RemoteAgent;

/**
 * The agent wrapper's door to the resident agent, run by a real bash against a daemon stand-in on loopback: the
 * command goes to the daemon only when the installed jar is the one the daemon runs. The control file's jar
 * identity (the format {@link RemoteAgent#JAR_IDENTITY} prints) stands for its SHA-256 while the file keeps it, so
 * that no command hashes 20 MB; any other file, or no identity, is hashed and compared.
 */
class WrapperJarIdentityTest {

	private static final String ANSWER = "answer-token";

	@TempDir
	Path home;

	private Path jar;
	private ServerSocket daemon;

	@BeforeEach
	void install() throws IOException {
		try (InputStream wrapper = RemoteAgent.class.getResourceAsStream("agent-wrapper.sh")) {
			Files.write(home.resolve(RemoteAgent.WRAPPER), wrapper.readAllBytes());
		}
		jar = home.resolve(RemoteAgent.JAR);
		byte[] content = new byte[256 * 1024];
		new Random(7).nextBytes(content);
		Files.write(jar, content);
		daemon = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		daemon.setSoTimeout(15_000);
	}

	@AfterEach
	void stopDaemon() throws IOException {
		daemon.close();
	}

	@Test
	void whileTheJarKeepsThePublishedIdentityThePublishedHashIsTrustedWithoutHashing() throws Exception {
		// A hash that is not the jar's: only the identity can have sent the command to the daemon.
		publish("00".repeat(32), identity());
		CompletableFuture<String> request = serveOnce();
		Result state = wrapper("state");
		assertEquals(0, state.exit(), state.err());
		assertEquals("from the resident agent\n", state.out());
		assertEquals("state", request.get(5, TimeUnit.SECONDS));
	}

	@Test
	void aJarWrittenAfterItWasPublishedIsHashedAndNotTakenForTheDaemonsOwn() throws Exception {
		publish("00".repeat(32), identity());
		String before = identity();
		byte[] changed = Files.readAllBytes(jar);
		changed[0] ^= 1; // the same size, written in place
		Files.write(jar, changed);
		assertNotEquals(before, identity(), "a write changes the identity");
		daemon.setSoTimeout(3_000); // a wrapper that asks the daemon does so before anything else
		CompletableFuture<String> request = serveOnce();
		Result state = wrapper("state");
		assertFalse(state.out().contains("from the resident agent"), state.out());
		assertNotEquals(0, state.exit(), "a JVM ran the command on a jar that is no jar: " + state);
		assertNull(request.get(10, TimeUnit.SECONDS), "the daemon was not asked");
	}

	@Test
	void withoutAnIdentityTheJarIsHashedAndTheMatchingDaemonServes() throws Exception {
		publish(sha256(jar), "none");
		CompletableFuture<String> request = serveOnce();
		Result version = wrapper("version");
		assertEquals(0, version.exit(), version.err());
		assertEquals("from the resident agent\n", version.out());
		assertEquals("version", request.get(5, TimeUnit.SECONDS));
	}

	private void publish(String jarSha256, String identity) throws IOException {
		Files.writeString(home.resolve("daemon.control"),
				daemon.getLocalPort() + " request-token " + ANSWER + " " + jarSha256 + " " + identity + "\n");
	}

	/** The jar's identity as the deploy's preflight prints it. */
	private String identity() throws IOException, InterruptedException {
		Process stat = new ProcessBuilder("sh", "-c", RemoteAgent.JAR_IDENTITY + " \"$0\"", jar.toString()).start();
		String out = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals(0, stat.waitFor());
		assertTrue(out.matches("[0-9]+(:[0-9]+){2}(:[0-9]+\\.[0-9]+){2}"), out);
		return out;
	}

	/** Answers one request like the resident agent; completes with its command, or null when none came. */
	private CompletableFuture<String> serveOnce() {
		return CompletableFuture.supplyAsync(() -> {
			try (Socket socket = daemon.accept()) {
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				assertEquals("request-token", in.readLine());
				in.readLine(); // working directory
				String command = in.readLine();
				while (!in.readLine().isEmpty()) {
					// further arguments
				}
				socket.getOutputStream().write((ANSWER + "\nofrom the resident agent\nx0\n").getBytes(StandardCharsets.UTF_8));
				return command;
			} catch (SocketTimeoutException e) {
				return null;
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private record Result(int exit, String out, String err) {
	}

	private Result wrapper(String command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", home.resolve(RemoteAgent.WRAPPER).toString(), command);
		builder.environment().put("LIFEBOAT_AGENT_HOME", home.toString());
		builder.environment().remove("LIFEBOAT_AGENT_FAIL_AT_STEP");
		Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
		CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
			try {
				return process.getErrorStream().readAllBytes();
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the wrapper ends");
		return new Result(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}
