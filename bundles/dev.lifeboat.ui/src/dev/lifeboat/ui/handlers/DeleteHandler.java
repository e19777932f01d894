package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.views.ElementDeletion;

/** Edit > Delete: the selected element (asking what happens to a host's VMs). */
public class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return ElementDeletion.canDelete(selection);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SELECTION) EObject selection, TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new ElementDeletion(session, shell).delete(selection);
	}
}
