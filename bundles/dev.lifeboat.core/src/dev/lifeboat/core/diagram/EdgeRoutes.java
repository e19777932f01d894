package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.List;

import dev.lifeboat.core.diagram.DiagramEdge.Point;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Routes edges once every node is placed: a straight line between the facing sides of two boxes; an overlay
 * edge ends at the VTEP mark of the VM's own host, so that it shows where the VM's traffic enters the tunnel.
 */
final class EdgeRoutes {

	private EdgeRoutes() {
	}

	static List<DiagramEdge> route(List<DiagramEdge> edges) {
		List<DiagramEdge> routed = new ArrayList<>(edges.size());
		for (DiagramEdge edge : edges) {
			routed.add(edge.routed(between(edge.source().bounds(), endOf(edge).bounds())));
		}
		return routed;
	}

	private static DiagramNode endOf(DiagramEdge edge) {
		if (edge.style() != EdgeStyle.OVERLAY || !(edge.source().element() instanceof VirtualMachine vm)) {
			return edge.target();
		}
		for (DiagramNode mark : edge.target().children()) {
			if (mark.element() instanceof VtepEndpoint member && member.getHost() == vm.getHost()) {
				return mark;
			}
		}
		return edge.target();
	}

	/** The line from {@code from}'s side facing {@code to} to {@code to}'s side facing {@code from}. */
	static List<Point> between(Bounds from, Bounds to) {
		if (to.y() >= from.bottom()) {
			return List.of(new Point(from.centerX(), from.bottom()), new Point(to.centerX(), to.y()));
		}
		if (to.bottom() <= from.y()) {
			return List.of(new Point(from.centerX(), from.y()), new Point(to.centerX(), to.bottom()));
		}
		double fromMiddle = from.y() + from.height() / 2;
		double toMiddle = to.y() + to.height() / 2;
		return to.x() >= from.right()
				? List.of(new Point(from.right(), fromMiddle), new Point(to.x(), toMiddle))
				: List.of(new Point(from.x(), fromMiddle), new Point(to.right(), toMiddle));
	}
}
