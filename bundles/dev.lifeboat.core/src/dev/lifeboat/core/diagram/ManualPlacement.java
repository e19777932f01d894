package dev.lifeboat.core.diagram;

import java.util.List;
import java.util.Map;

import dev.lifeboat.core.diagram.DiagramEdge.Point;
import dev.lifeboat.model.Identified;

/**
 * Applies the positions a user gave sites and hosts by hand over the automatic layout: a moved node keeps its
 * place (relative to its site, for a host) with all it holds, and its site grows to enclose it.
 */
final class ManualPlacement {

	private static final double PADDING = 14;

	private ManualPlacement() {
	}

	/** Moves the nodes among {@code sites} (and their hosts) that have a position in {@code positions}. */
	static void apply(List<DiagramNode> sites, Map<String, Point> positions) {
		if (positions.isEmpty()) {
			return;
		}
		for (DiagramNode site : sites) {
			position(site, positions).ifPresent(point -> moveTo(site, point.x(), point.y()));
			boolean moved = false;
			for (DiagramNode host : site.children()) {
				var point = position(host, positions);
				if (point.isPresent()) {
					moveTo(host, site.bounds().x() + point.get().x(), site.bounds().y() + point.get().y());
					moved = true;
				}
			}
			if (moved) {
				growToEnclose(site);
			}
		}
	}

	private static java.util.Optional<Point> position(DiagramNode node, Map<String, Point> positions) {
		return node.element() instanceof Identified identified && identified.getId() != null
				? java.util.Optional.ofNullable(positions.get(identified.getId()))
				: java.util.Optional.empty();
	}

	private static void moveTo(DiagramNode node, double x, double y) {
		translate(node, x - node.bounds().x(), y - node.bounds().y());
	}

	private static void translate(DiagramNode node, double dx, double dy) {
		node.place(node.bounds().translate(dx, dy));
		node.children().forEach(child -> translate(child, dx, dy));
	}

	private static void growToEnclose(DiagramNode site) {
		Bounds grown = site.bounds();
		for (DiagramNode host : site.children()) {
			Bounds b = host.bounds();
			grown = grown.union(new Bounds(b.x() - PADDING, b.y() - PADDING, b.width() + 2 * PADDING,
					b.height() + 2 * PADDING));
		}
		site.place(grown);
	}
}
