package dev.lifeboat.agent.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.lifeboat.agent.AgentHome;

/**
 * A DR plan's verification probe, run inside a restored guest's network namespace (the bubble is isolated:
 * nothing outside it can reach the guest). TCP_PORT connects to the guest's own address; HTTP gets a path and
 * expects {@code "STATUS [CONTENT]"} (status equal, content contained); COMMAND runs a shell command in the
 * guest's namespace with its data directory as the working directory and {@code DATA} naming it, and expects
 * an exit code (0 unless given).
 * <p>
 * For TCP and HTTP the agent starts itself again inside the namespace ({@link #main}), because a JVM cannot
 * move one socket into another network namespace.
 */
public final class Probe {

	private static final int TIMEOUT_MILLIS = 3000;

	private Probe() {
	}

	static int inGuest(AgentHome home, Path data, String namespace, String kind, String target, String expected,
			PrintStream out, PrintStream err) throws IOException {
		List<String> enter = List.of("nsenter", "--net=/run/netns/" + namespace);
		List<String> command;
		switch (kind) {
		case "tcp", "http" -> {
			command = new java.util.ArrayList<>(enter);
			command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx32m",
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
					Probe.class.getName(), kind, target, expected == null ? "" : expected));
		}
		case "command" -> {
			command = new java.util.ArrayList<>(enter);
			command.addAll(List.of("env", "DATA=" + data, "sh", "-c", target));
		}
		default -> {
			err.println("unknown probe kind '" + kind + "': tcp, http or command");
			return 2;
		}
		}
		Process process = DrillCommands.start(command, java.nio.file.Files.isDirectory(data) ? data : home.directory());
		String output;
		boolean finished;
		try {
			output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			finished = DrillCommands.waitFor(process, 30);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("interrupted");
			return 1;
		}
		if (!finished) {
			err.println(kind + " probe '" + target + "' did not finish within 30 s");
			return 1;
		}
		int exit = process.exitValue();
		if (kind.equals("command")) {
			int wanted = expected == null || expected.isBlank() ? 0 : Integer.parseInt(expected.strip());
			out.println("exit=" + exit);
			if (exit != wanted) {
				err.println("command '" + target + "' exited " + exit + ", expected " + wanted
						+ (output.isEmpty() ? "" : ": " + last(output)));
				return 1;
			}
			return 0;
		}
		if (exit != 0) {
			err.println(output.isEmpty() ? kind + " probe failed (exit " + exit + ")" : last(output));
			return 1;
		}
		out.println(output);
		return 0;
	}

	private static String last(String text) {
		String[] lines = text.split("\n");
		return lines[lines.length - 1];
	}

	/** Inside the guest's namespace: {@code tcp PORT} or {@code http PATH "STATUS [CONTENT]"}. */
	public static void main(String[] arguments) {
		try {
			String address = ownAddress();
			if (arguments[0].equals("tcp")) {
				int port = Integer.parseInt(arguments[1].strip());
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
				}
				System.out.println("connected=" + address + ":" + port);
				System.exit(0);
			}
			String path = arguments[1].startsWith("/") ? arguments[1] : "/" + arguments[1];
			HttpURLConnection http = (HttpURLConnection) URI.create("http://" + address + path).toURL().openConnection();
			http.setConnectTimeout(TIMEOUT_MILLIS);
			http.setReadTimeout(TIMEOUT_MILLIS);
			int status = http.getResponseCode();
			String body = new String((status < 400 ? http.getInputStream() : http.getErrorStream()).readAllBytes(),
					StandardCharsets.UTF_8);
			String expected = arguments.length > 2 ? arguments[2].strip() : "200";
			String[] parts = expected.split("\\s+", 2);
			boolean statusOk = parts[0].isEmpty() || Integer.parseInt(parts[0]) == status;
			boolean contentOk = parts.length < 2 || body.contains(parts[1]);
			if (!statusOk || !contentOk) {
				System.out.println("GET " + path + " answered " + status + (contentOk ? "" : " without '" + parts[1] + "'")
						+ ", expected " + expected);
				System.exit(1);
			}
			System.out.println("status=" + status);
			System.exit(0);
		} catch (IOException | RuntimeException e) {
			System.out.println(arguments[0] + " probe " + String.join(" ", arguments) + " failed: " + e);
			System.exit(1);
		}
	}

	/** The first IPv4 address of the namespace that is not loopback. */
	private static String ownAddress() throws IOException {
		var interfaces = java.net.NetworkInterface.networkInterfaces().filter(nic -> {
			try {
				return !nic.isLoopback() && nic.isUp();
			} catch (IOException e) {
				return false;
			}
		}).toList();
		for (var nic : interfaces) {
			for (var address : java.util.Collections.list(nic.getInetAddresses())) {
				if (address instanceof java.net.Inet4Address) {
					return address.getHostAddress();
				}
			}
		}
		throw new IOException("the guest has no IPv4 address");
	}
}
