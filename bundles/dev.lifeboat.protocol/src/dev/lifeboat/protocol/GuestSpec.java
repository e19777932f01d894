package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One guest (VM) the host runs, with its NICs. */
public final class GuestSpec {

	/** What runs inside the guest. */
	public enum Workload {
		/** Nothing: the guest is its network stack only. */
		NONE,
		/**
		 * The agent's guest service: HTTP on port 80 serving the guest's data directory, and a line echo on TCP
		 * port 7, so that restores, failovers and migrations can be checked from outside.
		 */
		FILE_SERVICE
	}

	private String name;
	private String modelId;
	private int vcpus;
	private long memoryMiB;
	private int restartPriority;
	private Workload workload = Workload.NONE;
	private List<GuestNicSpec> nics = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private GuestSpec() {
	}

	public GuestSpec(String name, String modelId, int vcpus, long memoryMiB, int restartPriority) {
		this.name = name;
		this.modelId = modelId;
		this.vcpus = vcpus;
		this.memoryMiB = memoryMiB;
		this.restartPriority = restartPriority;
	}

	public String name() {
		return name;
	}

	public String modelId() {
		return modelId;
	}

	public int vcpus() {
		return vcpus;
	}

	public long memoryMiB() {
		return memoryMiB;
	}

	/** Lower starts first. */
	public int restartPriority() {
		return restartPriority;
	}

	public Workload workload() {
		return workload == null ? Workload.NONE : workload;
	}

	public GuestSpec withWorkload(Workload workload) {
		this.workload = workload;
		return this;
	}

	public List<GuestNicSpec> nics() {
		return nics;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof GuestSpec other && Objects.equals(name, other.name)
				&& Objects.equals(modelId, other.modelId) && vcpus == other.vcpus && memoryMiB == other.memoryMiB
				&& restartPriority == other.restartPriority && workload() == other.workload()
				&& Objects.equals(nics, other.nics);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, modelId, vcpus, memoryMiB, nics);
	}
}
