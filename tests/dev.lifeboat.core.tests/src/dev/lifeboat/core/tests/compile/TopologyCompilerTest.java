package dev.lifeboat.core.tests.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.ConfigText;
import dev.lifeboat.core.compile.DeviceNames;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BackupSpec;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaTimings;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.VxlanSpec;

class TopologyCompilerTest {

	private final Topology demo = DemoTopology.load();

	@Test
	void theDemoIsValidAndCompilesToOneConfigPerHost() throws CompileException {
		assertFalse(Validation.hasErrors(Validation.validate(demo)), () -> Validation.validate(demo).toString());
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		assertEquals(List.of("esx-n1", "esx-n2", "esx-s1", "esx-s2"),
				compiled.all().stream().map(AgentConfig::hostName).toList());
		int guests = compiled.all().stream().mapToInt(config -> config.guests().size()).sum();
		assertEquals(8, guests, "every VM lands on its host");
	}

	@Test
	void backupPoliciesGoToTheHostsRunningTheirVmsWithoutAnyPassword() throws Exception {
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		AgentConfig n1 = compiled.config("esx-n1");
		assertEquals(1, n1.backups().size());
		BackupSpec tier1 = n1.backups().get(0);
		assertEquals("tier1-hourly", tier1.policyName());
		assertEquals(BackupSpec.Kind.D2D2C, tier1.kind());
		assertEquals("sftp:root@198.18.0.13:/var/lib/lifeboat/repos/tier1", tier1.repository());
		assertEquals("/var/lib/lifeboat/repos/tier1-copy", tier1.secondaryRepository());
		assertEquals(List.of("db-1", "web-1"), tier1.guests(), "only esx-n1's own VMs of the policy");
		assertEquals(48, tier1.retentionCount());
		assertEquals(List.of("db-2"), compiled.config("esx-s2").backups().get(0).guests());
		assertEquals(List.of("cache-1", "web-2"), compiled.config("esx-n2").backups().get(0).guests());
		assertEquals(BackupSpec.Kind.LOCAL, compiled.config("esx-n2").backups().get(0).kind());
		assertEquals("tier1-hourly.restic-password", tier1.passwordFileName());

		ProtocolCodec codec = new ProtocolCodec();
		String xml = codec.toXml(n1);
		assertEquals(n1, codec.fromXml(xml, AgentConfig.class), "backups survive the codec");
		assertFalse(xml.toLowerCase(java.util.Locale.ROOT).contains("<password"), xml);
	}

	@Test
	void everyHaMemberGetsTheWholePolicyAndTheSamePlacement() throws CompileException {
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		HaSpec ha = compiled.config("esx-n1").ha();
		assertNotNull(ha, "esx-n1 is in the demo's HA policy");
		for (AgentConfig config : compiled.all()) {
			assertEquals(ha, config.ha(), config.hostName() + " sees the same policy as esx-n1");
		}
		assertEquals(List.of("esx-n1", "esx-n2", "esx-s1", "esx-s2"),
				ha.members().stream().map(HaMember::hostName).toList());
		HaMember n1 = ha.member("esx-n1");
		assertEquals(2, n1.heartbeatAddresses().size(), "one path per HEARTBEAT NIC: " + n1.heartbeatAddresses());
		assertEquals("198.18.1.11", n1.vtepAddress(DeviceNames.overlayBridge(10010)));
		assertEquals(8, ha.guests().size(), "every guest of every member, protected or not");
		assertEquals(GuestSpec.Workload.FILE_SERVICE, ha.guests().get(0).guest().workload());

		HaTimings timings = ha.timings();
		assertTrue(timings.detectionMs() < timings.selfFenceDeadlineMs()
				&& timings.selfFenceDeadlineMs() < timings.takeoverMs(), timings::toString);

		// The failed host's protected guests restart in priority order, each on a host that has its networks.
		FailoverPlacement.Result placement = FailoverPlacement.place(ha, Set.of("esx-n1"), Map.of());
		List<String> order = placement.restarts().stream().map(restart -> restart.guest().name()).toList();
		assertEquals(List.of("db-1", "web-1"), order, "restart priority 10 before 20");
		// web-1's second NIC is bridged to the LAN uplink 'lan': esx-n2 is the only other host with that bridge.
		assertEquals("esx-n2", placement.restarts().get(1).toHost());
		assertEquals(List.of(), placement.unplaced());
		for (FailoverPlacement.Restart restart : placement.restarts()) {
			assertEquals("esx-n1", restart.fromHost());
			assertTrue(ha.member(restart.toHost()).bridges().containsAll(
					restart.guest().guest().nics().stream().map(GuestNicSpec::bridge).toList()), restart::toString);
		}
		assertEquals(placement, FailoverPlacement.place(ha, Set.of("esx-n1"), Map.of()), "deterministic");
	}

	@Test
	void aGuestThatFitsNowhereIsReportedWithTheReason() throws CompileException {
		HaSpec ha = TopologyCompiler.compile(demo).config("esx-n1").ha();
		Set<String> allButOne = Set.of("esx-n1", "esx-n2", "esx-s1");
		FailoverPlacement.Result placement = FailoverPlacement.place(ha, allButOne, Map.of());
		int protectedOnFailed = (int) ha.guests().stream()
				.filter(guest -> guest.protectedGuest() && allButOne.contains(guest.homeHost())).count();
		assertEquals(protectedOnFailed, placement.restarts().size() + placement.unplaced().size(),
				"every protected guest of the failed hosts is either restarted or reported");
		assertFalse(placement.unplaced().isEmpty(), "one host cannot take three hosts' guests");
		assertTrue(placement.unplaced().get(0).reason().startsWith("no surviving host has"),
				placement.unplaced()::toString);
	}

	@Test
	void everyMemberGetsItsVtepWithPeersForHeadEndReplication() throws CompileException {
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		VxlanSpec app = overlay(compiled.config("esx-n1"), "app");
		assertEquals(10010, app.vni());
		assertEquals(4789, app.udpPort());
		assertEquals("198.18.1.11", app.localAddress());
		assertEquals("eth1", app.underlayDevice());
		assertEquals(List.of("198.18.1.12", "198.18.1.13"), app.peers(), "every other member, sorted");
		assertEquals(DeviceNames.vxlan(10010), app.device());
		assertEquals(VxlanSpec.Replication.HEAD_END, app.replication());
	}

	@Test
	void staticFdbEntriesPointEveryRemoteMacAtItsHostsVtep() throws CompileException {
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		VxlanSpec app = overlay(compiled.config("esx-n1"), "app");
		Set<String> fdb = app.fdb().stream().map(Object::toString).collect(Collectors.toSet());
		// web-2 on esx-n2, web-3 on esx-s1; web-1 is local and has no static entry
		assertEquals(2, fdb.size(), fdb::toString);
		String web2Mac = mac("web-2", "eth0");
		assertTrue(fdb.contains(web2Mac + " -> 198.18.1.12"), fdb::toString);
		assertFalse(fdb.stream().anyMatch(entry -> entry.startsWith(mac("web-1", "eth0"))), "local MACs are learned");
	}

	@Test
	void aMemberCanOverrideTheDataPlane() throws CompileException {
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		assertEquals(VxlanSpec.DataPlane.USERSPACE, overlay(compiled.config("esx-s2"), "data").dataPlane());
		assertEquals(VxlanSpec.DataPlane.KERNEL, overlay(compiled.config("esx-n1"), "data").dataPlane());
		assertTrue(compiled.config("esx-s1").overlays().stream().noneMatch(o -> o.overlayName().equals("data")),
				"a host that is not a member gets no VTEP");
	}

	@Test
	void guestNicsAreCompiledByModeWithTheirBridge() throws CompileException {
		CompiledTopology compiled = TopologyCompiler.compile(demo);
		GuestSpec web1 = guest(compiled.config("esx-n1"), "web-1");
		assertEquals(GuestNicSpec.Mode.OVERLAY, web1.nics().get(0).mode());
		assertEquals(DeviceNames.overlayBridge(10010), web1.nics().get(0).bridge());
		assertEquals(1450, web1.nics().get(0).mtu());
		assertEquals(GuestNicSpec.Mode.BRIDGED, web1.nics().get(1).mode());
		BridgeSpec lan = compiled.config("esx-n1").bridges().get(0);
		assertEquals(BridgeSpec.Kind.UPLINK, lan.kind());
		assertEquals("eth0", lan.uplink());
		assertEquals(lan.device(), web1.nics().get(1).bridge());

		GuestSpec batch = guest(compiled.config("esx-s1"), "batch-1");
		assertEquals(GuestNicSpec.Mode.NAT, batch.nics().get(0).mode());
		assertEquals("198.19.13.1", batch.nics().get(0).gateway());
		assertEquals(BridgeSpec.Kind.NAT, compiled.config("esx-s1").bridges().get(0).kind());

		GuestSpec cache = guest(compiled.config("esx-n2"), "cache-1");
		assertEquals(GuestNicSpec.Mode.HOST_ONLY, cache.nics().get(1).mode());
		assertEquals(BridgeSpec.Kind.HOST_ONLY, compiled.config("esx-n2").bridges().get(0).kind());
	}

	@Test
	void everyConfigSurvivesTheWireAndIsDeterministic() throws CompileException, ProtocolException {
		ProtocolCodec codec = new ProtocolCodec();
		CompiledTopology first = TopologyCompiler.compile(demo);
		CompiledTopology second = TopologyCompiler.compile(DemoTopology.load());
		for (AgentConfig config : first.all()) {
			String xml = codec.toXml(config);
			assertEquals(config, codec.fromXml(xml, AgentConfig.class), "the XML parses back to the same config");
			assertEquals(xml, codec.toXml(second.config(config.hostName())), "compiling twice gives the same bytes");
		}
	}

	@Test
	void anInvalidTopologyIsNotCompiled() {
		OverlayNetwork app = demo.getOverlays().get(0);
		app.setVni(16777216);
		CompileException refused = assertThrows(CompileException.class, () -> TopologyCompiler.compile(demo));
		assertTrue(refused.errors().stream().anyMatch(problem -> problem.element() == app), refused::getMessage);
	}

	@Test
	void deviceNamesFitTheKernelLimitAndStayUnique() {
		Set<String> taken = new java.util.HashSet<>();
		String first = DeviceNames.bridge("a-very-long-bridge-name-indeed", taken);
		String second = DeviceNames.bridge("a-very-long-bridge-name-indeed", taken);
		assertTrue(first.length() <= 15 && second.length() <= 15, first + " " + second);
		assertFalse(first.equals(second));
		assertTrue(DeviceNames.vxlan(16777215).length() <= 15);
	}

	@Test
	void theReadableFormNamesEveryPart() throws CompileException {
		String text = ConfigText.describe(TopologyCompiler.compile(demo));
		assertTrue(text.contains("host esx-s2"), text);
		assertTrue(text.contains("vni 10020"), text);
		assertTrue(text.contains("userspace data plane"), text);
		assertTrue(text.contains("head-end replication to 198.18.1.11, 198.18.1.12"), text);
		assertTrue(text.contains("nat on lbnat via 198.19.14.1"), text);
	}

	private String mac(String vm, String nic) {
		return demo.getSites().stream().flatMap(site -> site.getHosts().stream()).map(Host::getVms)
				.flatMap(List::stream).filter(v -> v.getName().equals(vm)).flatMap(v -> v.getNics().stream())
				.filter(n -> n.getName().equals(nic)).findFirst().orElseThrow().getMac();
	}

	private static VxlanSpec overlay(AgentConfig config, String name) {
		VxlanSpec found = config.overlays().stream().filter(o -> o.overlayName().equals(name)).findFirst().orElse(null);
		assertNotNull(found, "overlay " + name + " on " + config.hostName());
		return found;
	}

	private static GuestSpec guest(AgentConfig config, String name) {
		return config.guests().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}
}
