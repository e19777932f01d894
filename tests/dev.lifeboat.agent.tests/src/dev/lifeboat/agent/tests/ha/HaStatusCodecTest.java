package dev.lifeboat.agent.tests.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.ProtocolCodec;

/** {@code agent state} carries the HA daemon's view through the allowlisted codec, and reads back equal. */
class HaStatusCodecTest {

	@Test
	void stateWithHaStatusRoundTrips() throws Exception {
		HaStatus status = new HaStatus("policy", "b", 1_700_000_000_000L).quorum(true, true, false).refusedBeats(3, 2)
				.outdatedBeats(4);
		HaStatus.MemberState a = new HaStatus.MemberState("a", HaStatus.MemberHealth.DEGRADED, 120);
		a.paths().add(new HaStatus.PathState(0, "10.0.0.2", "10.0.0.1", true, 120));
		a.paths().add(new HaStatus.PathState(1, "10.1.0.2", "10.1.0.1", false, 5000));
		status.members().add(a);
		status.members().add(new HaStatus.MemberState("b", HaStatus.MemberHealth.SELF, 0));
		status.members().add(new HaStatus.MemberState("d", HaStatus.MemberHealth.MAINTENANCE, 0).heard(true));
		status.owners().add(new HaStatus.Ownership("web-1", "b", "c"));
		status.fencedHosts().add("c");
		status.unplaced().add("huge: was on c: no surviving host has 8192 MiB and 1 vCPUs free");
		AgentState state = new AgentState("b", "0.1.0", null);
		state.setHa(status);

		ProtocolCodec codec = new ProtocolCodec();
		String xml = codec.toXml(state);
		assertTrue(xml.contains("health=\"DEGRADED\""), xml);
		assertTrue(xml.contains("forgedBeats=\"3\"") && xml.contains("replayedBeats=\"2\""), xml);
		assertTrue(xml.contains("outdatedBeats=\"4\"") && xml.contains("health=\"MAINTENANCE\"") && xml.contains("heard=\"true\""), xml);
		assertEquals(status, codec.fromXml(xml, AgentState.class).ha());
		assertEquals(status, codec.fromXml(codec.toXml(status), HaStatus.class));
	}
}
