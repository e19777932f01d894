package dev.lifeboat.ui.session;

/**
 * The event broker topics the console's parts listen to. One place, so that a part and the session never
 * disagree on a spelling.
 */
public final class SessionTopics {

	/** Prefix of every session topic. */
	public static final String BASE = "dev/lifeboat/ui/session/";

	/** Every session topic, for listeners that refresh on any change. */
	public static final String ALL = BASE + "*";

	/** Another topology was opened (or a new one created); data: the {@link dev.lifeboat.model.Topology}. */
	public static final String OPENED = BASE + "opened";

	/** A command was executed, undone or redone; data: the affected objects (a collection, maybe empty). */
	public static final String CHANGED = BASE + "changed";

	/** The topology was written to its file; data: the {@link java.nio.file.Path}. */
	public static final String SAVED = BASE + "saved";

	/** Validation has new results; data: the {@code List<Problem>}. */
	public static final String PROBLEMS = BASE + "problems";

	/** A part asks the explorer to select and show an element; data: the {@link org.eclipse.emf.ecore.EObject}. */
	public static final String REVEAL = BASE + "reveal";

	private SessionTopics() {
	}
}
