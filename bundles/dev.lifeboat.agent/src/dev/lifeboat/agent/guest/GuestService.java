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
 * {@code java -cp lifeboat-agent.jar dev.lifeboat.agent.guest.GuestService GUEST DATA_DIRECTORY}
 */
public final class GuestService {

	public static final int HTTP_PORT = 80;
	public static final int ECHO_PORT = 7;

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
