package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * A topology as a diagram: top-level nodes (sites, or lanes in the L2 view), overlay bands, and the edges
 * between them. Made by {@link DiagramMapper}, placed by {@link DiagramLayout}, painted by the UI, which asks
 * it what is visible and what lies under the mouse.
 */
public final class Diagram {

	private final List<DiagramNode> roots = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final Map<EObject, DiagramNode> nodes = new HashMap<>();
	private final Map<String, DiagramEdge.Point> manualPositions = new HashMap<>();
	private Bounds bounds = Bounds.NONE;

	/** The top-level nodes: sites and overlay bands (or lanes in the L2 view). */
	public List<DiagramNode> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** Every edge. */
	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** The node drawn for {@code element}, if the diagram shows it. */
	public Optional<DiagramNode> node(EObject element) {
		return Optional.ofNullable(nodes.get(element));
	}

	/** The number of nodes at any depth. */
	public int nodeCount() {
		return nodes.size();
	}

	/** The extent of everything placed. */
	public Bounds bounds() {
		return bounds;
	}

	/** The innermost node at the point, if any; the deepest box wins so that a VM is picked over its host. */
	public Optional<DiagramNode> nodeAt(double x, double y) {
		return deepest(roots, x, y);
	}

	private static Optional<DiagramNode> deepest(List<DiagramNode> candidates, double x, double y) {
		for (DiagramNode node : candidates) {
			if (node.bounds().contains(x, y)) {
				return deepest(node.children(), x, y).or(() -> Optional.of(node));
			}
		}
		return Optional.empty();
	}

	/**
	 * Calls {@code action} for every node whose box meets {@code visible}, parents before children. A container
	 * outside the area is skipped with all it holds, so a frame costs what is visible, not the diagram's size.
	 */
	public void visit(Bounds visible, Consumer<DiagramNode> action) {
		visit(roots, visible, action);
	}

	private static void visit(List<DiagramNode> level, Bounds visible, Consumer<DiagramNode> action) {
		for (DiagramNode node : level) {
			if (node.bounds().overlaps(visible)) {
				action.accept(node);
				visit(node.children(), visible, action);
			}
		}
	}

	DiagramNode add(NodeKind kind, EObject element, String label, String detail, DiagramNode parent) {
		DiagramNode node = new DiagramNode(kind, element, label, detail, parent);
		if (parent == null) {
			roots.add(node);
		}
		nodes.putIfAbsent(element, node);
		return node;
	}

	void addEdge(DiagramEdge edge) {
		edges.add(edge);
	}

	void replaceEdges(List<DiagramEdge> routed) {
		edges.clear();
		edges.addAll(routed);
	}

	/** The hand-placed positions by element id (relative to the parent node), kept over automatic layout. */
	public Map<String, DiagramEdge.Point> manualPositions() {
		return Collections.unmodifiableMap(manualPositions);
	}

	void putManualPosition(String elementId, DiagramEdge.Point position) {
		manualPositions.put(elementId, position);
	}

	void setBounds(Bounds extent) {
		this.bounds = extent;
	}
}
