package dev.lifeboat.core.tests.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.plan.Change;
import dev.lifeboat.core.plan.HostPlan;
import dev.lifeboat.core.plan.StateDiff;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.VxlanSpec;

class StateDiffTest {

	private final AgentConfig n1;

	StateDiffTest() throws CompileException {
		n1 = TopologyCompiler.compile(DemoTopology.load()).config("esx-n1");
	}

	/** What the agent reports once {@code config} is applied, built the way its inventory reads the kernel. */
	static AgentState stateOf(AgentConfig config) {
		AgentState state = new AgentState(config.hostName(), "0.1.0", "sha256:x");
		for (BridgeSpec bridge : config.bridges()) {
			AgentState.BridgeState found = new AgentState.BridgeState(bridge.device(), true, 1500);
			if (bridge.uplink() != null) {
				found.ports().add(bridge.uplink());
			}
			if (bridge.gatewayAddress() != null) {
				found.addresses().add(bridge.gatewayAddress() + "/" + bridge.prefixLength());
			}
			state.bridges().add(found);
		}
		for (VxlanSpec overlay : config.overlays()) {
			state.bridges().add(new AgentState.BridgeState(overlay.bridge(), true, overlay.mtu()));
			AgentState.VxlanState found = new AgentState.VxlanState(overlay.device(), overlay.dataPlane(), overlay.vni(),
					overlay.udpPort(), 1500, overlay.localAddress(), overlay.bridge());
			found.peers().addAll(overlay.peers());
			overlay.fdb().forEach(entry -> found.fdb().add(new FdbEntry(entry.mac(), entry.remote())));
			state.overlays().add(found);
		}
		for (GuestSpec guest : config.guests()) {
			AgentState.GuestState found = new AgentState.GuestState(guest.name(), "lb.x." + guest.name(), true);
			for (GuestNicSpec nic : guest.nics()) {
				found.nics().add(new AgentState.GuestNicState(nic.name(), nic.mac(),
						nic.address() + "/" + nic.prefixLength(), nic.bridge()));
			}
			state.guests().add(found);
		}
		return state;
	}

	@Test
	void aHostThatNeverRanTheAgentGetsEverythingAdded() {
		HostPlan plan = StateDiff.plan(n1, null);
		assertEquals(n1.bridges().size() + n1.overlays().size() + n1.guests().size(), plan.changes().size());
		assertTrue(plan.changes().stream().allMatch(change -> change.kind() == Change.Kind.ADDED), plan::describe);
		assertTrue(plan.describe().contains("+ overlay app (VNI 10010): kernel VTEP 198.18.1.11 port 4789"),
				plan::describe);
	}

	@Test
	void aHostThatMatchesHasNoChanges() {
		HostPlan plan = StateDiff.plan(n1, stateOf(n1));
		assertTrue(plan.unchanged(), plan::describe);
		assertEquals("esx-n1: no changes\n", plan.describe());
	}

	@Test
	void movedMacsMissingPeersAndStrayGuestsAreNamed() {
		AgentState state = stateOf(n1);
		AgentState.VxlanState app = state.overlays().get(0);
		FdbEntry moved = app.fdb().remove(0);
		app.fdb().add(new FdbEntry(moved.mac(), "198.18.1.99"));
		String peer = app.peers().remove(0);
		state.guests().add(new AgentState.GuestState("old-vm", "lb.x.old-vm", true));

		List<String> changes = StateDiff.plan(n1, state).changes().stream().map(Change::toString).toList();
		assertTrue(changes.contains("~ fdb " + moved.mac() + " on app: 198.18.1.99 -> " + moved.remote()), changes::toString);
		assertTrue(changes.contains("+ peer " + peer + " on app: head-end replication"), changes::toString);
		assertTrue(changes.contains("- guest old-vm"), changes::toString);
		assertEquals(3, changes.size(), changes::toString);
	}

	@Test
	void aGuestWhoseAddressDiffersIsChanged() {
		AgentState state = stateOf(n1);
		AgentState.GuestState web1 = state.guests().get(0);
		AgentState.GuestNicState nic = web1.nics().remove(0);
		web1.nics().add(0, new AgentState.GuestNicState(nic.name(), nic.mac(), "10.10.0.99/24", nic.bridge()));
		HostPlan plan = StateDiff.plan(n1, state);
		assertEquals(1, plan.changes().size(), plan::describe);
		Change change = plan.changes().get(0);
		assertEquals(Change.Kind.CHANGED, change.kind());
		assertTrue(change.detail().contains("10.10.0.99/24") && change.detail().contains("10.10.0.11/24"), change::toString);
	}
}
