package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One host of an HA policy, as every other member needs to know it. */
public final class HaMember {

	private String hostName;
	private String managementAddress;
	private int cpuCores;
	private long memoryMiB;
	private List<String> heartbeatAddresses = new ArrayList<>();
	private List<String> bridges = new ArrayList<>();
	private List<HaVtep> vteps = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private HaMember() {
	}

	public HaMember(String hostName, String managementAddress, int cpuCores, long memoryMiB) {
		this.hostName = hostName;
		this.managementAddress = managementAddress;
		this.cpuCores = cpuCores;
		this.memoryMiB = memoryMiB;
	}

	public String hostName() {
		return hostName;
	}

	public String managementAddress() {
		return managementAddress;
	}

	public int cpuCores() {
		return cpuCores;
	}

	public long memoryMiB() {
		return memoryMiB;
	}

	/** One address per NIC with the HEARTBEAT role, in NIC order: each is an independent heartbeat path. */
	public List<String> heartbeatAddresses() {
		return heartbeatAddresses;
	}

	/** The L2 domains (bridge names, overlays included) a guest can plug into on this host. */
	public List<String> bridges() {
		return bridges;
	}

	/** This host's VTEP address per overlay: where the other VTEPs send a guest's frames once it runs here. */
	public List<HaVtep> vteps() {
		return vteps;
	}

	/** The VTEP address of this host on the overlay whose bridge is {@code bridge}, or null. */
	public String vtepAddress(String bridge) {
		return vteps.stream().filter(vtep -> vtep.bridge().equals(bridge)).map(HaVtep::address).findFirst()
				.orElse(null);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof HaMember other && Objects.equals(hostName, other.hostName)
				&& Objects.equals(managementAddress, other.managementAddress) && cpuCores == other.cpuCores
				&& memoryMiB == other.memoryMiB && Objects.equals(heartbeatAddresses, other.heartbeatAddresses)
				&& Objects.equals(bridges, other.bridges) && Objects.equals(vteps, other.vteps);
	}

	@Override
	public int hashCode() {
		return Objects.hash(hostName, managementAddress, heartbeatAddresses, bridges, vteps);
	}
}
