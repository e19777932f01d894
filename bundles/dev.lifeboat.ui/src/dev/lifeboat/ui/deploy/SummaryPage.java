package dev.lifeboat.ui.deploy;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.ui.views.Columns;
import dev.lifeboat.ui.wizards.OutcomePage;

/** Page 5: how the deploy ended on each host, and a link to its record in the topology. */
final class SummaryPage extends OutcomePage {

	private final DeployWizard wizard;
	private TableViewer viewer;
	private Link record;

	SummaryPage(DeployWizard wizard) {
		super("summary", "Summary", "How the deploy ended. The record is part of the topology: save it to keep it.",
				DeployWizard.WIDGET_ID);
		this.wizard = wizard;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = body(parent);
		viewer = table(page, "outcomes");
		Columns.add(viewer, HostResult.class, "Host", 120, HostResult::hostName, null);
		Columns.add(viewer, HostResult.class, "Outcome", 110, host -> host.outcome().name(), null);
		Columns.add(viewer, HostResult.class, "Duration", 80, host -> String.format("%.1f s", host.duration().toMillis() / 1000.0), null);
		Columns.add(viewer, HostResult.class, "Reason", 700, HostResult::reason, null);
		record = new Link(page, SWT.NONE);
		record.setData(DeployWizard.WIDGET_ID, "record");
		record.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		record.addListener(SWT.Selection, event -> wizard.revealRecord());
	}

	@Override
	protected boolean ended() {
		return wizard.result() != null;
	}

	@Override
	protected void show() {
		DeployResult result = wizard.result();
		summary(result.summary());
		viewer.setInput(result.hosts());
		record.setText(wizard.recordLabel() + ": <a>show it in the Topology Explorer</a> (File > Save keeps it)");
	}
}
