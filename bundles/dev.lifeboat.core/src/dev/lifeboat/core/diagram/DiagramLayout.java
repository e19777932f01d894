package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a {@link Diagram} with ELK's layered algorithm, one container at a time: the content of each host,
 * then the hosts of each site, then the sites. Edges that stay inside a host take part in its layout; edges
 * that leave it (to overlays, or to a bridge elsewhere) are routed here afterwards, because letting ELK lay out
 * across the hierarchy is an order of magnitude slower (16 s instead of 1.4 s for 500 hosts).
 */
public final class DiagramLayout {

	private static final double GAP = 14;
	private static final double LABEL_SPACE = 42;
	private static final double BAND_TITLE = 24;
	private static final double TRACK = 40;

	static {
		// Registers ELK's option types (padding, vectors) for cloning; without it the first layout fails.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final Map<DiagramNode, ElkNode> shapes = new HashMap<>();

	private DiagramLayout() {
	}

	/** Places every node and routes every edge of {@code diagram}; returns it. */
	public static Diagram apply(Diagram diagram) {
		if (diagram.roots().stream().anyMatch(root -> root.kind() == NodeKind.LANE)) {
			LaneLayout.place(diagram);
			return diagram;
		}
		new DiagramLayout().run(diagram);
		return diagram;
	}

	private void run(Diagram diagram) {
		ElkNode root = ElkGraphUtil.createGraph();
		container(root, Direction.RIGHT, 1.0, 0);
		List<DiagramNode> sites = diagram.roots().stream().filter(node -> node.kind() != NodeKind.OVERLAY).toList();
		for (DiagramNode site : sites) {
			ElkNode siteShape = shape(site, root);
			container(siteShape, Direction.RIGHT, 2.0, LABEL_SPACE - 12);
			for (DiagramNode host : site.children()) {
				hostShape(host, siteShape);
			}
		}
		addEdgesInsideHosts(diagram);
		sites.parallelStream().flatMap(site -> site.children().stream()).filter(host -> !host.children().isEmpty())
				.forEach(host -> layout(shapes.get(host)));
		sites.forEach(site -> layout(shapes.get(site)));
		layout(root);
		for (DiagramNode site : sites) {
			readBack(site, 0, 0);
		}
		ManualPlacement.apply(sites, diagram.manualPositions());
		Bounds content = sites.stream().map(DiagramNode::bounds).reduce(Bounds::union).orElse(Bounds.NONE);
		double bottom = OverlayBands.place(diagram, content.bottom() + 3 * GAP, BAND_TITLE, TRACK, GAP);
		diagram.replaceEdges(EdgeRoutes.route(diagram.edges()));
		diagram.setBounds(diagram.roots().stream().map(DiagramNode::bounds).reduce(Bounds::union)
				.orElse(new Bounds(0, 0, 0, bottom)));
	}

	private void hostShape(DiagramNode host, ElkNode siteShape) {
		ElkNode hostShape = shape(host, siteShape);
		container(hostShape, Direction.DOWN, 1.6, LABEL_SPACE);
		hostShape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		hostShape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(180, 80));
		hostShape.setDimensions(180, 80);
		for (DiagramNode leaf : host.children()) {
			ElkNode leafShape = shape(leaf, hostShape);
			leafShape.setDimensions(leaf.kind().width(), leaf.kind().height());
		}
	}

	private ElkNode shape(DiagramNode node, ElkNode parent) {
		ElkNode shape = ElkGraphUtil.createNode(parent);
		shapes.put(node, shape);
		return shape;
	}

	private static void container(ElkNode shape, Direction direction, double aspectRatio, double top) {
		shape.setProperty(CoreOptions.DIRECTION, direction);
		shape.setProperty(CoreOptions.ASPECT_RATIO, aspectRatio);
		shape.setProperty(CoreOptions.PADDING, new ElkPadding(top + GAP, GAP, GAP, GAP));
		shape.setProperty(CoreOptions.SPACING_NODE_NODE, GAP);
		shape.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, GAP * 1.5);
		shape.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 2 * GAP);
	}

	/** Edges between two leaves of one host shape that host's layout (VM above its bridge, bridge above its NIC). */
	private void addEdgesInsideHosts(Diagram diagram) {
		for (DiagramEdge edge : diagram.edges()) {
			DiagramNode host = edge.source().parent();
			if (host != null && host.kind() == NodeKind.HOST && host == edge.target().parent()) {
				ElkEdge elkEdge = ElkGraphUtil.createEdge(shapes.get(host));
				elkEdge.getSources().add(shapes.get(edge.source()));
				elkEdge.getTargets().add(shapes.get(edge.target()));
			}
		}
	}

	private static void layout(ElkNode container) {
		// A provider per call: ELK's layered provider keeps per-run state, and hosts are laid out in parallel.
		new LayeredLayoutProvider().layout(container, new BasicProgressMonitor());
	}

	private void readBack(DiagramNode node, double parentX, double parentY) {
		ElkNode shape = shapes.get(node);
		double x = parentX + shape.getX();
		double y = parentY + shape.getY();
		node.place(new Bounds(x, y, shape.getWidth(), shape.getHeight()));
		for (DiagramNode child : node.children()) {
			readBack(child, x, y);
		}
	}

	/** The overlay bands below the sites: each spans its member hosts, with a VTEP mark under each host. */
	static final class OverlayBands {

		private OverlayBands() {
		}

		/** Places the bands from {@code top} down; returns the bottom of the last. */
		static double place(Diagram diagram, double top, double title, double track, double gap) {
			double y = top;
			for (DiagramNode band : diagram.roots()) {
				if (band.kind() == NodeKind.OVERLAY) {
					y = placeBand(diagram, band, y, title, track, gap) + gap;
				}
			}
			return y;
		}

		private static double placeBand(Diagram diagram, DiagramNode band, double y, double title, double track,
				double gap) {
			List<DiagramNode> marks = new ArrayList<>(band.children());
			marks.sort((a, b) -> Double.compare(preferredX(diagram, a), preferredX(diagram, b)));
			List<Double> trackEnds = new ArrayList<>();
			double left = Double.MAX_VALUE;
			double right = 0;
			double nextFree = 0;
			for (DiagramNode mark : marks) {
				double x = preferredX(diagram, mark);
				if (x < 0) {
					x = nextFree; // a member without a placed host still gets a mark, after the others
				}
				int lane = freeTrack(trackEnds, x, gap);
				mark.place(new Bounds(x, y + title + lane * track, mark.kind().width(), mark.kind().height()));
				trackEnds.set(lane, x + mark.kind().width());
				left = Math.min(left, x);
				right = Math.max(right, x + mark.kind().width());
				nextFree = Math.max(nextFree, right + gap);
			}
			if (marks.isEmpty()) {
				left = 0;
				right = 240;
			}
			double width = Math.max(right - left + 2 * gap, 240);
			double height = title + Math.max(1, trackEnds.size()) * track;
			band.place(new Bounds(left - gap, y, width, height));
			return y + height;
		}

		private static int freeTrack(List<Double> trackEnds, double x, double gap) {
			for (int lane = 0; lane < trackEnds.size(); lane++) {
				if (trackEnds.get(lane) + gap <= x) {
					return lane;
				}
			}
			trackEnds.add(0.0);
			return trackEnds.size() - 1;
		}

		private static double preferredX(Diagram diagram, DiagramNode mark) {
			if (mark.element() instanceof dev.lifeboat.model.VtepEndpoint member && member.getHost() != null) {
				return diagram.node(member.getHost()).map(host -> host.bounds().centerX() - mark.kind().width() / 2)
						.orElse(-1.0);
			}
			return -1;
		}
	}
}
