package dev.lifeboat.core.tests.validation;

import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertNoProblem;
import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertProblem;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.tests.TopologyFixtures;
import dev.lifeboat.core.tests.TopologyFixtures.Fixture;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Replication;

class OverlayRulesTest {

	private final Fixture f = TopologyFixtures.valid();

	@Test
	void vniOutsideTwentyFourBitsIsAnError() {
		f.blue.setVni(16777215);
		assertNoProblem(f.topology, "overlay.vni.range");
		f.blue.setVni(0);
		assertNoProblem(f.topology, "overlay.vni.range");

		f.blue.setVni(16777216);
		assertProblem(f.topology, "overlay.vni.range", Severity.ERROR, f.blue, "VNI 16777216",
				"Set a VNI of at most 16777215");
		f.blue.setVni(-1);
		assertProblem(f.topology, "overlay.vni.range", Severity.ERROR, f.blue, "VNI -1", "Set a VNI of at least 0");
	}

	@Test
	void kernelAndJavaVtepCannotShareAPortOnOneHost() {
		OverlayNetwork red = TopologyFixtures.overlay(f.topology, "red", 5002, f.hosts);
		assertNoProblem(f.topology, "overlay.dataPlane.port");

		red.getMembers().get(0).setDataPlane(DataPlane.USERSPACE);
		assertProblem(f.topology, "overlay.dataPlane.port", Severity.ERROR, red.getMembers().get(0), "overlay 'blue'",
				"UDP port 4789", "Use one data plane on this host or give one overlay another UDP port");

		red.setUdpPort(4790);
		assertNoProblem(f.topology, "overlay.dataPlane.port");
	}

	@Test
	void duplicateVniIsAnErrorOnEachOverlayNamingTheOther() {
		OverlayNetwork red = TopologyFixtures.overlay(f.topology, "red", 5002, f.hosts);
		assertNoProblem(f.topology, "overlay.vni.duplicate");

		red.setVni(5001);
		assertProblem(f.topology, "overlay.vni.duplicate", Severity.ERROR, f.blue, "VNI 5001", "overlay 'red'",
				"Give each overlay its own VNI");
		assertProblem(f.topology, "overlay.vni.duplicate", Severity.ERROR, red, "VNI 5001", "overlay 'blue'");
	}

	@Test
	void underlayMtuMustCarryOverlayMtuPlusFiftyOnIpv4() {
		f.hostNic(2, 0).setMtu(1500);
		assertNoProblem(f.topology, "overlay.mtu.underlay");

		f.hostNic(2, 0).setMtu(1499);
		assertProblem(f.topology, "overlay.mtu.underlay", Severity.ERROR, f.blueMember(2), "NIC 'eth0' of host 'esx-a2'",
				"MTU 1499", "MTU 1450", "at least 1500", "Raise the NIC's MTU to 1500");
	}

	@Test
	void underlayMtuMustCarryOverlayMtuPlusSeventyOnIpv6() {
		f.hostNic(3, 0).setAddress("2001:db8::3");
		f.hostNic(3, 0).setMtu(1520);
		assertNoProblem(f.topology, "overlay.mtu.underlay");

		f.hostNic(3, 0).setMtu(1519);
		assertProblem(f.topology, "overlay.mtu.underlay", Severity.ERROR, f.blueMember(3), "MTU 1519", "IPv6",
				"at least 1520", "Raise the NIC's MTU to 1520");
	}

	@Test
	void overlayNeedsTwoMemberHosts() {
		f.blue.getMembers().remove(2);
		assertNoProblem(f.topology, "overlay.members.count");

		f.blue.getMembers().remove(1);
		assertProblem(f.topology, "overlay.members.count", Severity.ERROR, f.blue, "1 member host",
				"Add a VTEP member");
	}

	@Test
	void memberWithoutHostIsAnError() {
		assertNoProblem(f.topology, "overlay.member.host");

		f.blueMember(3).setHost(null);
		assertProblem(f.topology, "overlay.member.host", Severity.ERROR, f.blueMember(3), "no host",
				"Pick the host");
	}

	@Test
	void memberWithoutUnderlayNicIsAnError() {
		assertNoProblem(f.topology, "overlay.member.nic");

		f.blueMember(2).setUnderlayNic(null);
		assertProblem(f.topology, "overlay.member.nic", Severity.ERROR, f.blueMember(2), "no underlay NIC",
				"Pick the NIC of host 'esx-a2'");
	}

	@Test
	void memberUnderlayNicMustBelongToItsHost() {
		assertNoProblem(f.topology, "overlay.member.nicHost");

		f.blueMember(2).setUnderlayNic(f.hostNic(1, 0));
		assertProblem(f.topology, "overlay.member.nicHost", Severity.ERROR, f.blueMember(2),
				"NIC 'eth0' of host 'esx-a1'", "Pick an underlay NIC of host 'esx-a2'");
	}

	@Test
	void memberUnderlayNicNeedsAnAddress() {
		assertNoProblem(f.topology, "overlay.member.address");

		f.hostNic(1, 0).setAddress(null);
		assertProblem(f.topology, "overlay.member.address", Severity.ERROR, f.blueMember(1),
				"NIC 'eth0' of host 'esx-a1' has no address", "Set the NIC's address");
		f.hostNic(1, 0).setAddress("198.18.0.300");
		assertProblem(f.topology, "overlay.member.address", Severity.ERROR, f.blueMember(1), "'198.18.0.300'",
				"Set a valid address");
	}

	@Test
	void hostIsMemberOfAnOverlayOnlyOnce() {
		assertNoProblem(f.topology, "overlay.member.duplicate");

		var extra = TopologyFixtures.member(f.blue, f.host(1), f.hostNic(1, 0));
		assertProblem(f.topology, "overlay.member.duplicate", Severity.ERROR, extra, "host 'esx-a1'",
				"Remove the extra VTEP member");
	}

	@Test
	void multicastReplicationNeedsAMulticastGroup() {
		f.blue.setReplication(Replication.MULTICAST);
		f.blue.setMulticastGroup("239.1.1.1");
		assertNoProblem(f.topology, "overlay.multicast.group");
		f.blue.setMulticastGroup("ff15::1");
		assertNoProblem(f.topology, "overlay.multicast.group");

		f.blue.setMulticastGroup(null);
		assertProblem(f.topology, "overlay.multicast.group", Severity.ERROR, f.blue, "MULTICAST",
				"Set a multicast group", "HEAD_END");
		f.blue.setMulticastGroup("10.1.1.1");
		assertProblem(f.topology, "overlay.multicast.group", Severity.ERROR, f.blue, "'10.1.1.1'",
				"Set a multicast group");
	}

	@Test
	void udpPortMustBeAPort() {
		f.blue.setUdpPort(65535);
		assertNoProblem(f.topology, "overlay.udpPort.range");

		for (int port : List.of(0, 65536)) {
			f.blue.setUdpPort(port);
			assertProblem(f.topology, "overlay.udpPort.range", Severity.ERROR, f.blue, "UDP port " + port, "Use 4789");
		}
	}
}
