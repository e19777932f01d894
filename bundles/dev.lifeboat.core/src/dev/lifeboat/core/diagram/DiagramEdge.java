package dev.lifeboat.core.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A line of the diagram: a VM NIC to the bridge or overlay it attaches to, or a bridge to its uplink.
 *
 * @param element the VM NIC (or the bridge, for an uplink)
 * @param source  the node the line starts at (the VM, or the bridge)
 * @param target  the bridge, the overlay band or the physical NIC
 * @param style   how the line is drawn
 * @param vni     the overlay's VNI for {@link EdgeStyle#OVERLAY} (its colour), else 0
 * @param route   the points of the line, in absolute diagram coordinates, set by the layout
 */
public record DiagramEdge(EObject element, DiagramNode source, DiagramNode target, EdgeStyle style, int vni,
		List<Point> route) {

	/** A point of a route. */
	public record Point(double x, double y) {
	}

	/** The smallest rectangle holding the route, to skip edges outside the visible area. */
	public Bounds extent() {
		if (route.isEmpty()) {
			return Bounds.NONE;
		}
		Bounds extent = new Bounds(route.get(0).x(), route.get(0).y(), 0, 0);
		for (Point point : route) {
			extent = extent.union(new Bounds(point.x(), point.y(), 0, 0));
		}
		return extent;
	}

	/**
	 * Whether a segment of the route may cross {@code area}. Segment by segment, not by the route's extent: a
	 * route to an overlay's lane spans half the diagram but draws only a few thin lines across it.
	 */
	public boolean meets(Bounds area) {
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			// One pixel of slack: a vertical or horizontal segment has no area of its own.
			if (Math.min(a.x(), b.x()) - 1 < area.right() && area.x() < Math.max(a.x(), b.x()) + 1
					&& Math.min(a.y(), b.y()) - 1 < area.bottom() && area.y() < Math.max(a.y(), b.y()) + 1) {
				return true;
			}
		}
		return false;
	}

	/** The same edge along another route. */
	DiagramEdge routed(List<Point> newRoute) {
		return new DiagramEdge(element, source, target, style, vni, List.copyOf(newRoute));
	}
}
