package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.ui.drill.DrillWizard;
import dev.lifeboat.ui.session.TopologySession;

/**
 * Topology > DR Drill: the DR Drill wizard, for a topology with a DR plan, with the {@link DrillRunner} of the
 * application context (the console's, which the LifeCycle puts there; without one the command stays disabled).
 */
public class DrillWizardHandler {

	@CanExecute
	boolean canExecute(TopologySession session, @Optional DrillRunner runner) {
		return runner != null && !session.topology().getDrPlans().isEmpty();
	}

	@Execute
	void execute(TopologySession session, DrillRunner runner, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		WizardDialog dialog = new WizardDialog(shell, new DrillWizard(session, runner));
		dialog.setPageSize(900, 520);
		dialog.open();
	}
}
