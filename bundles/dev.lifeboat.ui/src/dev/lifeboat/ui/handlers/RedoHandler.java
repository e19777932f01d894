package dev.lifeboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import dev.lifeboat.ui.session.TopologySession;

/** Edit > Redo: the last undone command. */
public class RedoHandler {

	@CanExecute
	boolean canExecute(TopologySession session) {
		return session.canRedo();
	}

	@Execute
	void execute(TopologySession session) {
		session.redo();
	}
}
