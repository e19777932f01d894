package dev.lifeboat.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.session.Folder;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.views.PropertySheet;
import dev.lifeboat.ui.views.ProblemLines;
import dev.lifeboat.ui.workbench.LiveValidation;

/** The Properties part: the fields of the selected element, and the problems validation found in it. */
public class PropertiesPart {

	@Inject
	private TopologySession session;
	@Inject
	private LiveValidation validation;

	private Label header;
	private Label problems;
	private ScrolledComposite scroller;
	private PropertySheet sheet;
	private EObject element;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		header = new Label(parent, SWT.WRAP);
		GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		headerData.widthHint = 120; // wraps to the part's width instead of widening it
		header.setLayoutData(headerData);
		header.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		problems = new Label(parent, SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		problems.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		show(null);
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		// Activating this part clears the active selection; keep showing the element being edited then.
		if (header != null && (selected instanceof EObject || selected instanceof Folder) && selected != element) {
			show(selected instanceof EObject object ? object : null);
		}
	}

	@Inject
	@Optional
	void opened(@UIEventTopic(SessionTopics.OPENED) Topology topology) {
		if (header != null) {
			show(null);
		}
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(SessionTopics.CHANGED) Object affected) {
		if (sheet == null) {
			return;
		}
		if (element.eResource() == null) {
			show(null);
		} else {
			header.setText(ElementLabels.describe(element));
			sheet.refresh();
		}
	}

	@Inject
	@Optional
	void problems(@UIEventTopic(SessionTopics.PROBLEMS) List<Problem> found) {
		if (header != null) {
			showProblems(found);
		}
	}

	private void show(EObject shown) {
		element = shown;
		if (sheet != null) {
			// Detach before disposing: the scroller lays out its content on the next resize.
			scroller.setContent(null);
			sheet.control().dispose();
			sheet = null;
		}
		header.setText(shown == null ? "Select an element in the explorer or the diagram" : ElementLabels.describe(shown));
		if (shown != null) {
			sheet = new PropertySheet(scroller, session, shown);
			scroller.setContent(sheet.control());
			scroller.setMinSize(sheet.control().computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
		showProblems(validation.problems());
	}

	private void showProblems(List<Problem> found) {
		String text = ProblemLines.of(found, element);
		problems.setText(text);
		((GridData) problems.getLayoutData()).exclude = text.isEmpty();
		problems.setVisible(!text.isEmpty());
		problems.getParent().layout(true, true);
	}

	@Focus
	void focus() {
		scroller.setFocus();
	}
}
