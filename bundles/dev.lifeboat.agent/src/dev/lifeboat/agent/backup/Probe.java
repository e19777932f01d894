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
import java.util.concurrent.Callable;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

import dev.lifeboat.agent.AgentHome;

/**
 * A DR plan's verification probe, run inside a restored guest's network namespace (the bubble is isolated:
 * nothing outside it can reach the guest). TCP_PORT connects to the guest's own address; HTTP gets a path and
 * expects {@code "STATUS [CONTENT]"} (status equal, content contained); COMMAND runs a shell command in the
 * guest's namespace with its data directory as the working directory and {@code DATA} naming it, and expects
 * an exit code (0 unless given).
 * <p>
 * TCP and HTTP run in this JVM, on a thread of their own that has entered the guest's network namespace
 * ({@code setns(2)} moves only the calling thread, and the sockets a thread opens belong to its namespace):
 * no second JVM starts for a probe.
 */
public final class Probe {

	private static final int TIMEOUT_MILLIS = 3000;

	private Probe() {
	}

	static int inGuest(AgentHome home, Path data, String namespace, String kind, String target, String expected,
			PrintStream out, PrintStream err) throws IOException {
		switch (kind) {
		case "tcp", "http" -> {
			Answer answer = inNamespace(namespace, () -> kind.equals("tcp") ? tcp(target) : http(target, expected));
			(answer.passed() ? out : err).println(answer.line());
			return answer.passed() ? 0 : 1;
		}
		case "command" -> {
			return command(home, data, namespace, target, expected, out, err);
		}
		default -> {
			err.println("unknown probe kind '" + kind + "': tcp, http or command");
			return 2;
		}
		}
	}

	private static int command(AgentHome home, Path data, String namespace, String target, String expected,
			PrintStream out, PrintStream err) throws IOException {
		List<String> command = List.of("nsenter", "--net=/run/netns/" + namespace, "env", "DATA=" + data, "sh", "-c", target);
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
			err.println("command probe '" + target + "' did not finish within 30 s");
			return 1;
		}
		int exit = process.exitValue();
		int wanted = expected == null || expected.isBlank() ? 0 : Integer.parseInt(expected.strip());
		out.println("exit=" + exit);
		if (exit != wanted) {
			err.println("command '" + target + "' exited " + exit + ", expected " + wanted
					+ (output.isEmpty() ? "" : ": " + last(output)));
			return 1;
		}
		return 0;
	}

	private static String last(String text) {
		String[] lines = text.split("\n");
		return lines[lines.length - 1];
	}

	/** A probe's verdict and the one line that says it. */
	record Answer(boolean passed, String line) {
	}

	/** Runs {@code probe} on a new thread inside the network namespace {@code namespace}, then lets the thread end. */
	private static Answer inNamespace(String namespace, Callable<Answer> probe) {
		Answer[] answer = new Answer[1];
		Thread thread = Thread.ofPlatform().daemon().name("lifeboat-probe").start(() -> {
			try {
				NetworkNamespace.enter("/run/netns/" + namespace);
				answer[0] = probe.call();
			} catch (LastErrorException e) {
				answer[0] = new Answer(false, "cannot enter the guest's network namespace " + namespace + ": errno "
						+ e.getErrorCode());
			} catch (Exception e) {
				answer[0] = new Answer(false, "probe failed: " + e);
			}
		});
		try {
			thread.join(4L * TIMEOUT_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return answer[0] != null ? answer[0] : new Answer(false, "the probe did not finish within " + 4 * TIMEOUT_MILLIS / 1000 + " s");
	}

	/** {@code PORT}: a TCP connection to the guest's own address. */
	private static Answer tcp(String target) throws IOException {
		String address = ownAddress();
		int port = Integer.parseInt(target.strip());
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
		} catch (IOException e) {
			return new Answer(false, "tcp probe of " + address + ":" + port + " failed: " + e);
		}
		return new Answer(true, "connected=" + address + ":" + port);
	}

	/** {@code PATH} and {@code "STATUS [CONTENT]"}: a GET from the guest's own address. */
	private static Answer http(String target, String expected) throws IOException {
		String address = ownAddress();
		String path = target.startsWith("/") ? target : "/" + target;
		String wanted = expected == null || expected.isBlank() ? "200" : expected.strip();
		int status;
		String body;
		try {
			HttpURLConnection http = (HttpURLConnection) URI.create("http://" + address + path).toURL()
					.openConnection(java.net.Proxy.NO_PROXY);
			http.setConnectTimeout(TIMEOUT_MILLIS);
			http.setReadTimeout(TIMEOUT_MILLIS);
			status = http.getResponseCode();
			var stream = status < 400 ? http.getInputStream() : http.getErrorStream();
			body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return new Answer(false, "http probe GET " + path + " of " + address + " failed: " + e);
		}
		String[] parts = wanted.split("\\s+", 2);
		boolean statusOk = Integer.parseInt(parts[0]) == status;
		boolean contentOk = parts.length < 2 || body.contains(parts[1]);
		if (!statusOk || !contentOk) {
			return new Answer(false, "GET " + path + " answered " + status + (contentOk ? "" : " without '" + parts[1] + "'")
					+ ", expected " + wanted);
		}
		return new Answer(true, "status=" + status);
	}

	/** The first IPv4 address of the (calling thread's) namespace that is not loopback. */
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

	/** {@code setns(2)} for network namespaces, JNA direct-mapped. */
	private static final class NetworkNamespace {
		private static final int O_RDONLY = 0;
		private static final int O_CLOEXEC = 0x80000;
		private static final int CLONE_NEWNET = 0x40000000;

		static {
			Native.register(NetworkNamespace.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
		}

		private NetworkNamespace() {
		}

		/** Moves the calling thread into the network namespace bound at {@code path}. */
		static void enter(String path) {
			int fd = open(path, O_RDONLY | O_CLOEXEC);
			try {
				setns(fd, CLONE_NEWNET);
			} finally {
				close(fd);
			}
		}

		private static native int open(String path, int flags) throws LastErrorException;

		private static native int setns(int fd, int type) throws LastErrorException;

		private static native int close(int fd);
	}
}
