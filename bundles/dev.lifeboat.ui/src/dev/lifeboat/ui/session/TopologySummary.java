package dev.lifeboat.ui.session;

import java.util.List;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;

/**
 * The overview the topology editor shows: counts and one line per host.
 *
 * @param name        the topology's name
 * @param description its description (may be empty)
 * @param sites       number of sites
 * @param hosts       number of hosts
 * @param vms         number of VMs
 * @param overlays    number of overlays
 * @param perHost     one row per host, in document order
 */
public record TopologySummary(String name, String description, int sites, int hosts, int vms, int overlays,
		List<HostRow> perHost) {

	/**
	 * One host of the overview.
	 *
	 * @param site     its site's name
	 * @param host     its name
	 * @param address  its management address
	 * @param vms      how many VMs it runs
	 * @param vcpus    vCPUs of those VMs
	 * @param cores    its CPU cores
	 * @param memoryMiB memory of its VMs
	 * @param hostMiB  its memory
	 */
	public record HostRow(String site, String host, String address, int vms, int vcpus, int cores, long memoryMiB,
			long hostMiB) {
	}

	/** The summary of {@code topology}. */
	public static TopologySummary of(Topology topology) {
		List<HostRow> rows = topology.getSites().stream()
				.flatMap(site -> site.getHosts().stream().map(host -> row(site, host))).toList();
		int vms = rows.stream().mapToInt(HostRow::vms).sum();
		return new TopologySummary(text(topology.getName()), text(topology.getDescription()),
				topology.getSites().size(), rows.size(), vms, topology.getOverlays().size(), rows);
	}

	private static HostRow row(Site site, Host host) {
		int vcpus = host.getVms().stream().mapToInt(VirtualMachine::getVcpus).sum();
		long memory = host.getVms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum();
		return new HostRow(text(site.getName()), text(host.getName()), text(host.getManagementAddress()),
				host.getVms().size(), vcpus, host.getCpuCores(), memory, host.getMemoryMiB());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
