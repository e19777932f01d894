package dev.lifeboat.ui.diagram;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramEdge;
import dev.lifeboat.core.diagram.DiagramLayout;
import dev.lifeboat.core.diagram.DiagramMapper;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.core.diagram.SvgExport;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage.Literals;
import dev.lifeboat.ui.session.DiagramEdits;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.LiveValidation;
import dev.lifeboat.ui.workbench.SessionDialogs;

/**
 * The topology diagram editor: a palette, the physical or L2 view on a {@link DiagramCanvas}, one selection
 * with the rest of the console, and live problem badges. Every gesture becomes a command on the session.
 */
public class DiagramPart implements DiagramActions {

	/** From this many nodes (about 500 hosts) layout runs off the UI thread, which stays responsive meanwhile. */
	private static final int BACKGROUND_LAYOUT_NODES = 5_000;

	@Inject
	private TopologySession session;
	@Inject
	private LiveValidation validation;
	@Inject
	private ESelectionService selection;
	@Inject
	private MDirtyable dirty;
	@Inject
	private MPart part;
	@Inject
	private EPartService parts;
	@Inject
	@Named(IServiceConstants.ACTIVE_SHELL)
	private Shell shell;

	private DiagramCanvas canvas;
	private ToolBar palette;
	private boolean l2View;
	private long layoutGeneration;
	private EObject pendingReveal;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		palette = new ToolBar(parent, SWT.FLAT | SWT.WRAP);
		palette.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (Tool tool : Tool.values()) {
			ToolItem item = new ToolItem(palette, SWT.RADIO);
			item.setText(tool.label());
			item.setData(tool);
			item.setSelection(tool == Tool.SELECT);
			item.addListener(SWT.Selection, event -> {
				if (item.getSelection()) {
					canvas.setTool(tool);
				}
			});
		}
		new ToolItem(palette, SWT.SEPARATOR);
		push("Fit", () -> canvas.fit());
		push("Re-layout", this::refresh);
		ToolItem l2 = new ToolItem(palette, SWT.CHECK);
		l2.setText("L2 view");
		l2.addListener(SWT.Selection, event -> {
			l2View = l2.getSelection();
			refresh();
			canvas.fit();
		});
		ToolItem legend = new ToolItem(palette, SWT.CHECK);
		legend.setText("Legend");
		legend.setToolTipText("Show or hide the key to the NIC attachment styles (it floats over the diagram)");
		legend.setSelection(true);
		legend.addListener(SWT.Selection, event -> canvas.setLegendShown(legend.getSelection()));
		canvas = new DiagramCanvas(parent, this);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		refresh();
		canvas.setProblems(validation.problems());
	}

	private void push(String text, Runnable action) {
		ToolItem item = new ToolItem(palette, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, event -> action.run());
	}

	/** Maps and lays out the open topology again and shows it. */
	public void refresh() {
		Topology topology = session.topology();
		// Mapping reads the model, so it runs here on the UI thread; layout only touches the diagram.
		Diagram diagram = l2View ? DiagramMapper.l2(topology) : DiagramMapper.physical(topology);
		long generation = ++layoutGeneration;
		dirty.setDirty(session.isDirty());
		if (diagram.nodeCount() < BACKGROUND_LAYOUT_NODES) {
			canvas.show(DiagramLayout.apply(diagram));
			return;
		}
		Display display = canvas.control().getDisplay();
		Thread.ofVirtual().name("lifeboat-diagram-layout").start(() -> {
			Diagram placed = DiagramLayout.apply(diagram);
			display.asyncExec(() -> {
				// A newer edit started a newer layout: showing this one would flash an outdated diagram.
				if (generation == layoutGeneration && !canvas.control().isDisposed()) {
					canvas.show(placed);
				}
			});
		});
	}

	@Inject
	@Optional
	void opened(@UIEventTopic(SessionTopics.OPENED) Topology topology) {
		if (canvas != null) {
			refresh();
		}
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(SessionTopics.CHANGED) Object affected) {
		if (canvas != null) {
			refresh();
		}
	}

	@Inject
	@Optional
	void saved(@UIEventTopic(SessionTopics.SAVED) Object file) {
		dirty.setDirty(session.isDirty());
	}

	@Inject
	@Optional
	void problems(@UIEventTopic(SessionTopics.PROBLEMS) List<Problem> problems) {
		if (canvas != null) {
			canvas.setProblems(problems);
		}
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		if (selected instanceof EObject element) {
			show(element);
		}
	}

	/**
	 * Selects {@code element} (a double-click in Problems) and scrolls it into view. It becomes this part's own
	 * selection too, so that bringing the Diagram tab up later does not restore an older one.
	 */
	@Inject
	@Optional
	void reveal(@UIEventTopic(SessionTopics.REVEAL) EObject element) {
		if (canvas != null && element != null) {
			selection.setSelection(element);
			show(element);
		}
	}

	/** Highlights and scrolls to {@code element}; a hidden tab's canvas has no size to scroll in, so that waits. */
	private void show(EObject element) {
		if (canvas == null) {
			return;
		}
		canvas.setSelected(element);
		if (canvas.control().isVisible()) {
			canvas.reveal(element);
		} else {
			pendingReveal = element;
		}
	}

	@Override
	public void select(EObject element) {
		// Only the active part's selection becomes the workbench's; a real click activates it, posted events not.
		parts.activate(part, false);
		canvas.setSelected(element);
		selection.setSelection(element);
	}

	@Override
	public void create(Tool tool, DiagramNode target) {
		EClass type = switch (tool) {
		case SITE -> Literals.SITE;
		case HOST -> Literals.HOST;
		case VM -> Literals.VIRTUAL_MACHINE;
		case NIC -> Literals.VIRTUAL_NIC;
		case BRIDGE -> Literals.BRIDGE;
		default -> Literals.OVERLAY_NETWORK;
		};
		execute(edits().create(type, target == null ? null : target.element()));
	}

	@Override
	public void connect(Tool tool, DiagramNode from, DiagramNode to) {
		DiagramEdits edits = edits();
		execute(switch (tool) {
		case JOIN_OVERLAY -> edits.join(from.element(), to.element());
		case UPLINK -> edits.uplink(from.element(), to.element());
		default -> edits.connect(from.element(), to.element());
		});
	}

	@Override
	public void drop(DiagramNode dragged, DiagramNode onto) {
		execute(edits().move(dragged.element(), onto.element()));
	}

	@Override
	public void place(DiagramNode dragged, double x, double y) {
		if (dragged.element() instanceof Identified element) {
			DiagramEdge.Point kept = DiagramLayout.handPlaced(dragged, x, y);
			session.execute(edits().place(element, (int) kept.x(), (int) kept.y()));
		}
	}

	private DiagramEdits edits() {
		return new DiagramEdits(new TopologyEdits(session.domain()), session.topology());
	}

	private void execute(java.util.Optional<Command> command) {
		command.ifPresent(session::execute);
	}

	/** The palette (for tests). */
	public ToolBar palette() {
		return palette;
	}

	/** The canvas (for the export handler and tests). */
	public DiagramCanvas canvas() {
		return canvas;
	}

	/** Writes the current view to {@code target}: SVG if its name ends in {@code .svg}, else PNG. */
	public void export(Path target) throws java.io.IOException {
		if (target.getFileName().toString().toLowerCase().endsWith(".svg")) {
			SvgExport.write(canvas.diagram(), target);
		} else {
			canvas.exportPng(target);
		}
	}

	@Persist
	void save() {
		new SessionDialogs(session, shell).save();
	}

	@Focus
	void focus() {
		canvas.control().setFocus();
		if (pendingReveal != null) {
			canvas.reveal(pendingReveal);
			pendingReveal = null;
		}
	}
}
