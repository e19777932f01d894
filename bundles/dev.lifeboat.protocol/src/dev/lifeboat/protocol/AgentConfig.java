package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one host must look like: the input of {@code agent apply}. Compiled by the console from the
 * topology; complete, not a summary, so that the agent needs nothing else.
 */
public final class AgentConfig {

	private String protocolVersion = ProtocolVersion.CURRENT;
	private String hostName;
	private String hostId;
	private String topologyName;
	private List<BridgeSpec> bridges = new ArrayList<>();
	private List<VxlanSpec> overlays = new ArrayList<>();
	private List<GuestSpec> guests = new ArrayList<>();
	private HaSpec ha;
	private List<BackupSpec> backups = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private AgentConfig() {
	}

	public AgentConfig(String hostName, String hostId, String topologyName) {
		this.hostName = hostName;
		this.hostId = hostId;
		this.topologyName = topologyName;
	}

	public String protocolVersion() {
		return protocolVersion;
	}

	public String hostName() {
		return hostName;
	}

	public String hostId() {
		return hostId;
	}

	public String topologyName() {
		return topologyName;
	}

	/** The bridges to create, in dependency order (a bridge before the guests that plug into it). */
	public List<BridgeSpec> bridges() {
		return bridges;
	}

	/** One VXLAN endpoint per overlay this host is a member of. */
	public List<VxlanSpec> overlays() {
		return overlays;
	}

	/** The guests (VMs) this host runs. */
	public List<GuestSpec> guests() {
		return guests;
	}

	/** The HA policy this host is a member of, or null when it is in none. */
	public HaSpec ha() {
		return ha;
	}

	public void setHa(HaSpec ha) {
		this.ha = ha;
	}

	/** The backup policies covering guests of this host; empty when none does. */
	public List<BackupSpec> backups() {
		if (backups == null) {
			// A document written before backups existed has no element, and the codec leaves the field null.
			backups = new ArrayList<>();
		}
		return backups;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AgentConfig other && Objects.equals(protocolVersion, other.protocolVersion)
				&& Objects.equals(hostName, other.hostName) && Objects.equals(hostId, other.hostId)
				&& Objects.equals(topologyName, other.topologyName) && Objects.equals(bridges, other.bridges)
				&& Objects.equals(overlays, other.overlays) && Objects.equals(guests, other.guests)
				&& Objects.equals(ha, other.ha) && Objects.equals(backups(), other.backups());
	}

	@Override
	public int hashCode() {
		return Objects.hash(hostName, hostId, bridges, overlays, guests);
	}
}
