package dev.lifeboat.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.BridgeSpec;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.VxlanSpec;

class ProtocolCodecTest {

	private final ProtocolCodec codec = new ProtocolCodec();

	static AgentConfig sampleConfig() {
		AgentConfig config = new AgentConfig("esx-a1", "host-0001", "demo");
		config.bridges().add(new BridgeSpec("lbbr0", "bridge-1", "br0", BridgeSpec.Kind.UPLINK).uplink("eth0"));
		config.bridges().add(new BridgeSpec("lbnat0", "bridge-2", "nat0", BridgeSpec.Kind.NAT)
				.gateway("198.19.100.1", 24));
		VxlanSpec overlay = new VxlanSpec("overlay-1", "blue", 5001, 4789, 1450)
				.transport(VxlanSpec.DataPlane.KERNEL, VxlanSpec.Replication.HEAD_END, null)
				.devices("vx5001", "ov5001").local("198.18.0.11", "eth1");
		overlay.peers().add("198.18.0.12");
		overlay.peers().add("198.18.0.13");
		overlay.fdb().add(new FdbEntry("52:54:00:00:00:02", "198.18.0.12"));
		config.overlays().add(overlay);
		GuestSpec guest = new GuestSpec("web-1", "vm-1", 2, 2048, 10);
		guest.nics().add(new GuestNicSpec("eth0", "52:54:00:00:00:01", "10.10.0.11", 24, GuestNicSpec.Mode.OVERLAY,
				"ov5001").mtu(1450));
		guest.nics().add(new GuestNicSpec("eth1", "52:54:00:00:01:01", "198.19.100.11", 24, GuestNicSpec.Mode.NAT,
				"lbnat0").gateway("198.19.100.1"));
		config.guests().add(guest);
		return config;
	}

	@Test
	void configRoundTripsThroughXml() throws ProtocolException {
		AgentConfig config = sampleConfig();
		String xml = codec.toXml(config);
		AgentConfig back = codec.fromXml(xml, AgentConfig.class);
		assertEquals(config, back);
		assertEquals(xml, codec.toXml(back), "writing what was read gives the same bytes");
	}

	static AgentState sampleState() {
		AgentState state = new AgentState("esx-a1", "0.1.0", "sha256:00ff");
		AgentState.BridgeState bridge = new AgentState.BridgeState("ov5001", true, 1450);
		bridge.ports().add("vx5001");
		bridge.addresses().add("198.19.0.1/24");
		state.bridges().add(bridge);
		AgentState.VxlanState vxlan = new AgentState.VxlanState("vx5001", VxlanSpec.DataPlane.KERNEL, 5001, 4789, 1450,
				"198.18.1.11", "ov5001").counters(10, 20, 1000, 2000, 1);
		vxlan.peers().add("198.18.1.12");
		vxlan.fdb().add(new FdbEntry("52:54:00:00:00:02", "198.18.1.12", "10.10.0.12"));
		state.overlays().add(vxlan);
		AgentState.GuestState guest = new AgentState.GuestState("web-1", "lb.esx-a1.web-1", true);
		guest.nics().add(new AgentState.GuestNicState("eth0", "52:54:00:00:00:01", "10.10.0.11/24", "ov5001"));
		state.guests().add(guest);
		return state;
	}

	@Test
	void stateRoundTripsThroughXml() throws ProtocolException {
		AgentState state = sampleState();
		String xml = codec.toXml(state);
		AgentState back = codec.fromXml(xml, AgentState.class);
		assertEquals(state, back);
		assertEquals(10, back.overlays().get(0).rxPackets());
		assertEquals(xml, codec.toXml(back));
	}

	/**
	 * The bytes the codec wrote with XStream's stock converters, before it registered only those documents need:
	 * agents and consoles of this protocol version write and read exactly these.
	 */
	@Test
	void writesAndReadsWhatTheStockConvertersWrote() throws ProtocolException, IOException {
		assertEquals(STOCK_CONFIG, codec.toXml(sampleConfig()));
		assertEquals(sampleConfig(), codec.fromXml(STOCK_CONFIG, AgentConfig.class));
		assertEquals(STOCK_STATE, codec.toXml(sampleState()));
		assertEquals(sampleState(), codec.fromXml(STOCK_STATE, AgentState.class));
		// The demo's esx-n1 as the stock converters wrote it: an HA policy, backups, guests and overlays.
		String demo;
		try (InputStream in = ProtocolCodecTest.class.getResourceAsStream("stock-demo-esx-n1.xml")) {
			demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		AgentConfig read = codec.fromXml(demo, AgentConfig.class);
		assertEquals("cluster-ha", read.ha().policyName());
		assertEquals(demo, codec.toXml(read));
	}

	private static final String STOCK_CONFIG = """
			<agent-config protocolVersion="1.0" hostName="esx-a1" hostId="host-0001" topologyName="demo">
			  <bridges>
			    <bridge device="lbbr0" modelId="bridge-1" modelName="br0" kind="UPLINK" uplink="eth0" prefixLength="0" mtu="0"/>
			    <bridge device="lbnat0" modelId="bridge-2" modelName="nat0" kind="NAT" gatewayAddress="198.19.100.1" prefixLength="24" mtu="0"/>
			  </bridges>
			  <overlays>
			    <overlay overlayId="overlay-1" overlayName="blue" vni="5001" udpPort="4789" mtu="1450" dataPlane="KERNEL" replication="HEAD_END" device="vx5001" bridge="ov5001" localAddress="198.18.0.11" underlayDevice="eth1">
			      <peer>198.18.0.12</peer>
			      <peer>198.18.0.13</peer>
			      <fdb mac="52:54:00:00:00:02" remote="198.18.0.12"/>
			    </overlay>
			  </overlays>
			  <guests>
			    <guest name="web-1" modelId="vm-1" vcpus="2" memoryMiB="2048" restartPriority="10" workload="NONE">
			      <nic name="eth0" mac="52:54:00:00:00:01" address="10.10.0.11" prefixLength="24" mode="OVERLAY" bridge="ov5001" mtu="1450"/>
			      <nic name="eth1" mac="52:54:00:00:01:01" address="198.19.100.11" prefixLength="24" gateway="198.19.100.1" mode="NAT" bridge="lbnat0" mtu="0"/>
			    </guest>
			  </guests>
			  <backups/>
			</agent-config>
			""";

	private static final String STOCK_STATE = """
			<agent-state protocolVersion="1.0" hostName="esx-a1" agentVersion="0.1.0" appliedConfigHash="sha256:00ff">
			  <bridges>
			    <bridge-state device="ov5001" up="true" mtu="1450">
			      <port>vx5001</port>
			      <address>198.19.0.1/24</address>
			    </bridge-state>
			  </bridges>
			  <overlays>
			    <overlay-state device="vx5001" dataPlane="KERNEL" vni="5001" udpPort="4789" mtu="1450" localAddress="198.18.1.11" bridge="ov5001" rxPackets="10" txPackets="20" rxBytes="1000" txBytes="2000" drops="1">
			      <peer>198.18.1.12</peer>
			      <fdb mac="52:54:00:00:00:02" remote="198.18.1.12" ip="10.10.0.12"/>
			    </overlay-state>
			  </overlays>
			  <guests>
			    <guest-state name="web-1" namespace="lb.esx-a1.web-1" running="true">
			      <nic name="eth0" mac="52:54:00:00:00:01" address="10.10.0.11/24" bridge="ov5001"/>
			    </guest-state>
			  </guests>
			  <backups/>
			</agent-state>
			""";

	@Test
	void aStateIsNotAcceptedWhereAConfigIsExpected() {
		String xml = codec.toXml(new AgentState("h", "0.1.0", null));
		ProtocolException refused = assertThrows(ProtocolException.class, () -> codec.fromXml(xml, AgentConfig.class));
		assertTrue(refused.getMessage().contains("Expected an agent-config document but got an agent-state"),
				refused.getMessage());
	}

	@Test
	void xmlIsReadableWithoutJavaClassNames() {
		String xml = codec.toXml(sampleConfig());
		assertTrue(xml.contains("<agent-config"), xml);
		assertTrue(xml.contains("<peer>198.18.0.12</peer>"), xml);
		assertTrue(xml.contains("vni=\"5001\""), xml);
		assertFalse(xml.contains("dev.lifeboat"), "no Java class names leak into the wire format:\n" + xml);
	}

	@Test
	void refusesTheProcessBuilderGadget(@TempDir Path dir) {
		Path marker = dir.resolve("pwned");
		String gadget = """
				<sorted-set>
				  <dynamic-proxy>
				    <interface>java.lang.Comparable</interface>
				    <handler class="java.beans.EventHandler">
				      <target class="java.lang.ProcessBuilder">
				        <command><string>touch</string><string>%s</string></command>
				      </target>
				      <action>start</action>
				    </handler>
				  </dynamic-proxy>
				</sorted-set>
				""".formatted(marker);
		ProtocolException refused = assertThrows(ProtocolException.class,
				() -> codec.fromXml(gadget, AgentConfig.class));
		assertTrue(refused.getMessage().contains("not part of the Lifeboat protocol"), refused.getMessage());
		assertFalse(Files.exists(marker), "the gadget must not have run");
	}

	@Test
	void refusesAForeignTypeNestedInsideAValidDocument() {
		String xml = codec.toXml(sampleConfig()).replace("<bridges>",
				"<bridges><java.util.HashMap/>");
		ProtocolException refused = assertThrows(ProtocolException.class, () -> codec.fromXml(xml, AgentConfig.class));
		assertTrue(refused.getMessage().contains("java.util.HashMap"), refused.getMessage());
	}

	@Test
	void refusesMalformedXmlWithAReadableError() {
		String truncated = codec.toXml(sampleConfig()).substring(0, 200);
		ProtocolException refused = assertThrows(ProtocolException.class,
				() -> codec.fromXml(truncated, AgentConfig.class));
		assertTrue(refused.getMessage().startsWith("Not a valid Lifeboat protocol document"), refused.getMessage());
	}

	@Test
	void refusesAnIncompatibleProtocolVersion() {
		String xml = codec.toXml(sampleConfig()).replace("protocolVersion=\"1.0\"", "protocolVersion=\"2.0\"");
		ProtocolException refused = assertThrows(ProtocolException.class, () -> codec.fromXml(xml, AgentConfig.class));
		assertTrue(refused.getMessage().contains("2.0"), refused.getMessage());
	}
}
