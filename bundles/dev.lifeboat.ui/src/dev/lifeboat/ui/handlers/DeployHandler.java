package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.deploy.AgentJars;
import dev.lifeboat.ui.deploy.DeployWizard;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.deploy.SavedPasswords;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.LiveValidation;

/** Topology > Deploy: the Deploy wizard, for a topology with hosts and without validation errors. */
public class DeployHandler {

	@CanExecute
	boolean canExecute(TopologySession session, LiveValidation validation) {
		boolean hasHosts = session.topology().getSites().stream().anyMatch(site -> !site.getHosts().isEmpty());
		return hasHosts && !Validation.hasErrors(validation.problems());
	}

	@Execute
	void execute(TopologySession session, IEventBroker events, SavedPasswords hostPasswords,
			RepositoryPasswords repositoryPasswords, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Optional<Path> jar = AgentJars.find().or(() -> askForAgentJar(shell));
		if (jar.isEmpty()) {
			return;
		}
		DeployWizard wizard = new DeployWizard(session, events, jar.get());
		wizard.passwords(hostPasswords, repositoryPasswords);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(900, 560);
		dialog.open();
	}

	private static Optional<Path> askForAgentJar(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Where is lifeboat-agent.jar? (the agent every host runs)");
		dialog.setFilterExtensions(new String[] { "*.jar" });
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}
}
