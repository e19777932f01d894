package dev.lifeboat.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.backup.BackupStatusDialog;
import dev.lifeboat.ui.drill.ConsoleDrillRunner;
import dev.lifeboat.ui.session.TopologySession;

/**
 * Topology > Backup Status: RPO compliance per VM from the hosts' agents, over SSH with the SSH settings of the
 * session's drills (the DR Drill wizard's key and known_hosts), for a topology with a backup policy.
 */
public class BackupStatusHandler {

	@CanExecute
	boolean canExecute(TopologySession session) {
		return !session.topology().getBackupPolicies().isEmpty();
	}

	@Execute
	void execute(TopologySession session, ConsoleDrillRunner drills, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new BackupStatusDialog(shell, session.topology(), drills.choices().ssh()).open();
	}
}
