package dev.lifeboat.ui.ha;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.core.ha.FailoverPlan;

/**
 * Page 2: the simulation of the host failing (where each VM goes, what stays), and whether the host still
 * answers SSH. A host that answers is fenced by a deploy; one that does not must be confirmed powered off
 * before anything restarts. A planned evacuation needs the host to answer.
 */
final class FailoverPreflightPage extends WizardPage {

	private final FailoverWizard wizard;
	private Label reachability;
	private Button poweredOff;
	private SimulationView view;
	private boolean probed;

	FailoverPreflightPage(FailoverWizard wizard) {
		super("preflight", "Preflight", null);
		this.wizard = wizard;
		setDescription("What would happen, computed as the agents compute it, and whether the host answers.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		reachability = new Label(page, SWT.WRAP);
		reachability.setData(SimulationView.WIDGET_ID, "reachability");
		reachability.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		poweredOff = new Button(page, SWT.CHECK);
		poweredOff.setData(SimulationView.WIDGET_ID, "poweredOff");
		poweredOff.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		poweredOff.setVisible(false);
		poweredOff.addListener(SWT.Selection, event -> setPageComplete(ready()));
		view = new SimulationView(page);
		setControl(page);
		setPageComplete(false);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			start();
		}
		super.setVisible(visible);
	}

	private void start() {
		probed = false;
		setPageComplete(false);
		setErrorMessage(null);
		poweredOff.setVisible(false);
		poweredOff.setSelection(false);
		poweredOff.setText("I confirm that " + wizard.host() + " is powered off (or cut from every network), so its"
				+ " VMs cannot run twice");
		FailoverPlan plan = wizard.plan(this::setErrorMessage);
		if (plan == null) {
			view.showError(getErrorMessage());
			return;
		}
		view.show(plan.simulation());
		if (plan.moves().isEmpty()) {
			setErrorMessage("No VM of " + wizard.host() + " can move: see 'Not restarted' for why.");
			return;
		}
		reachability.setText("Asking " + wizard.host() + " over SSH...");
		wizard.probeHost(reachability, problem -> {
			probed = true;
			if (problem == null) {
				reachability.setText(wizard.host() + " answers SSH: it is fenced first, by deploying it a configuration"
						+ " without the VMs that move, and only then do they start elsewhere.");
			} else if (wizard.planned()) {
				reachability.setText(wizard.host() + " does not answer SSH: " + problem);
				setErrorMessage("A planned evacuation needs " + wizard.host() + " to answer. Fix the connection, or go"
						+ " back and choose Unplanned if the host is dead.");
			} else {
				reachability.setText(wizard.host() + " does not answer SSH (" + problem + "). Nothing restarts until you"
						+ " confirm it is powered off.");
				poweredOff.setVisible(true);
			}
			reachability.getParent().layout(true, true);
			setPageComplete(ready());
		});
	}

	private boolean ready() {
		return probed && getErrorMessage() == null && (wizard.reachable() || poweredOff.getSelection());
	}
}
