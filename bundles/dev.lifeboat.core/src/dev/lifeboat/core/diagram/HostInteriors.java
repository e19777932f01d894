package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.lifeboat.core.diagram.DiagramEdge.Point;

/**
 * Lays out the inside of hosts with ELK's layered algorithm, left to right: VMs, then bridges, then physical
 * NICs, with the host's edges routed orthogonally. An edge that leaves the host (to an overlay, or to a bridge
 * elsewhere) ends at an exit on the host's right side: a point-sized node in ELK's last layer, so nothing lies
 * between it and the right border. Hosts of the same shape (the same kinds of children in the same order, joined
 * the same way) are laid out once: the generated 5,000-host topology costs one ELK run, not 5,000.
 */
final class HostInteriors {

	static final double GAP = 14;
	static final double LABEL_SPACE = 42;
	private static final double MIN_WIDTH = 180;
	private static final double MIN_HEIGHT = 80;

	static {
		// Registers ELK's option types (padding, vectors) for cloning; without it the first layout fails.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/**
	 * A host laid out, relative to its top left corner.
	 *
	 * @param width    the host's width
	 * @param height   the host's height
	 * @param children the boxes of its children, in the shape's order (see {@link Fitted#childSlot})
	 * @param routes   per edge in the shape's order (see {@link Fitted#edgeSlot}): its route, ending at the right
	 *                 border for an edge that leaves the host
	 */
	record Interior(double width, double height, List<Bounds> children, List<List<Point>> routes) {
	}

	/**
	 * What decides a host's layout: its children's kinds in order, and its edges as child indexes; an edge
	 * leaving the host names an exit instead (exits numbered by first use), so that hosts on different overlays
	 * still share a shape. VMs come in a canonical order (by what they attach to), so that hosts differing only
	 * in the order of their VMs share one too.
	 */
	record Shape(String key, List<NodeKind> kinds, List<int[]> edges, int exits) {

		static final int INSIDE = -1;

		@Override
		public boolean equals(Object other) {
			return other instanceof Shape shape && shape.key.equals(key);
		}

		@Override
		public int hashCode() {
			return key.hashCode();
		}
	}

	/**
	 * A host's shape, and where its own children and edges sit in the shape's order.
	 *
	 * @param shape     the shape
	 * @param childSlot per child of the host (in its order): the index of its box in the shape's layout
	 * @param edgeSlot  per local edge (in the order given): the index of its route in the shape's layout
	 */
	record Fitted(Shape shape, int[] childSlot, int[] edgeSlot) {

		/** The shape of {@code host}, whose edges starting inside it are {@code local}. */
		static Fitted of(DiagramNode host, List<DiagramEdge> local) {
			List<DiagramNode> children = host.children();
			Map<DiagramNode, Integer> index = new HashMap<>();
			for (int i = 0; i < children.size(); i++) {
				index.put(children.get(i), i);
			}
			Map<DiagramNode, Integer> exits = new LinkedHashMap<>();
			int[][] joined = new int[local.size()][];
			String[] attachments = new String[children.size()];
			Arrays.fill(attachments, "");
			for (int i = 0; i < local.size(); i++) {
				DiagramEdge edge = local.get(i);
				int source = index.get(edge.source());
				Integer target = index.get(edge.target());
				joined[i] = target != null ? new int[] { source, target, Shape.INSIDE }
						: new int[] { source, Shape.INSIDE, exits.computeIfAbsent(edge.target(), t -> exits.size()) };
				attachments[source] += (target != null ? "b" + target : "x" + joined[i][2]) + ";";
			}
			String[] sortKeys = new String[children.size()];
			for (int i = 0; i < sortKeys.length; i++) {
				sortKeys[i] = children.get(i).kind() == NodeKind.VM ? "1" + sorted(attachments[i]) : "0";
			}
			Integer[] order = new Integer[children.size()];
			Arrays.setAll(order, i -> i);
			// Stable: only VMs with the same attachments trade places, and they lay out the same either way.
			Arrays.sort(order, Comparator.comparing((Integer i) -> sortKeys[i]));
			int[] childSlot = new int[children.size()];
			for (int slot = 0; slot < order.length; slot++) {
				childSlot[order[slot]] = slot;
			}
			Integer[] edgeOrder = new Integer[local.size()];
			Arrays.setAll(edgeOrder, i -> i);
			Arrays.sort(edgeOrder, Comparator.comparingInt((Integer i) -> childSlot[joined[i][0]])
					.thenComparingInt(i -> joined[i][1] == Shape.INSIDE ? -1 : childSlot[joined[i][1]])
					.thenComparingInt(i -> joined[i][2]));
			int[] edgeSlot = new int[local.size()];
			List<int[]> edges = new ArrayList<>(local.size());
			StringBuilder key = new StringBuilder();
			List<NodeKind> kinds = new ArrayList<>(children.size());
			for (Integer child : order) {
				kinds.add(children.get(child).kind());
				key.append(children.get(child).kind().ordinal()).append(',');
			}
			key.append('|');
			for (int slot = 0; slot < edgeOrder.length; slot++) {
				int[] edge = joined[edgeOrder[slot]];
				int[] inShape = { childSlot[edge[0]], edge[1] == Shape.INSIDE ? Shape.INSIDE : childSlot[edge[1]], edge[2] };
				edgeSlot[edgeOrder[slot]] = slot;
				edges.add(inShape);
				key.append(inShape[0]).append('>').append(inShape[1]).append('>').append(inShape[2]).append(';');
			}
			return new Fitted(new Shape(key.toString(), List.copyOf(kinds), edges, exits.size()), childSlot, edgeSlot);
		}

		private static String sorted(String attachments) {
			if (attachments.indexOf(';') == attachments.length() - 1) {
				return attachments; // one attachment or none: already in order
			}
			String[] parts = attachments.split(";");
			Arrays.sort(parts);
			return String.join(";", parts);
		}
	}

	private final Map<Shape, Interior> laidOut = new ConcurrentHashMap<>();

	/** The interior of a host of {@code shape}, laid out on first use. Safe to call from several threads. */
	Interior of(Shape shape) {
		return laidOut.computeIfAbsent(shape, HostInteriors::layOut);
	}

	private static Interior layOut(Shape shape) {
		ElkNode host = ElkGraphUtil.createGraph();
		host.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		host.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		host.setProperty(CoreOptions.PADDING, new ElkPadding(LABEL_SPACE + GAP, GAP, GAP, GAP));
		host.setProperty(CoreOptions.SPACING_NODE_NODE, GAP);
		host.setProperty(CoreOptions.SPACING_EDGE_NODE, GAP / 2);
		host.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 2 * GAP);
		host.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, GAP / 2);
		// One layered graph, not packed components: it is what keeps the last layer free to the right border.
		host.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		List<ElkNode> children = new ArrayList<>();
		for (NodeKind kind : shape.kinds()) {
			ElkNode child = ElkGraphUtil.createNode(host);
			child.setDimensions(kind.width(), kind.height());
			children.add(child);
		}
		List<ElkNode> exits = new ArrayList<>();
		for (int i = 0; i < shape.exits(); i++) {
			ElkNode exit = ElkGraphUtil.createNode(host);
			exit.setDimensions(1, 1);
			exit.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
			exits.add(exit);
		}
		List<ElkEdge> edges = new ArrayList<>();
		for (int[] joined : shape.edges()) {
			ElkNode target = joined[1] != Shape.INSIDE ? children.get(joined[1]) : exits.get(joined[2]);
			edges.add(ElkGraphUtil.createSimpleEdge(children.get(joined[0]), target));
		}
		// A provider per call: ELK's layered provider keeps per-run state, and shapes are laid out in parallel.
		new LayeredLayoutProvider().layout(host, new BasicProgressMonitor());
		double width = Math.max(MIN_WIDTH, host.getWidth());
		double height = Math.max(MIN_HEIGHT, host.getHeight());
		List<Bounds> boxes = children.stream()
				.map(child -> new Bounds(child.getX(), child.getY(), child.getWidth(), child.getHeight())).toList();
		List<List<Point>> routes = new ArrayList<>(edges.size());
		for (int i = 0; i < edges.size(); i++) {
			List<Point> route = route(edges.get(i));
			if (shape.edges().get(i)[1] == Shape.INSIDE) {
				// On to the right border, level with the exit: nothing of the last layer lies that way.
				route.add(new Point(width, route.get(route.size() - 1).y()));
			}
			routes.add(List.copyOf(route));
		}
		return new Interior(width, height, boxes, routes);
	}

	private static List<Point> route(ElkEdge edge) {
		List<Point> points = new ArrayList<>();
		ElkEdgeSection section = edge.getSections().get(0);
		points.add(new Point(section.getStartX(), section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(new Point(bend.getX(), bend.getY()));
		}
		points.add(new Point(section.getEndX(), section.getEndY()));
		return points;
	}
}
