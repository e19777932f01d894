package dev.lifeboat.core.tests.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.ha.FailoverPlan;
import dev.lifeboat.core.ha.FailoverSimulation;
import dev.lifeboat.core.ha.FailureScenario;
import dev.lifeboat.core.ha.ScenarioException;
import dev.lifeboat.core.ha.SimulationResult;
import dev.lifeboat.core.ha.SimulationResult.MemberState;
import dev.lifeboat.core.ha.SimulationResult.PolicyOutcome;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.FencingMode;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaTimings;

/**
 * The failover simulation on the demo (four hosts in one HA policy, two heartbeat NICs each, SELF_FENCE,
 * 500 ms x 4 beats): each scenario kind, with the rules the agents follow.
 */
class FailoverSimulationTest {

	private final Topology demo = DemoTopology.load();

	@Test
	void theDemoValidatesWithoutWarningsSoEveryProtectedVmCanFailOver() {
		assertEquals(List.of(), Validation.validate(demo), "web-1's bridge 'lan' exists on esx-n2 too");
	}

	@Test
	void aFailedHostsProtectedVmsRestartWhereTheAgentsWouldPutThem() throws CompileException {
		SimulationResult result = FailoverSimulation.simulate(demo, FailureScenario.fail("esx-n1"));
		PolicyOutcome ha = result.policy("cluster-ha");

		assertEquals(MemberState.FAILED, ha.state("esx-n1"));
		for (String survivor : List.of("esx-n2", "esx-s1", "esx-s2")) {
			assertEquals(MemberState.UP, ha.state(survivor), survivor);
		}
		assertEquals(List.of("1 db-1 esx-n1->esx-n2", "2 web-1 esx-n1->esx-n2"), restarts(ha));
		assertEquals(placementOf(Set.of("esx-n1")), restartsByPlacement(ha), "the agents' own placement");
		assertEquals(List.of(), ha.unplaced());
		assertTrue(ha.automatic());

		HaTimings timings = new HaTimings(500, 4);
		assertEquals(timings, ha.timings());
		// Both restart on esx-n2, one after the other, after the takeover deadline.
		assertEquals(List.of(timings.takeoverMs() + FailoverSimulation.GUEST_START_ESTIMATE_MS,
				timings.takeoverMs() + 2 * FailoverSimulation.GUEST_START_ESTIMATE_MS),
				ha.restarts().stream().map(SimulationResult.Restart::answeringMs).toList());

		assertEquals(List.of("esx-n1 eth0 host failed", "esx-n1 eth1 host failed"), lostPaths(result));
		assertEquals(List.of("app esx-n1", "data esx-n1"), overlayLosses(result));
	}

	@Test
	void cuttingOneOfTwoHeartbeatNicsDegradesTheHostAndMovesNothing() throws CompileException {
		SimulationResult result = FailoverSimulation.simulate(demo, FailureScenario.cut("esx-n1:eth1"));
		PolicyOutcome ha = result.policy("cluster-ha");

		assertEquals(MemberState.DEGRADED, ha.state("esx-n1"));
		assertTrue(ha.members().get(0).why().contains("still heard on eth0: no failover"), ha.members()::toString);
		assertEquals(List.of(), ha.restarts());
		assertEquals(List.of(), ha.unplaced());
		assertEquals(List.of("esx-n1 eth1 link cut"), lostPaths(result));
		// eth1 is also esx-n1's underlay NIC: both overlays lose its VTEP, and HA does not move its guests.
		assertEquals(List.of("app esx-n1", "data esx-n1"), overlayLosses(result));
		assertTrue(result.overlayLosses().get(0).why().contains("HA does not move them"), result::toString);
	}

	@Test
	void cuttingTheLastHeartbeatNicIsolatesTheHostWhichFencesWhileTheOthersTakeOver() throws CompileException {
		host("esx-n1").getNics().get(0).getRoles().remove(NicRole.HEARTBEAT);

		SimulationResult result = FailoverSimulation.simulate(demo, FailureScenario.cut("esx-n1:eth1"));
		PolicyOutcome ha = result.policy("cluster-ha");

		assertEquals(MemberState.SELF_FENCED, ha.state("esx-n1"));
		assertTrue(ha.members().get(0).why().startsWith("isolated: its last heartbeat path eth1 is cut"),
				ha.members()::toString);
		assertEquals(List.of("1 db-1 esx-n1->esx-n2", "2 web-1 esx-n1->esx-n2"), restarts(ha));
		assertEquals(List.of(), ha.warnings());
	}

	@Test
	void aPartitionOfOneAgainstThreeFencesTheOneAndTheThreeTakeOver() throws CompileException {
		SimulationResult result = FailoverSimulation.simulate(demo,
				FailureScenario.partition("esx-n1|esx-n2,esx-s1,esx-s2"));
		PolicyOutcome ha = result.policy("cluster-ha");

		assertEquals(MemberState.SELF_FENCED, ha.state("esx-n1"));
		assertTrue(ha.members().get(0).why().contains("stops its protected guests by "
				+ ha.timings().selfFenceDeadlineMs() + " ms"), ha.members()::toString);
		assertEquals(List.of(MemberState.UP, MemberState.UP, MemberState.UP),
				List.of(ha.state("esx-n2"), ha.state("esx-s1"), ha.state("esx-s2")));
		assertEquals(placementOf(Set.of("esx-n1")), restartsByPlacement(ha));
		assertTrue(ha.timings().selfFenceDeadlineMs() < ha.timings().takeoverMs(), "fenced before the takeover");
		// esx-n1 shares overlays app and data with the other side: each member of both is split.
		assertEquals(List.of("app esx-n1", "app esx-n2", "app esx-s1", "data esx-n1", "data esx-n2", "data esx-s2"),
				overlayLosses(result));
	}

	@Test
	void anEvenSplitLeavesNoMajoritySoEveryoneFencesAndNothingRestarts() throws CompileException {
		SimulationResult result = FailoverSimulation.simulate(demo,
				FailureScenario.partition("esx-n1,esx-n2|esx-s1,esx-s2"));
		PolicyOutcome ha = result.policy("cluster-ha");

		for (String host : List.of("esx-n1", "esx-n2", "esx-s1", "esx-s2")) {
			assertEquals(MemberState.SELF_FENCED, ha.state(host), host);
		}
		assertEquals(List.of(), ha.restarts());
		assertEquals(1, ha.warnings().size(), ha.warnings()::toString);
		assertTrue(ha.warnings().get(0).contains("No side has a strict majority of the 4 members of cluster-ha"
				+ " (esx-n1, esx-n2 | esx-s1, esx-s2): EVERY member fences itself"), ha.warnings().get(0));
		assertEquals(List.of("batch-1", "db-1", "db-2", "monitor-1", "web-1", "web-2", "web-3"),
				ha.unplaced().stream().map(SimulationResult.Unplaced::vm).toList(), "every protected VM, none twice");
	}

	@Test
	void withoutFencingTheMinorityKeepsItsVmsAndTheMajorityDoesNotRestartThem() throws CompileException {
		demo.getHaPolicies().get(0).setFencing(FencingMode.NONE);

		SimulationResult result = FailoverSimulation.simulate(demo,
				FailureScenario.partition("esx-n1|esx-n2,esx-s1,esx-s2"));
		PolicyOutcome ha = result.policy("cluster-ha");

		assertEquals(MemberState.SUSPECTED, ha.state("esx-n1"));
		assertTrue(ha.members().get(0).why().contains("keeps running its guests"), ha.members()::toString);
		assertFalse(ha.automatic(), "nothing restarts by itself");
		assertEquals(1, ha.warnings().size(), ha.warnings()::toString);
		String warning = ha.warnings().get(0);
		assertTrue(warning.contains("NONE: esx-n1 may still be running web-1, db-1")
				|| warning.contains("NONE: esx-n1 may still be running db-1, web-1"), warning);
		assertTrue(warning.contains("the majority does NOT restart them, to avoid running them twice"), warning);

		PolicyOutcome failed = FailoverSimulation.simulate(demo, FailureScenario.fail("esx-n1")).policy("cluster-ha");
		assertFalse(failed.automatic());
		assertTrue(failed.warnings().get(0).contains("cannot tell a dead host from a cut-off one"),
				failed.warnings()::toString);
	}

	@Test
	void aTwoHostPolicyCannotTellAFailureFromAPartitionSoTheSurvivorFencesToo() throws CompileException {
		demo.getHaPolicies().get(0).getHosts().retainAll(List.of(host("esx-s1"), host("esx-s2")));

		PolicyOutcome ha = FailoverSimulation.simulate(demo, FailureScenario.fail("esx-s1")).policy("cluster-ha");

		assertEquals(MemberState.SELF_FENCED, ha.state("esx-s2"));
		assertEquals(List.of(), ha.restarts());
		assertTrue(ha.warnings().get(0).contains("esx-s2 | esx-s1 (failed)"), ha.warnings()::toString);
	}

	@Test
	void theFailoverPlanMovesWhatTheSimulationRestartsAndNamesTheHostsWhoseConfigChanges() throws CompileException {
		FailoverPlan plan = FailoverPlan.of(demo, "esx-n1");

		assertEquals(Map.of("db-1", "esx-n2", "web-1", "esx-n2"), plan.moves());
		assertEquals(List.of("db-1", "web-1"), List.copyOf(plan.moves().keySet()), "in restart order");
		// esx-n2 starts both; every member's HA spec lists where each guest lives, so all members change.
		assertEquals(List.of("esx-n2", "esx-s1", "esx-s2"), plan.affected());
		assertEquals("esx-n1", FailoverPlan.vm(demo, "db-1").getHost().getName(), "planning changes nothing");

		FailoverPlan.rehome(demo, plan.moves());
		assertEquals("esx-n2", FailoverPlan.vm(demo, "web-1").getHost().getName());
		// web-1's LAN NIC follows it onto esx-n2's own 'lan' bridge.
		assertEquals(host("esx-n2"), ((dev.lifeboat.model.Bridge) FailoverPlan.vm(demo, "web-1").getNics().get(1)
				.getAttachment()).getHost());
		assertEquals(List.of(), Validation.validate(demo), "the re-homed topology is valid");
	}

	@Test
	void unknownHostsAndNicsAreNamedWithTheFix() {
		ScenarioException host = assertThrows(ScenarioException.class,
				() -> FailoverSimulation.simulate(demo, FailureScenario.fail("esx-x9")));
		assertEquals("Host 'esx-x9' is not in topology 'demo'. Name one of its hosts: esx-n1, esx-n2, esx-s1,"
				+ " esx-s2.", host.getMessage());
		ScenarioException nic = assertThrows(ScenarioException.class,
				() -> FailoverSimulation.simulate(demo, FailureScenario.cut("esx-n1:eth7")));
		assertEquals("Host 'esx-n1' has no NIC 'eth7'. Name one of its NICs: eth0, eth1.", nic.getMessage());
		ScenarioException missing = assertThrows(ScenarioException.class,
				() -> FailoverSimulation.simulate(demo, FailureScenario.partition("esx-n1|esx-n2")));
		assertTrue(missing.getMessage().startsWith("Member(s) esx-s1, esx-s2 of HA policy cluster-ha are on no side"),
				missing.getMessage());
		assertThrows(ScenarioException.class, () -> FailureScenario.cut("esx-n1"));
		assertThrows(ScenarioException.class, () -> FailureScenario.partition("esx-n1,esx-n2"));
		assertThrows(ScenarioException.class, () -> FailureScenario.partition("esx-n1|esx-n1"));
	}

	private List<String> placementOf(Set<String> failed) throws CompileException {
		HaSpec spec = TopologyCompiler.compile(demo).config("esx-n2").ha();
		return FailoverPlacement.place(spec, failed, Map.of()).restarts().stream()
				.map(restart -> restart.guest().name() + "@" + restart.toHost()).toList();
	}

	private static List<String> restartsByPlacement(PolicyOutcome outcome) {
		return outcome.restarts().stream().map(restart -> restart.vm() + "@" + restart.toHost()).toList();
	}

	private static List<String> restarts(PolicyOutcome outcome) {
		return outcome.restarts().stream()
				.map(restart -> restart.order() + " " + restart.vm() + " " + restart.fromHost() + "->" + restart.toHost())
				.toList();
	}

	private static List<String> lostPaths(SimulationResult result) {
		return result.lostPaths().stream().map(path -> path.host() + " " + path.nic() + " " + path.why()).toList();
	}

	private static List<String> overlayLosses(SimulationResult result) {
		return result.overlayLosses().stream().map(loss -> loss.overlay() + " " + loss.host()).toList();
	}

	private Host host(String name) {
		return demo.getSites().stream().flatMap(site -> site.getHosts().stream())
				.filter(host -> host.getName().equals(name)).findFirst().orElseThrow();
	}
}
