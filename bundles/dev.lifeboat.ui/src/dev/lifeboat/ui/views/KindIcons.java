package dev.lifeboat.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.ui.session.Folder;

/**
 * Small 16x16 icons painted with a GC (no image files to keep in sync with the model): a coloured badge with
 * a letter per element kind, and the usual shapes for problem severities. Owned by one part, which disposes
 * them with itself.
 */
public class KindIcons {

	private record Badge(RGB colour, String letter, boolean round) {
	}

	private static final Map<String, Badge> BADGES = Map.ofEntries(
			Map.entry("Topology", new Badge(new RGB(40, 60, 90), "T", false)),
			Map.entry("Folder", new Badge(new RGB(214, 170, 60), "", false)),
			Map.entry("Site", new Badge(new RGB(96, 110, 128), "S", false)),
			Map.entry("Host", new Badge(new RGB(33, 90, 160), "H", false)),
			Map.entry("PhysicalNic", new Badge(new RGB(214, 120, 30), "n", true)),
			Map.entry("Bridge", new Badge(new RGB(130, 70, 160), "B", true)),
			Map.entry("VirtualMachine", new Badge(new RGB(46, 140, 80), "V", false)),
			Map.entry("VirtualNic", new Badge(new RGB(230, 150, 60), "n", true)),
			Map.entry("VirtualDisk", new Badge(new RGB(120, 120, 120), "d", true)),
			Map.entry("OverlayNetwork", new Badge(new RGB(20, 150, 170), "O", true)),
			Map.entry("VtepEndpoint", new Badge(new RGB(60, 180, 200), "v", true)),
			Map.entry("HaPolicy", new Badge(new RGB(190, 60, 60), "A", false)),
			Map.entry("BackupPolicy", new Badge(new RGB(90, 120, 60), "b", false)),
			Map.entry("DrPlan", new Badge(new RGB(160, 40, 100), "D", false)),
			Map.entry("VerificationProbe", new Badge(new RGB(160, 100, 140), "p", true)));

	private static final Badge OTHER = new Badge(new RGB(140, 140, 140), "•", true);

	private final Display display;
	private final Map<String, Image> images = new HashMap<>();

	/** Icons for widgets of {@code display}. */
	public KindIcons(Display display) {
		this.display = display;
	}

	/** The icon of a model element or folder. */
	public Image of(Object element) {
		String kind = element instanceof Folder ? "Folder"
				: element instanceof org.eclipse.emf.ecore.EObject object ? object.eClass().getName() : "";
		Badge badge = BADGES.getOrDefault(kind, OTHER);
		return images.computeIfAbsent(kind, key -> key.equals("Folder") ? paintFolder(badge) : paint(badge));
	}

	/** The icon of a problem severity: red circle, amber triangle, blue circle. */
	public Image of(Severity severity) {
		return images.computeIfAbsent("severity." + severity, key -> switch (severity) {
		case ERROR -> paint(new Badge(new RGB(200, 40, 40), "✕", true));
		case WARNING -> paintWarning();
		case INFO -> paint(new Badge(new RGB(40, 110, 200), "i", true));
		});
	}

	/** Frees the images; call when the owning part goes away. */
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
	}

	private Image paint(Badge badge) {
		return draw(gc -> {
			Color fill = new Color(display, badge.colour());
			gc.setBackground(fill);
			if (badge.round()) {
				gc.fillOval(1, 1, 14, 14);
			} else {
				gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
			}
			letter(gc, badge.letter());
			fill.dispose();
		});
	}

	private Image paintFolder(Badge badge) {
		return draw(gc -> {
			Color fill = new Color(display, badge.colour());
			gc.setBackground(fill);
			gc.fillRectangle(1, 3, 6, 3);
			gc.fillRectangle(1, 5, 14, 9);
			fill.dispose();
		});
	}

	private Image paintWarning() {
		return draw(gc -> {
			Color fill = new Color(display, new RGB(230, 170, 20));
			gc.setBackground(fill);
			gc.fillPolygon(new int[] { 8, 1, 15, 14, 1, 14 });
			letter(gc, "!");
			fill.dispose();
		});
	}

	private void letter(GC gc, String letter) {
		if (letter.isEmpty()) {
			return;
		}
		Font font = new Font(display, "DejaVu Sans", 7, SWT.BOLD);
		gc.setFont(font);
		gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
		org.eclipse.swt.graphics.Point size = gc.textExtent(letter);
		gc.drawText(letter, 8 - size.x / 2, 8 - size.y / 2 + 1, true);
		font.dispose();
	}

	/** Paints on a transparent 16x16 image (transparency through an alpha channel copied from a mask). */
	private Image draw(java.util.function.Consumer<GC> painter) {
		ImageData data = new ImageData(16, 16, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.alphaData = new byte[16 * 16];
		Image canvas = new Image(display, 16, 16);
		GC gc = new GC(canvas);
		gc.setAntialias(SWT.ON);
		gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.fillRectangle(0, 0, 16, 16);
		painter.accept(gc);
		gc.dispose();
		// A second pass on white tells which pixels the painter touched: those become opaque.
		Image mask = new Image(display, 16, 16);
		GC maskGc = new GC(mask);
		maskGc.setAntialias(SWT.ON);
		maskGc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		maskGc.fillRectangle(0, 0, 16, 16);
		painter.accept(maskGc);
		maskGc.dispose();
		ImageData painted = canvas.getImageData();
		ImageData onWhite = mask.getImageData();
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				RGB black = painted.palette.getRGB(painted.getPixel(x, y));
				RGB white = onWhite.palette.getRGB(onWhite.getPixel(x, y));
				int alpha = 255 - (white.red - black.red);
				data.setPixel(x, y, data.palette.getPixel(unpremultiply(black, alpha)));
				data.alphaData[y * 16 + x] = (byte) Math.max(0, Math.min(255, alpha));
			}
		}
		canvas.dispose();
		mask.dispose();
		return new Image(display, data);
	}

	private static RGB unpremultiply(RGB onBlack, int alpha) {
		if (alpha <= 0) {
			return new RGB(0, 0, 0);
		}
		return new RGB(Math.min(255, onBlack.red * 255 / alpha), Math.min(255, onBlack.green * 255 / alpha),
				Math.min(255, onBlack.blue * 255 / alpha));
	}
}
