package dev.lifeboat.ui.migrate;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.deploy.HostStep;
import dev.lifeboat.deploy.MigrationResult;
import dev.lifeboat.ui.views.Columns;

/** Page 3: how it ended, every step with its duration (the verification per host among them), the blackout, the record. */
final class ResultPage extends WizardPage {

	private final MigrateWizard wizard;
	private Label summary;
	private Label blackout;
	private TableViewer steps;
	private Label record;

	ResultPage(MigrateWizard wizard) {
		super("result", "Verification and record", null);
		this.wizard = wizard;
		setDescription("Every changed host was checked against the new topology. The record is part of the topology: save it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = label(page, "summary");
		blackout = label(page, "blackout");
		steps = Columns.table(page);
		Columns.add(steps, HostStep.class, "Step", 150, HostStep::phase, null);
		Columns.add(steps, HostStep.class, "Host", 130, HostStep::host, null);
		Columns.add(steps, HostStep.class, "Duration", 80, step -> step.duration().toMillis() + " ms", null);
		Columns.add(steps, HostStep.class, "Outcome", 90, step -> step.outcome().name(), null);
		Columns.add(steps, HostStep.class, "Message", 600, HostStep::message, null);
		steps.getTable().setData(MigrateWizard.WIDGET_ID, "steps");
		steps.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		record = label(page, "record");
		setControl(page);
	}

	private static Label label(Composite page, String id) {
		Label label = new Label(page, SWT.WRAP);
		label.setData(MigrateWizard.WIDGET_ID, id);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
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

	private void show(MigrationResult result) {
		summary.setText(result.outcome() + ": " + result.summary());
		blackout.setText(result.blackout() != null
				? "Blackout measured by a 10 ms ping across the overlay: " + result.blackout().toMillis() + " ms ("
						+ result.pingLost() + " pings lost); cutover window " + result.cutover().toMillis() + " ms"
				: result.cutover() != null ? "Cutover window " + result.cutover().toMillis() + " ms (no ping observer)" : "No cutover");
		steps.setInput(result.steps());
		record.setText(wizard.record() == null ? "No record" : "Recorded as a MIGRATION operation ('" + wizard.record().getSummary()
				+ "'), with the move, as one undoable edit: File > Save keeps it.");
		getControl().getParent().layout(true, true);
	}
}
