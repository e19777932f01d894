package dev.lifeboat.ui.diagram;

/** What a click or drag on the diagram does; chosen on the palette. */
public enum Tool {
	/** Click selects, dragging a VM onto a host moves it there, dragging the background pans. */
	SELECT("Select"),
	/** Drag from a VM (or one of its NICs' VM) to a bridge or overlay to attach a NIC. */
	CONNECT("Connect NIC"),
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

	/** The palette button's text. */
	public String label() {
		return label;
	}
}
