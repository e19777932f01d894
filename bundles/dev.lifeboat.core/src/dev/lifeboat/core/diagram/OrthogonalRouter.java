package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

import dev.lifeboat.core.diagram.DiagramEdge.Point;

/**
 * Finds a short orthogonal path with few bends from a point down to a row, around the grown boxes of
 * {@link Obstacles}, inside an area. It searches (A*, length plus a penalty per bend) the grid of the lines
 * along the grown boxes' sides: among rectangles, a shortest orthogonal path can always be drawn on those lines,
 * so the grid misses no way through. Used only where the straight ways the layout leaves are blocked (after a
 * hand-placed move), so its cost is paid for few routes.
 */
final class OrthogonalRouter {

	/** What a bend costs, in pixels of length: a longer way with fewer bends reads better. */
	private static final double BEND = 40;

	private final Obstacles obstacles;
	private final double[] xs;
	private final double[] ys;

	/**
	 * A router among {@code obstacles}, inside {@code area}, whose grid also has the columns {@code extraX} and
	 * the rows {@code extraY} (start points, the goal row).
	 */
	OrthogonalRouter(Obstacles obstacles, Bounds area, double[] extraX, double[] extraY) {
		this.obstacles = obstacles;
		TreeSet<Double> columns = new TreeSet<>();
		TreeSet<Double> rows = new TreeSet<>();
		for (Bounds box : obstacles.grown()) {
			columns.add(box.x());
			columns.add(box.right());
			rows.add(box.y());
			rows.add(box.bottom());
		}
		Arrays.stream(extraX).forEach(columns::add);
		Arrays.stream(extraY).forEach(rows::add);
		columns.add(area.x());
		columns.add(area.right());
		rows.add(area.y());
		rows.add(area.bottom());
		this.xs = columns.subSet(area.x(), true, area.right(), true).stream().mapToDouble(Double::doubleValue).toArray();
		this.ys = rows.subSet(area.y(), true, area.bottom(), true).stream().mapToDouble(Double::doubleValue).toArray();
	}

	/**
	 * The corners of the cheapest path from one of {@code starts} (grid points, each reached at the given extra
	 * cost, its first move going along {@code horizontal}) down to {@code goalY}, the start first and the point on
	 * the goal row last; empty if there is none.
	 */
	List<Point> route(List<Point> starts, double[] startCosts, boolean horizontal, double goalY) {
		int goalRow = Arrays.binarySearch(ys, goalY);
		if (goalRow < 0) {
			return List.of();
		}
		Map<Long, Double> cost = new HashMap<>();
		Map<Long, Long> cameFrom = new HashMap<>();
		PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		for (int i = 0; i < starts.size(); i++) {
			int column = Arrays.binarySearch(xs, starts.get(i).x());
			int row = Arrays.binarySearch(ys, starts.get(i).y());
			if (column < 0 || row < 0 || obstacles.blocks(xs[column], ys[row], xs[column], ys[row])) {
				continue;
			}
			long state = state(column, row, horizontal ? 0 : 1);
			if (startCosts[i] < cost.getOrDefault(state, Double.MAX_VALUE)) {
				cost.put(state, startCosts[i]);
				open.add(new double[] { startCosts[i] + estimate(row, goalRow, horizontal ? 0 : 1), state });
			}
		}
		while (!open.isEmpty()) {
			double[] next = open.poll();
			long state = (long) next[1];
			int column = column(state);
			int row = row(state);
			int axis = axis(state);
			double reached = cost.get(state);
			if (next[0] > reached + estimate(row, goalRow, axis) + 1e-9) {
				continue; // a stale entry: this state was reached cheaper since
			}
			if (row == goalRow) {
				return path(state, cameFrom);
			}
			for (int[] step : STEPS) {
				int toColumn = column + step[0];
				int toRow = row + step[1];
				if (toColumn < 0 || toRow < 0 || toColumn >= xs.length || toRow >= ys.length
						|| obstacles.blocks(xs[column], ys[row], xs[toColumn], ys[toRow])) {
					continue;
				}
				int toAxis = step[1] == 0 ? 0 : 1;
				double toCost = reached + Math.abs(xs[toColumn] - xs[column]) + Math.abs(ys[toRow] - ys[row])
						+ (toAxis == axis ? 0 : BEND);
				long to = state(toColumn, toRow, toAxis);
				if (toCost < cost.getOrDefault(to, Double.MAX_VALUE)) {
					cost.put(to, toCost);
					cameFrom.put(to, state);
					open.add(new double[] { toCost + estimate(toRow, goalRow, toAxis), to });
				}
			}
		}
		return List.of();
	}

	private static final int[][] STEPS = { { 0, 1 }, { 1, 0 }, { -1, 0 }, { 0, -1 } };

	/** A lower bound of what reaching the goal row still costs: the height left, and a bend if going sideways. */
	private double estimate(int row, int goalRow, int axis) {
		double height = Math.abs(ys[goalRow] - ys[row]);
		return height + (height > 0 && axis == 0 ? BEND : 0);
	}

	private List<Point> path(long end, Map<Long, Long> cameFrom) {
		List<Point> corners = new ArrayList<>();
		Long at = end;
		int lastAxis = -1;
		while (at != null) {
			Point point = new Point(xs[column(at)], ys[row(at)]);
			Long previous = cameFrom.get(at);
			// The ends and the points where the axis changes; not the grid points along a straight run.
			if (corners.isEmpty() || previous == null || axis(at) != lastAxis) {
				corners.add(point);
			}
			lastAxis = axis(at);
			at = previous;
		}
		Collections.reverse(corners);
		return corners;
	}

	private static long state(int column, int row, int axis) {
		return ((long) column << 32) | ((long) row << 1) | axis;
	}

	private static int column(long state) {
		return (int) (state >>> 32);
	}

	private static int row(long state) {
		return (int) ((state & 0xffffffffL) >>> 1);
	}

	private static int axis(long state) {
		return (int) (state & 1);
	}
}
