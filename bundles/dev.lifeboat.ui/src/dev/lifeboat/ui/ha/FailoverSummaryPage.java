package dev.lifeboat.ui.ha;

import java.time.Duration;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import dev.lifeboat.core.ha.FailoverRecord.Step;
import dev.lifeboat.ui.views.Columns;
import dev.lifeboat.ui.wizards.OutcomePage;

/** Page 5: each step with its outcome and duration; the record is part of the topology (save to keep it). */
final class FailoverSummaryPage extends OutcomePage {

	private final FailoverWizard wizard;
	private TableViewer viewer;

	FailoverSummaryPage(FailoverWizard wizard) {
		super("summary", "Summary", "How the failover went. The FAILOVER record is part of the topology: File > Save keeps it.",
				SimulationView.WIDGET_ID);
		this.wizard = wizard;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = body(parent);
		viewer = table(page, "outcomes");
		Columns.add(viewer, Step.class, "Step", 80, Step::name, null);
		Columns.add(viewer, Step.class, "Target", 90, Step::target, null);
		Columns.add(viewer, Step.class, "Outcome", 100, step -> step.outcome().getName(), null);
		Columns.add(viewer, Step.class, "Duration", 80, step -> seconds(step.duration()), null);
		Columns.add(viewer, Step.class, "Message", 600, Step::message, null);

	}

	@Override
	protected boolean ended() {
		return wizard.record() != null;
	}

	@Override
	protected void show() {
		summary(wizard.record().getSummary() + (wizard.reachable() ? "" : ". When " + wizard.host()
				+ " comes back, deploy it before anything else, so that it drops the VMs that moved."));
		viewer.setInput(wizard.steps());
	}

	private static String seconds(Duration duration) {
		return SimulationView.seconds(duration.toMillis());
	}
}
