package dev.lifeboat.core.drill;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;

import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the report's inline SVG charts into the PDF with jsvg, as vector graphics through the renderer's
 * Graphics2D. openhtmltopdf's own SVG module needs Batik; jsvg is already in the platform (SWT's SVG support
 * brings it) and draws the simple charts of a drill report fully.
 */
final class JsvgDrawer implements SVGDrawer {

	@Override
	public SVGImage buildSVGImage(Element svgElement, Box box, CssContext cssContext, double cssWidth,
			double cssHeight, double dotsPerPixel) {
		SVGDocument document = load(svgElement);
		// the CSS size comes in device dots; the image works in CSS pixels, as the SVG's own width and height
		double width = cssWidth > 0 ? cssWidth / dotsPerPixel : document.size().width;
		double height = cssHeight > 0 ? cssHeight / dotsPerPixel : document.size().height;
		return new Image(document, width, height);
	}

	private static SVGDocument load(Element svgElement) {
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		try {
			TransformerFactory.newInstance().newTransformer().transform(new DOMSource(svgElement),
					new StreamResult(xml));
		} catch (TransformerException e) {
			throw new IllegalStateException("a chart of the report could not be read back: " + e.getMessage(), e);
		}
		SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(xml.toByteArray()), null,
				LoaderContext.createDefault());
		if (document == null) {
			throw new IllegalStateException("a chart of the report is not valid SVG");
		}
		return document;
	}

	private record Image(SVGDocument document, double width, double height)
			implements SVGImage {

		@Override
		public int getIntrinsicWidth() {
			return (int) Math.round(width);
		}

		@Override
		public int getIntrinsicHeight() {
			return (int) Math.round(height);
		}

		@Override
		public void drawSVG(OutputDevice outputDevice, RenderingContext ctx, double x, double y) {
			// openhtmltopdf's PDFBox device takes the size in CSS pixels and scales the form to points itself
			float cssWidth = (float) width;
			float cssHeight = (float) height;
			outputDevice.drawWithGraphics((float) x, (float) y, cssWidth, cssHeight,
					graphics -> document.render(null, graphics, new ViewBox(0, 0, cssWidth, cssHeight)));
		}
	}

	@Override
	public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
		// the charts use the platform's fonts
	}

	@Override
	public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
		// the charts use the platform's fonts
	}

	@Override
	public void close() {
		// nothing held
	}
}
