package dev.lifeboat.ui.views;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.core.drill.DrillReport;

/**
 * Shows a drill report in the console: in an HTML browser where SWT has a web engine, else as the report's PDF
 * pages rendered to images (the same document, charts included).
 */
public final class ReportView {

	private final Composite holder;
	private final List<Image> pageImages = new ArrayList<>();
	private boolean inBrowser;

	public ReportView(Composite parent) {
		holder = new Composite(parent, SWT.BORDER);
		holder.setLayout(new GridLayout());
		holder.addDisposeListener(event -> disposeImages());
	}

	public Composite control() {
		return holder;
	}

	/** Whether the report shown is in an HTML browser (else as page images). */
	public boolean inBrowser() {
		return inBrowser;
	}

	/** Shows {@code reportHtml}, replacing what was shown. */
	public void show(String reportHtml) {
		clear();
		inBrowser = tryBrowser(reportHtml);
		if (!inBrowser) {
			BusyIndicator.showWhile(holder.getDisplay(), () -> showPages(reportHtml));
		}
		holder.layout(true, true);
	}

	/** Shows nothing. */
	public void clear() {
		for (Control child : holder.getChildren()) {
			child.dispose();
		}
		disposeImages();
		inBrowser = false;
	}

	private boolean tryBrowser(String html) {
		Browser browser = null;
		try {
			browser = new Browser(holder, SWT.NONE);
			browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			browser.setText(html);
			return true;
		} catch (SWTError noBrowser) {
			// no web engine on this machine (e.g. no WebKitGTK): the rendered pages instead
			if (browser != null && !browser.isDisposed()) {
				browser.dispose();
			}
			return false;
		}
	}

	private void showPages(String html) {
		ScrolledComposite pages = new ScrolledComposite(holder, SWT.V_SCROLL | SWT.H_SCROLL);
		pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite column = new Composite(pages, SWT.NONE);
		column.setLayout(new GridLayout());
		column.setBackground(holder.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		try {
			for (BufferedImage page : DrillReport.pageImages(html, 72)) {
				Image image = new Image(holder.getDisplay(), imageData(page));
				pageImages.add(image);
				new Label(column, SWT.NONE).setImage(image);
			}
		} catch (IOException e) {
			new Label(column, SWT.WRAP).setText("The report cannot be rendered: " + e.getMessage());
		}
		pages.setContent(column);
		pages.setExpandHorizontal(true);
		pages.setExpandVertical(true);
		pages.setMinSize(column.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		pages.getVerticalBar().setIncrement(40);
	}

	private static ImageData imageData(BufferedImage page) {
		ImageData data = new ImageData(page.getWidth(), page.getHeight(), 24, new PaletteData(0xff0000, 0xff00, 0xff));
		int[] row = new int[page.getWidth()];
		for (int y = 0; y < page.getHeight(); y++) {
			page.getRGB(0, y, page.getWidth(), 1, row, 0, page.getWidth());
			data.setPixels(0, y, row.length, row, 0);
		}
		return data;
	}

	private void disposeImages() {
		pageImages.forEach(Image::dispose);
		pageImages.clear();
	}
}
