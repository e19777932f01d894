package dev.lifeboat.ui.diagram;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramEdge;
import dev.lifeboat.core.diagram.DiagramEdge.Point;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.core.diagram.EdgeStyle;
import dev.lifeboat.core.diagram.NodeKind;
import dev.lifeboat.core.diagram.OverlayColors;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;

/**
 * Paints a placed {@link Diagram} onto a GC whose transform maps diagram coordinates to pixels. Only what
 * meets the visible area is drawn, and detail that would be smaller than a few pixels is left out, so a frame
 * costs what the user sees.
 */
final class DiagramPainter {

	/** Below this zoom, labels and edges are too small to read: boxes only. */
	static final double DETAIL_ZOOM = 0.3;

	private final Display display;
	private final Font bold;

	DiagramPainter(Display display) {
		this.display = display;
		FontData data = display.getSystemFont().getFontData()[0];
		bold = new Font(display, data.getName(), data.getHeight(), SWT.BOLD);
	}

	void dispose() {
		bold.dispose();
	}

	/**
	 * Paints {@code diagram}'s part inside {@code visible} (diagram coordinates) at {@code zoom}, marking
	 * {@code selected} and the elements with problems.
	 */
	void paint(GC gc, Diagram diagram, Bounds visible, double zoom, EObject selected,
			Map<EObject, List<Problem>> problems) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		for (DiagramNode root : diagram.roots()) {
			paintNode(gc, root, visible, zoom);
		}
		if (zoom >= DETAIL_ZOOM / 2) {
			for (DiagramEdge edge : diagram.edges()) {
				if (edge.meets(visible)) {
					paintEdge(gc, edge);
				}
			}
		}
		problems.forEach((element, found) -> diagram.node(element)
				.filter(node -> node.bounds().overlaps(visible)).ifPresent(node -> paintBadge(gc, node, found, zoom)));
		if (selected != null) {
			diagram.node(selected).ifPresent(node -> paintSelection(gc, node));
		}
	}

	private void paintNode(GC gc, DiagramNode node, Bounds visible, double zoom) {
		if (!node.bounds().overlaps(visible)) {
			return;
		}
		Bounds b = node.bounds();
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setBackground(fill(node));
		gc.setForeground(border(node));
		int arc = node.kind() == NodeKind.VM ? 10 : 4;
		gc.fillRoundRectangle(px(b.x()), px(b.y()), px(b.width()), px(b.height()), arc, arc);
		gc.drawRoundRectangle(px(b.x()), px(b.y()), px(b.width()), px(b.height()), arc, arc);
		if (zoom >= DETAIL_ZOOM) {
			paintLabel(gc, node);
		}
		if (b.width() * zoom >= 24) {
			for (DiagramNode child : node.children()) {
				paintNode(gc, child, visible, zoom);
			}
		}
	}

	private void paintLabel(GC gc, DiagramNode node) {
		Bounds b = node.bounds();
		boolean band = node.kind() == NodeKind.OVERLAY || node.kind() == NodeKind.LANE;
		boolean container = band || node.kind() == NodeKind.SITE || node.kind() == NodeKind.HOST
				|| node.kind() == NodeKind.SEGMENT;
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setFont(container ? bold : null);
		String title = band ? node.label() + "  ·  " + node.detail() : node.label();
		gc.drawText(title, px(b.x() + 6), px(b.y() + 3), true);
		if (!band && !node.detail().isEmpty()) {
			gc.setFont(null);
			gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(node.detail(), px(b.x() + 6), px(b.y() + 3 + gc.getFontMetrics().getHeight()), true);
		}
	}

	private void paintEdge(GC gc, DiagramEdge edge) {
		List<Point> route = edge.route();
		if (route.size() < 2) {
			return;
		}
		EdgeLook.apply(gc, edge.style(), color(edge));
		int[] points = new int[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			points[2 * i] = px(route.get(i).x());
			points[2 * i + 1] = px(route.get(i).y());
		}
		gc.drawPolyline(points);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	private void paintBadge(GC gc, DiagramNode node, List<Problem> found, double zoom) {
		boolean error = found.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
		Bounds badge = badgeBounds(node, zoom);
		gc.setBackground(display.getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
		gc.fillOval(px(badge.x()), px(badge.y()), px(badge.width()), px(badge.height()));
		gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.setFont(bold);
		String mark = found.size() > 1 ? String.valueOf(found.size()) : "!";
		org.eclipse.swt.graphics.Point size = gc.textExtent(mark);
		gc.drawText(mark, px(badge.centerX()) - size.x / 2, px(badge.y() + badge.height() / 2) - size.y / 2, true);
		gc.setFont(null);
	}

	/** Where the problem badge of {@code node} sits: its top right corner, never under 14 pixels wide. */
	static Bounds badgeBounds(DiagramNode node, double zoom) {
		Bounds b = node.bounds();
		double size = Math.max(18, 14 / zoom);
		return new Bounds(b.right() - size - 2, b.y() + 2, size, size);
	}

	private void paintSelection(GC gc, DiagramNode node) {
		Bounds b = node.bounds();
		gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setLineWidth(3);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawRoundRectangle(px(b.x() - 2), px(b.y() - 2), px(b.width() + 4), px(b.height() + 4), 6, 6);
		gc.setLineWidth(1);
	}

	private Color fill(DiagramNode node) {
		return switch (node.kind()) {
		case SITE -> rgb(0xE8EEF6);
		case HOST -> rgb(0xFFFFFF);
		case VM -> rgb(0xFFF6D5);
		case PHYSICAL_NIC -> rgb(0xE4E4E4);
		case BRIDGE -> rgb(0xDDF2DD);
		case OVERLAY, LANE -> rgb(tint(OverlayColors.of(node), 0.82));
		case VTEP, SEGMENT -> rgb(0xFFFFFF);
		case VNIC -> rgb(0xFFF6D5);
		};
	}

	private Color border(DiagramNode node) {
		return switch (node.kind()) {
		case OVERLAY, VTEP, LANE -> rgb(OverlayColors.of(node));
		case SITE -> rgb(0x7A8CA5);
		default -> rgb(0x606060);
		};
	}

	private Color color(DiagramEdge edge) {
		return switch (edge.style()) {
		case OVERLAY -> rgb(OverlayColors.rgb(edge.vni()));
		case UPLINK -> rgb(0x9A9A9A);
		default -> rgb(0x303030);
		};
	}

	private static int tint(int rgb, double towardsWhite) {
		int red = rgb >> 16 & 0xff;
		int green = rgb >> 8 & 0xff;
		int blue = rgb & 0xff;
		red += (int) ((255 - red) * towardsWhite);
		green += (int) ((255 - green) * towardsWhite);
		blue += (int) ((255 - blue) * towardsWhite);
		return red << 16 | green << 8 | blue;
	}

	private Color rgb(int value) {
		// Colors are plain values since SWT 3.115: no resource to dispose.
		return new Color(new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff));
	}

	private static int px(double value) {
		return (int) Math.round(value);
	}

	/** Line styles per edge style, shared with the legend so they can never disagree. */
	static final class EdgeLook {

		private EdgeLook() {
		}

		static void apply(GC gc, EdgeStyle style, Color color) {
			gc.setForeground(color);
			gc.setLineWidth(switch (style) {
			case OVERLAY -> 4;
			case UPLINK -> 1;
			default -> 2;
			});
			gc.setLineStyle(switch (style) {
			case NAT -> SWT.LINE_DASH;
			case HOST_ONLY -> SWT.LINE_DOT;
			default -> SWT.LINE_SOLID;
			});
		}
	}
}
