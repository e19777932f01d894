package dev.lifeboat.core.diagram;

/**
 * Places the L2 view: lanes stacked top to bottom, each lane's host segments left to right, each segment's
 * NICs top to bottom. A grid needs no layout algorithm, and it keeps a domain's hosts in one row to compare.
 */
final class LaneLayout {

	private static final double GAP = 12;
	private static final double TITLE = 40;

	private LaneLayout() {
	}

	static void place(Diagram diagram) {
		double y = 0;
		Bounds extent = Bounds.NONE;
		for (DiagramNode lane : diagram.roots()) {
			double x = GAP;
			double height = 0;
			for (DiagramNode segment : lane.children()) {
				Bounds placed = segment(segment, x, y + TITLE);
				x = placed.right() + GAP;
				height = Math.max(height, placed.height());
			}
			Bounds laneBounds = new Bounds(0, y, Math.max(x, 320), TITLE + Math.max(height, 20) + GAP);
			lane.place(laneBounds);
			extent = extent.union(laneBounds);
			y = laneBounds.bottom() + GAP;
		}
		diagram.setBounds(extent);
	}

	private static Bounds segment(DiagramNode segment, double x, double y) {
		double width = NodeKind.VNIC.width() + 2 * GAP;
		double nicY = y + TITLE;
		for (DiagramNode nic : segment.children()) {
			nic.place(new Bounds(x + GAP, nicY, NodeKind.VNIC.width(), NodeKind.VNIC.height()));
			nicY += NodeKind.VNIC.height() + GAP / 2;
		}
		Bounds placed = new Bounds(x, y, width, Math.max(nicY - y, TITLE + GAP));
		segment.place(placed);
		return placed;
	}
}
