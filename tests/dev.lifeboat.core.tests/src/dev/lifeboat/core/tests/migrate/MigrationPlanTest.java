package dev.lifeboat.core.tests.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.migrate.MigrationCommand;
import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.VxlanSpec;

/** The migration preflight and plan on the demo topology: each finding names its element and the fix. */
class MigrationPlanTest {

	@Test
	void aVmOnAnOverlayTheTargetHasMovesWithoutFindingsAndKeepsItsAddress() throws Exception {
		Topology topology = DemoTopology.load();
		MigrationPlan plan = MigrationPlan.of(topology, "web-2", "esx-s1");
		assertEquals(List.of(), plan.findings());
		assertEquals(List.of(), plan.overlayJoins());
		CompiledTopology after = TopologyCompiler.compile(plan.migratedTopology());
		AgentConfig target = after.config("esx-s1");
		assertTrue(target.guests().stream().anyMatch(guest -> guest.name().equals("web-2")
				&& guest.nics().get(0).address().equals("10.10.0.12") && guest.nics().get(0).mac().equals("52:54:00:1b:00:04")));
		assertTrue(after.config("esx-n2").guests().stream().noneMatch(guest -> guest.name().equals("web-2")));
		// Every other VTEP of the overlay now sends web-2's MAC to esx-s1's VTEP.
		for (String host : List.of("esx-n1", "esx-n2")) {
			assertEquals("198.18.1.13", fdbOf(after.config(host), "app", "52:54:00:1b:00:04").remote(), host);
		}
		assertNull(fdbOf(target, "app", "52:54:00:1b:00:04"), "no FDB entry for a local guest");
		assertSame(topology.getSites().get(0).getHosts().get(1), plan.vm().getHost(), "planning changes nothing");
	}

	@Test
	void snapshotsMustBeRemovedFirst() {
		Topology topology = DemoTopology.load();
		vm(topology, "web-2").setSnapshotCount(2);
		MigrationPlan plan = MigrationPlan.of(topology, "web-2", "esx-s1");
		Problem problem = only(plan, "migration.snapshots");
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals("VM 'web-2'", problem.elementLabel());
		assertTrue(problem.message().contains("2 snapshot(s)") && problem.message().contains("Remove its snapshots first"),
				problem.message());
		assertTrue(plan.hasErrors());
		assertFalse(new MigrationCommand(plan, null).canExecute(), "a plan with errors cannot be executed");
	}

	@Test
	void aNatNicIsWarnedAboutByName() {
		MigrationPlan plan = MigrationPlan.of(DemoTopology.load(), "batch-1", "esx-s2");
		Problem problem = only(plan, "migration.nat");
		assertEquals(Severity.WARNING, problem.severity());
		assertEquals("NIC 'eth0' of VM 'batch-1'", problem.elementLabel());
		assertTrue(problem.message().contains("198.19.13.10") && problem.message().contains("will change"), problem.message());
		assertFalse(plan.hasErrors());
		assertEquals("nat", plan.bridgeMoves().get(0).to().getName());
		assertSame(host(plan.topology(), "esx-s2"), plan.bridgeMoves().get(0).to().getHost());
	}

	@Test
	void aMissingBridgeIsAnErrorOnTheNic() {
		Problem problem = only(MigrationPlan.of(DemoTopology.load(), "cache-1", "esx-s1"), "migration.bridge.missing");
		assertEquals("NIC 'eth1' of VM 'cache-1'", problem.elementLabel());
		assertTrue(problem.message().contains("no bridge named 'isolated'"), problem.message());
	}

	@Test
	void aMissingOverlayIsAddedOnTheTargetsUnderlayNic() throws Exception {
		Topology topology = DemoTopology.load();
		MigrationPlan plan = MigrationPlan.of(topology, "db-1", "esx-s1");
		Problem note = only(plan, "migration.overlay.join");
		assertEquals(Severity.INFO, note.severity());
		assertEquals("overlay 'data'", note.elementLabel());
		assertTrue(note.message().contains("will be added (VTEP 198.18.1.13 on eth1)"), note.message());
		assertEquals(1, plan.overlayJoins().size());
		assertEquals(3, overlay(topology, "data").getMembers().size(), "planning changes nothing");

		CompiledTopology staged = TopologyCompiler.compile(plan.stagedTopology());
		VxlanSpec stagedDb = overlayOf(staged.config("esx-s1"), "data");
		assertEquals("198.18.1.13", stagedDb.localAddress());
		assertEquals("198.18.1.11", fdbOf(staged.config("esx-s1"), "data", "52:54:00:1b:00:03").remote(),
				"staged: db-1 is still on esx-n1");
		assertTrue(overlayOf(staged.config("esx-n2"), "data").peers().contains("198.18.1.13"), "the members learn the new VTEP");

		CompiledTopology after = TopologyCompiler.compile(plan.migratedTopology());
		assertEquals("198.18.1.13", fdbOf(after.config("esx-n1"), "data", "52:54:00:1b:00:03").remote());
		assertTrue(after.config("esx-s1").guests().stream().anyMatch(guest -> guest.name().equals("db-1")));
	}

	@Test
	void joiningAnOverlayNeedsAnUnderlayNic() {
		Topology topology = DemoTopology.load();
		host(topology, "esx-s1").getNics().forEach(nic -> nic.getRoles().remove(NicRole.UNDERLAY));
		Problem problem = only(MigrationPlan.of(topology, "db-1", "esx-s1"), "migration.overlay.no-underlay");
		assertEquals("host 'esx-s1'", problem.elementLabel());
		assertTrue(problem.message().contains("no NIC with the UNDERLAY role") && problem.message().contains("overlay 'data'"),
				problem.message());
	}

	@Test
	void theTargetsUnderlayMustCarryTheOverlayMtuPlusFifty() {
		Topology topology = DemoTopology.load();
		PhysicalNic underlay = host(topology, "esx-s1").getNics().stream().filter(nic -> nic.getName().equals("eth1"))
				.findFirst().orElseThrow();
		underlay.setMtu(1450);
		Problem problem = only(MigrationPlan.of(topology, "db-1", "esx-s1"), "migration.overlay.mtu");
		assertEquals("NIC 'eth1' of host 'esx-s1'", problem.elementLabel());
		assertTrue(problem.message().contains("Set its MTU to at least 1500"), problem.message());
	}

	@Test
	void capacityIsCheckedForMemoryAndVcpus() {
		Topology topology = DemoTopology.load();
		Host target = host(topology, "esx-s1");
		target.setMemoryMiB(14000);
		target.setCpuCores(1);
		MigrationPlan plan = MigrationPlan.of(topology, "web-2", "esx-s1");
		Problem memory = only(plan, "migration.capacity.memory");
		assertEquals("host 'esx-s1'", memory.elementLabel());
		assertTrue(memory.message().contains("1712 MiB of memory free") && memory.message().contains("needs 4096 MiB"),
				memory.message());
		assertTrue(only(plan, "migration.capacity.vcpus").message().contains("has 1 CPU cores"));
	}

	@Test
	void theSameHostAndUnknownNamesAreRefused() {
		Topology topology = DemoTopology.load();
		assertEquals(Severity.ERROR, only(MigrationPlan.of(topology, "web-2", "esx-n2"), "migration.same-host").severity());
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> MigrationPlan.of(topology, "web-9", "esx-s1"));
		assertTrue(unknown.getMessage().contains("no VM named 'web-9'") && unknown.getMessage().contains("web-2"));
	}

	@Test
	void theCommandMovesTheVmJoinsTheOverlayRecordsAndUndoes() {
		Topology topology = DemoTopology.load();
		MigrationPlan plan = MigrationPlan.of(topology, "db-1", "esx-s1");
		OperationRecord record = TopologyFactory.eINSTANCE.createOperationRecord();
		record.setKind(OperationKind.MIGRATION);
		MigrationCommand command = new MigrationCommand(plan, record);
		int place = host(topology, "esx-n1").getVms().indexOf(vm(topology, "db-1"));
		assertTrue(command.canExecute());
		command.execute();
		assertSame(host(topology, "esx-s1"), vm(topology, "db-1").getHost());
		assertEquals(4, overlay(topology, "data").getMembers().size());
		assertTrue(overlay(topology, "data").getMembers().stream().allMatch(member -> member.getId() != null));
		assertTrue(topology.getOperationRecords().contains(record));
		command.undo();
		assertSame(host(topology, "esx-n1"), vm(topology, "db-1").getHost());
		assertEquals(place, host(topology, "esx-n1").getVms().indexOf(vm(topology, "db-1")), "back in its place");
		assertEquals(3, overlay(topology, "data").getMembers().size());
		assertFalse(topology.getOperationRecords().contains(record));
	}

	// --- helpers

	private static Problem only(MigrationPlan plan, String rule) {
		List<Problem> matching = plan.findings().stream().filter(problem -> problem.ruleId().equals(rule)).toList();
		assertEquals(1, matching.size(), rule + " in " + plan.findings());
		return matching.get(0);
	}

	private static Host host(Topology topology, String name) {
		return topology.getSites().stream().flatMap(site -> site.getHosts().stream()).filter(h -> h.getName().equals(name))
				.findFirst().orElseThrow();
	}

	private static VirtualMachine vm(Topology topology, String name) {
		return topology.getSites().stream().flatMap(site -> site.getHosts().stream()).flatMap(h -> h.getVms().stream())
				.filter(vm -> vm.getName().equals(name)).findFirst().orElseThrow();
	}

	private static dev.lifeboat.model.OverlayNetwork overlay(Topology topology, String name) {
		return topology.getOverlays().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
	}

	private static VxlanSpec overlayOf(AgentConfig config, String name) {
		return config.overlays().stream().filter(o -> o.overlayName().equals(name)).findFirst().orElseThrow();
	}

	private static FdbEntry fdbOf(AgentConfig config, String overlay, String mac) {
		return overlayOf(config, overlay).fdb().stream().filter(entry -> entry.mac().equals(mac)).findFirst().orElse(null);
	}
}
