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

	private String protocolVersion = ProtocolVersion.CURRENT;
	private String hostName;
	private String agentVersion;
	private String appliedConfigHash;
	private List<BridgeState> bridges = new ArrayList<>();
	private List<VxlanState> overlays = new ArrayList<>();
	private List<GuestState> guests = new ArrayList<>();
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
}
