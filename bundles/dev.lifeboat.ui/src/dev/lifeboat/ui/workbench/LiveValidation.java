package dev.lifeboat.ui.workbench;

import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;

import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;

/**
 * Validates the open topology after every change and announces the problems ({@link SessionTopics#PROBLEMS}).
 * Typing in a field fires one change per commit; waiting {@value #DEBOUNCE_MS} ms for quiet validates once
 * per burst instead of once per command.
 */
public class LiveValidation {

	/** How long changes must pause before validation runs. */
	public static final int DEBOUNCE_MS = 150;

	private final TopologySession session;
	private final IEventBroker events;
	private final Runnable validate = this::validateNow;
	private List<Problem> problems = List.of();

	/** Validation of {@code session}'s topology, announced through {@code events}. */
	public LiveValidation(TopologySession session, IEventBroker events) {
		this.session = session;
		this.events = events;
		events.subscribe(SessionTopics.OPENED, event -> schedule());
		events.subscribe(SessionTopics.CHANGED, event -> schedule());
	}

	/** Validates soon (re-scheduling restarts the wait), on the UI thread. */
	public void schedule() {
		Display display = Display.getCurrent();
		if (display == null) {
			validateNow();
		} else {
			display.timerExec(DEBOUNCE_MS, validate);
		}
	}

	/** Validates at once (the Validate command: the user asked and should not wait). */
	public void validateNow() {
		problems = Validation.validate(session.topology());
		events.send(SessionTopics.PROBLEMS, problems);
	}

	/** The problems of the last validation. */
	public List<Problem> problems() {
		return problems;
	}
}
