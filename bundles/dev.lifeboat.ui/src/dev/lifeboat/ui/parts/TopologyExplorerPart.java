package dev.lifeboat.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.views.ElementDeletion;
import dev.lifeboat.ui.views.ExplorerContent;
import dev.lifeboat.ui.views.ExplorerLabels;
import dev.lifeboat.ui.views.ExplorerMenu;
import dev.lifeboat.ui.views.KindIcons;

/** The Topology Explorer: the open topology as a tree, with "Add ..." and Delete in its context menu. */
public class TopologyExplorerPart {

	@Inject
	private TopologySession session;
	@Inject
	private ESelectionService selection;
	@Inject
	private EPartService parts;
	@Inject
	private MPart part;

	private TreeViewer viewer;
	private KindIcons icons;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		icons = new KindIcons(parent.getDisplay());
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ExplorerContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ExplorerLabels.text(element);
			}

			@Override
			public Image getImage(Object element) {
				return icons.of(element);
			}
		});
		viewer.addSelectionChangedListener(event -> selection
				.setSelection(((IStructuredSelection) event.getSelection()).getFirstElement()));
		ExplorerMenu.install(viewer.getTree(), session, () -> viewer.getStructuredSelection().getFirstElement(),
				this::reveal, new ElementDeletion(session, parent.getShell()));
		show(session.topology());
	}

	private void show(Topology topology) {
		viewer.setInput(new Object[] { topology });
		// Topology, its folders and the sites open: the hosts are what a user looks for first.
		viewer.expandToLevel(4);
	}

	@Inject
	@Optional
	void opened(@UIEventTopic(SessionTopics.OPENED) Topology topology) {
		if (viewer != null) {
			show(topology);
		}
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(SessionTopics.CHANGED) Object affected) {
		if (viewer != null) {
			viewer.refresh(true);
		}
	}

	/** Selects and shows {@code element} (from the Problems part), making the explorer the active part. */
	@Inject
	@Optional
	void reveal(@UIEventTopic(SessionTopics.REVEAL) EObject element) {
		if (viewer == null || element == null || element.eResource() == null) {
			return;
		}
		parts.activate(part);
		viewer.setSelection(new StructuredSelection(element), true);
	}

	/** Follows a selection made elsewhere (the diagram) without taking the focus: one selection everywhere. */
	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		if (viewer != null && selected instanceof EObject element && element.eResource() != null
				&& viewer.getStructuredSelection().getFirstElement() != element) {
			viewer.setSelection(new StructuredSelection(element), true);
		}
	}

	@Focus
	void focus() {
		viewer.getTree().setFocus();
	}

	@PreDestroy
	void dispose() {
		icons.dispose();
	}
}
