package dev.lifeboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;

public class UndoHandler {

	@Execute
	void execute() {
	}
}
