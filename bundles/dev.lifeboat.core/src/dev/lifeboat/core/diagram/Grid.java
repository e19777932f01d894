package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs boxes that have no edges between them (the hosts of a site, the sites) into a grid whose columns line
 * up from top to bottom, left aligned in their cells. Aligned columns leave straight gutters between them, and the
 * padding below the last row is a free strip: the ways edges leaving a box take where nothing was moved by hand.
 */
final class Grid {

	/**
	 * Where one box goes, relative to the container's top left corner.
	 *
	 * @param x       the box's left
	 * @param y       the box's top
	 * @param gutterX the middle of the gutter to the right of the box's column
	 */
	record Cell(double x, double y, double gutterX) {
	}

	private final List<Cell> cells;
	private final double width;
	private final double height;

	private Grid(List<Cell> cells, double width, double height) {
		this.cells = cells;
		this.width = width;
		this.height = height;
	}

	/**
	 * Packs boxes of the given widths and heights in order, row by row, with {@code gap} between them, {@code top}
	 * above the first row and {@code gap} on the other sides; the column count is the one whose grid comes
	 * nearest to {@code aspectRatio} (width over height).
	 */
	static Grid pack(double[] widths, double[] heights, double top, double gap, double aspectRatio) {
		int count = widths.length;
		int bestColumns = 1;
		double bestScore = Double.MAX_VALUE;
		// Beyond a few times the square root, grids only get flatter: no need to try every column count.
		int maxColumns = Math.max(1, Math.min(count, (int) (4 * Math.sqrt(count)) + 4));
		for (int columns = 1; columns <= maxColumns; columns++) {
			double[] size = size(widths, heights, columns, top, gap);
			double score = Math.abs(Math.log(size[0] / size[1] / aspectRatio));
			if (score < bestScore) {
				bestScore = score;
				bestColumns = columns;
			}
		}
		return place(widths, heights, bestColumns, top, gap);
	}

	private static double[] size(double[] widths, double[] heights, int columns, double top, double gap) {
		double[] columnWidths = columnWidths(widths, columns);
		double[] rowHeights = rowHeights(heights, columns);
		double width = gap;
		for (double columnWidth : columnWidths) {
			width += columnWidth + gap;
		}
		double height = top;
		for (double rowHeight : rowHeights) {
			height += rowHeight + gap;
		}
		return new double[] { Math.max(width, 2 * gap), Math.max(height, top + gap) };
	}

	private static Grid place(double[] widths, double[] heights, int columns, double top, double gap) {
		double[] columnWidths = columnWidths(widths, columns);
		double[] rowHeights = rowHeights(heights, columns);
		double[] columnX = new double[columns];
		double x = gap;
		for (int column = 0; column < columns; column++) {
			columnX[column] = x;
			x += columnWidths[column] + gap;
		}
		double[] rowY = new double[rowHeights.length];
		double y = top;
		for (int row = 0; row < rowHeights.length; row++) {
			rowY[row] = y;
			y += rowHeights[row] + gap;
		}
		List<Cell> cells = new ArrayList<>(widths.length);
		for (int i = 0; i < widths.length; i++) {
			int column = i % columns;
			int row = i / columns;
			cells.add(new Cell(columnX[column], rowY[row], columnX[column] + columnWidths[column] + gap / 2));
		}
		double[] size = size(widths, heights, columns, top, gap);
		return new Grid(cells, size[0], size[1]);
	}

	private static double[] columnWidths(double[] widths, int columns) {
		double[] result = new double[Math.min(columns, Math.max(1, widths.length))];
		for (int i = 0; i < widths.length; i++) {
			result[i % columns] = Math.max(result[i % columns], widths[i]);
		}
		return result;
	}

	private static double[] rowHeights(double[] heights, int columns) {
		double[] result = new double[(heights.length + columns - 1) / columns];
		for (int i = 0; i < heights.length; i++) {
			result[i / columns] = Math.max(result[i / columns], heights[i]);
		}
		return result;
	}

	/** The cell of the {@code index}th box. */
	Cell cell(int index) {
		return cells.get(index);
	}

	/** The container's width, padding included. */
	double width() {
		return width;
	}

	/** The container's height, padding included. */
	double height() {
		return height;
	}
}
