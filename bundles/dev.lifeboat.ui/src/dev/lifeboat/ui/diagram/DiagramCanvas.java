package dev.lifeboat.ui.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.core.diagram.NodeKind;
import dev.lifeboat.core.validation.Problem;

/**
 * The diagram on an SWT canvas: zoom (Ctrl+wheel, fit), pan (drag the background, scroll bars), hit testing,
 * problem badges with their messages as tooltips, and the palette's tools. Each paint draws only the area SWT
 * asks for. Screen = MARGIN - origin + diagram * zoom.
 */
public final class DiagramCanvas {

	/** Pixels of white around the diagram. */
	public static final int MARGIN = 20;
	private static final int DRAG_THRESHOLD = 4;

	private final Canvas canvas;
	private final DiagramPainter painter;
	private final DiagramActions actions;
	private Diagram diagram = new Diagram();
	private Map<EObject, List<Problem>> problems = Map.of();
	private EObject selected;
	private Tool tool = Tool.SELECT;
	private double zoom = 1;
	private boolean legendShown = true;
	private int originX;
	private int originY;
	private Point press;
	private Optional<DiagramNode> pressed = Optional.empty();
	private Point dragAt;
	private long lastPaintNanos;

	/** A canvas in {@code parent} reporting clicks and drags to {@code actions}. */
	public DiagramCanvas(Composite parent, DiagramActions actions) {
		this.actions = actions;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		painter = new DiagramPainter(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> updateScrollBars());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.Dispose, event -> painter.dispose());
		canvas.getHorizontalBar().addListener(SWT.Selection, event -> scrollTo(bar(true), originY));
		canvas.getVerticalBar().addListener(SWT.Selection, event -> scrollTo(originX, bar(false)));
	}

	/** The SWT control, for layout data and tests. */
	public Canvas control() {
		return canvas;
	}

	/** Shows {@code placed}, keeping zoom and scroll position. */
	public void show(Diagram placed) {
		diagram = placed;
		updateScrollBars();
		canvas.redraw();
	}

	/** The diagram shown. */
	public Diagram diagram() {
		return diagram;
	}

	/** Shows the latest validation problems as badges. */
	public void setProblems(List<Problem> found) {
		problems = found.stream().filter(problem -> problem.element() != null)
				.collect(Collectors.groupingBy(Problem::element));
		canvas.redraw();
	}

	/** Highlights {@code element} (or nothing). */
	public void setSelected(EObject element) {
		if (element != selected) {
			selected = element;
			canvas.redraw();
		}
	}

	/** The highlighted element, or null. */
	public EObject selected() {
		return selected;
	}

	/** The tool the next click or drag uses. */
	/** Shows or hides the legend, which floats over the bottom left corner of the view. */
	public void setLegendShown(boolean shown) {
		legendShown = shown;
		updateScrollBars();
		canvas.redraw();
	}

	/** Whether the legend is drawn over the view. */
	public boolean legendShown() {
		return legendShown;
	}

	public void setTool(Tool next) {
		tool = next;
		canvas.setCursor(canvas.getDisplay().getSystemCursor(next == Tool.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
	}

	/** The current tool. */
	public Tool tool() {
		return tool;
	}

	/** The zoom factor (1 = 100 %). */
	public double zoom() {
		return zoom;
	}

	/** Zooms to {@code factor} keeping the diagram point under the pixel ({@code x}, {@code y}) in place. */
	public void zoomAt(double factor, int x, int y) {
		double next = Math.max(0.02, Math.min(4, factor));
		double diagramX = toDiagramX(x);
		double diagramY = toDiagramY(y);
		zoom = next;
		moveOrigin((int) Math.round(MARGIN + diagramX * zoom - x), (int) Math.round(MARGIN + diagramY * zoom - y));
		canvas.redraw();
	}

	/** Zooms so that the whole diagram fits the canvas. */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		Bounds all = diagram.bounds();
		if (all.width() <= 0 || area.width <= 0) {
			return;
		}
		zoom = Math.max(0.02, Math.min(1.5, Math.min((area.width - 2.0 * MARGIN) / all.right(),
				(area.height - 2.0 * MARGIN - legendHeight()) / all.bottom())));
		moveOrigin(0, 0);
		canvas.redraw();
	}

	/**
	 * Scrolls so that {@code element}'s node is in view, if the diagram shows it: centred when it fits, else its
	 * top left corner (where its name is) near the top left of the canvas.
	 */
	public void reveal(EObject element) {
		diagram.node(element).ifPresent(node -> {
			Rectangle area = canvas.getClientArea();
			Rectangle shown = toScreen(node.bounds());
			if (!area.contains(shown.x, shown.y) || !area.contains(shown.x + shown.width, shown.y + shown.height)) {
				int left = shown.width < area.width ? (area.width - shown.width) / 2 : MARGIN;
				int top = shown.height < area.height ? (area.height - shown.height) / 2 : MARGIN;
				scrollTo(originX + shown.x - left, originY + shown.y - top);
			}
		});
	}

	/** The pixel rectangle of diagram rectangle {@code bounds} in the canvas as scrolled now. */
	public Rectangle toScreen(Bounds bounds) {
		return new Rectangle((int) Math.round(MARGIN - originX + bounds.x() * zoom),
				(int) Math.round(MARGIN - originY + bounds.y() * zoom), (int) Math.round(bounds.width() * zoom),
				(int) Math.round(bounds.height() * zoom));
	}

	/** The pixel rectangle of {@code node}'s problem badge, drawn when it has problems. */
	public Rectangle badgeArea(DiagramNode node) {
		return toScreen(DiagramPainter.badgeBounds(node, zoom));
	}

	/** How long the last paint took, in nanoseconds (for the benchmark). */
	public long lastPaintNanos() {
		return lastPaintNanos;
	}

	private double toDiagramX(int x) {
		return (x - MARGIN + originX) / zoom;
	}

	private double toDiagramY(int y) {
		return (y - MARGIN + originY) / zoom;
	}

	/** Scrolls so that content pixel ({@code x}, {@code y}) is at the top left (clamped to the content). */
	public void scrollTo(int x, int y) {
		int oldX = originX;
		int oldY = originY;
		moveOrigin(x, y);
		int dx = oldX - originX;
		int dy = oldY - originY;
		Rectangle area = canvas.getClientArea();
		if (Math.abs(dx) >= area.width || Math.abs(dy) >= area.height) {
			canvas.redraw();
			return;
		}
		// Moves the pixels already drawn and repaints only the strips scrolled into view (and the legend,
		// which stays put while the copy moved it).
		canvas.scroll(dx, dy, 0, 0, area.width, area.height, false);
		if (!legendShown) {
			return;
		}
		Rectangle legend = legendArea();
		canvas.redraw(legend.x + dx, legend.y + dy, legend.width + 1, legend.height + 1, false);
		canvas.redraw(legend.x, legend.y, legend.width + 1, legend.height + 1, false);
	}

	private void moveOrigin(int x, int y) {
		Point content = contentSize(zoom);
		Rectangle area = canvas.getClientArea();
		originX = Math.max(0, Math.min(x, content.x - area.width));
		originY = Math.max(0, Math.min(y, content.y - area.height));
		updateScrollBars();
	}

	/** Where the legend floats on the canvas (when shown): the bottom left corner of the view. */
	public Rectangle legendArea() {
		Rectangle area = canvas.getClientArea();
		return new Rectangle(MARGIN / 2, area.height - Legend.HEIGHT - MARGIN / 2, Legend.WIDTH, Legend.HEIGHT);
	}

	/** The room kept below the diagram so that, scrolled to the bottom, the legend covers nothing. */
	private int legendHeight() {
		return legendShown ? Legend.HEIGHT : 0;
	}

	private Point contentSize(double scale) {
		Bounds all = diagram.bounds();
		return new Point(
				Math.max((int) Math.ceil(all.right() * scale) + 2 * MARGIN, legendShown ? Legend.WIDTH + 2 * MARGIN : 0),
				(int) Math.ceil(all.bottom() * scale) + 3 * MARGIN + legendHeight());
	}

	private void updateScrollBars() {
		Point content = contentSize(zoom);
		Rectangle area = canvas.getClientArea();
		setBar(canvas.getHorizontalBar(), originX, content.x, area.width);
		setBar(canvas.getVerticalBar(), originY, content.y, area.height);
	}

	private static void setBar(ScrollBar bar, int selection, int content, int page) {
		bar.setValues(selection, 0, Math.max(content, 1), Math.max(1, Math.min(page, content)), 20, Math.max(1, page));
	}

	private int bar(boolean horizontal) {
		return (horizontal ? canvas.getHorizontalBar() : canvas.getVerticalBar()).getSelection();
	}

	private void paint(Event event) {
		long start = System.nanoTime();
		GC gc = event.gc;
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(event.x, event.y, event.width, event.height);
		Bounds visible = new Bounds(toDiagramX(event.x), toDiagramY(event.y), event.width / zoom,
				event.height / zoom);
		Transform transform = new Transform(canvas.getDisplay());
		transform.translate(MARGIN - originX, MARGIN - originY);
		transform.scale((float) zoom, (float) zoom);
		gc.setTransform(transform);
		painter.paint(gc, diagram, visible, zoom, selected, problems);
		gc.setTransform(null);
		transform.dispose();
		if (dragAt != null && press != null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawLine(press.x, press.y, dragAt.x, dragAt.y);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		Rectangle legend = legendArea();
		if (legendShown && legend.intersects(event.x, event.y, event.width, event.height)) {
			Legend.paint(gc, canvas.getDisplay(), legend.x, legend.y);
		}
		lastPaintNanos = System.nanoTime() - start;
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		press = new Point(event.x, event.y);
		pressed = diagram.nodeAt(toDiagramX(event.x), toDiagramY(event.y));
		dragAt = null;
	}

	private void mouseMove(Event event) {
		updateTooltip(event);
		if (press == null || (event.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		if (dragAt == null && Math.abs(event.x - press.x) + Math.abs(event.y - press.y) < DRAG_THRESHOLD) {
			return;
		}
		if (draggingNode()) {
			dragAt = new Point(event.x, event.y);
			canvas.redraw();
		} else if (tool == Tool.SELECT) {
			Point last = dragAt == null ? press : dragAt;
			dragAt = new Point(event.x, event.y);
			scrollTo(originX - (event.x - last.x), originY - (event.y - last.y));
		}
	}

	private boolean draggingNode() {
		return tool.connects() && pressed.isPresent()
				|| tool == Tool.SELECT && pressed.filter(DiagramCanvas::draggable).isPresent();
	}

	/** VMs are dragged onto hosts (a move); sites and hosts are dragged to a place of their own. */
	private static boolean draggable(DiagramNode node) {
		return node.kind() == NodeKind.VM || node.kind() == NodeKind.HOST || node.kind() == NodeKind.SITE;
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || press == null) {
			return;
		}
		Optional<DiagramNode> released = diagram.nodeAt(toDiagramX(event.x), toDiagramY(event.y));
		boolean dragged = dragAt != null;
		boolean nodeDrag = dragged && draggingNode();
		Optional<DiagramNode> from = pressed;
		Point start = press;
		press = null;
		dragAt = null;
		pressed = Optional.empty();
		canvas.redraw();
		if (nodeDrag) {
			dropped(from.get(), released, (event.x - start.x) / zoom, (event.y - start.y) / zoom);
		} else if (!dragged && tool == Tool.SELECT) {
			actions.select(released.map(DiagramNode::element).orElse(null));
		} else if (!dragged && !tool.connects()) {
			actions.create(tool, released.orElse(null));
		}
	}

	private void dropped(DiagramNode from, Optional<DiagramNode> onto, double dx, double dy) {
		if (tool.connects()) {
			onto.ifPresent(target -> actions.connect(tool, from, target));
		} else if (from.kind() == NodeKind.VM) {
			onto.ifPresent(target -> actions.drop(from, target));
		} else {
			actions.place(from, from.bounds().x() + dx, from.bounds().y() + dy);
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			event.doit = false;
			zoomAt(zoom * Math.pow(1.15, Math.signum(event.count)), event.x, event.y);
		}
	}

	private void updateTooltip(Event event) {
		String tip = diagram.nodeAt(toDiagramX(event.x), toDiagramY(event.y)).map(this::tooltip).orElse(null);
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	/** The tooltip of {@code node}: its problems' messages, else its label and detail. */
	public String tooltip(DiagramNode node) {
		List<Problem> found = problems.getOrDefault(node.element(), List.of());
		if (!found.isEmpty()) {
			return found.stream().map(problem -> problem.severity() + ": " + problem.message())
					.collect(Collectors.joining("\n"));
		}
		return node.detail().isEmpty() ? node.label() : node.label() + " — " + node.detail();
	}

	/** The size in pixels of a PNG export. */
	public Point exportSize() {
		return contentSize(exportZoom());
	}

	private double exportZoom() {
		Point full = contentSize(1);
		double pixels = (double) full.x * full.y;
		// Full size, as a review printout wants, but a 5,000-host export stays within a few hundred megabytes.
		return pixels > 60e6 ? Math.sqrt(60e6 / pixels) : 1;
	}

	/** Writes the whole diagram at 100 % (less if huge), with the legend, as a PNG file. */
	public void exportPng(Path target) {
		double scale = exportZoom();
		Point size = contentSize(scale);
		Image image = new Image(canvas.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, size.x, size.y);
			Transform transform = new Transform(canvas.getDisplay());
			transform.translate(MARGIN, MARGIN);
			transform.scale((float) scale, (float) scale);
			gc.setTransform(transform);
			painter.paint(gc, diagram, diagram.bounds(), scale, selected, problems);
			gc.setTransform(null);
			transform.dispose();
			Legend.paint(gc, canvas.getDisplay(), MARGIN / 2, size.y - Legend.HEIGHT - MARGIN / 2);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
