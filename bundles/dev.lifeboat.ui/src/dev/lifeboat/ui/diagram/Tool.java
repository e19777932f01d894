package dev.lifeboat.ui.diagram;

/** What a click or drag on the diagram does; chosen on the palette. */
public enum Tool {
	/** Click selects, dragging a VM onto a host moves it there, dragging the background pans. */
	SELECT("Select"),
	/** Drag from a VM (or one of its NICs' VM) to a bridge or overlay to attach a NIC. */
	CONNECT("Connect NIC"),
	/** Drag from a host to an overlay's band: the host joins the overlay (a VTEP on its underlay NIC). */
	JOIN_OVERLAY("Join overlay"),
	/** Drag from a bridge to a physical NIC of its host: the NIC becomes the bridge's uplink. */
	UPLINK("Uplink"),
	/** Click anywhere: a new site. */
	SITE("Site"),
	/** Click a site: a new host in it. */
	HOST("Host"),
	/** Click a host: a new VM on it. */
	VM("VM"),
	/** Click a VM: a new VM NIC; click a host: a new physical NIC. */
	NIC("NIC"),
	/** Click a host: a new bridge on it. */
	BRIDGE("Bridge"),
	/** Click anywhere: a new overlay. */
	OVERLAY("Overlay");

	private final String label;

	Tool(String label) {
		this.label = label;
	}

	/** Whether the tool joins two elements by a drag from one to the other (rather than creating on a click). */
	public boolean connects() {
		return this == CONNECT || this == JOIN_OVERLAY || this == UPLINK;
	}

	/** The palette button's text. */
	public String label() {
		return label;
	}
}
