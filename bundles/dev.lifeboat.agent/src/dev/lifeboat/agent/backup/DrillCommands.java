package dev.lifeboat.agent.backup;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.lifeboat.agent.AgentHome;

/**
 * {@code agent drill ...}: what a DR drill asks of a recovery host, one step per command so that the console
 * times and records each. Every command prints {@code key=value} lines and exits 0 when the step passed, 1
 * when it failed (the reason on standard error), 2 on unusable arguments.
 *
 * <pre>
 * drill restore POLICY REPOSITORY SNAPSHOT|latest SOURCE_GUEST DRILL_GUEST
 * drill verify  POLICY REPOSITORY SNAPSHOT DRILL_GUEST
 * drill check   POLICY REPOSITORY
 * drill list    POLICY REPOSITORY SOURCE_GUEST
 * drill probe   NAMESPACE DRILL_GUEST tcp|http|command TARGET [EXPECTED]
 * </pre>
 */
public final class DrillCommands {

	private final AgentHome home;
	private final Function<String, Path> dataDirectory;
	private final PrintStream out;
	private final PrintStream err;

	/** @param dataDirectory the data directory of a guest by name (the guest driver's) */
	public DrillCommands(AgentHome home, Function<String, Path> dataDirectory, PrintStream out, PrintStream err) {
		this.home = home;
		this.dataDirectory = dataDirectory;
		this.out = out;
		this.err = err;
	}

	private Path data(String guest) {
		return dataDirectory.apply(guest);
	}

	public int run(List<String> arguments) {
		if (arguments.isEmpty()) {
			return usage();
		}
		try {
			return switch (arguments.get(0)) {
			case "restore" -> arguments.size() == 6 ? restore(arguments.get(1), arguments.get(2), arguments.get(3),
					arguments.get(4), arguments.get(5)) : usage();
			case "verify" -> arguments.size() == 5
					? verify(arguments.get(1), arguments.get(2), arguments.get(3), arguments.get(4))
					: usage();
			case "check" -> arguments.size() == 3 ? check(arguments.get(1), arguments.get(2)) : usage();
			case "list" -> arguments.size() == 4 ? list(arguments.get(1), arguments.get(2), arguments.get(3)) : usage();
			case "probe" -> arguments.size() >= 5 && arguments.size() <= 6 ? Probe.inGuest(home, data(arguments.get(2)),
					arguments.get(1), arguments.get(3), arguments.get(4), arguments.size() == 6 ? arguments.get(5) : null,
					out, err) : usage();
			default -> usage();
			};
		} catch (Restic.ResticException e) {
			err.println(e.getMessage());
			return 1;
		} catch (IOException e) {
			err.println(e.getMessage());
			return 1;
		}
	}

	private int usage() {
		err.println("usage: agent drill restore POLICY REPOSITORY SNAPSHOT|latest SOURCE_GUEST DRILL_GUEST");
		err.println("       agent drill verify POLICY REPOSITORY SNAPSHOT DRILL_GUEST");
		err.println("       agent drill check POLICY REPOSITORY");
		err.println("       agent drill list POLICY REPOSITORY SOURCE_GUEST");
		err.println("       agent drill probe NAMESPACE DRILL_GUEST tcp|http|command TARGET [EXPECTED]");
		return 2;
	}

	/** The snapshots of {@code sourceGuest}, oldest first: proves the repository is reachable and readable. */
	private int list(String policy, String repository, String sourceGuest) throws Restic.ResticException {
		for (Restic.Snapshot snapshot : sorted(Backups.restic(home, policy, repository), sourceGuest)) {
			out.println("snapshot=" + snapshot.id() + " " + snapshot.time());
		}
		return 0;
	}

	private static List<Restic.Snapshot> sorted(Restic restic, String sourceGuest) throws Restic.ResticException {
		List<Restic.Snapshot> snapshots = new ArrayList<>(restic.snapshots(List.of(Backups.GUEST_TAG + sourceGuest)));
		snapshots.sort(Comparator.comparing(s -> OffsetDateTime.parse(s.time())));
		return snapshots;
	}

	/**
	 * Restores {@code sourceGuest}'s snapshot ({@code latest} of its tag, or the one named) into the emptied data
	 * directory of {@code drillGuest}. The snapshot is looked up first, so that what is printed is restic's full
	 * id (the SHA-256 of the snapshot) and its root tree's id, the evidence a report keeps, and so that a snapshot
	 * of another guest (by its tag) is refused before anything is written.
	 */
	private int restore(String policy, String repository, String snapshot, String sourceGuest, String drillGuest)
			throws Restic.ResticException, IOException {
		Restic restic = Backups.restic(home, policy, repository);
		Restic.Snapshot chosen = resolve(restic, snapshot, sourceGuest);
		Path target = data(drillGuest);
		deleteTree(target);
		Files.createDirectories(target);
		Restic.Result restored = restic.run(List.of("restore", chosen.id(), "--target", target.toString()), null);
		if (!restored.ok()) {
			throw new Restic.ResticException("restore of guest " + sourceGuest + "'s snapshot " + chosen.id() + " failed: "
					+ restored.reason());
		}
		out.println("snapshot=" + chosen.id());
		out.println("tree=" + chosen.tree());
		out.println("time=" + OffsetDateTime.parse(chosen.time()).toInstant());
		out.println("target=" + target);
		return 0;
	}

	/** The snapshot {@code wanted} names ({@code latest}: the newest of the guest's tag), with its full id. */
	private static Restic.Snapshot resolve(Restic restic, String wanted, String sourceGuest) throws Restic.ResticException {
		String tag = Backups.GUEST_TAG + sourceGuest;
		List<Restic.Snapshot> found;
		if (wanted.equals("latest")) {
			found = sorted(restic, sourceGuest);
		} else if (!wanted.matches("[0-9a-f]{8,64}")) {
			throw new Restic.ResticException("'" + wanted + "' is not a snapshot id (8 to 64 hex digits) or 'latest'");
		} else {
			found = restic.snapshots(List.of()).stream().filter(s -> s.id().startsWith(wanted)).toList();
		}
		if (found.isEmpty()) {
			throw new Restic.ResticException("snapshot " + wanted + " of guest " + sourceGuest + " is not in "
					+ restic.repository() + ": back the guest up or pick another restore point");
		}
		if (found.size() > 1 && !wanted.equals("latest")) {
			throw new Restic.ResticException("snapshot id " + wanted + " is ambiguous in " + restic.repository()
					+ ": give more of its digits");
		}
		Restic.Snapshot chosen = found.get(found.size() - 1);
		if (!chosen.tags().contains(tag)) {
			throw new Restic.ResticException("snapshot " + chosen.id() + " is a backup of "
					+ String.join(", ", chosen.tags()) + " " + chosen.paths() + ", not of guest " + sourceGuest
					+ ": pick one of its own snapshots");
		}
		return chosen;
	}

	/**
	 * Compares every file of the snapshot (hashed as restic dump streams it) with the drill guest's data
	 * directory: changed, missing and unexpected files are each reported by path.
	 */
	private int verify(String policy, String repository, String snapshot, String drillGuest)
			throws Restic.ResticException, IOException {
		Restic restic = Backups.restic(home, policy, repository);
		Map<String, String> expected = new TreeMap<>();
		Restic.Result dumped = restic.run(List.of("dump", snapshot, "/"), null,
				stream -> expected.putAll(TarHashes.read(stream)));
		if (!dumped.ok()) {
			throw new Restic.ResticException("cannot read snapshot " + snapshot + " to verify it: " + dumped.reason());
		}
		Path root = data(drillGuest);
		Map<String, String> actual = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				actual.put(root.relativize(file).toString(), sha256(file));
			}
		}
		List<String> problems = new ArrayList<>();
		expected.forEach((path, hash) -> {
			String found = actual.get(path);
			if (found == null) {
				problems.add("missing " + path);
			} else if (!found.equals(hash)) {
				problems.add("changed " + path + " (sha256 " + found.substring(0, 12) + ", snapshot has "
						+ hash.substring(0, 12) + ")");
			}
		});
		actual.keySet().stream().filter(path -> !expected.containsKey(path)).forEach(path -> problems.add("unexpected " + path));
		StringBuilder manifest = new StringBuilder();
		expected.forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
		out.println("files=" + expected.size());
		out.println("manifest=" + sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)));
		problems.forEach(problem -> out.println("problem=" + problem));
		return problems.isEmpty() ? 0 : 1;
	}

	/** restic check with every pack read back and decrypted: damaged data is found, not assumed away. */
	private int check(String policy, String repository) throws Restic.ResticException {
		Restic restic = Backups.restic(home, policy, repository);
		Restic.Result checked = restic.runUnlocking(List.of("check", "--read-data"), null, err::println);
		if (!checked.ok()) {
			throw new Restic.ResticException("restic check of " + repository + " failed: " + checked.reason());
		}
		out.println("check=ok");
		return 0;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	static String sha256(Path file) throws IOException {
		try (var in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** Runs {@code command} and waits; used for the probes that must run inside a guest's namespace. */
	static Process start(List<String> command, Path directory) throws IOException {
		return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
	}

	static boolean waitFor(Process process, long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return false;
		}
		return true;
	}
}
