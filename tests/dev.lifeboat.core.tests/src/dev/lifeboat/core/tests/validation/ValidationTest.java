package dev.lifeboat.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.core.tests.TopologyFixtures;
import dev.lifeboat.core.tests.TopologyFixtures.Fixture;
import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.core.validation.TopologyValidator;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.resource.TopologyFiles;

class ValidationTest {

	private final Fixture f = TopologyFixtures.valid();

	@Test
	void validTopologyHasNoProblems() {
		List<Problem> problems = Validation.validate(f.topology);

		assertEquals(List.of(), problems);
		assertFalse(Validation.hasErrors(problems));
	}

	@Test
	void validTopologyStaysValidThroughItsFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("lab.lifeboat");
		TopologyFiles.save(f.topology, file);

		assertEquals(List.of(), Validation.validate(TopologyFiles.load(file)));
	}

	@Test
	void problemsComeErrorsFirstThenInDocumentOrder() {
		f.backup.setIntervalMinutes(120);
		f.hostNic(2, 1).getRoles().remove(NicRole.HEARTBEAT);
		f.blue.setVni(-5);

		List<Problem> problems = Validation.validate(f.topology);

		assertEquals(List.of("overlay.vni.range", "backup.interval.rpo", "ha.heartbeat.redundancy"),
				problems.stream().map(Problem::ruleId).toList());
		assertTrue(Validation.hasErrors(problems));
		assertEquals("ERROR: overlay 'blue': VNI -5 is outside 0..16777215. Set a VNI of at least 0.",
				problems.get(0).toString());
	}

	@Test
	void warningsAloneAreNoErrors() {
		f.lan.setUplink(null);

		List<Problem> problems = Validation.validate(f.topology);

		assertEquals(List.of(Severity.WARNING), problems.stream().map(Problem::severity).toList());
		assertFalse(Validation.hasErrors(problems));
	}

	@Test
	void diagnosticsCarryTheElementFirstAndTheUserMessage() {
		f.blue.setUdpPort(0);

		Diagnostic result = Validation.newDiagnostician().validate(f.topology);

		assertEquals(Diagnostic.ERROR, result.getSeverity());
		Diagnostic child = result.getChildren().get(0);
		assertSame(f.blue, child.getData().get(0));
		assertTrue(child.getMessage().startsWith("UDP port 0 is outside 1..65535."), child.getMessage());
		assertEquals("overlay.udpPort.range", TopologyValidator.ruleIdOf(child));
	}

	@Test
	void labelsNameElementsAndTheirOwners() {
		OverlayNetwork blue = f.blue;
		assertEquals("topology 'lab'", ElementLabels.describe(f.topology));
		assertEquals("site 'dc-a'", ElementLabels.describe(f.siteA));
		assertEquals("host 'esx-a1'", ElementLabels.describe(f.host(1)));
		assertEquals("NIC 'eth1' of host 'esx-a1'", ElementLabels.describe(f.hostNic(1, 1)));
		assertEquals("bridge 'br0' on host 'esx-a1'", ElementLabels.describe(f.lan));
		assertEquals("overlay 'blue'", ElementLabels.describe(blue));
		assertEquals("VTEP of host 'esx-a2' on overlay 'blue'", ElementLabels.describe(f.blueMember(2)));
		assertEquals("VM 'web-1'", ElementLabels.describe(f.web));
		assertEquals("NIC 'eth0' of VM 'web-1'", ElementLabels.describe(f.webLan));
		assertEquals("HA policy 'ha-a'", ElementLabels.describe(f.ha));
		assertEquals("backup policy 'hourly'", ElementLabels.describe(f.backup));
		assertEquals("DR plan 'dr-a'", ElementLabels.describe(f.dr));
		assertEquals("probe 'web-http' of DR plan 'dr-a'", ElementLabels.describe(f.dr.getProbes().get(0)));
		var record = TopologyFactory.eINSTANCE.createOperationRecord();
		record.setId("operation-record-1");
		assertEquals("OperationRecord operation-record-1", ElementLabels.describe(record));
		Host unnamed = TopologyFactory.eINSTANCE.createHost();
		unnamed.setId("host-1");
		assertEquals("host (unnamed, id host-1)", ElementLabels.describe(unnamed));
	}

	/**
	 * The console validates on every edit. 5,000 hosts and 50,000 VMs validate in about 0.3 s once warm; the
	 * bound is loose for loaded CI machines, yet a rule that rescans all NICs for each NIC takes minutes here.
	 */
	@Test
	void largeTopologyValidatesFast() {
		Topology topology = largeTopology(5_000, 10);
		List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> Validation.validate(topology));
		assertEquals(List.of(), problems);
	}

	/** {@code hosts} hosts on one overlay and in one HA policy, each with {@code vmsPerHost} VMs on the overlay. */
	private static Topology largeTopology(int hosts, int vmsPerHost) {
		Topology topology = TopologyFactory.eINSTANCE.createTopology();
		topology.setName("large");
		Site site = TopologyFixtures.site(topology, "dc");
		List<Host> all = new ArrayList<>();
		for (int h = 0; h < hosts; h++) {
			Host host = TopologyFixtures.host(site, "host-" + h, 1 + h % 250);
			host.getNics().get(0).setAddress("198.18." + (h / 250) + "." + (1 + h % 250));
			host.setMemoryMiB(1 << 20);
			host.setCpuCores(256);
			all.add(host);
		}
		OverlayNetwork overlay = TopologyFixtures.overlay(topology, "big", 7000, all);
		HaPolicy ha = TopologyFactory.eINSTANCE.createHaPolicy();
		ha.setName("all");
		ha.getHosts().addAll(all);
		topology.getHaPolicies().add(ha);
		int n = 0;
		for (Host host : all) {
			for (int v = 0; v < vmsPerHost; v++, n++) {
				VirtualMachine vm = TopologyFixtures.vm(host, "vm-" + n, 1024, 1);
				TopologyFixtures.nic(vm, "eth0", NicMode.BRIDGED, overlay,
						String.format("52:54:00:%02x:%02x:%02x", n >> 16 & 0xFF, n >> 8 & 0xFF, n & 0xFF),
						"10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF));
			}
		}
		return topology;
	}
}
