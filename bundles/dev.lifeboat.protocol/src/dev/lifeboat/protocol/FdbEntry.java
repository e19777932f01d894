package dev.lifeboat.protocol;

import java.util.Objects;

/** One static VXLAN forwarding entry: frames for {@code mac} go to the VTEP at {@code remote}. */
public final class FdbEntry {

	private String mac;
	private String remote;

	/** For the codec, which fills the fields itself. */
	private FdbEntry() {
	}

	public FdbEntry(String mac, String remote) {
		this.mac = mac;
		this.remote = remote;
	}

	/** The guest MAC, lower case, colon separated. */
	public String mac() {
		return mac;
	}

	/** The underlay address of the VTEP behind which the MAC lives. */
	public String remote() {
		return remote;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FdbEntry other && Objects.equals(mac, other.mac) && Objects.equals(remote, other.remote);
	}

	@Override
	public int hashCode() {
		return Objects.hash(mac, remote);
	}

	@Override
	public String toString() {
		return mac + " -> " + remote;
	}
}
