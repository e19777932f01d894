package dev.lifeboat.deploy.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.CheckKind;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.DrillExecution;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * Backups and DR drills against the lab (as root): the demo without esx-n2, its tier-1 policy backing up web-1
 * and db-1 from esx-n1 and db-2 from esx-s2 over SFTP to one repository on esx-s1 (D2D2C, the second copy over
 * SFTP on esx-s2), and the demo plan restoring web-1 and db-1 into a bubble on esx-s1 and esx-s2 while web-3 on
 * esx-s1 keeps talking to the production web-1 at the very address the drill guest also has. Then each fault.
 * Tests run in order on one lab.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillLabTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-s1", "esx-s2");
	@RegisterExtension
	static final Lab lab = Lab.of(HOSTS.toArray(String[]::new));
	private static final ProtocolCodec CODEC = new ProtocolCodec();
	private static final String PASSWORD = "drill-lab-" + Long.toHexString(new Random().nextLong());

	@Test
	@Order(1)
	void backsUpTwoGuestsByPolicyWithThePasswordOnlyInARootOnlyFile() throws Exception {
		Topology topology = topology();
		DeployResult deployed = new Deployment(topology, options()).apply(DeployListener.NONE);
		assertTrue(deployed.succeeded(), deployed.describe());
		Deployment deployment = new Deployment(topology, options());
		assertFalse(Files.exists(primary()), "no repository before the passwords are there");
		// Passwords, then each repository created once by the deploy (the agents never create one).
		assertEquals(List.of(), BackupPasswords.installAll(settings(), deployment.targets(), deployment.configs(),
				BackupPasswords.same(PASSWORD.toCharArray())));
		assertEquals(1, fileCount(primary().resolve("keys")), "one master key in the primary repository");
		assertEquals(1, fileCount(secondary().resolve("keys")), "one master key in the secondary repository");
		// A second deploy finds them and leaves them alone.
		byte[] config = Files.readAllBytes(primary().resolve("config"));
		assertEquals(List.of(), BackupPasswords.installAll(settings(), deployment.targets(), deployment.configs(),
				BackupPasswords.same(PASSWORD.toCharArray())));
		assertTrue(java.util.Arrays.equals(config, Files.readAllBytes(primary().resolve("config"))), "the config was rewritten");
		assertEquals(1, fileCount(primary().resolve("keys")), "a redeploy added a key");
		writeData("esx-n1", "web-1", 40);
		writeData("esx-n1", "db-1", 25);
		writeData("esx-s2", "db-2", 10);
		// (the daemons also back up on their own schedule, so more snapshots may be there)
		assertEquals(List.of(), backUpAtOnce(), "both hosts' first backups to the shared repository");
		for (String host : List.of("esx-n1", "esx-s2")) {
			for (AgentState.BackupState guest : state(host).backups()) {
				assertNotNull(guest.snapshotId(), guest.guest());
				assertTrue(guest.rpoMet() && guest.sizeBytes() > 0 && guest.lastError() == null, guest.toString());
			}
		}
		assertEquals(List.of("db-1", "web-1"), state("esx-n1").backups().stream().map(AgentState.BackupState::guest).sorted().toList());
		assertEquals(List.of("db-2"), state("esx-s2").backups().stream().map(AgentState.BackupState::guest).toList());
		// D2D on esx-s1's repository, D2D2C's copy over SFTP on esx-s2 (restic copy between two SFTP hosts, pinned
		// host keys on both), and both repositories check clean.
		assertTrue(snapshots(primary()).containsAll(List.of("web-1", "db-1", "db-2")), primary().toString());
		assertTrue(snapshots(secondary()).containsAll(List.of("web-1", "db-1", "db-2")), secondary().toString());
		for (String repository : List.of(primarySftp(), secondarySftp())) {
			Lab.Result check = lab.agent("esx-n1", "drill", "check", "tier1-hourly", repository);
			assertTrue(check.ok() && check.out().contains("check=ok"), check.toString());
		}

		Path secrets = lab.agentHome("esx-n1").resolve("secrets");
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
		try (Stream<Path> files = Files.list(secrets)) {
			for (Path file : files.toList()) {
				assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
			}
		}
		assertNoPasswordIn(lab.agentHome("esx-n1"));
		assertNoPasswordIn(lab.agentHome("esx-s1"));
	}

	/**
	 * {@code agent backup} on esx-n1 and esx-s2 started at the same moment, against the one shared repository.
	 *
	 * @return the failures (empty when both succeeded)
	 */
	private static List<String> backUpAtOnce() throws InterruptedException {
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		for (String host : List.of("esx-n1", "esx-s2")) {
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					start.await();
					Lab.Result backup = lab.agent(host, "backup");
					if (!backup.ok()) {
						failures.add(host + ": " + backup);
					}
				} catch (Exception e) {
					failures.add(host + ": " + e);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return failures;
	}

	@Test
	@Order(2)
	void drillRestoresVerifiesEveryFileAndStaysIsolatedWhileProductionFlows() throws Exception {
		Topology topology = topology();
		DrPlan plan = topology.getDrPlans().get(0);
		ProductionProbe production = new ProductionProbe();
		List<String> isolation = Collections.synchronizedList(new ArrayList<>());
		DrillResult result;
		production.start();
		try {
			result = drill(topology, plan, "latest", new DrillExecution.Listener() {
				@Override
				public void bubbleUp(Map<String, String> guests) {
					isolation.addAll(isolationViolations(guests));
				}
			});
		} finally {
			production.stop();
		}
		assertTrue(result.passed(), describe(result));
		assertEquals(List.of("db-1", "web-1"), result.vms().stream().map(DrillResult.VmResult::vm).toList());
		String repositorySnapshots = snapshotsJson(primary());
		for (DrillResult.VmResult vm : result.vms()) {
			DrillResult.Check files = vm.checks().stream().filter(c -> c.kind() == CheckKind.FILE_HASHES).findFirst().orElseThrow();
			assertEquals(CheckStatus.PASS, files.status(), vm.vm());
			assertTrue(result.evidence().containsKey("file manifest " + vm.vm()), result.evidence().toString());
			assertEquals(manifestOf(vm.vm()), result.evidence().get("file manifest " + vm.vm()), vm.vm());
			// restic's full snapshot id (its SHA-256) and the id of the snapshot's root tree, as in the repository.
			String snapshot = result.evidence().get("snapshot " + vm.vm());
			assertTrue(snapshot != null && snapshot.matches("[0-9a-f]{64}") && snapshot.equals(vm.snapshotId()), result.evidence().toString());
			String tree = result.evidence().get("snapshot tree " + vm.vm());
			assertTrue(tree != null && tree.matches("[0-9a-f]{64}"), result.evidence().toString());
			assertTrue(repositorySnapshots.matches("(?s).*\\{[^{}]*\"tree\":\"" + tree + "\"[^{}]*\"id\":\"" + snapshot + "\"[^{}]*\\}.*"),
					vm.vm() + ": snapshot " + snapshot + " with tree " + tree + " is not in " + repositorySnapshots);
		}
		assertEquals(List.of(), isolation, "the restored guests reached outside the bubble");
		assertTrue(production.answers.get() >= 5, "production was probed throughout: " + production.answers.get());
		assertEquals(List.of(), production.failures, "production traffic to web-1 was disturbed during the drill");
		assertBubbleGone(result);
		assertNotNull(result.actualRpo());
		assertNotNull(result.actualRto());
		// Recording (score, report, hash chain) is DrillHistory's, tested in the core tests and by the CLI.
	}

	/**
	 * Point in time: web-1 gets a second version and is backed up, then (seconds later) db-1. A drill at a time
	 * between the two backups restores web-1's new data and db-1's old (each VM's newest snapshot at or before
	 * it), checked by the restored files and by what the restored web-1 serves; a drill at "latest" restores both
	 * new versions. The first backups are test 1's.
	 */
	@Test
	@Order(3)
	void aDrillAtATimeRestoresEachVmsNewestSnapshotAtOrBeforeItAndLatestTheNewest() throws Exception {
		Topology topology = topology();
		DrPlan plan = topology.getDrPlans().get(0);
		String webOld = index("web-1");
		String dbOld = index("db-1");
		Thread.sleep(1100);
		Files.writeString(dataOf("web-1").resolve("index.html"), "<h1>web-1 version 2</h1>\n");
		Lab.Result web = lab.agent("esx-n1", "backup", "web-1");
		assertTrue(web.ok(), web.toString());
		Thread.sleep(1100);
		java.time.Instant between = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Thread.sleep(1100);
		Files.writeString(dataOf("db-1").resolve("index.html"), "<h1>db-1 version 2</h1>\n");
		Lab.Result db = lab.agent("esx-n1", "backup", "db-1");
		assertTrue(db.ok(), db.toString());

		RestoredContent atTime = new RestoredContent();
		DrillResult result = drill(topology, plan, between.toString(), atTime);
		assertTrue(result.passed(), describe(result));
		assertEquals(between.toString(), result.restorePoint());
		assertEquals("<h1>web-1 version 2</h1>\n", atTime.files.get("drill-web-1"), "web-1's snapshot before the time");
		assertEquals(dbOld, atTime.files.get("drill-db-1"), "db-1's older snapshot: its new one is after the time");
		assertEquals("<h1>web-1 version 2</h1>", atTime.served.strip(), "what the restored web-1 serves");
		for (DrillResult.VmResult vm : result.vms()) {
			assertFalse(vm.snapshotTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(between), vm.toString());
			assertTrue(result.timeline().stream().anyMatch(step -> step.name().equals("preflight: repository")
					&& step.target().equals(vm.vm()) && step.message().contains("snapshot " + vm.snapshotId().substring(0, 8))),
					describe(result));
			assertEquals(java.time.Duration.between(vm.snapshotTime(), result.startedAt()), vm.rpo(result.startedAt()));
		}
		assertTrue(snapshotsJson(primary()).contains(result.vms().get(0).snapshotId()));
		assertBubbleGone(result);

		RestoredContent atLatest = new RestoredContent();
		DrillResult latest = drill(topology, plan, "latest", atLatest);
		assertTrue(latest.passed(), describe(latest));
		assertEquals("<h1>web-1 version 2</h1>\n", atLatest.files.get("drill-web-1"));
		assertEquals("<h1>db-1 version 2</h1>\n", atLatest.files.get("drill-db-1"), "db-1's newest snapshot");
		assertFalse(webOld.equals(atLatest.files.get("drill-web-1")));
		assertBubbleGone(latest);
	}

	/** What the drill guests hold once restored (their index.html) and what drill-web-1 serves in the bubble. */
	private static final class RestoredContent implements DrillExecution.Listener {
		final Map<String, String> files = new java.util.concurrent.ConcurrentHashMap<>();
		volatile String served = "";

		@Override
		public void restored(Map<String, String> guests) {
			guests.forEach((guest, host) -> {
				try {
					files.put(guest, Files.readString(lab.agentHome(host).resolve("guests/" + guest + "/data/index.html")));
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}

		/** Asks until the restored guest's service answers (it starts with the guest, a moment after the apply). */
		@Override
		public void bubbleUp(Map<String, String> guests) {
			for (int attempt = 0; attempt < 40 && served.isEmpty(); attempt++) {
				Lab.Result answer = lab.inGuest(guests.get("drill-web-1"), "drill-web-1", "curl", "-s", "-f", "-m", "3",
						"http://10.10.0.11/index.html");
				if (answer.ok()) {
					served = answer.out();
				} else {
					sleep(250);
				}
			}
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static Path dataOf(String guest) {
		return lab.agentHome("esx-n1").resolve("guests").resolve(guest).resolve("data");
	}

	private static String index(String guest) throws IOException {
		return Files.readString(dataOf(guest).resolve("index.html"));
	}

	@Test
	@Order(4)
	void aFailingProbeFailsTheDrillNamingTheVm() throws Exception {
		Topology topology = topology();
		DrPlan plan = topology.getDrPlans().get(0);
		VerificationProbe listens = plan.getProbes().stream().filter(p -> p.getName().equals("db listens")).findFirst().orElseThrow();
		listens.setTarget("5432");
		DrillResult result = drill(topology, plan, "latest", DrillExecution.Listener.NONE);
		assertFalse(result.passed());
		assertHasError(result, "db-1: TCP_PORT db listens (5432) failed");
		assertBubbleGone(result);
	}

	@Test
	@Order(5)
	void aRestoredFileChangedAfterRestoreFailsTheDrillNamingTheVmAndTheFile() throws Exception {
		Topology topology = topology();
		DrillResult result = drill(topology, topology.getDrPlans().get(0), "latest", new DrillExecution.Listener() {
			@Override
			public void restored(Map<String, String> guests) {
				Path file = lab.agentHome(guests.get("drill-web-1")).resolve("guests/drill-web-1/data/index.html");
				try {
					Files.writeString(file, "tampered\n", java.nio.file.StandardOpenOption.APPEND);
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}
		});
		assertFalse(result.passed());
		assertHasError(result, "web-1: FILE_HASHES");
		assertHasError(result, "changed index.html");
		assertTrue(result.errors().stream().noneMatch(e -> e.startsWith("db-1:")), result.errors().toString());
		assertBubbleGone(result);
	}

	@Test
	@Order(6)
	void aMissingSnapshotFailsTheDrillNamingEachVm() throws Exception {
		Topology topology = topology();
		DrillResult result = drill(topology, topology.getDrPlans().get(0), "2020-01-01T00:00:00Z", DrillExecution.Listener.NONE);
		assertFalse(result.passed());
		assertHasError(result, "db-1: no snapshot at or before 2020-01-01 00:00:00 UTC (its oldest is of ");
		assertHasError(result, "web-1: no snapshot at or before 2020-01-01 00:00:00 UTC");
		assertEquals(1, result.errors().stream().filter(e -> e.contains("db-1: no snapshot")).count(),
				"db-1's failure once: " + result.errors());
		for (DrillResult.VmResult vm : result.vms()) {
			assertTrue(vm.checks().stream().allMatch(c -> c.status() == CheckStatus.NOT_RUN), vm.toString());
		}
		assertBubbleGone(result);

		// A snapshot id names one VM's snapshot: for this plan of two it is refused before anything is built.
		DrillResult byId = drill(topology, topology.getDrPlans().get(0), "0badc0de", DrillExecution.Listener.NONE);
		assertFalse(byId.passed());
		assertHasError(byId, "restore point '0badc0de' is a snapshot id, but a snapshot belongs to one VM and the plan has 2");
		assertTrue(byId.timeline().isEmpty() && byId.recoveryHosts().isEmpty(), describe(byId));
		// For a plan of one VM an id that is not one of its snapshots fails that VM.
		DrPlan webOnly = topology.getDrPlans().get(0);
		webOnly.getVms().removeIf(vm -> !vm.getName().equals("web-1"));
		DrillResult oneVm = drill(topology, webOnly, "0badc0de", DrillExecution.Listener.NONE);
		assertFalse(oneVm.passed());
		assertHasError(oneVm, "web-1: snapshot 0badc0de is not one of its ");
		assertBubbleGone(oneVm);
	}

	@Test
	@Order(7)
	void aBackupKilledMidwayLeavesARepositoryTheNextBackupAndCheckAccept() throws Exception {
		Path big = lab.agentHome("esx-n1").resolve("guests/web-1/data/big.bin");
		writeRandom(big, 100 * 1024 * 1024);
		try {
			ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("lifeboat.root"), "releng", "lab", "lab")
					.toString(), "exec", "esx-n1", lab.agentHome("esx-n1").resolve("agent").toString(), "backup", "web-1");
			builder.environment().put("LIFEBOAT_LAB_PREFIX", lab.directory().getFileName().toString().substring("lifeboat-lab-".length()));
			builder.redirectErrorStream(true).redirectOutput(lab.work().resolve("killed-backup.log").toFile());
			Process backup = builder.start();
			String resticPid = "";
			for (int i = 0; i < 200 && resticPid.isEmpty(); i++) {
				Thread.sleep(100);
				resticPid = lab.sh("pgrep", "-f", "restic .*backup .*lifeboat-guest=web-1").out().strip();
			}
			assertFalse(resticPid.isEmpty(), "restic backup of web-1 never started");
			Thread.sleep(1500);
			for (String pid : resticPid.split("\\s+")) {
				lab.sh("kill", "-9", pid);
			}
			backup.destroyForcibly();
			backup.waitFor();
			Lab.Result locks = lab.exec("esx-n1", "sh", "-c", "RESTIC_PASSWORD_FILE=" + passwordFile() + " restic -r "
					+ primarySftp() + " -o sftp.command='ssh -i " + lab.hostDirectory("esx-n1").resolve("root/.ssh/id_ed25519")
					+ " -o UserKnownHostsFile=" + lab.hostDirectory("esx-n1").resolve("root/.ssh/known_hosts")
					+ " root@" + lab.host("esx-s1").managementAddress() + " -s sftp' list locks");
			assertTrue(locks.ok() && !locks.out().isBlank(), "the killed backup left its lock: " + locks);

			Lab.Result next = lab.agent("esx-n1", "backup", "web-1");
			assertTrue(next.ok(), next.toString());
			Lab.Result check = lab.agent("esx-n1", "drill", "check", "tier1-hourly", primarySftp());
			assertTrue(check.ok() && check.out().contains("check=ok"), check.toString());
		} finally {
			Files.deleteIfExists(big);
		}
	}

	@Test
	@Order(8)
	void aCorruptedPackFailsTheDrillNamingTheVmAndTheCause() throws Exception {
		Path pack;
		try (Stream<Path> files = Files.walk(primary().resolve("data"))) {
			pack = files.filter(Files::isRegularFile).max(java.util.Comparator.comparingLong(DrillLabTest::size)).orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(pack);
		for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
			bytes[i] ^= (byte) 0x5a;
		}
		Files.write(pack, bytes);
		Topology topology = topology();
		DrillResult result = drill(topology, topology.getDrPlans().get(0), "latest", DrillExecution.Listener.NONE);
		assertFalse(result.passed());
		assertTrue(result.errors().stream().anyMatch(e -> (e.startsWith("web-1:") || e.startsWith("db-1:"))
				&& (e.contains("REPOSITORY_CHECK") || e.contains("restore failed"))), describe(result));
		assertTrue(result.errors().stream().anyMatch(e -> e.contains(pack.getFileName().toString().substring(0, 8))
				|| e.contains("ciphertext") || e.contains("does not match") || e.contains("hash")), describe(result));
		assertBubbleGone(result);
	}

	// ---------------------------------------------------------------- fixtures

	/** The demo without esx-n2 at the lab's addresses, its backup repositories in this test's directory. */
	private static Topology topology() {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		topology.getSites().stream().flatMap(site -> site.getHosts().stream()).forEach(host -> {
			Lab.Host labHost = lab.host(host.getName());
			host.setManagementAddress(labHost.managementAddress());
			host.getNics().forEach(nic -> nic.setAddress(nic.getName().equals("eth0") ? labHost.managementAddress()
					: labHost.underlayAddress()));
		});
		for (BackupPolicy policy : topology.getBackupPolicies()) {
			if (policy.getName().equals("tier1-hourly")) {
				policy.setTargetLocation(primarySftp());
				policy.setSecondaryLocation(secondarySftp());
			} else {
				policy.setTargetLocation(lab.work().resolve("repos/" + policy.getName()).toString());
			}
		}
		return topology;
	}

	/** The primary repository, on esx-s1 (the lab's hosts share this machine's file system). */
	private static String primarySftp() {
		return "sftp:root@" + lab.host("esx-s1").managementAddress() + ":" + primary();
	}

	/** The D2D2C second copy, on esx-s2 over SFTP. */
	private static String secondarySftp() {
		return "sftp:root@" + lab.host("esx-s2").managementAddress() + ":" + secondary();
	}

	private static Path primary() {
		return lab.work().resolve("repos/tier1");
	}

	private static Path secondary() {
		return lab.work().resolve("repos/tier1-copy");
	}

	private static Path passwordFile() {
		return lab.agentHome("esx-n1").resolve("secrets/tier1-hourly.restic-password");
	}

	private static DrillResult drill(Topology topology, DrPlan plan, String restorePoint, DrillExecution.Listener listener) {
		return new DrillExecution(topology, plan, new DrillExecution.Options(settings(),
				BackupPasswords.same(PASSWORD.toCharArray()), restorePoint, "lab-test", listener)).run();
	}

	private static DeployOptions options() {
		return lab.deployOptions().ssh(settings());
	}

	/** A restore, a check --read-data or a backup runs as one remote command, for longer than a deploy step. */
	private static SshSettings settings() {
		return lab.ssh().commandTimeout(Duration.ofMinutes(10));
	}

	/** An index.html naming the guest, many small files in folders, a few larger incompressible ones. */
	private static void writeData(String host, String guest, int smallFiles) throws IOException {
		Path data = lab.agentHome(host).resolve("guests").resolve(guest).resolve("data");
		Files.createDirectories(data);
		Files.writeString(data.resolve("index.html"), "<h1>" + guest + "</h1>\n");
		Random random = new Random(guest.hashCode());
		for (int i = 0; i < smallFiles; i++) {
			Path file = data.resolve("dir" + (i % 4)).resolve("file-" + i + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, (guest + " line " + i + "\n").repeat(1 + random.nextInt(200)));
		}
		writeRandom(data.resolve("blobs/one.bin"), 2 * 1024 * 1024);
		writeRandom(data.resolve("blobs/" + "long-name-".repeat(12) + ".bin"), 70_000);
	}

	private static void writeRandom(Path file, int size) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] bytes = new byte[size];
		new Random(file.toString().hashCode()).nextBytes(bytes);
		Files.write(file, bytes);
	}

	/** SHA-256 of "hash  path" lines of the production guest's files, as the drill's manifest is made. */
	private static String manifestOf(String guest) throws Exception {
		Path data = lab.agentHome("esx-n1").resolve("guests").resolve(guest).resolve("data");
		java.util.TreeMap<String, String> hashes = new java.util.TreeMap<>();
		try (Stream<Path> files = Files.walk(data)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(data.relativize(file).toString(), hex(java.security.MessageDigest.getInstance("SHA-256")
						.digest(Files.readAllBytes(file))));
			}
		}
		StringBuilder manifest = new StringBuilder();
		hashes.forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
		return hex(java.security.MessageDigest.getInstance("SHA-256").digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static String hex(byte[] bytes) {
		return java.util.HexFormat.of().formatHex(bytes);
	}

	/** The guests that have a snapshot in {@code repository}, one entry per snapshot. */
	private static List<String> snapshots(Path repository) {
		List<String> ids = new ArrayList<>();
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"lifeboat-guest=([^\"]+)\"").matcher(snapshotsJson(repository));
		while (id.find()) {
			ids.add(id.group(1));
		}
		return ids;
	}

	/** {@code restic snapshots --json} of a repository (read on this machine: the lab hosts share its files). */
	private static String snapshotsJson(Path repository) {
		Lab.Result listed = lab.sh("env", "RESTIC_PASSWORD_FILE=" + passwordFile(), "restic", "-r", repository.toString(),
				"snapshots", "--json");
		assertTrue(listed.ok(), listed.toString());
		return listed.out();
	}

	private static long fileCount(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.count();
		}
	}

	private static AgentState state(String host) throws Exception {
		Lab.Result state = lab.agent(host, "state");
		assertTrue(state.ok(), state.toString());
		return CODEC.fromXml(state.out(), AgentState.class);
	}

	/** The password is in no file of the agent home but its secrets, and in no process's arguments. */
	private static void assertNoPasswordIn(Path home) throws IOException {
		try (Stream<Path> files = Files.walk(home)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getParent().endsWith("secrets")).toList()) {
				if (Files.size(file) < 50_000_000 && !file.toString().contains("/cache/")) {
					assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PASSWORD),
							"the password is in " + file);
				}
			}
		}
		assertFalse(lab.sh("ps", "-eo", "args").out().contains(PASSWORD), "the password is in a process's arguments");
	}

	/**
	 * From inside the bubble: each restored guest must not reach web-3 (production, same host esx-s1), the lab's
	 * management gateway, or anything but itself at its production address.
	 */
	private static List<String> isolationViolations(Map<String, String> guests) {
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, String> guest : guests.entrySet()) {
			for (String target : List.of("10.10.0.13/7", "10.20.0.14/7", "198.18.0.1/22", "198.18.0.11/22")) {
				Lab.Result reached = lab.inGuest(guest.getValue(), guest.getKey(), "timeout", "3", "bash", "-c",
						"echo probe > /dev/tcp/" + target);
				if (reached.ok()) {
					violations.add(guest.getKey() + " reached " + target);
				}
			}
		}
		String webHost = guests.get("drill-web-1");
		if (webHost != null) {
			Lab.Result own = lab.inGuest(webHost, "drill-web-1", "curl", "-s", "-m", "3", "http://10.10.0.11/");
			if (!own.ok() || !own.out().startsWith("drill-web-1")) {
				violations.add("drill-web-1 asking 10.10.0.11 got '" + own.out().lines().findFirst().orElse("") + "' ("
						+ own.err().strip() + "), not itself");
			}
		}
		return violations;
	}

	private static void assertBubbleGone(DrillResult result) {
		assertFalse(result.cleanup().isEmpty(), describe(result));
		for (String line : result.cleanup()) {
			assertFalse(line.contains("STILL PRESENT"), line);
		}
		for (String host : result.recoveryHosts()) {
			Lab.Result links = lab.exec(host, "ip", "-o", "link", "show");
			assertFalse(links.out().contains("ov19999") || links.out().contains("vx19999"), host + ": " + links.out());
		}
		assertFalse(lab.sh("ip", "netns", "list").out().contains("drill-"), "a drill guest's namespace is left");
	}

	private static void assertHasError(DrillResult result, String text) {
		assertTrue(result.errors().stream().anyMatch(error -> error.contains(text)), "no error with '" + text + "' in\n"
				+ describe(result));
	}

	private static String describe(DrillResult result) {
		StringBuilder text = new StringBuilder("passed=" + result.passed() + "\nerrors=" + result.errors() + "\n");
		result.timeline().forEach(step -> text.append(step.status()).append(' ').append(step.name()).append(' ')
				.append(step.target()).append(": ").append(step.message()).append('\n'));
		result.vms().forEach(vm -> text.append(vm).append('\n'));
		result.cleanup().forEach(line -> text.append("cleanup ").append(line).append('\n'));
		return text.toString();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	/** web-3 (production, on recovery host esx-s1) asks web-1 at 10.10.0.11 every 200 ms during the drill. */
	private static final class ProductionProbe {
		final List<String> failures = Collections.synchronizedList(new ArrayList<>());
		final AtomicInteger answers = new AtomicInteger();
		private final AtomicBoolean running = new AtomicBoolean(true);
		private Thread thread;

		void start() {
			thread = Thread.ofPlatform().daemon().start(() -> {
				while (running.get()) {
					Lab.Result answer = lab.inGuest("esx-s1", "web-3", "curl", "-s", "-m", "3", "http://10.10.0.11/");
					String first = answer.out().lines().findFirst().orElse("");
					if (!answer.ok() || !first.equals("web-1")) {
						failures.add("web-3 -> 10.10.0.11: exit " + answer.exitCode() + ", '" + first + "'");
					} else {
						answers.incrementAndGet();
					}
					try {
						Thread.sleep(200);
					} catch (InterruptedException e) {
						return;
					}
				}
			});
		}

		void stop() throws InterruptedException {
			running.set(false);
			thread.join();
		}
	}
}
