package dev.lifeboat.ui.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.resource.StableIds;

/** The worst cases of the diagram benchmark, made from a generated topology. */
final class BenchTopologies {

	/** The NIC mixes a VM can have: which of the LAN bridge, the NAT bridge and the overlay it is plugged into. */
	private static final int MIXES = 7;

	private BenchTopologies() {
	}

	/**
	 * Gives every host of {@code topology} a layout of its own: host i's VMs get the i-th way of choosing, for each
	 * VM, one of the seven NIC mixes (VMs with the same mix are interchangeable, so it is the count per mix that
	 * makes a shape: 8,008 different ones for 10 VMs).
	 */
	static void shapePerHost(Topology topology) {
		int index = 0;
		for (Site site : topology.getSites()) {
			L2Domain overlay = topology.getOverlays().get(topology.getSites().indexOf(site));
			for (Host host : site.getHosts()) {
				int[] counts = composition(index++, host.getVms().size(), MIXES);
				int vm = 0;
				for (int mix = 0; mix < MIXES; mix++) {
					for (int n = 0; n < counts[mix]; n++) {
						plug(host.getVms().get(vm++), mix + 1, host.getBridges(), overlay);
					}
				}
			}
		}
		StableIds.assignMissing(topology);
	}

	/** The {@code index}th way (in a fixed order) to split {@code total} into {@code parts} counts. */
	private static int[] composition(int index, int total, int parts) {
		int[] counts = new int[parts];
		counts[0] = total;
		for (int step = 0; step < index; step++) {
			// The next composition: move one from the first non-empty part (but the last) to the part after it,
			// gathering what the earlier parts held back into the first.
			int first = 0;
			while (counts[first] == 0) {
				first++;
			}
			if (first == parts - 1) {
				throw new IllegalArgumentException("only so many ways to split " + total + " in " + parts);
			}
			int moved = counts[first] - 1;
			counts[first] = 0;
			counts[first + 1]++;
			counts[0] = moved;
		}
		return counts;
	}

	private static void plug(VirtualMachine vm, int mix, List<Bridge> bridges, L2Domain overlay) {
		List<L2Domain> domains = new ArrayList<>();
		if ((mix & 1) != 0) {
			domains.add(bridges.get(0));
		}
		if ((mix & 2) != 0) {
			domains.add(bridges.get(1));
		}
		if ((mix & 4) != 0) {
			domains.add(overlay);
		}
		while (vm.getNics().size() < domains.size()) {
			VirtualNic nic = TopologyFactory.eINSTANCE.createVirtualNic();
			nic.setName("eth" + vm.getNics().size());
			vm.getNics().add(nic);
		}
		for (int i = 0; i < domains.size(); i++) {
			VirtualNic nic = vm.getNics().get(i);
			nic.setMode(domains.get(i) == bridges.get(1) ? NicMode.NAT : NicMode.BRIDGED);
			nic.setAttachment(domains.get(i));
		}
	}

	/**
	 * Places 2% of the hosts (each somewhere in its site, over the hosts the grid put there) and 10% of the sites
	 * (somewhere in the upper half of {@code grid}, the layout without hand-placed positions) by hand, seeded.
	 */
	static void handPlaced(Topology topology, Diagram grid) {
		Random random = new Random(5000);
		ManualLayout layout = TopologyFactory.eINSTANCE.createManualLayout();
		topology.setManualLayout(layout);
		List<Host> hosts = new ArrayList<>();
		topology.getSites().forEach(site -> hosts.addAll(site.getHosts()));
		for (int i = 0; i < Math.max(1, hosts.size() / 50); i++) {
			Host host = hosts.get(random.nextInt(hosts.size()));
			Bounds site = grid.node(host.eContainer()).orElseThrow().bounds();
			place(layout, host, 20 + random.nextInt((int) site.width()), 50 + random.nextInt((int) site.height()));
		}
		Bounds all = grid.bounds();
		for (int i = 0; i < Math.max(1, topology.getSites().size() / 10); i++) {
			Site site = topology.getSites().get(random.nextInt(topology.getSites().size()));
			place(layout, site, 20 + random.nextInt((int) all.width()), 20 + random.nextInt((int) all.height() / 2));
		}
	}

	private static void place(ManualLayout layout, Identified element, int x, int y) {
		layout.getPositions().removeIf(position -> position.getElementId().equals(element.getId()));
		NodePosition position = TopologyFactory.eINSTANCE.createNodePosition();
		position.setElementId(element.getId());
		position.setX(x);
		position.setY(y);
		layout.getPositions().add(position);
	}
}
