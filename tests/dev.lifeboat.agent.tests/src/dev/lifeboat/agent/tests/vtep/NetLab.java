package dev.lifeboat.agent.tests.vtep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs iproute2 and friends for a test and undoes what it created, newest first, even when the test failed.
 * Every name it creates starts with {@code vt} so it never touches another user's namespaces or links.
 */
final class NetLab implements AutoCloseable {

	/** What a finished command said. */
	record Result(int exitCode, String output) {
	}

	private final Deque<List<String>> undo = new ArrayDeque<>();
	private final List<Process> processes = new ArrayList<>();

	static boolean isRoot() {
		try {
			return run(List.of("id", "-u")).output().trim().equals("0");
		} catch (IOException e) {
			return false;
		}
	}

	static boolean has(String tool) {
		try {
			return run(List.of("sh", "-c", "command -v " + tool)).exitCode() == 0;
		} catch (IOException e) {
			return false;
		}
	}

	void netns(String name) throws IOException {
		check(name);
		exec("ip", "netns", "del", name).exitCode(); // a leftover of an earlier crashed run
		must("ip", "netns", "add", name);
		undo.push(List.of("ip", "netns", "del", name));
		must("ip", "-n", name, "link", "set", "lo", "up");
		// IPv6 autoconfiguration and MLD chatter would add floods to the counts.
		must("ip", "netns", "exec", name, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1",
				"net.ipv6.conf.default.disable_ipv6=1");
	}

	void tap(String name) throws IOException {
		check(name);
		exec("ip", "link", "del", name);
		must("ip", "tuntap", "add", "dev", name, "mode", "tap");
		undoLinkDelete(name);
	}

	void veth(String name, String peer) throws IOException {
		check(name);
		check(peer);
		exec("ip", "link", "del", name);
		must("ip", "link", "add", name, "type", "veth", "peer", "name", peer);
		undoLinkDelete(name);
	}

	/** Deletes the link wherever it went (the root namespace or one of ours). */
	private void undoLinkDelete(String name) {
		String everywhere = "ip link del " + name + " 2>/dev/null;"
				+ " for n in $(ip netns list | awk '/^vt/{print $1}'); do ip -n $n link del " + name + " 2>/dev/null; done;"
				+ " true";
		undo.push(List.of("sh", "-c", everywhere));
	}

	Result exec(String... command) throws IOException {
		return run(List.of(command));
	}

	String must(String... command) throws IOException {
		Result result = exec(command);
		if (result.exitCode() != 0) {
			throw new IOException(String.join(" ", command) + " failed (" + result.exitCode() + "): "
					+ result.output());
		}
		return result.output();
	}

	/** Starts a background process whose output goes to {@code log}, killed on close. */
	Process startLogged(java.nio.file.Path log, String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		processes.add(process);
		return process;
	}

	/** Starts a background process, killed on close. */
	Process start(String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		processes.add(process);
		return process;
	}

	@Override
	public void close() {
		for (Process process : processes) {
			process.destroyForcibly();
		}
		while (!undo.isEmpty()) {
			try {
				run(undo.pop());
			} catch (IOException e) {
				// keep undoing the rest
			}
		}
	}

	private static void check(String name) {
		if (!name.startsWith("vt")) {
			throw new IllegalArgumentException("lab names start with vt: " + name);
		}
	}

	static Result run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		// Read before waiting: a full pipe would otherwise block the command forever.
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("timed out: " + command);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("interrupted: " + command, e);
		}
		return new Result(process.exitValue(), output);
	}
}
