package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.SessionDialogs;

/** File > Open Topology: chooses a file, after offering to save changes. */
public class OpenTopologyHandler {

	@Execute
	void execute(TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		SessionDialogs dialogs = new SessionDialogs(session, shell);
		if (dialogs.confirmDiscard()) {
			dialogs.open();
		}
	}
}
