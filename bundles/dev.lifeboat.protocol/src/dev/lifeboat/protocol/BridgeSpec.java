package dev.lifeboat.protocol;

import java.util.Objects;

/** A Linux bridge the agent creates on the host. */
public final class BridgeSpec {

	/** What a bridge is for; decides uplink, addressing and masquerading. */
	public enum Kind {
		/** Enslaves a physical NIC: guests share the host's physical segment. */
		UPLINK,
		/** Private to the host, with the host as gateway and masquerading out of it. */
		NAT,
		/** Private to the host, no way out. */
		HOST_ONLY
	}

	private String device;
	private String modelId;
	private String modelName;
	private Kind kind;
	private String uplink;
	private String gatewayAddress;
	private int prefixLength;
	private int mtu;

	/** For the codec, which fills the fields itself. */
	private BridgeSpec() {
	}

	public BridgeSpec(String device, String modelId, String modelName, Kind kind) {
		this.device = device;
		this.modelId = modelId;
		this.modelName = modelName;
		this.kind = kind;
	}

	/** The Linux interface name (at most 15 characters). */
	public String device() {
		return device;
	}

	/** The id of the model element (bridge or overlay) this bridge realizes. */
	public String modelId() {
		return modelId;
	}

	public String modelName() {
		return modelName;
	}

	public Kind kind() {
		return kind;
	}

	/** The physical NIC enslaved to an {@link Kind#UPLINK} bridge, else {@code null}. */
	public String uplink() {
		return uplink;
	}

	public BridgeSpec uplink(String nic) {
		this.uplink = nic;
		return this;
	}

	/** The host's address on a {@link Kind#NAT} or {@link Kind#HOST_ONLY} bridge, or {@code null}. */
	public String gatewayAddress() {
		return gatewayAddress;
	}

	public int prefixLength() {
		return prefixLength;
	}

	public BridgeSpec gateway(String address, int prefix) {
		this.gatewayAddress = address;
		this.prefixLength = prefix;
		return this;
	}

	/** 0 for the kernel's default. */
	public int mtu() {
		return mtu;
	}

	public BridgeSpec mtu(int value) {
		this.mtu = value;
		return this;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BridgeSpec other && Objects.equals(device, other.device)
				&& Objects.equals(modelId, other.modelId) && Objects.equals(modelName, other.modelName)
				&& kind == other.kind && Objects.equals(uplink, other.uplink)
				&& Objects.equals(gatewayAddress, other.gatewayAddress) && prefixLength == other.prefixLength
				&& mtu == other.mtu;
	}

	@Override
	public int hashCode() {
		return Objects.hash(device, modelId, kind, uplink, gatewayAddress, prefixLength, mtu);
	}
}
