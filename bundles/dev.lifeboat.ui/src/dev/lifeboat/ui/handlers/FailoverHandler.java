package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.deploy.AgentJars;
import dev.lifeboat.ui.ha.FailoverWizard;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.LiveValidation;

/** Topology > Failover: the Failover wizard, for a topology with an HA policy and without validation errors. */
public class FailoverHandler {

	@CanExecute
	boolean canExecute(TopologySession session, LiveValidation validation) {
		return !session.topology().getHaPolicies().isEmpty() && !Validation.hasErrors(validation.problems());
	}

	@Execute
	void execute(TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Optional<Path> jar = AgentJars.find();
		WizardDialog dialog = new WizardDialog(shell, new FailoverWizard(session, jar.orElse(null), null));
		dialog.setPageSize(1000, 620);
		dialog.open();
	}
}
