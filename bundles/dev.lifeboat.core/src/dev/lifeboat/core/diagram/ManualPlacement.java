package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lifeboat.core.diagram.DiagramEdge.Point;
import dev.lifeboat.model.Identified;

/**
 * Applies the positions a user gave sites and hosts by hand over the automatic layout, one container level at a
 * time: a moved node keeps its place (relative to its site's top left corner, for a host) with all it holds.
 * Siblings keep a gap between them, so that routes always find a way between any two: an automatically placed
 * sibling in the way of a hand-placed one moves to a row below the others, and so does a hand-placed one that
 * lands on an earlier hand-placed sibling (the first in the model keeps its place).
 */
final class ManualPlacement {

	private ManualPlacement() {
	}

	/**
	 * Moves the nodes among {@code siblings} that have a position in {@code positions} to
	 * ({@code originX} + x, {@code originY} + y), but not left of {@code minX} or above {@code minY}; then moves
	 * what ends up less than {@code gap} from a node kept in place to rows from {@code minX} below everything,
	 * {@code rowWidth} wide. Returns the nodes no longer where the automatic layout put them.
	 */
	static Set<DiagramNode> arrange(List<DiagramNode> siblings, Map<String, Point> positions, double originX,
			double originY, double minX, double minY, double gap, double rowWidth) {
		Set<DiagramNode> moved = new HashSet<>();
		if (positions.isEmpty()) {
			return moved;
		}
		List<DiagramNode> kept = new ArrayList<>();
		List<DiagramNode> displaced = new ArrayList<>();
		for (DiagramNode node : siblings) {
			Optional<Point> wanted = position(node, positions);
			if (wanted.isPresent()) {
				moved.add(node);
				moveTo(node, Math.max(minX, originX + wanted.get().x()), Math.max(minY, originY + wanted.get().y()));
				(crowds(node, kept, gap) ? displaced : kept).add(node);
			}
		}
		List<DiagramNode> handPlaced = List.copyOf(kept);
		for (DiagramNode node : siblings) {
			if (!moved.contains(node) && crowds(node, handPlaced, gap)) {
				displaced.add(node);
				moved.add(node);
			} else if (!moved.contains(node)) {
				kept.add(node);
			}
		}
		double top = kept.stream().mapToDouble(node -> node.bounds().bottom()).max().orElse(minY - gap) + gap;
		double x = minX;
		double rowHeight = 0;
		for (DiagramNode node : displaced) {
			if (x > minX && x + node.bounds().width() > minX + rowWidth) {
				x = minX;
				top += rowHeight + gap;
				rowHeight = 0;
			}
			moveTo(node, x, top);
			x += node.bounds().width() + gap;
			rowHeight = Math.max(rowHeight, node.bounds().height());
		}
		return moved;
	}

	/** Whether {@code node} comes nearer than {@code gap} to one of {@code others}. */
	private static boolean crowds(DiagramNode node, List<DiagramNode> others, double gap) {
		Bounds b = node.bounds();
		Bounds grown = new Bounds(b.x() - gap, b.y() - gap, b.width() + 2 * gap, b.height() + 2 * gap);
		return others.stream().anyMatch(other -> other != node && grown.overlaps(other.bounds()));
	}

	private static Optional<Point> position(DiagramNode node, Map<String, Point> positions) {
		return node.element() instanceof Identified identified && identified.getId() != null
				? Optional.ofNullable(positions.get(identified.getId()))
				: Optional.empty();
	}

	private static void moveTo(DiagramNode node, double x, double y) {
		translate(node, x - node.bounds().x(), y - node.bounds().y());
	}

	/** Moves {@code node} and everything it holds by ({@code dx}, {@code dy}). */
	static void translate(DiagramNode node, double dx, double dy) {
		node.place(node.bounds().translate(dx, dy));
		node.children().forEach(child -> translate(child, dx, dy));
	}
}
