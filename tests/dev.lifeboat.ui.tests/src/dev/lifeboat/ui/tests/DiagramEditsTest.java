package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage.Literals;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.session.DiagramEdits;
import dev.lifeboat.ui.session.TopologyEdits;

/** What diagram gestures mean for the model, without a display. */
class DiagramEditsTest {

	private Topology topology;
	private BasicCommandStack stack;
	private DiagramEdits edits;

	@BeforeEach
	void demo() {
		topology = DemoTopology.load();
		stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				stack, topology.eResource().getResourceSet());
		edits = new DiagramEdits(new TopologyEdits(domain), topology);
	}

	@Test
	void aPaletteClickCreatesInTheNearestFittingContainer() {
		Host host = topology.getSites().get(0).getHosts().get(0);
		VirtualMachine vm = host.getVms().get(0);
		int vms = host.getVms().size();
		stack.execute(edits.create(Literals.VIRTUAL_MACHINE, vm).orElseThrow());
		assertEquals(vms + 1, host.getVms().size(), "a click on a VM adds the new VM to its host");
		int nics = vm.getNics().size();
		stack.execute(edits.create(Literals.VIRTUAL_NIC, vm).orElseThrow());
		assertEquals(nics + 1, vm.getNics().size());
		assertTrue(edits.create(Literals.HOST, null).isEmpty(), "a host needs a site");
		int sites = topology.getSites().size();
		stack.execute(edits.create(Literals.SITE, null).orElseThrow());
		assertEquals(sites + 1, topology.getSites().size());
	}

	@Test
	void connectingPicksTheModeTheDomainNeeds() {
		Host host = topology.getSites().get(0).getHosts().get(1);
		VirtualMachine vm = host.getVms().get(0);
		Bridge isolated = host.getBridges().get(0);
		stack.execute(edits.connect(vm, isolated).orElseThrow());
		var nic = vm.getNics().get(vm.getNics().size() - 1);
		assertSame(isolated, nic.getAttachment());
		assertEquals(NicMode.NAT, nic.getMode(), "a bridge without uplink is private");
		OverlayNetwork overlay = topology.getOverlays().get(0);
		int before = vm.getNics().size();
		stack.execute(edits.connect(vm, overlay.getMembers().get(0)).orElseThrow());
		assertEquals(before + 1, vm.getNics().size(), "every NIC was attached: a new one is made");
		stack.undo();
		assertEquals(before, vm.getNics().size());
	}

	@Test
	void connectingAVmToAnOverlayMakesItsHostAMember() {
		Host esxS1 = topology.getSites().get(1).getHosts().get(0);
		VirtualMachine vm = esxS1.getVms().get(0);
		OverlayNetwork data = topology.getOverlays().get(1);
		assertTrue(data.getMembers().stream().noneMatch(member -> member.getHost() == esxS1), "precondition");
		stack.execute(edits.connect(vm, data).orElseThrow());
		assertTrue(data.getMembers().stream().anyMatch(member -> member.getHost() == esxS1
				&& member.getUnderlayNic() != null), "the host joined the overlay on its underlay NIC");
		stack.undo();
		assertTrue(data.getMembers().stream().noneMatch(member -> member.getHost() == esxS1), "Undo undoes both");
	}

	@Test
	void joiningAnOverlayAddsAMemberOnTheUnderlayNicOnce() {
		Host esxS1 = topology.getSites().get(1).getHosts().get(0);
		OverlayNetwork data = topology.getOverlays().get(1);
		int members = data.getMembers().size();
		stack.execute(edits.join(esxS1.getVms().get(0), data.getMembers().get(0)).orElseThrow());
		assertEquals(members + 1, data.getMembers().size(), "a VM stands for its host, a mark for its overlay");
		var joined = data.getMembers().get(members);
		assertSame(esxS1, joined.getHost());
		assertTrue(joined.getUnderlayNic().getRoles().contains(dev.lifeboat.model.NicRole.UNDERLAY));
		assertTrue(edits.join(esxS1, data).isEmpty(), "a member does not join twice");
		assertTrue(edits.join(data, esxS1).isEmpty(), "from an overlay to a host means nothing");
		stack.undo();
		assertEquals(members, data.getMembers().size());
	}

	@Test
	void anUplinkIsANicOfTheBridgesOwnHost() {
		Host esxS1 = topology.getSites().get(1).getHosts().get(0);
		Host esxS2 = topology.getSites().get(1).getHosts().get(1);
		Bridge nat = esxS1.getBridges().get(0);
		assertTrue(edits.uplink(nat, esxS2.getNics().get(0)).isEmpty(), "another host's NIC is refused");
		stack.execute(edits.uplink(esxS1.getNics().get(0), nat).orElseThrow());
		assertSame(esxS1.getNics().get(0), nat.getUplink(), "dragged either way");
		assertTrue(edits.uplink(nat, esxS1.getNics().get(0)).isEmpty(), "already its uplink");
		stack.undo();
		assertEquals(null, nat.getUplink());
	}

	@Test
	void handPlacedPositionsStaySortedByIdAndUndo() {
		Host first = topology.getSites().get(0).getHosts().get(0);
		Host second = topology.getSites().get(0).getHosts().get(1);
		Host later = first.getId().compareTo(second.getId()) > 0 ? first : second;
		Host earlier = later == first ? second : first;
		stack.execute(edits.place(later, 10, 20));
		stack.execute(edits.place(earlier, 30, 40));
		stack.execute(edits.place(later, 50, 60));
		var positions = topology.getManualLayout().getPositions();
		assertEquals(2, positions.size(), "moving again updates the position");
		assertEquals(earlier.getId(), positions.get(0).getElementId());
		assertEquals(50, positions.get(1).getX());
		stack.undo();
		assertEquals(10, positions.get(1).getX());
	}

	@Test
	void droppingAVmOnAnotherHostMovesItAndUndoMovesItBack() {
		Host from = topology.getSites().get(0).getHosts().get(0);
		Host to = topology.getSites().get(1).getHosts().get(0);
		VirtualMachine vm = from.getVms().get(0);
		assertTrue(edits.move(vm, from).isEmpty(), "dropping on its own host does nothing");
		stack.execute(edits.move(vm, to.getNics().get(0)).orElseThrow());
		assertSame(to, vm.getHost());
		stack.undo();
		assertSame(from, vm.getHost());
		assertEquals(0, from.getVms().indexOf(vm), "back in its place");
	}
}
