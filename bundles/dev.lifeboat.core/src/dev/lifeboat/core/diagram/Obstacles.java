package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes a route must keep away from, each grown by a clearance, in buckets of a coarse grid: asking whether a
 * segment or a point meets one costs the few boxes near it, not all of them (a site may hold thousands of hosts).
 */
final class Obstacles {

	private static final double BUCKET = 512;

	private final List<Bounds> grown = new ArrayList<>();
	private final Map<Long, List<Bounds>> buckets = new HashMap<>();

	/** {@code boxes}, each grown by {@code clearance} on every side. */
	Obstacles(List<Bounds> boxes, double clearance) {
		for (Bounds box : boxes) {
			Bounds inflated = new Bounds(box.x() - clearance, box.y() - clearance, box.width() + 2 * clearance,
					box.height() + 2 * clearance);
			grown.add(inflated);
			for (long column = bucket(inflated.x()); column <= bucket(inflated.right()); column++) {
				for (long row = bucket(inflated.y()); row <= bucket(inflated.bottom()); row++) {
					buckets.computeIfAbsent(key(column, row), key -> new ArrayList<>()).add(inflated);
				}
			}
		}
	}

	/** The grown boxes. */
	List<Bounds> grown() {
		return grown;
	}

	/**
	 * Whether the horizontal or vertical segment from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}) enters the
	 * inside of a grown box: running along its border does not count.
	 */
	boolean blocks(double x1, double y1, double x2, double y2) {
		double left = Math.min(x1, x2);
		double right = Math.max(x1, x2);
		double top = Math.min(y1, y2);
		double bottom = Math.max(y1, y2);
		for (long column = bucket(left); column <= bucket(right); column++) {
			for (long row = bucket(top); row <= bucket(bottom); row++) {
				for (Bounds box : buckets.getOrDefault(key(column, row), List.of())) {
					if (enters(box, left, top, right, bottom)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean enters(Bounds box, double left, double top, double right, double bottom) {
		// A point (zero-length segment) or a line: it enters when it reaches strictly inside on both axes.
		boolean acrossX = left == right ? box.x() < left && left < box.right() : left < box.right() && box.x() < right;
		boolean acrossY = top == bottom ? box.y() < top && top < box.bottom() : top < box.bottom() && box.y() < bottom;
		return acrossX && acrossY;
	}

	private static long bucket(double coordinate) {
		return (long) Math.floor(coordinate / BUCKET);
	}

	private static long key(long column, long row) {
		return column << 32 ^ row & 0xffffffffL;
	}
}
