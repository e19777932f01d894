package dev.lifeboat.core.diagram;

import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.VirtualNic;

/** How an edge is drawn, so that the kind of attachment reads without labels. */
public enum EdgeStyle {
	/** A bridged NIC on a bridge: solid line. */
	BRIDGED("bridged", "solid"),
	/** A NAT NIC: dashed line. */
	NAT("NAT", "dashed"),
	/** A host-only NIC: dotted line. */
	HOST_ONLY("host-only", "dotted"),
	/** A NIC on an overlay: thick line in the overlay's colour. */
	OVERLAY("overlay", "thick, colour per VNI"),
	/** A bridge's uplink to its physical NIC: thin grey line. */
	UPLINK("uplink", "thin grey");

	private final String label;
	private final String look;

	EdgeStyle(String label, String look) {
		this.label = label;
		this.look = look;
	}

	/** The style of {@code nic}'s edge: overlay wins over the mode, because the overlay is what it plugs into. */
	public static EdgeStyle of(VirtualNic nic) {
		if (nic.getAttachment() instanceof OverlayNetwork) {
			return OVERLAY;
		}
		NicMode mode = nic.getMode();
		return mode == NicMode.NAT ? NAT : mode == NicMode.HOST_ONLY ? HOST_ONLY : BRIDGED;
	}

	/** The legend's name, e.g. {@code NAT}. */
	public String label() {
		return label;
	}

	/** The legend's description of the line, e.g. {@code dashed}. */
	public String look() {
		return look;
	}
}
