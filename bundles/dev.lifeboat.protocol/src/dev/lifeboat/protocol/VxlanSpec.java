package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * This host's VXLAN tunnel endpoint on one overlay (RFC 7348): the device, its underlay source address,
 * the peers for head-end replication and the static forwarding entries for every MAC the model knows.
 */
public final class VxlanSpec {

	/** Who moves the frames. */
	public enum DataPlane {
		/** A Linux {@code vxlan} device programmed with iproute2. */
		KERNEL,
		/** The agent's own Java VTEP reading a TAP device. */
		USERSPACE
	}

	/** How broadcast, unknown unicast and multicast reach the other members. */
	public enum Replication {
		/** One copy to every peer (an all-zero FDB entry per peer). */
		HEAD_END,
		/** One copy to an underlay multicast group. */
		MULTICAST
	}

	private String overlayId;
	private String overlayName;
	private int vni;
	private int udpPort;
	private int mtu;
	private DataPlane dataPlane;
	private Replication replication;
	private String multicastGroup;
	private String device;
	private String bridge;
	private String localAddress;
	private String underlayDevice;
	private List<String> peers = new ArrayList<>();
	private List<FdbEntry> fdb = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private VxlanSpec() {
	}

	public VxlanSpec(String overlayId, String overlayName, int vni, int udpPort, int mtu) {
		this.overlayId = overlayId;
		this.overlayName = overlayName;
		this.vni = vni;
		this.udpPort = udpPort;
		this.mtu = mtu;
	}

	public String overlayId() {
		return overlayId;
	}

	public String overlayName() {
		return overlayName;
	}

	/** The 24-bit VXLAN network identifier. */
	public int vni() {
		return vni;
	}

	/** The outer UDP destination port (4789 by default, the IANA port). */
	public int udpPort() {
		return udpPort;
	}

	/** The MTU of the overlay as guests see it: at most the underlay MTU minus the encapsulation. */
	public int mtu() {
		return mtu;
	}

	public DataPlane dataPlane() {
		return dataPlane;
	}

	public Replication replication() {
		return replication;
	}

	/** The underlay group for {@link Replication#MULTICAST}, else {@code null}. */
	public String multicastGroup() {
		return multicastGroup;
	}

	public VxlanSpec transport(DataPlane plane, Replication mode, String group) {
		this.dataPlane = plane;
		this.replication = mode;
		this.multicastGroup = group;
		return this;
	}

	/** The Linux interface name of the VXLAN device (or the Java VTEP's TAP). */
	public String device() {
		return device;
	}

	/** The bridge that joins the VXLAN device and the guests' NICs on this host. */
	public String bridge() {
		return bridge;
	}

	public VxlanSpec devices(String vxlanDevice, String overlayBridge) {
		this.device = vxlanDevice;
		this.bridge = overlayBridge;
		return this;
	}

	/** This host's VTEP address on the underlay: the source of the outer IP header. */
	public String localAddress() {
		return localAddress;
	}

	/** The physical NIC that carries the underlay. */
	public String underlayDevice() {
		return underlayDevice;
	}

	public VxlanSpec local(String address, String nic) {
		this.localAddress = address;
		this.underlayDevice = nic;
		return this;
	}

	/** The VTEP addresses of every other member, sorted: the head-end replication list. */
	public List<String> peers() {
		return peers;
	}

	/** Static forwarding entries: each remote guest MAC to the VTEP of the host it runs on. */
	public List<FdbEntry> fdb() {
		return fdb;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof VxlanSpec other && Objects.equals(overlayId, other.overlayId)
				&& Objects.equals(overlayName, other.overlayName) && vni == other.vni && udpPort == other.udpPort
				&& mtu == other.mtu && dataPlane == other.dataPlane && replication == other.replication
				&& Objects.equals(multicastGroup, other.multicastGroup) && Objects.equals(device, other.device)
				&& Objects.equals(bridge, other.bridge) && Objects.equals(localAddress, other.localAddress)
				&& Objects.equals(underlayDevice, other.underlayDevice) && Objects.equals(peers, other.peers)
				&& Objects.equals(fdb, other.fdb);
	}

	@Override
	public int hashCode() {
		return Objects.hash(overlayId, vni, udpPort, mtu, dataPlane, device, localAddress, peers, fdb);
	}
}
