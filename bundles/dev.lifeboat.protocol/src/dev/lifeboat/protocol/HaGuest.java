package dev.lifeboat.protocol;

import java.util.Objects;

/** A guest of an HA member: where it lives by design, whether HA restarts it, and how to start it. */
public final class HaGuest {

	private String homeHost;
	private boolean protectedGuest;
	private GuestSpec guest;

	/** For the codec, which fills the fields itself. */
	private HaGuest() {
	}

	public HaGuest(String homeHost, boolean protectedGuest, GuestSpec guest) {
		this.homeHost = homeHost;
		this.protectedGuest = protectedGuest;
		this.guest = guest;
	}

	/** The host the topology places the guest on. */
	public String homeHost() {
		return homeHost;
	}

	/** Whether HA restarts the guest elsewhere when its host fails (the VM's haProtected). */
	public boolean protectedGuest() {
		return protectedGuest;
	}

	public GuestSpec guest() {
		return guest;
	}

	public String name() {
		return guest.name();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof HaGuest other && Objects.equals(homeHost, other.homeHost)
				&& protectedGuest == other.protectedGuest && Objects.equals(guest, other.guest);
	}

	@Override
	public int hashCode() {
		return Objects.hash(homeHost, protectedGuest, guest);
	}
}
