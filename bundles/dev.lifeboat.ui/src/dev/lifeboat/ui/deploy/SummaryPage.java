package dev.lifeboat.ui.deploy;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.HostResult;

/** Page 5: how the deploy ended on each host, and a link to its record in the topology. */
final class SummaryPage extends WizardPage {

	private final DeployWizard wizard;
	private Label summary;
	private Table table;
	private Link record;

	SummaryPage(DeployWizard wizard) {
		super("summary", "Summary", null);
		this.wizard = wizard;
		setDescription("How the deploy ended. The record is part of the topology: save it to keep it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		summary.setData(DeployWizard.WIDGET_ID, "summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(DeployWizard.WIDGET_ID, "outcomes");
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] column : new String[][] { { "Host", "120" }, { "Outcome", "110" }, { "Duration", "80" }, { "Reason", "700" } }) {
			TableColumn created = new TableColumn(table, SWT.NONE);
			created.setText(column[0]);
			created.setWidth(Integer.parseInt(column[1]));
		}
		record = new Link(page, SWT.NONE);
		record.setData(DeployWizard.WIDGET_ID, "record");
		record.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		record.addListener(SWT.Selection, event -> wizard.revealRecord());
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && wizard.result() != null) {
			show(wizard.result());
		}
		super.setVisible(visible);
	}

	@Override
	public IWizardPage getPreviousPage() {
		return null;
	}

	private void show(DeployResult result) {
		summary.setText(result.summary());
		table.removeAll();
		for (HostResult host : result.hosts()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { host.hostName(), host.outcome().name(),
					String.format("%.1f s", host.duration().toMillis() / 1000.0), host.reason() });
		}
		record.setText(wizard.recordLabel() + ": <a>show it in the Topology Explorer</a> (File > Save keeps it)");
		getControl().getParent().layout(true, true);
	}
}
