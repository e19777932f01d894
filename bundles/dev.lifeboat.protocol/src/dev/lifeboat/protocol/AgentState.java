package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a host actually looks like, as its agent reads it from the kernel: the output of {@code agent state}.
 * Only what Lifeboat manages is reported; the console diffs it against the host's compiled
 * {@link AgentConfig} to plan a deploy.
 */
public final class AgentState {

	/** The line between the progress of {@code agent apply CONFIG --report} and the state it then prints. */
	public static final String REPORT_MARKER = "--- lifeboat-agent state ---";

	private String protocolVersion = ProtocolVersion.CURRENT;
	private String hostName;
	private String agentVersion;
	private String appliedConfigHash;
	private List<BridgeState> bridges = new ArrayList<>();
	private List<VxlanState> overlays = new ArrayList<>();
	private List<GuestState> guests = new ArrayList<>();
	private List<BackupState> backups = new ArrayList<>();
	private HaStatus ha;

	/** For the codec, which fills the fields itself. */
	private AgentState() {
	}

	public AgentState(String hostName, String agentVersion, String appliedConfigHash) {
		this.hostName = hostName;
		this.agentVersion = agentVersion;
		this.appliedConfigHash = appliedConfigHash;
	}

	public String protocolVersion() {
		return protocolVersion;
	}

	/** The host the last applied configuration was for, or {@code null} if none was ever applied. */
	public String hostName() {
		return hostName;
	}

	public String agentVersion() {
		return agentVersion;
	}

	/** SHA-256 of the last configuration applied successfully, or {@code null}. */
	public String appliedConfigHash() {
		return appliedConfigHash;
	}

	public List<BridgeState> bridges() {
		return bridges;
	}

	public List<VxlanState> overlays() {
		return overlays;
	}

	public List<GuestState> guests() {
		return guests;
	}

	/** The last backup of each guest a backup policy covers on this host (not part of {@link #equals}). */
	public List<BackupState> backups() {
		if (backups == null) {
			backups = new ArrayList<>();
		}
		return backups;
	}

	/** What this host's HA daemon last saw, or {@code null} when the host is in no HA policy (or no daemon runs). */
	public HaStatus ha() {
		return ha;
	}

	public void setHa(HaStatus ha) {
		this.ha = ha;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AgentState other && Objects.equals(hostName, other.hostName)
				&& Objects.equals(agentVersion, other.agentVersion)
				&& Objects.equals(appliedConfigHash, other.appliedConfigHash) && Objects.equals(bridges, other.bridges)
				&& Objects.equals(overlays, other.overlays) && Objects.equals(guests, other.guests);
	}

	@Override
	public int hashCode() {
		return Objects.hash(hostName, appliedConfigHash, bridges, overlays, guests);
	}

	/** A bridge as the kernel reports it. */
	public static final class BridgeState {
		private String device;
		private boolean up;
		private int mtu;
		private List<String> ports = new ArrayList<>();
		private List<String> addresses = new ArrayList<>();

		private BridgeState() {
		}

		public BridgeState(String device, boolean up, int mtu) {
			this.device = device;
			this.up = up;
			this.mtu = mtu;
		}

		public String device() {
			return device;
		}

		public boolean up() {
			return up;
		}

		public int mtu() {
			return mtu;
		}

		/** The interfaces enslaved to the bridge, sorted. */
		public List<String> ports() {
			return ports;
		}

		/** The bridge's own addresses as {@code address/prefix}, sorted. */
		public List<String> addresses() {
			return addresses;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof BridgeState other && Objects.equals(device, other.device) && up == other.up
					&& mtu == other.mtu && Objects.equals(ports, other.ports)
					&& Objects.equals(addresses, other.addresses);
		}

		@Override
		public int hashCode() {
			return Objects.hash(device, up, mtu, ports, addresses);
		}
	}

	/** A VXLAN endpoint as the kernel (or the Java VTEP) reports it, with its counters. */
	public static final class VxlanState {
		private String device;
		private VxlanSpec.DataPlane dataPlane;
		private int vni;
		private int udpPort;
		private int mtu;
		private String localAddress;
		private String bridge;
		private List<String> peers = new ArrayList<>();
		private List<FdbEntry> fdb = new ArrayList<>();
		private long rxPackets;
		private long txPackets;
		private long rxBytes;
		private long txBytes;
		private long drops;

		private VxlanState() {
		}

		public VxlanState(String device, VxlanSpec.DataPlane dataPlane, int vni, int udpPort, int mtu,
				String localAddress, String bridge) {
			this.device = device;
			this.dataPlane = dataPlane;
			this.vni = vni;
			this.udpPort = udpPort;
			this.mtu = mtu;
			this.localAddress = localAddress;
			this.bridge = bridge;
		}

		public String device() {
			return device;
		}

		public VxlanSpec.DataPlane dataPlane() {
			return dataPlane;
		}

		public int vni() {
			return vni;
		}

		public int udpPort() {
			return udpPort;
		}

		public int mtu() {
			return mtu;
		}

		public String localAddress() {
			return localAddress;
		}

		/** The bridge the device is a port of, or {@code null}. */
		public String bridge() {
			return bridge;
		}

		/** Head-end replication targets (all-zero FDB entries), sorted. */
		public List<String> peers() {
			return peers;
		}

		/** Static forwarding entries, sorted by MAC. */
		public List<FdbEntry> fdb() {
			return fdb;
		}

		public long rxPackets() {
			return rxPackets;
		}

		public long txPackets() {
			return txPackets;
		}

		public long rxBytes() {
			return rxBytes;
		}

		public long txBytes() {
			return txBytes;
		}

		public long drops() {
			return drops;
		}

		public VxlanState counters(long rxPackets, long txPackets, long rxBytes, long txBytes, long drops) {
			this.rxPackets = rxPackets;
			this.txPackets = txPackets;
			this.rxBytes = rxBytes;
			this.txBytes = txBytes;
			this.drops = drops;
			return this;
		}

		/** Equal in configuration; counters are not compared. */
		@Override
		public boolean equals(Object o) {
			return o instanceof VxlanState other && Objects.equals(device, other.device) && dataPlane == other.dataPlane
					&& vni == other.vni && udpPort == other.udpPort && mtu == other.mtu
					&& Objects.equals(localAddress, other.localAddress) && Objects.equals(bridge, other.bridge)
					&& Objects.equals(peers, other.peers) && Objects.equals(fdb, other.fdb);
		}

		@Override
		public int hashCode() {
			return Objects.hash(device, dataPlane, vni, udpPort, mtu, localAddress, peers, fdb);
		}
	}

	/** A guest as found on the host: its namespace and NICs. */
	public static final class GuestState {
		private String name;
		private String namespace;
		private boolean running;
		private List<GuestNicState> nics = new ArrayList<>();

		private GuestState() {
		}

		public GuestState(String name, String namespace, boolean running) {
			this.name = name;
			this.namespace = namespace;
			this.running = running;
		}

		public String name() {
			return name;
		}

		public String namespace() {
			return namespace;
		}

		public boolean running() {
			return running;
		}

		public List<GuestNicState> nics() {
			return nics;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof GuestState other && Objects.equals(name, other.name)
					&& Objects.equals(namespace, other.namespace) && running == other.running
					&& Objects.equals(nics, other.nics);
		}

		@Override
		public int hashCode() {
			return Objects.hash(name, namespace, running, nics);
		}
	}

	/** One NIC inside a guest. */
	public static final class GuestNicState {
		private String name;
		private String mac;
		private String address;
		private String bridge;

		private GuestNicState() {
		}

		public GuestNicState(String name, String mac, String address, String bridge) {
			this.name = name;
			this.mac = mac;
			this.address = address;
			this.bridge = bridge;
		}

		public String name() {
			return name;
		}

		public String mac() {
			return mac;
		}

		/** {@code address/prefix}, or {@code null}. */
		public String address() {
			return address;
		}

		/** The host bridge its host-side veth is a port of. */
		public String bridge() {
			return bridge;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof GuestNicState other && Objects.equals(name, other.name) && Objects.equals(mac, other.mac)
					&& Objects.equals(address, other.address) && Objects.equals(bridge, other.bridge);
		}

		@Override
		public int hashCode() {
			return Objects.hash(name, mac, address, bridge);
		}
	}

	/**
	 * The last backup of one guest: its snapshot, when and how long it took, how much it holds, and whether the
	 * policy's RPO is met now (the newest snapshot is younger than the RPO).
	 */
	public static final class BackupState {
		private String guest;
		private String policyName;
		private String snapshotId;
		private String snapshotTime;
		private long sizeBytes;
		private long durationMs;
		private boolean rpoMet;
		private String lastError;

		private BackupState() {
		}

		public BackupState(String guest, String policyName, String snapshotId, String snapshotTime, long sizeBytes,
				long durationMs, boolean rpoMet, String lastError) {
			this.guest = guest;
			this.policyName = policyName;
			this.snapshotId = snapshotId;
			this.snapshotTime = snapshotTime;
			this.sizeBytes = sizeBytes;
			this.durationMs = durationMs;
			this.rpoMet = rpoMet;
			this.lastError = lastError;
		}

		public String guest() {
			return guest;
		}

		public String policyName() {
			return policyName;
		}

		/** The newest snapshot's restic id, or null when no backup ever succeeded. */
		public String snapshotId() {
			return snapshotId;
		}

		/** When the newest snapshot was taken (ISO-8601), or null. */
		public String snapshotTime() {
			return snapshotTime;
		}

		/** The bytes the snapshot holds (restic's total_bytes_processed). */
		public long sizeBytes() {
			return sizeBytes;
		}

		public long durationMs() {
			return durationMs;
		}

		public boolean rpoMet() {
			return rpoMet;
		}

		/** Why the last attempt failed, or null when it succeeded. */
		public String lastError() {
			return lastError;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof BackupState other && Objects.equals(guest, other.guest)
					&& Objects.equals(policyName, other.policyName) && Objects.equals(snapshotId, other.snapshotId)
					&& Objects.equals(snapshotTime, other.snapshotTime) && sizeBytes == other.sizeBytes
					&& durationMs == other.durationMs && rpoMet == other.rpoMet
					&& Objects.equals(lastError, other.lastError);
		}

		@Override
		public int hashCode() {
			return Objects.hash(guest, policyName, snapshotId);
		}
	}
}
