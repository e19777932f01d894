package dev.lifeboat.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** Adds typed columns to a table viewer, so that each table states only what a column shows. */
public final class Columns {

	private Columns() {
	}

	/**
	 * Adds a column showing {@code text} (and {@code image}, may be {@code null}) of each row of type {@code T}.
	 */
	public static <T> void add(TableViewer viewer, Class<T> rowType, String title, int width, Function<T, String> text,
			Function<T, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply(rowType.cast(element));
			}
		});
	}

	/** A table viewer with headers and lines, rows from a list or array. */
	public static TableViewer table(org.eclipse.swt.widgets.Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		return viewer;
	}
}
