package dev.lifeboat.ui.diagram;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.core.diagram.DiagramNode;

/** What the canvas asks its part to do; the canvas only tells what the mouse did where. */
public interface DiagramActions {

	/** The user clicked {@code element} (null: the background). */
	void select(EObject element);

	/** The user clicked with a creation tool on {@code target} (null: the background). */
	void create(Tool tool, DiagramNode target);

	/** The user dragged from {@code from} to {@code to} with a connecting {@code tool} (see {@link Tool#connects()}). */
	void connect(Tool tool, DiagramNode from, DiagramNode to);

	/** The user dragged a site or host to the new top left corner ({@code x}, {@code y}) in diagram coordinates. */
	void place(DiagramNode dragged, double x, double y);

	/** The user dragged {@code dragged} (a VM) and dropped it on {@code onto}. */
	void drop(DiagramNode dragged, DiagramNode onto);
}
