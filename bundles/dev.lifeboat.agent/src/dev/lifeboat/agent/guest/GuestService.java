package dev.lifeboat.agent.guest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The workload of a namespace guest ({@code FILE_SERVICE}): HTTP on port 80 serving the guest's data directory
 * read-only, and a line echo on TCP port 7 that prefixes each line with the guest's name. Started by the agent
 * inside the guest's network namespace, so that backups, restores, failovers and migrations can be checked
 * from outside the way an administrator would check a real service: does it answer, and with what.
 * <p>
 * It is also the guest's HA watchdog: when the agent names a lease file ({@value #LEASE_PROPERTY}) that lists this
 * guest as protected, and the lease has not been renewed for its deadline (the HA daemon is dead while this guest
 * still runs), the guest stops itself - NICs down, namespace removed, process gone - before the other members
 * restart it elsewhere, as a host that fences itself would. A guest without a workload ({@code NONE}) runs this
 * class as its watchdog alone ({@value #WATCHDOG_ONLY_PROPERTY}{@code =true}: no HTTP, no echo), so that every
 * protected guest stops itself alike.
 * <p>
 * {@code java [-Dlifeboat.ha.lease=FILE -Dlifeboat.guest.namespace=NAME] -cp lifeboat-agent.jar
 * dev.lifeboat.agent.guest.GuestService GUEST DATA_DIRECTORY}
 */
public final class GuestService {

	public static final int HTTP_PORT = 80;
	public static final int ECHO_PORT = 7;
	/** The system property naming the HA lease file; see {@link #leaseText}. */
	public static final String LEASE_PROPERTY = "lifeboat.ha.lease";
	/** The system property that makes this process the guest's HA watchdog only (a guest without a workload). */
	public static final String WATCHDOG_ONLY_PROPERTY = "lifeboat.guest.watchdogOnly";

	/** The system property naming the guest's namespace, which the watchdog removes. */
	public static final String NAMESPACE_PROPERTY = "lifeboat.guest.namespace";

	private final String guest;
	private final Path data;

	private GuestService(String guest, Path data) {
		this.guest = guest;
		this.data = data.toAbsolutePath().normalize();
	}

	public static void main(String[] arguments) throws IOException {
		if (arguments.length != 2) {
			System.err.println("usage: GuestService GUEST DATA_DIRECTORY");
			System.exit(2);
		}
		new GuestService(arguments[0], Path.of(arguments[1])).run();
	}

	private void run() throws IOException {
		String lease = System.getProperty(LEASE_PROPERTY);
		if (Boolean.getBoolean(WATCHDOG_ONLY_PROPERTY)) {
			if (lease != null) {
				System.out.println(java.time.Instant.now() + " " + guest + ": no workload; watching the HA lease " + lease);
				System.out.flush();
				watch(Path.of(lease));
			}
			return;
		}
		if (lease != null) {
			Thread.ofPlatform().daemon().name("ha-watchdog").start(() -> watch(Path.of(lease)));
		}
		Files.createDirectories(data);
		HttpServer http = HttpServer.create(new InetSocketAddress(HTTP_PORT), 16);
		http.createContext("/", this::serve);
		http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		http.start();
		try (ServerSocket echo = new ServerSocket()) {
			echo.setReuseAddress(true);
			echo.bind(new InetSocketAddress(ECHO_PORT));
			while (true) {
				Socket client = echo.accept();
				Thread.ofVirtual().start(() -> echo(client));
			}
		}
	}

	/**
	 * The lease file's text: the deadline, then one line per protected guest. The HA daemon renews the file's
	 * modification time; its absence means no HA policy covers this host.
	 */
	public static String leaseText(long deadlineMs, java.util.Collection<String> protectedGuests) {
		StringBuilder text = new StringBuilder("deadline-ms ").append(deadlineMs).append('\n');
		protectedGuests.forEach(name -> text.append("guest ").append(name).append('\n'));
		return text.toString();
	}

	/** The deadline a lease's text names, or 0. */
	public static long leaseDeadlineMs(java.util.List<String> leaseLines) {
		return leaseLines.stream().filter(line -> line.startsWith("deadline-ms "))
				.mapToLong(line -> Long.parseLong(line.substring("deadline-ms ".length()).strip())).findFirst().orElse(0);
	}

	private void watch(Path lease) {
		while (true) {
			try {
				Thread.sleep(100);
				if (!Files.exists(lease)) {
					continue;
				}
				java.util.List<String> lines = Files.readAllLines(lease, StandardCharsets.UTF_8);
				long deadline = leaseDeadlineMs(lines);
				boolean covered = lines.contains("guest " + guest);
				long age = System.currentTimeMillis() - Files.getLastModifiedTime(lease).toMillis();
				if (covered && deadline > 0 && age > deadline) {
					stopSelf(age, deadline);
				}
			} catch (InterruptedException e) {
				return;
			} catch (IOException | RuntimeException e) {
				// A lease being rewritten or unreadable for a moment: look again at the next tick.
			}
		}
	}

	/** The guest powers itself off: no NIC answers any more, the namespace goes, this process ends. */
	private void stopSelf(long age, long deadline) {
		System.out.println(java.time.Instant.now() + " " + guest + ": the HA lease is " + age + " ms old (deadline "
				+ deadline + " ms): the agent is gone, so this guest stops before another member restarts it");
		System.out.flush();
		try {
			for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
				if (!nic.isLoopback()) {
					run("ip", "link", "set", "dev", nic.getName(), "down");
				}
			}
			String namespace = System.getProperty(NAMESPACE_PROPERTY);
			if (namespace != null) {
				run("ip", "netns", "del", namespace);
			}
		} catch (IOException e) {
			System.out.println(guest + ": while stopping: " + e.getMessage());
		} finally {
			Runtime.getRuntime().halt(0);
		}
	}

	private static void run(String... command) throws IOException {
		try {
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
					.waitFor();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** GET / lists the files; GET /NAME returns one. Nothing outside the data directory is reachable. */
	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (!exchange.getRequestMethod().equals("GET")) {
				reply(exchange, 405, "only GET\n".getBytes(StandardCharsets.UTF_8));
				return;
			}
			if (path.equals("/")) {
				StringBuilder listing = new StringBuilder(guest).append('\n');
				try (Stream<Path> files = Files.walk(data)) {
					files.filter(Files::isRegularFile).map(file -> data.relativize(file).toString()).sorted()
							.forEach(name -> listing.append(name).append('\n'));
				}
				reply(exchange, 200, listing.toString().getBytes(StandardCharsets.UTF_8));
				return;
			}
			Path file = data.resolve(path.substring(1)).normalize();
			if (!file.startsWith(data) || !Files.isRegularFile(file)) {
				reply(exchange, 404, ("no such file: " + path + "\n").getBytes(StandardCharsets.UTF_8));
				return;
			}
			reply(exchange, 200, Files.readAllBytes(file));
		}
	}

	private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private void echo(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				out.println(guest + ": " + line);
			}
		} catch (IOException e) {
			// The client went away; nothing to clean up beyond the socket.
		}
	}
}
