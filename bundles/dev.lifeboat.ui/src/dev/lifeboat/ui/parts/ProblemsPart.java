package dev.lifeboat.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.views.KindIcons;
import dev.lifeboat.ui.views.ProblemTable;
import dev.lifeboat.ui.workbench.LiveValidation;

/** The Problems part: the open topology's validation problems, live; double-click shows the element. */
public class ProblemsPart {

	@Inject
	private LiveValidation validation;
	@Inject
	private IEventBroker events;

	private Label summary;
	private ProblemTable table;
	private KindIcons icons;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		icons = new KindIcons(parent.getDisplay());
		table = new ProblemTable(parent, icons, problem -> events.send(SessionTopics.REVEAL, problem.element()));
		table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		show(validation.problems());
	}

	@Inject
	@Optional
	void problems(@UIEventTopic(SessionTopics.PROBLEMS) List<Problem> problems) {
		if (table != null) {
			show(problems);
		}
	}

	private void show(List<Problem> problems) {
		table.show(problems);
		summary.setText(ProblemTable.summary(problems));
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}

	@PreDestroy
	void dispose() {
		icons.dispose();
	}
}
