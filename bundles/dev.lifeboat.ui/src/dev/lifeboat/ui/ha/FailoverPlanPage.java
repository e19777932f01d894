package dev.lifeboat.ui.ha;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import dev.lifeboat.core.ha.FailoverPlan;
import dev.lifeboat.ui.views.Columns;

/** Page 3: the steps, in the order they run. Next starts them. */
final class FailoverPlanPage extends WizardPage {

	/** One planned step, as the table shows it. */
	record PlannedStep(int order, String step, String target) {
	}

	private final FailoverWizard wizard;
	private TableViewer viewer;

	FailoverPlanPage(FailoverWizard wizard) {
		super("plan", "Plan", null);
		this.wizard = wizard;
		setDescription("These steps run when you press Next. The re-home is one edit: Edit > Undo takes it back.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		viewer = Columns.table(page);
		Columns.add(viewer, PlannedStep.class, "#", 40, step -> Integer.toString(step.order()), null);
		Columns.add(viewer, PlannedStep.class, "Step", 620, PlannedStep::step, null);
		Columns.add(viewer, PlannedStep.class, "Target", 120, PlannedStep::target, null);
		viewer.getTable().setData(SimulationView.WIDGET_ID, "steps");
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			viewer.setInput(steps(wizard.plan(this::setErrorMessage)));
		}
		super.setVisible(visible);
	}

	private List<PlannedStep> steps(FailoverPlan plan) {
		List<PlannedStep> steps = new ArrayList<>();
		if (plan == null) {
			return steps;
		}
		String host = wizard.host();
		steps.add(new PlannedStep(1, "Re-home in the topology: " + wizard.describeMoves(), "topology"));
		steps.add(new PlannedStep(2, wizard.reachable()
				? "Fence: deploy " + host + " a configuration without the moved VMs (they stop there)"
				: "Fence: skipped, the administrator confirmed " + host + " is powered off", host));
		int order = 3;
		for (String affected : plan.affected()) {
			steps.add(new PlannedStep(order++, "Deploy " + affected + ": start the VMs it now runs, point the overlays'"
					+ " FDB at their new host", affected));
		}
		return steps;
	}
}
