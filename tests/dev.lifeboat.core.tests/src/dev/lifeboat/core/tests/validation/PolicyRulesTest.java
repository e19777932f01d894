package dev.lifeboat.core.tests.validation;

import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertNoProblem;
import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.tests.TopologyFixtures;
import dev.lifeboat.core.tests.TopologyFixtures.Fixture;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.NicRole;

class PolicyRulesTest {

	private final Fixture f = TopologyFixtures.valid();

	@Test
	void haHostWithOneHeartbeatNicIsAWarning() {
		assertNoProblem(f.topology, "ha.heartbeat.redundancy");

		f.hostNic(2, 1).getRoles().remove(NicRole.HEARTBEAT);
		assertProblem(f.topology, "ha.heartbeat.redundancy", Severity.WARNING, f.host(2), "HA policy 'ha-a'",
				"has 1 NIC(s) with the HEARTBEAT role", "looks like a host failure",
				"Give a second NIC the HEARTBEAT role");
	}

	@Test
	void haPolicyWithoutRoomForTheLargestHostsVmsIsAWarning() {
		// esx-a2 holds the most HA-protected memory: db-1, 8192 MiB and 4 vCPUs. esx-a1 is left with no spare.
		f.host(1).setMemoryMiB(f.web.getMemoryMiB() + f.app.getMemoryMiB());
		f.host(3).setMemoryMiB(8192);
		assertNoProblem(f.topology, "ha.capacity");

		f.host(3).setMemoryMiB(8191);
		assertProblem(f.topology, "ha.capacity", Severity.WARNING, f.ha, "If host 'esx-a2' fails", "8192 MiB",
				"4 vCPUs", "HA policy 'ha-a' have only 8191 MiB", "Add memory or CPUs");
	}

	@Test
	void haCapacityCountsVcpusToo() {
		// esx-a1 runs 3 vCPUs: with 3 cores it has none spare; esx-a3 alone must take db-1's 4 vCPUs.
		f.host(1).setCpuCores(3);
		f.host(3).setCpuCores(4);
		assertNoProblem(f.topology, "ha.capacity");

		f.host(3).setCpuCores(3);
		assertProblem(f.topology, "ha.capacity", Severity.WARNING, f.ha, "4 vCPUs", "3 vCPUs spare", "add a host");
	}

	@Test
	void withoutHaPolicyCapacityIsCheckedPerSiteOnTheTopology() {
		f.topology.getHaPolicies().clear();
		assertNoProblem(f.topology, "ha.capacity");

		f.host(1).setMemoryMiB(f.web.getMemoryMiB() + f.app.getMemoryMiB());
		f.host(3).setMemoryMiB(4096);
		assertProblem(f.topology, "ha.capacity", Severity.WARNING, f.topology, "If host 'esx-a2' fails",
				"site 'dc-a' have only 4096 MiB");
	}

	@Test
	void haProtectedVmOnABridgeNoOtherMemberHasIsAWarning() {
		assertNoProblem(f.topology, "ha.network");

		f.host(2).getBridges().remove(f.lanOfA2);
		assertProblem(f.topology, "ha.network", Severity.WARNING, f.web, "VM 'web-1' is HA-protected",
				"its NIC 'eth0' plugs into bridge 'br0' on host 'esx-a1'",
				"no other host of HA policy 'ha-a' has a bridge 'br0'", "if host 'esx-a1' fails",
				"Give the other members a bridge 'br0'", "or mark VM 'web-1' not HA-protected");

		f.web.setHaProtected(false);
		assertNoProblem(f.topology, "ha.network");
	}

	@Test
	void backupIntervalLongerThanRpoIsAnError() {
		f.backup.setIntervalMinutes(15);
		f.backup.setRpoMinutes(15);
		assertNoProblem(f.topology, "backup.interval.rpo");

		f.backup.setIntervalMinutes(120);
		f.backup.setRpoMinutes(60);
		assertProblem(f.topology, "backup.interval.rpo", Severity.ERROR, f.backup, "every 120 minutes", "RPO is 60",
				"cannot meet the RPO", "Set the interval to at most 60 minutes");
	}

	@Test
	void drPlanVmWithoutBackupIsAnError() {
		assertNoProblem(f.topology, "dr.vm.backup");

		f.backup.getVms().remove(f.db);
		assertProblem(f.topology, "dr.vm.backup", Severity.ERROR, f.dr, "VM 'db-1'",
				"Add VM 'db-1' to a backup policy");
	}

	@Test
	void drillVniOfAProductionOverlayIsAnError() {
		assertNoProblem(f.topology, "dr.drillVni.production");

		f.dr.setDrillVni(f.blue.getVni());
		assertProblem(f.topology, "dr.drillVni.production", Severity.ERROR, f.dr, "Drill VNI 5001", "overlay 'blue'",
				"Set a drill VNI no overlay uses");
	}

	@Test
	void drillVniOutOfRangeIsAnError() {
		f.dr.setDrillVni(16777215);
		assertNoProblem(f.topology, "dr.drillVni.range");

		f.dr.setDrillVni(16777216);
		assertProblem(f.topology, "dr.drillVni.range", Severity.ERROR, f.dr, "Drill VNI 16777216", "0..16777215",
				"Set a drill VNI in that range");
	}

	@Test
	void backupTargetsMustBeWhatTheAgentsResticCanReach() {
		assertNoProblem(f.topology, "backup.target.sftp");

		f.backup.setTargetLocation("backup-a:/srv/restic");
		assertProblem(f.topology, "backup.target.sftp", Severity.ERROR, f.backup, "sftp:root@HOST:/path",
				"'backup-a:/srv/restic'");

		f.backup.setTargetKind(dev.lifeboat.model.BackupTargetKind.LOCAL);
		f.backup.setTargetLocation("repos/tier1");
		assertProblem(f.topology, "backup.target.local", Severity.ERROR, f.backup, "absolute path", "'repos/tier1'");

		f.backup.setTargetKind(dev.lifeboat.model.BackupTargetKind.D2D2C);
		f.backup.setTargetLocation("sftp:root@backup-a:/srv/restic");
		assertProblem(f.topology, "backup.target.secondary", Severity.ERROR, f.backup, "set the secondary location");
		f.backup.setSecondaryLocation("sftp:root@backup-b:/srv/restic-copy");
		assertNoProblem(f.topology, "backup.target.secondary");
		f.backup.setSecondaryLocation("/srv/restic-copy");
		assertNoProblem(f.topology, "backup.target.secondary");
		f.backup.setSecondaryLocation("backup-b:/srv/restic-copy");
		assertProblem(f.topology, "backup.target.secondary", Severity.ERROR, f.backup, "/path or sftp:root@HOST:/path",
				"'backup-b:/srv/restic-copy'");
		f.backup.setSecondaryLocation("sftp:root@backup-a:/srv/restic");
		assertProblem(f.topology, "backup.target.secondary", Severity.ERROR, f.backup, "is the primary repository itself");

		f.backup.setTargetKind(dev.lifeboat.model.BackupTargetKind.C2C);
		assertProblem(f.topology, "backup.target.kind", Severity.ERROR, f.backup, "C2C", "Use LOCAL, D2D or D2D2C");
	}
}
