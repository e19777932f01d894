package dev.lifeboat.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import dev.lifeboat.core.diagram.EdgeStyle;
import dev.lifeboat.core.diagram.OverlayColors;

/** The key of edge styles, painted in pixel coordinates at the bottom left of the view. */
final class Legend {

	static final int WIDTH = 260;
	static final int ROW = 18;
	static final int HEIGHT = ROW * (EdgeStyle.values().length + 1) + 8;

	private Legend() {
	}

	/** Paints the legend with its top left corner at (x, y). */
	static void paint(GC gc, Display display, int x, int y) {
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.fillRectangle(x, y, WIDTH, HEIGHT);
		gc.drawRectangle(x, y, WIDTH, HEIGHT);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.drawText("VM NIC attachments", x + 6, y + 3, true);
		int row = y + 4 + ROW;
		for (EdgeStyle style : EdgeStyle.values()) {
			int rgb = style == EdgeStyle.OVERLAY ? OverlayColors.rgb(5001) : style == EdgeStyle.UPLINK ? 0x9A9A9A : 0x303030;
			DiagramPainter.EdgeLook.apply(gc, style, new Color(new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff)));
			gc.drawLine(x + 8, row + ROW / 2, x + 58, row + ROW / 2);
			gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(1);
			gc.drawText(style.label() + " (" + style.look() + ")", x + 66, row + 1, true);
			row += ROW;
		}
	}
}
