package dev.lifeboat.core.diagram;

/** What a diagram node stands for; decides its size, its shape and whether it contains other nodes. */
public enum NodeKind {
	/** A site: contains hosts. */
	SITE(0, 0),
	/** A host: contains physical NICs, bridges and VMs. */
	HOST(0, 0),
	/** A virtual machine. */
	VM(128, 40),
	/** A physical NIC of a host, labelled with its address. */
	PHYSICAL_NIC(110, 36),
	/** A bridge on a host. */
	BRIDGE(110, 36),
	/** An overlay network: a band spanning its member hosts. */
	OVERLAY(0, 0),
	/** A VTEP of an overlay: a mark on the overlay's band, under its host. */
	VTEP(120, 34),
	/** An L2 domain's lane in the L2 view: holds a segment per host it spans. */
	LANE(0, 0),
	/** A host's segment of a lane in the L2 view: holds the host's VM NICs in that domain. */
	SEGMENT(0, 0),
	/** A VM NIC in the L2 view. */
	VNIC(170, 34);

	private final double width;
	private final double height;

	NodeKind(double width, double height) {
		this.width = width;
		this.height = height;
	}

	/** The fixed width of a leaf node; 0 for containers and bands, whose size the layout decides. */
	public double width() {
		return width;
	}

	/** The fixed height of a leaf node; 0 for containers and bands. */
	public double height() {
		return height;
	}
}
