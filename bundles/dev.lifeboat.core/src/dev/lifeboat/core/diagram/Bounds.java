package dev.lifeboat.core.diagram;

/** A rectangle in diagram coordinates (unzoomed pixels, origin at the top left of the diagram). */
public record Bounds(double x, double y, double width, double height) {

	/** The empty rectangle at the origin, for nodes not placed yet. */
	public static final Bounds NONE = new Bounds(0, 0, 0, 0);

	/** The right edge. */
	public double right() {
		return x + width;
	}

	/** The bottom edge. */
	public double bottom() {
		return y + height;
	}

	/** The horizontal centre. */
	public double centerX() {
		return x + width / 2;
	}

	/** Whether the point lies inside (edges included). */
	public boolean contains(double px, double py) {
		return px >= x && py >= y && px <= right() && py <= bottom();
	}

	/** Whether {@code other} lies wholly inside this rectangle. */
	public boolean encloses(Bounds other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	/** Whether the interiors overlap (touching edges do not count). */
	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	/** This rectangle moved by (dx, dy). */
	public Bounds translate(double dx, double dy) {
		return new Bounds(x + dx, y + dy, width, height);
	}

	/** The smallest rectangle holding both. */
	public Bounds union(Bounds other) {
		double left = Math.min(x, other.x);
		double top = Math.min(y, other.y);
		return new Bounds(left, top, Math.max(right(), other.right()) - left,
				Math.max(bottom(), other.bottom()) - top);
	}
}
