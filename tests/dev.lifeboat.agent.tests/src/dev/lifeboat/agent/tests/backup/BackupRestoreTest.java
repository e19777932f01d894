package dev.lifeboat.agent.tests.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.agent.Agent;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.BackupSpec;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * The agent's backups and drill steps against real restic repositories on local paths (no root, no lab):
 * {@code agent backup}, {@code agent state}, retention, the D2D2C copy, and {@code agent drill restore|verify}
 * finding every changed, missing and unexpected file.
 */
class BackupRestoreTest {

	private static final ProtocolCodec CODEC = new ProtocolCodec();

	@TempDir
	Path work;
	private Path home;
	private Path data;

	/** What one agent command did. */
	record Run(int exit, String out, String err) {
	}

	@BeforeEach
	void setUp() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/restic")), "restic is not installed (apt-get install restic)");
		home = work.resolve("home");
		data = home.resolve("guests/vm1/data");
		Files.createDirectories(data.resolve("a/b"));
		Files.writeString(data.resolve("index.html"), "<h1>vm1</h1>\n");
		Files.writeString(data.resolve("a/b/notes.txt"), "line\n".repeat(1000));
		// A path longer than tar's 100 characters: restic dump writes it in a PAX record.
		Path longName = data.resolve("a/" + "very-long-folder-name-".repeat(4) + "/" + "file-".repeat(20) + ".bin");
		Files.createDirectories(longName.getParent());
		byte[] random = new byte[300_000];
		new Random(1).nextBytes(random);
		Files.write(longName, random);
		Files.createDirectories(home.resolve("secrets"));
		Files.setPosixFilePermissions(home.resolve("secrets"), PosixFilePermissions.fromString("rwx------"));
		Path password = home.resolve("secrets").resolve(BackupSpec.passwordFileName("p1"));
		Files.writeString(password, "agent-test-password\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		AgentConfig config = new AgentConfig("h1", "host-1", "test");
		BackupSpec spec = new BackupSpec("p1", BackupSpec.Kind.D2D2C, work.resolve("repo").toString(),
				work.resolve("copy").toString(), 60, 2, 60);
		spec.guests().add("vm1");
		config.backups().add(spec);
		Files.writeString(home.resolve("applied.xml"), CODEC.toXml(config));
	}

	/** What the deploy does before any backup: each repository created once, the secondary with the chunker of the primary. */
	private void initializeRepositories() {
		Run primary = agent("repository", "init", "p1", work.resolve("repo").toString());
		assertEquals(0, primary.exit(), primary.toString());
		assertEquals("created", value(primary.out(), "repository"));
		Run secondary = agent("repository", "init", "p1", work.resolve("copy").toString(), work.resolve("repo").toString());
		assertEquals(0, secondary.exit(), secondary.toString());
		assertEquals("created", value(secondary.out(), "repository"));
	}

	@Test
	void aBackupNeverCreatesARepositoryAndInitLeavesAnExistingOneAlone() throws Exception {
		Run backup = agent("backup");
		assertEquals(1, backup.exit(), backup.toString());
		assertTrue(backup.err().contains("there is no restic repository at " + work.resolve("repo"))
				&& backup.err().contains("the deploy creates each repository once"), backup.err());
		assertTrue(!Files.exists(work.resolve("repo")), "the backup created the repository");

		initializeRepositories();
		byte[] config = Files.readAllBytes(work.resolve("repo/config"));
		Run again = agent("repository", "init", "p1", work.resolve("repo").toString());
		assertEquals(0, again.exit(), again.toString());
		assertEquals("exists", value(again.out(), "repository"));
		try (var keys = Files.list(work.resolve("repo/keys"))) {
			assertEquals(1, keys.count(), "one master key, however often init runs");
		}
		assertTrue(java.util.Arrays.equals(config, Files.readAllBytes(work.resolve("repo/config"))), "the config was rewritten");
		assertEquals(chunkerPolynomial(work.resolve("repo")), chunkerPolynomial(work.resolve("copy")),
				"the D2D2C secondary chunks like its primary, so restic copy deduplicates");

		Files.writeString(home.resolve("secrets").resolve(BackupSpec.passwordFileName("p1")), "another-password\n");
		Run wrongPassword = agent("repository", "init", "p1", work.resolve("repo").toString());
		assertEquals(1, wrongPassword.exit(), wrongPassword.toString());
		assertTrue(wrongPassword.err().contains("cannot open the restic repository " + work.resolve("repo")),
				wrongPassword.err());
		assertTrue(java.util.Arrays.equals(config, Files.readAllBytes(work.resolve("repo/config"))), "the config was rewritten");
	}

	@Test
	void backsUpByPolicyKeepsTheLastSnapshotsCopiesThemAndReportsThem() throws Exception {
		initializeRepositories();
		for (int i = 0; i < 3; i++) {
			Files.writeString(data.resolve("round.txt"), "round " + i);
			Run backup = agent("backup");
			assertEquals(0, backup.exit(), backup.toString());
			assertTrue(backup.out().contains("backed up vm1: snapshot "), backup.out());
		}
		assertEquals(2, snapshotCount(work.resolve("repo")), "retention keeps the last 2");
		assertEquals(2, snapshotCount(work.resolve("copy")), "the D2D2C copy has the same snapshots, same retention");

		AgentState state = CODEC.fromXml(agent("state").out(), AgentState.class);
		AgentState.BackupState vm1 = state.backups().get(0);
		assertEquals("vm1", vm1.guest());
		assertEquals("p1", vm1.policyName());
		assertNotNull(vm1.snapshotId());
		assertNotNull(vm1.snapshotTime());
		assertTrue(vm1.rpoMet() && vm1.sizeBytes() > 300_000 && vm1.durationMs() > 0, vm1.toString());
		assertNull(vm1.lastError());
		String log = Files.readString(home.resolve("agent.log"));
		assertTrue(!log.contains("agent-test-password"), "the password is not logged");
	}

	@Test
	void restoreAndVerifyFindEveryChangedMissingAndUnexpectedFile() throws Exception {
		initializeRepositories();
		assertEquals(0, agent("backup", "vm1").exit());
		String repository = work.resolve("repo").toString();
		Run restore = agent("drill", "restore", "p1", repository, "latest", "vm1", "drill-vm1");
		assertEquals(0, restore.exit(), restore.toString());
		String snapshot = value(restore.out(), "snapshot");
		// restic's full ids, as the drill's evidence: the snapshot's and its root tree's SHA-256.
		assertTrue(snapshot.matches("[0-9a-f]{64}"), snapshot);
		assertTrue(resticSnapshots(work.resolve("repo")).contains("\"id\":\"" + snapshot + "\""), snapshot);
		String tree = value(restore.out(), "tree");
		assertTrue(tree.matches("[0-9a-f]{64}") && resticSnapshots(work.resolve("repo")).contains("\"tree\":\"" + tree + "\""), tree);
		Path restored = home.resolve("guests/drill-vm1/data");
		Run verified = agent("drill", "verify", "p1", repository, snapshot, "drill-vm1");
		assertEquals(0, verified.exit(), verified.toString());
		assertEquals("3", value(verified.out(), "files"));

		Files.writeString(restored.resolve("index.html"), "changed\n", java.nio.file.StandardOpenOption.APPEND);
		Files.delete(restored.resolve("a/b/notes.txt"));
		Files.writeString(restored.resolve("planted.sh"), "echo\n");
		Run tampered = agent("drill", "verify", "p1", repository, snapshot, "drill-vm1");
		assertEquals(1, tampered.exit(), tampered.toString());
		assertTrue(tampered.out().contains("problem=changed index.html"), tampered.out());
		assertTrue(tampered.out().contains("problem=missing a/b/notes.txt"), tampered.out());
		assertTrue(tampered.out().contains("problem=unexpected planted.sh"), tampered.out());

		Run check = agent("drill", "check", "p1", repository);
		assertEquals(0, check.exit(), check.toString());
		Run missing = agent("drill", "restore", "p1", repository, "0badc0de", "vm1", "drill-vm1");
		assertEquals(1, missing.exit(), missing.toString());
		assertTrue(missing.err().contains("snapshot 0badc0de of guest vm1 is not in " + repository), missing.err());
		Run otherGuest = agent("drill", "restore", "p1", repository, snapshot.substring(0, 10), "vm2", "drill-vm2");
		assertEquals(1, otherGuest.exit(), otherGuest.toString());
		assertTrue(otherGuest.err().contains("is a backup of lifeboat-guest=vm1") && otherGuest.err().contains("not of guest vm2"),
				otherGuest.err());
		assertTrue(!Files.exists(home.resolve("guests/drill-vm2")), "nothing was restored for vm2");
	}

	@Test
	void withoutItsPasswordABackupFailsSayingWhereThePasswordBelongs() throws Exception {
		initializeRepositories();
		Files.delete(home.resolve("secrets").resolve(BackupSpec.passwordFileName("p1")));
		Run backup = agent("backup");
		assertEquals(1, backup.exit());
		assertTrue(backup.err().contains("p1.restic-password is missing"), backup.err());
		AgentState state = CODEC.fromXml(agent("state").out(), AgentState.class);
		assertTrue(state.backups().get(0).lastError().contains("deploy the backup passwords"), state.backups().toString());
		assertTrue(!state.backups().get(0).rpoMet());
		assertEquals(2, agent("backup", "vm2").exit(), "a guest no policy covers is refused");
	}

	private Run agent(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] all = new String[arguments.length + 2];
		all[0] = "--home";
		all[1] = home.toString();
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		int exit = Agent.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private int snapshotCount(Path repository) throws IOException, InterruptedException {
		Matcher id = Pattern.compile("\"lifeboat-guest=vm1\"").matcher(resticSnapshots(repository));
		int count = 0;
		while (id.find()) {
			count++;
		}
		return count;
	}

	private String resticSnapshots(Path repository) throws IOException, InterruptedException {
		return restic(repository, "snapshots", "--json");
	}

	/** The chunker polynomial in the repository's config (restic cat config). */
	private String chunkerPolynomial(Path repository) throws IOException, InterruptedException {
		Matcher polynomial = Pattern.compile("\"chunker_polynomial\":\\s*\"([0-9a-f]+)\"").matcher(restic(repository, "cat", "config"));
		assertTrue(polynomial.find(), "no chunker polynomial in " + repository);
		return polynomial.group(1);
	}

	private String restic(Path repository, String... arguments) throws IOException, InterruptedException {
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("restic", "-r", repository.toString()));
		command.addAll(java.util.List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("RESTIC_PASSWORD_FILE", home.resolve("secrets").resolve(BackupSpec.passwordFileName("p1")).toString());
		Process process = builder.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		return output;
	}

	private static String value(String output, String key) {
		return output.lines().filter(line -> line.startsWith(key + "=")).map(line -> line.substring(key.length() + 1))
				.findFirst().orElseThrow(() -> new AssertionError("no " + key + "= in " + output));
	}
}
