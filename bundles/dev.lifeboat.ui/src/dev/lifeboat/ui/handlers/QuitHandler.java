package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.SessionDialogs;

/** File > Quit: closes the console, after offering to save changes. */
public class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		if (new SessionDialogs(session, shell).confirmDiscard()) {
			workbench.close();
		}
	}
}
