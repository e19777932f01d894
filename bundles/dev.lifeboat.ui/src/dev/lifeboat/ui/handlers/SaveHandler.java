package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.SessionDialogs;

/** File > Save: to the current file (Save As for a topology without one). */
public class SaveHandler {

	@CanExecute
	boolean canExecute(TopologySession session) {
		return session.isDirty() || session.currentFile().isEmpty();
	}

	@Execute
	void execute(TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new SessionDialogs(session, shell).save();
	}
}
