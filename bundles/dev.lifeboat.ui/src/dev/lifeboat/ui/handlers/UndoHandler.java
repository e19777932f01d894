package dev.lifeboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import dev.lifeboat.ui.session.TopologySession;

/** Edit > Undo: the last command of the open topology. */
public class UndoHandler {

	@CanExecute
	boolean canExecute(TopologySession session) {
		return session.canUndo();
	}

	@Execute
	void execute(TopologySession session) {
		session.undo();
	}
}
