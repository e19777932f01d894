package dev.lifeboat.model.tests;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.BackupTargetKind;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.FencingMode;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.ProbeKind;
import dev.lifeboat.model.Replication;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualDisk;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

/** A topology with at least one instance of every concrete class and non-default attribute values. */
final class SampleTopology {

	private static final TopologyFactory F = TopologyFactory.eINSTANCE;

	private SampleTopology() {
	}

	static Topology withEveryClass() {
		Topology topology = F.createTopology();
		topology.setName("sample");
		topology.setDescription("every class & \"quotes\" <escaped>");
		Site site = F.createSite();
		site.setName("site-a");
		topology.getSites().add(site);

		Host host = F.createHost();
		host.setName("h1");
		host.setManagementAddress("198.18.0.1");
		host.setSshPort(2222);
		host.setSshUser("admin");
		host.setHostKeyFingerprint("SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
		host.setCpuCores(8);
		host.setMemoryMiB(32768);
		host.setStorageGiB(512);
		site.getHosts().add(host);
		PhysicalNic eth0 = F.createPhysicalNic();
		eth0.setName("eth0");
		eth0.setAddress("2001:db8::1");
		eth0.setPrefixLength(64);
		eth0.setMtu(9000);
		eth0.getRoles().add(NicRole.UNDERLAY);
		eth0.getRoles().add(NicRole.HEARTBEAT);
		host.getNics().add(eth0);

		Bridge bridge = F.createBridge();
		bridge.setName("nat0");
		bridge.setGatewayAddress("198.19.0.1");
		bridge.setPrefixLength(16);
		host.getBridges().add(bridge);

		OverlayNetwork overlay = F.createOverlayNetwork();
		overlay.setName("blue");
		overlay.setVni(5001);
		overlay.setUdpPort(4790);
		overlay.setMtu(8900);
		overlay.setReplication(Replication.MULTICAST);
		overlay.setMulticastGroup("239.1.1.1");
		overlay.setDataPlane(DataPlane.USERSPACE);
		topology.getOverlays().add(overlay);
		VtepEndpoint vtep = F.createVtepEndpoint();
		vtep.setHost(host);
		vtep.setUnderlayNic(eth0);
		vtep.setDataPlane(DataPlane.KERNEL);
		overlay.getMembers().add(vtep);

		VirtualMachine vm = F.createVirtualMachine();
		vm.setName("vm1");
		vm.setVcpus(4);
		vm.setMemoryMiB(8192);
		vm.setTier(1);
		vm.setRestartPriority(5);
		vm.setSnapshotCount(2);
		vm.setHaProtected(false);
		host.getVms().add(vm);
		VirtualDisk disk = F.createVirtualDisk();
		disk.setName("root");
		disk.setSizeGiB(80);
		vm.getDisks().add(disk);
		VirtualNic overlayNic = F.createVirtualNic();
		overlayNic.setName("eth0");
		overlayNic.setMac("52:54:00:00:00:01");
		overlayNic.setIpAddress("10.0.0.1");
		overlayNic.setPrefixLength(16);
		overlayNic.setAttachment(overlay);
		vm.getNics().add(overlayNic);
		VirtualNic natNic = F.createVirtualNic();
		natNic.setName("eth1");
		natNic.setMac("52:54:00:00:00:02");
		natNic.setMode(NicMode.NAT);
		natNic.setAttachment(bridge);
		vm.getNics().add(natNic);

		HaPolicy ha = F.createHaPolicy();
		ha.setName("ha");
		ha.getHosts().add(host);
		ha.setHeartbeatIntervalMs(250);
		ha.setMissedBeats(6);
		ha.setFencing(FencingMode.NONE);
		topology.getHaPolicies().add(ha);

		BackupPolicy backup = F.createBackupPolicy();
		backup.setName("hourly");
		backup.getVms().add(vm);
		backup.setIntervalMinutes(30);
		backup.setRetentionCount(7);
		backup.setRpoMinutes(45);
		backup.setTargetKind(BackupTargetKind.D2D2C);
		backup.setTargetLocation("sftp:backup@198.18.0.2:/srv/restic");
		backup.setSecondaryLocation("/mnt/copy");
		backup.setEncrypted(false);
		topology.getBackupPolicies().add(backup);

		DrPlan plan = F.createDrPlan();
		plan.setName("plan");
		plan.getVms().add(vm);
		plan.setRecoverySite(site);
		plan.setDrillVni(9999);
		plan.setRtoTargetMinutes(12);
		VerificationProbe probe = F.createVerificationProbe();
		probe.setName("http");
		probe.setVm(vm);
		probe.setKind(ProbeKind.HTTP);
		probe.setTarget("/health");
		probe.setExpected("200 ok");
		plan.getProbes().add(probe);
		topology.getDrPlans().add(plan);

		DrillRecord drill = F.createDrillRecord();
		drill.setPlan(plan);
		drill.setInitiator("alice");
		drill.setStartedAt("2026-11-29T00:00:00Z");
		drill.setFinishedAt("2026-11-29T00:01:00Z");
		drill.setOutcome(Outcome.SUCCEEDED);
		drill.setRestorePoint("4f3c2a1b");
		drill.setActualRpoSeconds(1800);
		drill.setActualRtoSeconds(55);
		drill.setScore(0.875);
		drill.setReportPath("reports/drill-1.html");
		drill.setPreviousHash("0000");
		drill.setHash("abcd");
		topology.getDrillRecords().add(drill);

		OperationRecord operation = F.createOperationRecord();
		operation.setKind(OperationKind.DEPLOY);
		operation.setInitiator("bob");
		operation.setStartedAt("2026-11-29T01:00:00Z");
		operation.setFinishedAt("2026-11-29T01:00:09Z");
		operation.setOutcome(Outcome.ROLLED_BACK);
		operation.setTopologyHash("sha256:beef");
		operation.setSummary("1 host rolled back");
		OperationStep step = F.createOperationStep();
		step.setName("apply");
		step.setTarget("h1");
		step.setStartedAt("2026-11-29T01:00:01Z");
		step.setDurationMs(1234);
		step.setOutcome(Outcome.FAILED);
		step.setMessage("injected failure");
		operation.getSteps().add(step);
		topology.getOperationRecords().add(operation);

		ManualLayout layout = F.createManualLayout();
		NodePosition position = F.createNodePosition();
		position.setElementId("host-0001");
		position.setX(120);
		position.setY(-40);
		layout.getPositions().add(position);
		topology.setManualLayout(layout);
		return topology;
	}
}
