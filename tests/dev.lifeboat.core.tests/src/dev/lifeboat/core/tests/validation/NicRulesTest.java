package dev.lifeboat.core.tests.validation;

import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertNoProblem;
import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.tests.TopologyFixtures;
import dev.lifeboat.core.tests.TopologyFixtures.Fixture;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

class NicRulesTest {

	private final Fixture f = TopologyFixtures.valid();

	@Test
	void duplicateMacIsAnErrorOnEachNicEvenInAnotherCase() {
		assertNoProblem(f.topology, "vnic.mac.duplicate");

		f.dbBlue.setMac("52:54:00:00:00:0A");
		f.appNat.setMac("52:54:00:00:00:0a");
		assertProblem(f.topology, "vnic.mac.duplicate", Severity.ERROR, f.dbBlue, "MAC 52:54:00:00:00:0a",
				"NIC 'eth0' of VM 'app-1'", "Give each NIC its own MAC");
		assertProblem(f.topology, "vnic.mac.duplicate", Severity.ERROR, f.appNat, "NIC 'eth0' of VM 'db-1'");
	}

	@Test
	void malformedMacIsAnError() {
		f.webLan.setMac("52:54:00:AB:cd:ef");
		assertNoProblem(f.topology, "vnic.mac.format");

		f.webLan.setMac("52-54-00-00-00-01");
		assertProblem(f.topology, "vnic.mac.format", Severity.ERROR, f.webLan, "'52-54-00-00-00-01'",
				"xx:xx:xx:xx:xx:xx", "six hex octets separated by colons");
		f.webLan.setMac("52:54:00:00:00:0g");
		assertProblem(f.topology, "vnic.mac.format", Severity.ERROR, f.webLan, "'52:54:00:00:00:0g'");
	}

	@Test
	void multicastMacIsAnError() {
		f.webLan.setMac("02:00:5e:00:00:01");
		assertNoProblem(f.topology, "vnic.mac.multicast");

		f.webLan.setMac("01:00:5E:00:00:01");
		assertProblem(f.topology, "vnic.mac.multicast", Severity.ERROR, f.webLan, "01:00:5e:00:00:01", "multicast",
				"Use a unicast MAC");
	}

	@Test
	void duplicateIpWithinOneL2DomainIsAnErrorNamingBothNics() {
		// The same address on two different L2 domains is fine: they are different networks.
		f.appNat.setIpAddress("10.0.0.11");
		assertNoProblem(f.topology, "vnic.ip.duplicate");

		f.dbBlue.setIpAddress("172.16.0.11");
		assertProblem(f.topology, "vnic.ip.duplicate", Severity.ERROR, f.dbBlue, "172.16.0.11", "overlay 'blue'",
				"NIC 'eth1' of VM 'web-1'", "its own address");
		assertProblem(f.topology, "vnic.ip.duplicate", Severity.ERROR, f.webBlue, "NIC 'eth0' of VM 'db-1'");
	}

	@Test
	void duplicateIpv6IsFoundWhateverItsSpelling() {
		f.dbBlue.setIpAddress("fd00::12");
		f.webBlue.setIpAddress("fd00::11");
		assertNoProblem(f.topology, "vnic.ip.duplicate");

		f.webBlue.setIpAddress("fd00:0:0::12");
		assertProblem(f.topology, "vnic.ip.duplicate", Severity.ERROR, f.dbBlue, "fd00::12", "NIC 'eth1' of VM 'web-1'");
	}

	@Test
	void malformedIpIsAnError() {
		f.webLan.setIpAddress("2001:db8::11");
		assertNoProblem(f.topology, "vnic.ip.format");

		for (String bad : new String[] { "10.0.0.256", "10.0.0.5/24", "10.0.5", "web-1.example.org", "2001:db8:::1" }) {
			f.webLan.setIpAddress(bad);
			assertProblem(f.topology, "vnic.ip.format", Severity.ERROR, f.webLan, "'" + bad + "'",
					"Write the address alone");
		}
	}

	@Test
	void natOrHostOnlyNicOnAnOverlayIsAnError() {
		assertNoProblem(f.topology, "vnic.attachment.privateModeOnOverlay");

		f.webBlue.setMode(NicMode.NAT);
		assertProblem(f.topology, "vnic.attachment.privateModeOnOverlay", Severity.ERROR, f.webBlue, "NAT",
				"overlay 'blue'", "Set the mode to BRIDGED");
		f.webBlue.setMode(NicMode.HOST_ONLY);
		assertProblem(f.topology, "vnic.attachment.privateModeOnOverlay", Severity.ERROR, f.webBlue, "HOST_ONLY");
	}

	@Test
	void nicWithoutAttachmentIsAnError() {
		assertNoProblem(f.topology, "vnic.attachment.missing");

		f.webLan.setAttachment(null);
		assertProblem(f.topology, "vnic.attachment.missing", Severity.ERROR, f.webLan, "BRIDGED",
				"Attach it to a bridge with an uplink or to an overlay");
		f.appNat.setAttachment(null);
		assertProblem(f.topology, "vnic.attachment.missing", Severity.ERROR, f.appNat, "NAT",
				"private bridge (one without uplink) on host 'esx-a1'");
	}

	@Test
	void bridgedNicOnABridgeWithoutUplinkIsAWarning() {
		assertNoProblem(f.topology, "vnic.attachment.noUplink");

		f.lan.setUplink(null);
		assertProblem(f.topology, "vnic.attachment.noUplink", Severity.WARNING, f.webLan,
				"bridge 'br0' on host 'esx-a1'", "host-only", "Give the bridge an uplink");
	}

	@Test
	void natOrHostOnlyNicOnABridgeWithUplinkIsAnError() {
		assertNoProblem(f.topology, "vnic.attachment.privateModeOnUplink");

		f.nat.setUplink(f.hostNic(1, 1));
		assertProblem(f.topology, "vnic.attachment.privateModeOnUplink", Severity.ERROR, f.appNat, "NAT",
				"bridge 'nat0' on host 'esx-a1'", "NIC 'eth1' of host 'esx-a1'", "private bridge without uplink");
		assertProblem(f.topology, "vnic.attachment.privateModeOnUplink", Severity.ERROR, f.appHostOnly, "HOST_ONLY");
	}

	@Test
	void nicOnABridgeOfAnotherHostIsAnError() {
		assertNoProblem(f.topology, "vnic.attachment.otherHost");

		Bridge lanOfA2 = TopologyFixtures.bridge(f.host(2), "br0", f.hostNic(2, 1));
		f.webLan.setAttachment(lanOfA2);
		assertProblem(f.topology, "vnic.attachment.otherHost", Severity.ERROR, f.webLan,
				"bridge 'br0' on host 'esx-a2'", "host 'esx-a1'", "Attach it to a bridge of host 'esx-a1'");
	}

	@Test
	void nicOnAnOverlayNeedsItsHostAsMember() {
		VirtualMachine cache = TopologyFixtures.vm(f.host(3), "cache-1", 1024, 1);
		VirtualNic cacheBlue = TopologyFixtures.nic(cache, "eth0", NicMode.BRIDGED, f.blue, "52:54:00:00:00:06",
				"172.16.0.13");
		assertNoProblem(f.topology, "vnic.attachment.notMember");

		f.blue.getMembers().remove(f.blueMember(3));
		assertProblem(f.topology, "vnic.attachment.notMember", Severity.ERROR, cacheBlue, "overlay 'blue'",
				"host 'esx-a3'", "Add host 'esx-a3' as a member");
	}
}
