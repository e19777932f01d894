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
 * Routes edges orthogonally once every node is placed, hand-placed ones included. Inside a host an edge follows
 * the route ELK gave it. An edge leaving its host runs right of the host and down to the free strip along the
 * bottom of its site (straight down the gutter beside the host where nothing is in the way, else around the
 * other hosts), along that strip and out of the site at its bottom right corner, down past the other sites
 * (straight where nothing is in the way, else around them) to a channel of its own between the sites and the
 * bands, right to a lane of its own beside the bands, along its band's bus and down onto the VTEP mark of its
 * VM's host: it crosses no box on the way but its own host, site and band. The way out of a host is found once
 * per host and exit, the way down from a site once per site; an edge adds only its few points to them.
 */
final class EdgeRoutes {

	/** The distance between the channels (and the lanes) of two overlays. */
	static final double LANE = 6;
	private static final double GAP = DiagramLayout.GAP;
	/**
	 * How far a way found around boxes keeps from them: the widest shift between overlays ({@code 1.5 * LANE})
	 * plus a margin, and less than half the gap between siblings so that a way fits between any two.
	 */
	private static final double CLEARANCE = 12;
	/** How far inside its container a way keeps, so that the shifted lines stay inside. */
	private static final double INSET = 10;

	private final Map<DiagramNode, Double> gutters;
	private final Map<DiagramNode, Integer> bandIndex = new HashMap<>();
	private final Map<DiagramNode, Map<EObject, DiagramNode>> marksByHost = new HashMap<>();
	private final Map<DiagramNode, Obstacles> hostsBySite = new HashMap<>();
	private final Map<DiagramNode, OrthogonalRouter> siteRouters = new HashMap<>();
	private final Map<DiagramNode, Map<Double, List<Point>>> hostWays = new HashMap<>();
	private final Map<DiagramNode, List<Point>> siteWays = new HashMap<>();
	private final Obstacles sites;
	private final Bounds content;
	private final int bandCount;
	private final double channelTop;
	private final double laneLeft;
	private OrthogonalRouter topRouter;

	/**
	 * Routes among {@code sites} (placed, with their hosts) towards {@code bands}, with the channels below
	 * {@code content} (the sites' extent) and the lanes right of it and of {@code right}; {@code gutters} gives, per
	 * host still where the site's grid put it, the middle of the gutter right of its column, relative to its site.
	 */
	EdgeRoutes(List<DiagramNode> sites, Map<DiagramNode, Double> gutters, List<DiagramNode> bands, Bounds content,
			double right) {
		this.gutters = gutters;
		this.sites = new Obstacles(sites.stream().map(DiagramNode::bounds).toList(), CLEARANCE);
		this.content = content;
		for (int i = 0; i < bands.size(); i++) {
			bandIndex.put(bands.get(i), i);
		}
		this.bandCount = bands.size();
		this.channelTop = content.bottom() + GAP;
		this.laneLeft = Math.max(right, content.right() + 3 * CLEARANCE) + GAP;
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
		List<Point> points = new ArrayList<>(inside.size() + 16);
		inside.forEach(point -> points.add(new Point(point.x() + at.x(), point.y() + at.y())));
		DiagramNode site = host.parent();
		if (edge.target().parent() == host || site == null || site.kind() != NodeKind.SITE) {
			return edge.routed(points);
		}
		Point exit = points.get(points.size() - 1);
		int channel = bandIndex.getOrDefault(edge.target(), bandCount);
		double channelY = channelTop + channel * LANE;
		// Overlays side by side where their ways share a gutter or a strip, so that two of them never draw one line:
		// every corner shifts right and down by the same amount, which keeps each segment straight.
		double side = (channel % 4 - 1.5) * LANE;
		List<Point> way = new ArrayList<>(hostWay(host, exit.y()));
		way.addAll(siteWay(site));
		for (int i = 0; i < way.size(); i++) {
			Point corner = way.get(i);
			double y = i == 0 ? corner.y() : i == way.size() - 1 ? channelY : corner.y() + side;
			points.add(new Point(corner.x() + side, y));
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

	/**
	 * The way from {@code host}'s right side at {@code exitY} to the free strip along its site's bottom: its first
	 * point level with the exit, its last on the strip.
	 */
	private List<Point> hostWay(DiagramNode host, double exitY) {
		return hostWays.computeIfAbsent(host, key -> new HashMap<>()).computeIfAbsent(exitY, y -> {
			Bounds box = host.bounds();
			DiagramNode site = host.parent();
			Obstacles hosts = hostsIn(site);
			double strip = strip(site);
			Double gutter = gutters.get(host);
			for (double x : gutter == null ? new double[] { box.right() + GAP }
					: new double[] { box.right() + GAP, site.bounds().x() + gutter }) {
				if (x <= site.bounds().right() - INSET && !hosts.blocks(box.right() + CLEARANCE, y, x, y)
						&& !hosts.blocks(x, y, x, strip)) {
					return List.of(new Point(x, y), new Point(x, strip));
				}
			}
			// Around the other hosts: first along the host's right side up or down to one of its corners.
			double side = box.right() + CLEARANCE;
			List<Point> corners = List.of(new Point(side, box.y() - CLEARANCE), new Point(side, box.bottom() + CLEARANCE));
			List<Point> around = siteRouters.computeIfAbsent(site, this::router).route(corners,
					new double[] { y - corners.get(0).y(), corners.get(1).y() - y }, false, strip);
			List<Point> way = new ArrayList<>();
			way.add(new Point(side, y));
			way.addAll(around.isEmpty() ? List.of(new Point(side, strip)) : around);
			return List.copyOf(way);
		});
	}

	/**
	 * The way from the end of {@code site}'s bottom strip down below every site: out at the bottom right corner,
	 * then straight down or around the sites in the way. Its last point lies on the row below every site.
	 */
	private List<Point> siteWay(DiagramNode site) {
		return siteWays.computeIfAbsent(site, key -> {
			Bounds box = site.bounds();
			double x = box.right() + CLEARANCE;
			double below = box.bottom() + CLEARANCE;
			double goal = content.bottom() + CLEARANCE;
			List<Point> way = new ArrayList<>();
			way.add(new Point(x, strip(site)));
			if (!sites.blocks(x, below, x, goal)) {
				way.add(new Point(x, goal));
				return List.copyOf(way);
			}
			if (topRouter == null) {
				double left = Math.max(INSET, content.x() - 2 * CLEARANCE);
				double top = Math.max(INSET, content.y() - 2 * CLEARANCE);
				topRouter = new OrthogonalRouter(sites,
						new Bounds(left, top, content.right() + 2 * CLEARANCE - left, goal - top), new double[0],
						new double[] { goal });
			}
			List<Point> around = topRouter.route(List.of(new Point(x, below)), new double[] { 0 }, false, goal);
			way.addAll(around.isEmpty() ? List.of(new Point(x, goal)) : around);
			return List.copyOf(way);
		});
	}

	/** The middle of the free strip along the bottom of {@code site}, which the grid and hand placing leave. */
	private static double strip(DiagramNode site) {
		return site.bounds().bottom() - DiagramLayout.HOST_GAP / 2;
	}

	private Obstacles hostsIn(DiagramNode site) {
		return hostsBySite.computeIfAbsent(site,
				key -> new Obstacles(site.children().stream().map(DiagramNode::bounds).toList(), CLEARANCE));
	}

	private OrthogonalRouter router(DiagramNode site) {
		Bounds box = site.bounds();
		double strip = strip(site);
		return new OrthogonalRouter(hostsIn(site),
				new Bounds(box.x() + INSET, box.y() + INSET, box.width() - 2 * INSET, strip - box.y() - INSET),
				new double[0], new double[] { strip });
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
