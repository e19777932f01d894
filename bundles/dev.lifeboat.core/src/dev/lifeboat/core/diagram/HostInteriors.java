package dev.lifeboat.core.diagram;

import java.util.ArrayList;
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
	 * @param children the boxes of its children, in the host's child order
	 * @param routes   per local edge (in {@link Shape#edges} order): its route, ending at the host's right
	 *                 border for an edge that leaves the host
	 */
	record Interior(double width, double height, List<Bounds> children, List<List<Point>> routes) {
	}

	/**
	 * What decides a host's layout: its children's kinds in order, and its edges as child indexes; an edge
	 * leaving the host names an exit instead (exits numbered by first use), so that hosts on different overlays
	 * still share a shape.
	 */
	record Shape(String key, List<NodeKind> kinds, List<int[]> edges, int exits) {

		static final int INSIDE = -1;

		/** The shape of {@code host}, whose edges starting inside it are {@code local}. */
		static Shape of(DiagramNode host, List<DiagramEdge> local) {
			List<NodeKind> kinds = host.children().stream().map(DiagramNode::kind).toList();
			Map<DiagramNode, Integer> index = new java.util.HashMap<>();
			for (int i = 0; i < host.children().size(); i++) {
				index.put(host.children().get(i), i);
			}
			Map<DiagramNode, Integer> exits = new LinkedHashMap<>();
			List<int[]> edges = new ArrayList<>(local.size());
			StringBuilder key = new StringBuilder();
			kinds.forEach(kind -> key.append(kind.ordinal()).append(','));
			key.append('|');
			for (DiagramEdge edge : local) {
				int source = index.get(edge.source());
				Integer target = index.get(edge.target());
				int[] joined = target != null ? new int[] { source, target, INSIDE }
						: new int[] { source, INSIDE, exits.computeIfAbsent(edge.target(), t -> exits.size()) };
				edges.add(joined);
				key.append(joined[0]).append('>').append(joined[1]).append('>').append(joined[2]).append(';');
			}
			return new Shape(key.toString(), kinds, edges, exits.size());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Shape shape && shape.key.equals(key);
		}

		@Override
		public int hashCode() {
			return key.hashCode();
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
