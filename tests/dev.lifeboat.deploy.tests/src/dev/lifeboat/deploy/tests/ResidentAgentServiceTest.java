package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.deploy.internal.ResidentAgentService;
import dev.lifeboat.deploy.internal.ResidentAgentService.Manager;

/**
 * The systemd side of the resident agent's service, which the lab (no systemd) cannot run: the unit's text, and
 * the restart script run by a real shell against a {@code systemctl} that records its commands and, like the
 * real service, makes the agent publish its control file when it starts. The lab tests the background-process side.
 */
class ResidentAgentServiceTest {

	private static final String JAR = "ab".repeat(32);
	private static final String OLD_JAR = "cd".repeat(32);

	@TempDir
	Path dir;

	private Path home;
	private Path unit;
	private Path calls;

	@BeforeEach
	void fakeSystemctl() throws IOException {
		home = Files.createDirectories(dir.resolve("var/lib/lifeboat"));
		unit = Files.createDirectories(dir.resolve("etc/systemd/system")).resolve(ResidentAgentService.UNIT);
		calls = dir.resolve("systemctl.calls");
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Path systemctl = bin.resolve("systemctl");
		Files.writeString(systemctl, """
				#!/bin/sh
				echo "$*" >> "$CALLS"
				case "$*" in
				  "is-active --quiet lifeboat-agent.service") [ -f "$ACTIVE" ] ;;
				  "enable --quiet --now lifeboat-agent.service"|"restart lifeboat-agent.service")
				    touch "$ACTIVE"; echo "4711 request answer $STARTED_JAR" > "$AGENT_HOME/daemon.control" ;;
				esac
				""");
		Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void theUnitRunsTheWrapperInTheAgentHomeRestartsOnFailureAndSparesTheGuestsWorkloads() {
		String text = ResidentAgentService.unitFile("/var/lib/lifeboat");
		assertTrue(text.contains("\nExecStart=\"/var/lib/lifeboat/agent\" serve\n"), text);
		assertTrue(text.contains("\nEnvironment=\"LIFEBOAT_AGENT_HOME=/var/lib/lifeboat\"\n"), text);
		assertTrue(text.contains("\nRestart=on-failure\n"), text);
		assertTrue(text.contains("\nKillMode=process\n"), "a restart stops the agent's JVM, not the guests' workloads: " + text);
		assertTrue(text.contains("\n[Install]\nWantedBy=multi-user.target\n"), text);
		String odd = ResidentAgentService.unitFile("/srv/50% \"agents\"");
		assertTrue(odd.contains("ExecStart=\"/srv/50%% \\\"agents\\\"/agent\" serve"), "no systemd specifier, one word: " + odd);
	}

	@Test
	void aFirstInstallWritesTheUnitReloadsEnablesAndStartsItThenWaitsForTheNewAgent() throws Exception {
		Files.writeString(home.resolve("daemon.control"), "1 a b " + OLD_JAR + "\n"); // a dead agent's leftover
		Result first = restart(JAR);
		assertEquals(0, first.exit(), first.err());
		assertEquals(ResidentAgentService.unitFile(home.toString()), Files.readString(unit));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(unit)));
		assertEquals(List.of("daemon-reload", "is-active --quiet lifeboat-agent.service",
				"enable --quiet --now lifeboat-agent.service"), Files.readAllLines(calls));
		try (var files = Files.list(unit.getParent())) {
			assertEquals(List.of(unit), files.toList(), "the unit is written to a temporary file and renamed: none is left");
		}
	}

	@Test
	void anUpgradeRestartsTheRunningServiceWithoutReloadingAnUnchangedUnit() throws Exception {
		assertEquals(0, restart(OLD_JAR).exit());
		Files.delete(calls);
		Result upgrade = restart(JAR);
		assertEquals(0, upgrade.exit(), upgrade.err());
		assertEquals(List.of("is-active --quiet lifeboat-agent.service", "restart lifeboat-agent.service"), Files.readAllLines(calls));
		assertTrue(Files.readString(home.resolve("daemon.control")).endsWith(JAR + "\n"));
	}

	@Test
	void aChangedUnitIsReplacedAndTheDaemonReloaded() throws Exception {
		assertEquals(0, restart(JAR).exit());
		Files.writeString(unit, "[Service]\nExecStart=/usr/local/bin/old-agent serve\n");
		Files.delete(calls);
		assertEquals(0, restart(JAR).exit());
		assertEquals(ResidentAgentService.unitFile(home.toString()), Files.readString(unit));
		assertEquals(List.of("daemon-reload", "is-active --quiet lifeboat-agent.service", "restart lifeboat-agent.service"),
				Files.readAllLines(calls));
	}

	@Test
	void anHaMembersAgentAnnouncesTheRestartToItsPeersBeforeItIsRestarted() throws Exception {
		assertEquals(0, restart(OLD_JAR).exit());
		Files.writeString(home.resolve("ha-lease"), "deadline-ms 2500\n");
		Files.delete(calls);
		// The running HA daemon's part: take the request, answer it.
		Path request = home.resolve("ha-maintenance.request");
		Thread daemon = Thread.ofPlatform().start(() -> {
			try {
				while (!Files.exists(request)) {
					Thread.sleep(20);
				}
				Files.writeString(dir.resolve("window"), Files.readString(request));
				Files.delete(request);
				Files.writeString(home.resolve("ha-maintenance"), "announced\n");
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		Result upgrade = plannedRestart(JAR);
		daemon.join();
		assertEquals(0, upgrade.exit(), upgrade.err());
		assertEquals(ResidentAgentService.MAINTENANCE_WINDOW_MS + "\n", Files.readString(dir.resolve("window")));
		assertEquals(List.of("is-active --quiet lifeboat-agent.service", "restart lifeboat-agent.service"), Files.readAllLines(calls));
		assertTrue(Files.readString(home.resolve("daemon.control")).endsWith(JAR + "\n"));
	}

	@Test
	void anHaMembersAgentThatAnnouncesNothingKeepsRunning() throws Exception {
		assertEquals(0, restart(OLD_JAR).exit());
		Files.writeString(home.resolve("ha-lease"), "deadline-ms 2500\n");
		Files.delete(calls);
		Result kept = plannedRestart(JAR);
		assertEquals(0, kept.exit(), kept.err());
		assertTrue(kept.out().startsWith(ResidentAgentService.KEPT_MARKER + " the running agent announced no maintenance window"),
				kept.out());
		assertTrue(Files.notExists(calls), "systemctl was not called: the old agent keeps running");
		assertTrue(Files.readString(home.resolve("daemon.control")).endsWith(OLD_JAR + "\n"));
		assertTrue(Files.notExists(home.resolve("ha-maintenance.request")), "no request is left for a later agent");
	}

	@Test
	void anHaMemberWhoseAgentRunsNoHaDaemonIsRestartedAtOnce() throws Exception {
		assertEquals(0, restart(OLD_JAR).exit());
		Files.delete(calls);
		Result upgrade = plannedRestart(JAR);
		assertEquals(0, upgrade.exit(), upgrade.err());
		assertEquals(List.of("is-active --quiet lifeboat-agent.service", "restart lifeboat-agent.service"), Files.readAllLines(calls));
	}

	private record Result(int exit, String err, String out) {
	}

	/** Runs the restart script as the apply runs it (in sh, {@code $H} the agent home), the service starting {@code jar}. */
	private Result restart(String jar) throws IOException, InterruptedException {
		return run(ResidentAgentService.restartScript(Manager.SYSTEMD, home.toString(), jar, unit.toString()), jar);
	}

	/** The same for an HA member's planned restart. */
	private Result plannedRestart(String jar) throws IOException, InterruptedException {
		return run(ResidentAgentService.plannedRestartScript(Manager.SYSTEMD, home.toString(), jar)
				.replace(ResidentAgentService.UNIT_PATH, unit.toString()), jar);
	}

	private Result run(String script, String jar) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", "H=" + home + "\n" + script);
		builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
		builder.environment().put("AGENT_HOME", home.toString());
		builder.environment().put("CALLS", calls.toString());
		builder.environment().put("ACTIVE", dir.resolve("active").toString());
		builder.environment().put("STARTED_JAR", jar);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.waitFor(), err, out);
	}
}
