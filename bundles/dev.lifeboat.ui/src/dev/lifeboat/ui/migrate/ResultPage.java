package dev.lifeboat.ui.migrate;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.deploy.HostStep;
import dev.lifeboat.deploy.MigrationResult;
import dev.lifeboat.ui.views.Columns;
import dev.lifeboat.ui.wizards.OutcomePage;

/** Page 3: how it ended, every step with its duration (the verification per host among them), the blackout, the record. */
final class ResultPage extends OutcomePage {

	private final MigrateWizard wizard;
	private Label blackout;
	private TableViewer steps;
	private Label record;

	ResultPage(MigrateWizard wizard) {
		super("result", "Verification and record",
				"Every changed host was checked against the new topology. The record is part of the topology: save it.",
				MigrateWizard.WIDGET_ID);
		this.wizard = wizard;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = body(parent);
		blackout = line(page, "blackout");
		steps = table(page, "steps");
		Columns.add(steps, HostStep.class, "Step", 150, HostStep::phase, null);
		Columns.add(steps, HostStep.class, "Host", 130, HostStep::host, null);
		Columns.add(steps, HostStep.class, "Duration", 80, step -> step.duration().toMillis() + " ms", null);
		Columns.add(steps, HostStep.class, "Outcome", 90, step -> step.outcome().name(), null);
		Columns.add(steps, HostStep.class, "Message", 600, HostStep::message, null);
		record = line(page, "record");
	}

	@Override
	protected boolean ended() {
		return wizard.result() != null;
	}

	@Override
	protected void show() {
		MigrationResult result = wizard.result();
		summary(result.outcome() + ": " + result.summary());
		blackout.setText(result.blackout() != null
				? "Blackout measured by a 10 ms ping across the overlay: " + result.blackout().toMillis() + " ms ("
						+ result.pingLost() + " pings lost); cutover window " + result.cutover().toMillis() + " ms"
				: result.cutover() != null ? "Cutover window " + result.cutover().toMillis() + " ms (no ping observer)" : "No cutover");
		steps.setInput(result.steps());
		record.setText(wizard.record() == null ? "No record" : "Recorded as a MIGRATION operation ('" + wizard.record().getSummary()
				+ "'), with the move, as one undoable edit: File > Save keeps it.");
	}
}
