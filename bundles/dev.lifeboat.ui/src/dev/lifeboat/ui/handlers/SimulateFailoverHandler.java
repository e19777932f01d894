package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.ha.FailoverSimulationDialog;
import dev.lifeboat.ui.session.TopologySession;

/** Topology > Failover Simulation: what a host failure, a cut NIC or a split would do, without touching a host. */
public class SimulateFailoverHandler {

	@CanExecute
	boolean canExecute(TopologySession session) {
		return session.topology().getSites().stream().anyMatch(site -> !site.getHosts().isEmpty());
	}

	@Execute
	void execute(TopologySession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new FailoverSimulationDialog(shell, session.topology(), null).open();
	}
}
