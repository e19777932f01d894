package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.core.diagram.DiagramEdge.Point;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VtepEndpoint;

/**
 * Routes edges orthogonally once every node is placed. Inside a host an edge follows the route ELK gave it. An
 * edge leaving its host runs right to the gutter beside the host's column, down it out of the site, through
 * the site grid's gutters down to a channel of its own between the sites and the bands, right to a lane of its
 * own beside the bands, along its band's bus and down onto the VTEP mark of its VM's host: it crosses no box
 * on the way but its own host, site and band. Cost per edge is its few points, whatever the diagram's size.
 */
final class EdgeRoutes {

	/** The distance between the channels (and the lanes) of two overlays. */
	static final double LANE = 6;
	private static final double GAP = DiagramLayout.GAP;

	private final Map<DiagramNode, Grid.Cell> cells;
	private final Map<DiagramNode, Integer> bandIndex = new HashMap<>();
	private final Map<DiagramNode, Map<EObject, DiagramNode>> marksByHost = new HashMap<>();
	private final int bandCount;
	private final double channelTop;
	private final double laneLeft;

	/**
	 * Routes among the nodes placed in {@code cells} (hosts and sites), towards {@code bands}, with the channels
	 * below {@code contentBottom} and the lanes right of {@code right}.
	 */
	EdgeRoutes(Map<DiagramNode, Grid.Cell> cells, List<DiagramNode> bands, double contentBottom, double right) {
		this.cells = cells;
		for (int i = 0; i < bands.size(); i++) {
			bandIndex.put(bands.get(i), i);
		}
		this.bandCount = bands.size();
		this.channelTop = contentBottom + GAP;
		this.laneLeft = right + GAP;
	}

	/** The room the channels of {@code bands} overlays (and of edges to other hosts) need below the sites. */
	static double channelHeight(int bands) {
		return 2 * GAP + (bands + 1) * LANE;
	}

	/** The rectangle the lanes take right of the bands. */
	Bounds extent() {
		return new Bounds(laneLeft, channelTop, GAP + (bandCount + 1) * LANE, 1);
	}

	/** {@code edge}, which starts in {@code host}, routed: along {@code inside} (host-relative), then beyond. */
	DiagramEdge route(DiagramEdge edge, DiagramNode host, List<Point> inside) {
		Bounds at = host.bounds();
		List<Point> points = new ArrayList<>(inside.size() + 10);
		inside.forEach(point -> points.add(new Point(point.x() + at.x(), point.y() + at.y())));
		if (edge.target().parent() == host || !cells.containsKey(host) || !cells.containsKey(host.parent())) {
			return edge.routed(points);
		}
		Point exit = points.get(points.size() - 1);
		Grid.Cell hostCell = cells.get(host);
		DiagramNode site = host.parent();
		Grid.Cell siteCell = cells.get(site);
		int channel = bandIndex.getOrDefault(edge.target(), bandCount);
		double channelY = channelTop + channel * LANE;
		// Overlays side by side in the shared gutters, so that two of them never draw one line.
		double side = (channel % 4 - 1.5) * LANE;
		double hostGutter = hostCell.gutterX() + side;
		points.add(new Point(hostGutter, exit.y()));
		points.add(new Point(hostGutter, site.bounds().bottom()));
		if (siteCell.lastRow()) {
			points.add(new Point(hostGutter, channelY));
		} else {
			points.add(new Point(hostGutter, siteCell.belowRow() + side));
			points.add(new Point(siteCell.gutterX() + side, siteCell.belowRow() + side));
			points.add(new Point(siteCell.gutterX() + side, channelY));
		}
		if (edge.target().kind() == NodeKind.OVERLAY) {
			toBand(points, edge, channel, channelY);
		} else {
			// A bridge on another host (the validation flags it): straight up from the channel, the last resort.
			Bounds target = edge.target().bounds();
			points.add(new Point(target.centerX(), channelY));
			points.add(new Point(target.centerX(), target.bottom()));
		}
		return edge.routed(simplified(points));
	}

	private void toBand(List<Point> points, DiagramEdge edge, int channel, double channelY) {
		Bounds band = edge.target().bounds();
		double lane = laneLeft + channel * LANE;
		double bus = band.y() + DiagramLayout.OverlayBands.BUS;
		DiagramNode end = endOf(edge);
		double endX = end == edge.target() ? band.x() + 2 * GAP : end.bounds().centerX();
		points.add(new Point(lane, channelY));
		points.add(new Point(lane, bus));
		points.add(new Point(endX, bus));
		if (end != edge.target()) {
			points.add(new Point(endX, end.bounds().y()));
		}
	}

	/** {@code edge} as a straight line between the facing sides of its ends, for edges no container holds. */
	DiagramEdge straight(DiagramEdge edge) {
		return edge.routed(between(edge.source().bounds(), endOf(edge).bounds()));
	}

	/** Where an overlay edge ends: the VTEP mark of the VM's own host, where its traffic enters the tunnel. */
	private DiagramNode endOf(DiagramEdge edge) {
		if (edge.style() != EdgeStyle.OVERLAY || !(edge.source().element() instanceof VirtualMachine vm)) {
			return edge.target();
		}
		// Marks by host, per band: one overlay may span thousands of hosts, each with VMs on it.
		Map<EObject, DiagramNode> marks = marksByHost.computeIfAbsent(edge.target(), band -> {
			Map<EObject, DiagramNode> byHost = new HashMap<>();
			for (DiagramNode mark : band.children()) {
				if (mark.element() instanceof VtepEndpoint member && member.getHost() != null) {
					byHost.putIfAbsent(member.getHost(), mark);
				}
			}
			return byHost;
		});
		return vm.getHost() == null ? edge.target() : marks.getOrDefault(vm.getHost(), edge.target());
	}

	/** Without repeated points and without points in the middle of a straight run. */
	private static List<Point> simplified(List<Point> points) {
		List<Point> kept = new ArrayList<>(points.size());
		for (Point point : points) {
			if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(point)) {
				continue;
			}
			if (kept.size() >= 2 && collinear(kept.get(kept.size() - 2), kept.get(kept.size() - 1), point)) {
				kept.set(kept.size() - 1, point);
			} else {
				kept.add(point);
			}
		}
		return kept;
	}

	private static boolean collinear(Point a, Point b, Point c) {
		return a.x() == b.x() && b.x() == c.x() || a.y() == b.y() && b.y() == c.y();
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
