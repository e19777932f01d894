package dev.lifeboat.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/** Sets up what the console's parts share before the workbench is rendered. */
public class LifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		// The open topology is created here in a later step.
	}
}
