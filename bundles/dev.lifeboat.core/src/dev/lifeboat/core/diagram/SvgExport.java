package dev.lifeboat.core.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a placed diagram as a standalone SVG file: boxes, labels and edges styled as on screen (dashes for
 * NAT, dots for host-only, thick VNI colours for overlays). Vector output stays sharp at any size, which is
 * what a design review printout needs.
 */
public final class SvgExport {

	private static final int MARGIN = 20;

	private SvgExport() {
	}

	/** Writes {@code diagram} to {@code target}. */
	public static void write(Diagram diagram, Path target) throws IOException {
		Files.writeString(target, render(diagram), StandardCharsets.UTF_8);
	}

	/** The SVG document of {@code diagram}. */
	public static String render(Diagram diagram) {
		Bounds all = diagram.bounds();
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\""
						+ " font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
						+ "<g transform=\"translate(%d,%d)\">%n",
				all.right() + 2 * MARGIN, all.bottom() + 2 * MARGIN, MARGIN, MARGIN));
		diagram.visit(new Bounds(all.x() - 1, all.y() - 1, all.width() + 2, all.height() + 2),
				node -> node(svg, node));
		for (DiagramEdge edge : diagram.edges()) {
			edge(svg, edge);
		}
		return svg.append("</g>\n</svg>\n").toString();
	}

	private static void node(StringBuilder svg, DiagramNode node) {
		Bounds b = node.bounds();
		String stroke = switch (node.kind()) {
		case OVERLAY, VTEP, LANE -> hex(OverlayColors.of(node));
		default -> "#606060";
		};
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\" stroke=\"%s\"/>%n",
				b.x(), b.y(), b.width(), b.height(), fill(node), stroke));
		String title = node.kind() == NodeKind.OVERLAY || node.kind() == NodeKind.LANE
				? node.label() + " · " + node.detail() : node.label();
		text(svg, b.x() + 6, b.y() + 15, title);
		if (node.kind() != NodeKind.OVERLAY && node.kind() != NodeKind.LANE && !node.detail().isEmpty()) {
			text(svg, b.x() + 6, b.y() + 29, node.detail());
		}
	}

	private static void edge(StringBuilder svg, DiagramEdge edge) {
		if (edge.route().size() < 2) {
			return;
		}
		StringBuilder points = new StringBuilder();
		edge.route().forEach(point -> points.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y())));
		String look = switch (edge.style()) {
		case OVERLAY -> "stroke=\"" + hex(OverlayColors.rgb(edge.vni())) + "\" stroke-width=\"4\"";
		case NAT -> "stroke=\"#303030\" stroke-width=\"2\" stroke-dasharray=\"8,4\"";
		case HOST_ONLY -> "stroke=\"#303030\" stroke-width=\"2\" stroke-dasharray=\"2,3\"";
		case UPLINK -> "stroke=\"#9a9a9a\" stroke-width=\"1\"";
		case BRIDGED -> "stroke=\"#303030\" stroke-width=\"2\"";
		};
		svg.append("<polyline fill=\"none\" ").append(look).append(" points=\"").append(points.toString().trim())
				.append("\"/>\n");
	}

	private static void text(StringBuilder svg, double x, double y, String text) {
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x, y, escape(text)));
	}

	private static String fill(DiagramNode node) {
		return switch (node.kind()) {
		case SITE -> "#e8eef6";
		case VM -> "#fff6d5";
		case PHYSICAL_NIC -> "#e4e4e4";
		case BRIDGE -> "#ddf2dd";
		case OVERLAY -> hex(0xFFFFFF & (OverlayColors.of(node) | 0xC0C0C0));
		default -> "#ffffff";
		};
	}

	private static String hex(int rgb) {
		return String.format("#%06x", rgb & 0xFFFFFF);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
