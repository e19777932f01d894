package dev.lifeboat.protocol;

import java.util.Objects;

/**
 * One static VXLAN forwarding entry: frames for {@code mac} go to the VTEP at {@code remote}. The guest's IP,
 * when the model knows it, lets a VTEP answer ARP requests for it locally instead of flooding them.
 */
public final class FdbEntry {

	private String mac;
	private String remote;
	private String ip;

	/** For the codec, which fills the fields itself. */
	private FdbEntry() {
	}

	public FdbEntry(String mac, String remote) {
		this(mac, remote, null);
	}

	public FdbEntry(String mac, String remote, String ip) {
		this.mac = mac;
		this.remote = remote;
		this.ip = ip;
	}

	/** The guest MAC, lower case, colon separated. */
	public String mac() {
		return mac;
	}

	/** The underlay address of the VTEP behind which the MAC lives. */
	public String remote() {
		return remote;
	}

	/** The guest's IPv4 address behind {@code mac}, or {@code null} if the model gives none. */
	public String ip() {
		return ip;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FdbEntry other && Objects.equals(mac, other.mac) && Objects.equals(remote, other.remote)
				&& Objects.equals(ip, other.ip);
	}

	@Override
	public int hashCode() {
		return Objects.hash(mac, remote, ip);
	}

	@Override
	public String toString() {
		return mac + " -> " + remote;
	}
}
