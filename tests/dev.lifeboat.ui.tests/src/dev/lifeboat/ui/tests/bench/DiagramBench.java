package dev.lifeboat.ui.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.core.demo.GeneratedTopology;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramLayout;
import dev.lifeboat.core.diagram.DiagramMapper;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.ui.diagram.DiagramActions;
import dev.lifeboat.ui.diagram.DiagramCanvas;
import dev.lifeboat.ui.diagram.Tool;

/**
 * The diagram benchmark behind {@code releng/bench/diagram}: for generated topologies of the given host counts
 * (10 VMs each), times load, validation, layout and first paint, memory after load, and the paint time per
 * frame while scrolling and zooming. A plain main, not a test: timings are reported, never asserted. A count
 * ending in {@code d} gives every host a layout of its own (a different mix of NICs on its VMs), so that the
 * layout pays one ELK run per host instead of one for all; ending in {@code m}, 2% of the hosts and 10% of the
 * sites are placed by hand onto the grid (seeded), so that routes go around them.
 */
public final class DiagramBench {

	private static final int VMS_PER_HOST = 10;

	private DiagramBench() {
	}

	/** Runs the benchmark for each host count in {@code args} (default 50 500 5000 500d 5000m; see above). */
	public static void main(String[] args) throws Exception {
		String[] rowNames = args.length == 0 ? new String[] { "50", "500", "5000", "500d", "5000m" } : args;
		int[] sizes = Arrays.stream(rowNames).mapToInt(name -> Integer.parseInt(name.replaceAll("[dm]$", ""))).toArray();
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 900);
		DiagramCanvas canvas = new DiagramCanvas(shell, new NoActions());
		shell.open();
		// A warm-up round, not reported: class loading and JIT compilation would be billed to the first size.
		run(rowNames[0], canvas, display);
		List<double[]> rows = new ArrayList<>();
		System.out.println("hosts   VMs     load ms  validate ms  layout ms  first frame ms (paint)  heap MB  scroll ms/frame  zoom ms/frame  fit-all paint ms");
		for (int i = 0; i < sizes.length; i++) {
			int hosts = sizes[i];
			double[] row = run(rowNames[i], canvas, display);
			rows.add(row);
			System.out.printf(Locale.ROOT, "%-7s %-7d %7.0f  %11.0f  %9.0f  %14.1f (%5.1f)  %7.0f  %15.2f  %13.2f  %16.1f%n",
					rowNames[i], hosts * VMS_PER_HOST, row[0], row[1], row[2], row[3], row[8], row[4], row[5], row[6], row[7]);
		}
		printRatios(rowNames, sizes, rows);
		display.dispose();
	}

	private static double[] run(String rowName, DiagramCanvas canvas, Display display) throws Exception {
		int hosts = Integer.parseInt(rowName.replaceAll("[dm]$", ""));
		Path file = Files.createTempFile("bench-" + rowName, ".lifeboat");
		Topology generated = GeneratedTopology.of(hosts, VMS_PER_HOST);
		if (rowName.endsWith("d")) {
			BenchTopologies.shapePerHost(generated);
		} else if (rowName.endsWith("m")) {
			BenchTopologies.handPlaced(generated, DiagramLayout.apply(DiagramMapper.physical(generated)));
		}
		TopologyFiles.save(generated, file);
		gc();
		long start = System.nanoTime();
		Topology topology = TopologyFiles.load(file);
		double load = millis(start);
		double heap = usedMegabytes();
		start = System.nanoTime();
		Validation.validate(topology);
		double validate = millis(start);
		start = System.nanoTime();
		Diagram diagram = DiagramLayout.apply(DiagramMapper.physical(topology));
		double layout = millis(start);
		start = System.nanoTime();
		canvas.show(diagram);
		canvas.zoomAt(1, 0, 0);
		paintNow(canvas, display);
		double firstPaint = millis(start);
		double firstPaintItself = canvas.lastPaintNanos() / 1e6;
		double scroll = median(frames(canvas, display, step -> canvas.scrollTo(step * 180, step * 120)));
		double zoom = median(frames(canvas, display, step -> canvas.zoomAt(canvas.zoom() * (step < 10 ? 0.87 : 1.15), 700, 450)));
		canvas.fit();
		paintNow(canvas, display);
		double fitAll = canvas.lastPaintNanos() / 1e6;
		Files.deleteIfExists(file);
		return new double[] { load, validate, layout, firstPaint, heap, scroll, zoom, fitAll, firstPaintItself };
	}

	/** The paint times of the frames that painted (a move clamped at the content's edge paints nothing). */
	private static List<Double> frames(DiagramCanvas canvas, Display display, java.util.function.IntConsumer move) {
		List<Double> times = new ArrayList<>();
		for (int step = 0; step < 20; step++) {
			move.accept(step);
			if (paintNow(canvas, display)) {
				times.add(canvas.lastPaintNanos() / 1e6);
			}
		}
		return times.isEmpty() ? List.of(Double.NaN) : times;
	}

	/**
	 * Pumps events until the paint the last move asked for happened: GTK paints on its frame clock, so {@code update()}
	 * alone may return before the frame. Returns whether a paint came within half a second.
	 */
	private static boolean paintNow(DiagramCanvas canvas, Display display) {
		int[] paints = new int[1];
		org.eclipse.swt.widgets.Listener counter = event -> paints[0]++;
		canvas.control().addListener(org.eclipse.swt.SWT.Paint, counter);
		try {
			// No redraw() here: the move itself damaged what it needs, and a scroll only the strips it exposed.
			canvas.control().update();
			long deadline = System.nanoTime() + 500_000_000L;
			while (paints[0] == 0 && System.nanoTime() < deadline) {
				if (!display.readAndDispatch()) {
					Thread.onSpinWait();
				}
			}
			return paints[0] > 0;
		} finally {
			canvas.control().removeListener(org.eclipse.swt.SWT.Paint, counter);
		}
	}

	private static void printRatios(String[] rowNames, int[] sizes, List<double[]> rows) {
		if (rows.size() < 2) {
			return;
		}
		String[] names = { "load", "validate", "layout", "first frame", "heap", "scroll frame", "zoom frame", "fit-all paint" };
		System.out.println();
		for (int i = 1; i < rows.size(); i++) {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "ratio %s/%s hosts (x%d):", rowNames[i],
					rowNames[0], sizes[i] / sizes[0]));
			for (int column = 0; column < names.length; column++) {
				line.append(String.format(Locale.ROOT, " %s %.1fx,", names[column], rows.get(i)[column] / Math.max(rows.get(0)[column], 1e-3)));
			}
			System.out.println(line.substring(0, line.length() - 1));
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static double millis(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static void gc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
	}

	private static double usedMegabytes() {
		gc();
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
	}

	/** The benchmark only looks. */
	private static final class NoActions implements DiagramActions {
		@Override
		public void select(org.eclipse.emf.ecore.EObject element) {
		}

		@Override
		public void create(Tool tool, dev.lifeboat.core.diagram.DiagramNode target) {
		}

		@Override
		public void connect(Tool tool, dev.lifeboat.core.diagram.DiagramNode from,
				dev.lifeboat.core.diagram.DiagramNode to) {
		}

		@Override
		public void place(dev.lifeboat.core.diagram.DiagramNode dragged, double x, double y) {
		}

		@Override
		public void drop(dev.lifeboat.core.diagram.DiagramNode dragged, dev.lifeboat.core.diagram.DiagramNode onto) {
		}
	}
}
