package dev.lifeboat.protocol;

import java.util.Objects;

/** A member's VTEP on one overlay: the overlay's bridge on the host and the VTEP's underlay address. */
public final class HaVtep {

	private String bridge;
	private int vni;
	private String address;

	/** For the codec, which fills the fields itself. */
	private HaVtep() {
	}

	public HaVtep(String bridge, int vni, String address) {
		this.bridge = bridge;
		this.vni = vni;
		this.address = address;
	}

	public String bridge() {
		return bridge;
	}

	public int vni() {
		return vni;
	}

	public String address() {
		return address;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof HaVtep other && Objects.equals(bridge, other.bridge) && vni == other.vni
				&& Objects.equals(address, other.address);
	}

	@Override
	public int hashCode() {
		return Objects.hash(bridge, vni, address);
	}
}
