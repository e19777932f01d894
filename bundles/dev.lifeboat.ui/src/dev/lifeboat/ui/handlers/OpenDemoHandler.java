package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.StartupTopology;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.InstanceArea;
import dev.lifeboat.ui.workbench.SessionDialogs;

/** File > Open Demo Topology: the demo copy in the instance area (created when missing). */
public class OpenDemoHandler {

	@Execute
	void execute(TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		SessionDialogs dialogs = new SessionDialogs(session, shell);
		if (!dialogs.confirmDiscard()) {
			return;
		}
		try {
			dialogs.open(StartupTopology.demoCopy(InstanceArea.path()));
		} catch (IOException e) {
			MessageDialog.openError(shell, "Cannot open the demo", String.valueOf(e.getMessage()));
		}
	}
}
