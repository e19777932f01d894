package dev.lifeboat.protocol;

import java.util.Objects;

/** One NIC of a guest and how it is plugged in. */
public final class GuestNicSpec {

	/** How the NIC reaches the world; decides which bridge it joins and whether it gets a gateway. */
	public enum Mode {
		/** Into a bridge with a physical uplink: on the host's physical segment. */
		BRIDGED,
		/** Into a private bridge, gateway the host, masqueraded out. */
		NAT,
		/** Into a private bridge with no way out. */
		HOST_ONLY,
		/** Into the bridge of an overlay: the same L2 segment on every member host. */
		OVERLAY
	}

	private String name;
	private String mac;
	private String address;
	private int prefixLength;
	private String gateway;
	private Mode mode;
	private String bridge;
	private int mtu;

	/** For the codec, which fills the fields itself. */
	private GuestNicSpec() {
	}

	public GuestNicSpec(String name, String mac, String address, int prefixLength, Mode mode, String bridge) {
		this.name = name;
		this.mac = mac;
		this.address = address;
		this.prefixLength = prefixLength;
		this.mode = mode;
		this.bridge = bridge;
	}

	/** The interface name inside the guest. */
	public String name() {
		return name;
	}

	public String mac() {
		return mac;
	}

	/** The static address (no DHCP), or {@code null} for none. */
	public String address() {
		return address;
	}

	public int prefixLength() {
		return prefixLength;
	}

	public Mode mode() {
		return mode;
	}

	/** The device name of the host bridge the NIC plugs into. */
	public String bridge() {
		return bridge;
	}

	/** The default route of a {@link Mode#NAT} guest: the host's address on the private bridge. */
	public String gateway() {
		return gateway;
	}

	public GuestNicSpec gateway(String address) {
		this.gateway = address;
		return this;
	}

	/** 0 for the default; on an overlay, the overlay's MTU. */
	public int mtu() {
		return mtu;
	}

	public GuestNicSpec mtu(int value) {
		this.mtu = value;
		return this;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof GuestNicSpec other && Objects.equals(name, other.name) && Objects.equals(mac, other.mac)
				&& Objects.equals(address, other.address) && prefixLength == other.prefixLength
				&& Objects.equals(gateway, other.gateway) && mode == other.mode
				&& Objects.equals(bridge, other.bridge) && mtu == other.mtu;
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, mac, address, prefixLength, mode, bridge);
	}
}
