package dev.lifeboat.agent;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

/**
 * The resident agent's door for the {@code agent} wrapper: {@code apply}, {@code state} and {@code version} run
 * in the daemon's warm JVM instead of a new one, which is what makes a deploy cheap on the host. It listens on
 * loopback only; {@link #CONTROL_FILE} in the (root only) agent home gives the wrapper the port, the token a
 * request must carry and the token the daemon answers with, so that neither side trusts a stranger on that
 * port. Commands run one at a time, as they would from the command line.
 * <p>
 * Request: the token, the caller's working directory, one argument per line, an empty line. Answer: the answer
 * token, then {@code o}+line for standard output, {@code e}+line for standard error, {@code x}+exit code.
 */
final class ControlSocket implements AutoCloseable {

	/**
	 * Port, request token, answer token, the SHA-256 of the running jar, the jar file's identity when it was
	 * hashed ({@code none} when unknown) and the JIT compilers this JVM runs ({@link #runningCompiler()}), in the
	 * agent home.
	 */
	static final String CONTROL_FILE = "daemon.control";

	/** What {@code agent version} adds when the resident agent answered it (no JVM was started). */
	static final String SERVED_BY = "served by the resident agent (pid ";

	private static final Set<String> COMMANDS = Set.of("apply", "state", "version");
	private static final int REQUEST_TIMEOUT_MILLIS = 10_000;

	/** What the daemon does around an apply it serves, in its own JVM. */
	interface ApplyHooks {
		/**
		 * Before {@code next} is applied: let go of what the apply may take (a Java VTEP's UDP port that the next
		 * configuration gives to a kernel VXLAN device).
		 */
		void before(AgentConfig next);

		/**
		 * After the apply, before the wrapper hears the answer, whether it succeeded or restored the previous
		 * configuration: follow the applied one (the Java VTEP forwards by the new FDB at once).
		 */
		void after();
	}

	private final AgentHome home;
	private final ProtocolCodec codec;
	private final ServerSocket server;
	private final String requestToken = randomToken();
	private final String answerToken = randomToken();
	private final ReentrantLock oneAtATime = new ReentrantLock();
	private final ApplyHooks applyHooks;

	private ControlSocket(AgentHome home, ProtocolCodec codec, ServerSocket server, ApplyHooks applyHooks) {
		this.home = home;
		this.codec = codec;
		this.server = server;
		this.applyHooks = applyHooks;
	}

	/**
	 * Listens on an ephemeral loopback port and publishes it; accepts on a daemon thread.
	 *
	 * @param codec      the daemon's own, for the commands it serves (building XStream costs more than most of them)
	 * @param applyHooks what the daemon does before and after each apply it serves
	 */
	static ControlSocket start(AgentHome home, ProtocolCodec codec, ApplyHooks applyHooks) throws IOException {
		ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		ControlSocket control = new ControlSocket(home, codec, server, applyHooks);
		control.publish();
		Runtime.getRuntime().addShutdownHook(new Thread(control::close, "lifeboat-control-close"));
		Thread.ofPlatform().daemon().name("lifeboat-control").start(control::acceptLoop);
		return control;
	}

	private void publish() throws IOException {
		Path file = home.directory().resolve(CONTROL_FILE);
		String line = server.getLocalPort() + " " + requestToken + " " + answerToken + " " + runningJarSha256() + " "
				+ runningJarIdentity() + " " + runningCompiler() + "\n";
		Files.createDirectories(home.directory());
		Path temporary = Files.createTempFile(home.directory(), CONTROL_FILE, ".tmp");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// Not a POSIX file system; the agent home itself is restricted.
		}
		Files.writeString(temporary, line, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread.ofVirtual().name("lifeboat-control-request").start(() -> serve(socket));
			} catch (IOException e) {
				if (!server.isClosed()) {
					home.log("control socket: " + e.getMessage());
				}
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			socket.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			if (!requestToken.equals(in.readLine())) {
				return; // not the wrapper: say nothing, not even the answer token
			}
			String workingDirectory = in.readLine();
			List<String> arguments = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				arguments.add(line);
			}
			OutputStream answer = socket.getOutputStream();
			answer.write((answerToken + "\n").getBytes(StandardCharsets.UTF_8));
			answer.flush();
			answer.write(run(arguments, workingDirectory == null ? "/" : workingDirectory));
			answer.flush();
		} catch (IOException e) {
			home.log("control socket: a request failed: " + e.getMessage());
		}
	}

	/** Runs one command as {@code java -jar lifeboat-agent.jar --home HOME ...} would, framed for the wrapper. */
	private byte[] run(List<String> arguments, String workingDirectory) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		if (arguments.isEmpty() || !COMMANDS.contains(arguments.get(0))) {
			err.writeBytes(("lifeboat-agent: the resident agent runs only " + COMMANDS + "\n").getBytes(StandardCharsets.UTF_8));
			exit = 2;
		} else {
			List<String> command = new ArrayList<>(List.of("--home", home.directory().toString()));
			command.addAll(arguments);
			boolean apply = arguments.get(0).equals("apply") && arguments.size() > 1;
			if (apply) {
				command.set(3, Path.of(workingDirectory).resolve(arguments.get(1)).toString());
			}
			oneAtATime.lock();
			try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
					PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
				if (apply) {
					prepareApply(Path.of(command.get(3)));
				}
				exit = Agent.run(command.toArray(String[]::new), stdout, stderr, codec);
				if (arguments.get(0).equals("version")) {
					stdout.println(SERVED_BY + ProcessHandle.current().pid() + ")");
				}
			} catch (RuntimeException e) {
				err.writeBytes(("lifeboat-agent: " + e + "\n").getBytes(StandardCharsets.UTF_8));
				exit = 1;
			} finally {
				// Also after an apply that failed or threw: what was let go of before it is taken up again.
				if (apply) {
					followApplied();
				}
				oneAtATime.unlock();
			}
		}
		StringBuilder framed = new StringBuilder();
		frame(framed, 'o', out.toString(StandardCharsets.UTF_8));
		frame(framed, 'e', err.toString(StandardCharsets.UTF_8));
		framed.append('x').append(exit).append('\n');
		return framed.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** An unreadable configuration is the apply's to report: the daemon then lets go of nothing. */
	private void prepareApply(Path configuration) {
		AgentConfig next;
		try {
			next = codec.fromXml(Files.readString(configuration, StandardCharsets.UTF_8), AgentConfig.class);
		} catch (IOException | ProtocolException | RuntimeException e) {
			return;
		}
		try {
			applyHooks.before(next);
		} catch (RuntimeException e) {
			home.log("control socket: the resident agent could not prepare for the apply: " + e);
		}
	}

	/**
	 * A failure to follow the applied configuration is the daemon's (its poll opens a Java VTEP that could not be
	 * opened again), not the apply's.
	 */
	private void followApplied() {
		try {
			applyHooks.after();
		} catch (RuntimeException e) {
			home.log("control socket: the resident agent could not follow the applied configuration at once: " + e);
		}
	}

	private static void frame(StringBuilder framed, char stream, String text) {
		if (text.isEmpty()) {
			return;
		}
		for (String line : text.split("\n", -1)) {
			framed.append(stream).append(line).append('\n');
		}
		if (text.endsWith("\n")) {
			framed.setLength(framed.length() - 2); // the empty line after the last newline
		}
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(home.directory().resolve(CONTROL_FILE));
			server.close();
		} catch (IOException e) {
			// Closing on the way out: nothing left to do about it.
		}
	}

	/**
	 * The SHA-256 of the jar this JVM runs, or {@code none} outside a jar (tests), which no wrapper matches. Read
	 * once, when the JVM starts using it: an upgrade renames a new jar to the same path later.
	 */
	static synchronized String runningJarSha256() {
		if (runningJarSha256 == null) {
			String fromWrapper = System.getenv(JAR_SHA256_ENVIRONMENT);
			runningJarSha256 = fromWrapper != null && fromWrapper.matches("[0-9a-f]{64}") ? fromWrapper : hashRunningJar();
		}
		return runningJarSha256;
	}

	/**
	 * The identity (device, inode, size, modification and change times) the wrapper found the jar file at, before
	 * and after it hashed it: the wrapper and the deploy's preflight trust {@link #runningJarSha256()} for the
	 * installed jar while it keeps that identity, instead of hashing 20 MB on every command. {@code none} unless
	 * the wrapper took both, so that nobody trusts a hash this JVM took of whatever file it was loaded from.
	 */
	static String runningJarIdentity() {
		String fromWrapper = System.getenv(JAR_IDENTITY_ENVIRONMENT);
		boolean hashedByWrapper = runningJarSha256().equals(System.getenv(JAR_SHA256_ENVIRONMENT));
		return hashedByWrapper && fromWrapper != null && fromWrapper.matches("[0-9]+(:[0-9]+){2}(:[0-9]+\\.[0-9]+){2}")
				? fromWrapper : "none";
	}

	/**
	 * {@code c1} when the wrapper started this JVM with the C1 compiler alone (cheaper to start and to warm up,
	 * slower in a hot loop), else {@code tiered}: a deploy that brings a Java VTEP restarts a {@code c1} daemon.
	 */
	static String runningCompiler() {
		return "c1".equals(System.getenv(COMPILER_ENVIRONMENT)) ? "c1" : "tiered";
	}

	/** Set by the wrapper to the compilers it chose for this JVM: see {@link #runningCompiler()}. */
	private static final String COMPILER_ENVIRONMENT = "LIFEBOAT_AGENT_COMPILER";

	/** Set by the wrapper, which hashed the jar just before starting this JVM with it (much cheaper than here). */
	private static final String JAR_SHA256_ENVIRONMENT = "LIFEBOAT_AGENT_JAR_SHA256";

	/** Set by the wrapper with the jar's SHA-256: see {@link #runningJarIdentity()}. */
	private static final String JAR_IDENTITY_ENVIRONMENT = "LIFEBOAT_AGENT_JAR_IDENTITY";

	private static String runningJarSha256;

	private static String hashRunningJar() {
		try {
			Path jar = Path.of(ControlSocket.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (!Files.isRegularFile(jar)) {
				return "none";
			}
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (var in = new DigestInputStream(Files.newInputStream(jar), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
			return "none";
		}
	}

	private static String randomToken() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
