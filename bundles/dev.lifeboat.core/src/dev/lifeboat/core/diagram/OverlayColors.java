package dev.lifeboat.core.diagram;

/**
 * The colour of an overlay, derived from its VNI only, so that an overlay keeps its colour across sessions,
 * renames and machines, and two overlays with neighbouring VNIs still look different.
 */
public final class OverlayColors {

	private static final int BRIDGE_LANE = 0x6A8A6A;

	private OverlayColors() {
	}

	/** An opaque RGB colour as {@code 0xRRGGBB} for {@code vni}. */
	public static int rgb(int vni) {
		// The golden angle spreads consecutive VNIs around the hue circle.
		double hue = (Math.floorMod(vni, 360_000) * 137.508) % 360;
		return hsbToRgb(hue, 0.75, 0.80);
	}

	/**
	 * The colour of an overlay band, VTEP mark or L2 lane as {@code 0xRRGGBB}: its overlay's colour, or a
	 * quiet green for a bridge's lane.
	 */
	public static int of(DiagramNode node) {
		DiagramNode band = node.kind() == NodeKind.VTEP ? node.parent() : node;
		return band.element() instanceof dev.lifeboat.model.OverlayNetwork overlay ? rgb(overlay.getVni()) : BRIDGE_LANE;
	}

	private static int hsbToRgb(double hue, double saturation, double brightness) {
		double chroma = brightness * saturation;
		double sector = hue / 60;
		double second = chroma * (1 - Math.abs(sector % 2 - 1));
		double[] rgb = switch ((int) sector) {
		case 0 -> new double[] { chroma, second, 0 };
		case 1 -> new double[] { second, chroma, 0 };
		case 2 -> new double[] { 0, chroma, second };
		case 3 -> new double[] { 0, second, chroma };
		case 4 -> new double[] { second, 0, chroma };
		default -> new double[] { chroma, 0, second };
		};
		double offset = brightness - chroma;
		int red = (int) Math.round((rgb[0] + offset) * 255);
		int green = (int) Math.round((rgb[1] + offset) * 255);
		int blue = (int) Math.round((rgb[2] + offset) * 255);
		return red << 16 | green << 8 | blue;
	}
}
