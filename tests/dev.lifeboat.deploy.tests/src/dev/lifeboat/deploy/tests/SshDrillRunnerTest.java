package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.core.drill.DrillRunner.PreflightCheck;
import dev.lifeboat.deploy.BackupPasswords;
import dev.lifeboat.deploy.SshDrillRunner;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Topology;

/**
 * The console's drill runner without a lab: what it answers before (or instead of) reaching a host. The drills
 * themselves run against the lab in DrillLabTest and, through the wizard, in the UI tests.
 */
class SshDrillRunnerTest {

	@Test
	void aSnapshotIdForAPlanOfSeveralVmsFailsThePreflightSayingToGiveATimeWithoutConnecting() throws Exception {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		DrPlan plan = topology.getDrPlans().get(0);
		assertTrue(plan.getVms().size() > 1, "the demo plan recovers several VMs");
		// TEST-NET-1 (RFC 5737): had it connected, the check would name this address.
		plan.getRecoverySite().getHosts().forEach(host -> host.setManagementAddress("192.0.2.1"));
		List<PreflightCheck> checks = runner().preflight(plan, "0badc0de");
		assertEquals(1, checks.size(), checks.toString());
		assertFalse(checks.get(0).passed());
		assertTrue(checks.get(0).detail().startsWith("restore point '0badc0de' is a snapshot id, but a snapshot belongs to "
				+ "one VM and the plan has 2: give a time (ISO-8601, e.g. 2026-11-29T10:15:00Z)"), checks.get(0).detail());
	}

	@Test
	void aRestorePointThatIsNeitherLatestATimeNorAnIdNamesTheAcceptedForms() throws Exception {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		List<PreflightCheck> checks = runner().preflight(topology.getDrPlans().get(0), "yesterday");
		assertEquals(1, checks.size(), checks.toString());
		assertEquals("restore point 'yesterday' is not 'latest', an ISO-8601 time such as 2026-11-29T10:15:00Z, or a "
				+ "snapshot id (8 to 64 hex digits, for a plan of one VM)", checks.get(0).detail());
	}

	@Test
	void theRestorePointsOfAnUnreachableRecoverySiteAreAnErrorNamingTheAddress() throws Exception {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		DrPlan plan = topology.getDrPlans().get(0);
		plan.getRecoverySite().getHosts().forEach(host -> host.setManagementAddress("192.0.2.1"));
		IOException error = assertThrows(IOException.class, () -> runner().restorePoints(plan));
		assertTrue(error.getMessage().contains("192.0.2.1"), error.getMessage());
	}

	@Test
	void aPlanWithoutVmsFailsItsPreflightNamingThePlanAndTheFix() throws Exception {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		DrPlan plan = topology.getDrPlans().get(0);
		plan.getVms().clear();
		List<PreflightCheck> checks = runner().preflight(plan, "latest");
		assertEquals(1, checks.size(), checks.toString());
		assertFalse(checks.get(0).passed());
		assertTrue(checks.get(0).detail().contains("plan '" + plan.getName() + "' has no VMs: add the VMs to recover"),
				checks.get(0).detail());
	}

	@Test
	void anUnreachableRecoveryHostIsAFailedCheckNotAnError() throws Exception {
		Topology topology = DemoTopology.loadWithout("esx-n2");
		DrPlan plan = topology.getDrPlans().get(0);
		// TEST-NET-1 (RFC 5737): nothing answers there.
		plan.getRecoverySite().getHosts().forEach(host -> host.setManagementAddress("192.0.2.1"));
		List<PreflightCheck> checks = runner().preflight(plan, "latest");
		assertTrue(checks.stream().anyMatch(check -> check.name().startsWith("capacity ") && check.passed()),
				checks.toString());
		PreflightCheck connect = checks.stream().filter(check -> check.name().startsWith("connect ")).findFirst()
				.orElseThrow(() -> new AssertionError(checks.toString()));
		assertFalse(connect.passed(), connect.toString());
		assertTrue(connect.detail().contains("192.0.2.1"), connect.detail());
		assertFalse(checks.stream().allMatch(PreflightCheck::passed), "the drill cannot start");
	}

	private static DrillRunner runner() throws Exception {
		Path dir = Files.createTempDirectory("lifeboat-drill-runner");
		Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("id").toString())
				.inheritIO().start();
		assertEquals(0, keygen.waitFor(), "ssh-keygen made a key");
		SshSettings ssh = new SshSettings().identity(dir.resolve("id")).userKnownHosts(null)
				.lifeboatKnownHosts(dir.resolve("known_hosts")).connectTimeout(Duration.ofSeconds(2));
		return new SshDrillRunner(ssh, BackupPasswords.same("unused".toCharArray()), "test");
	}
}
