package dev.lifeboat.ui.workbench;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;

/**
 * Ties the main window to the session: its title names the open file with a {@code *} while there are
 * unsaved changes, and closing it with unsaved changes asks first.
 */
public final class WindowBinding {

	private WindowBinding() {
	}

	/** Binds {@code window} (already rendered) to {@code session}. */
	public static void bind(MWindow window, TopologySession session, IEventBroker events) {
		updateTitle(window, session);
		events.subscribe(SessionTopics.ALL, event -> updateTitle(window, session));
		IWindowCloseHandler askFirst = closing -> new SessionDialogs(session, (Shell) closing.getWidget())
				.confirmDiscard();
		window.getContext().set(IWindowCloseHandler.class, askFirst);
	}

	/** {@code demo.lifeboat* - Lifeboat}. */
	static void updateTitle(MWindow window, TopologySession session) {
		window.setLabel(session.displayName() + (session.isDirty() ? "*" : "") + " - Lifeboat");
	}
}
