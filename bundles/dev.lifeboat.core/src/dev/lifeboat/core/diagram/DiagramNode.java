package dev.lifeboat.core.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One box of the diagram: a model element, its label, and the nodes drawn inside it. Bounds are absolute
 * diagram coordinates, set by {@link DiagramLayout}.
 */
public final class DiagramNode {

	private final NodeKind kind;
	private final EObject element;
	private final String label;
	private final String detail;
	private final DiagramNode parent;
	private final List<DiagramNode> children = new ArrayList<>();
	private Bounds bounds = Bounds.NONE;

	DiagramNode(NodeKind kind, EObject element, String label, String detail, DiagramNode parent) {
		this.kind = kind;
		this.element = element;
		this.label = label;
		this.detail = detail;
		this.parent = parent;
		if (parent != null) {
			parent.children.add(this);
		}
	}

	/** What the node stands for. */
	public NodeKind kind() {
		return kind;
	}

	/** The model element drawn (a VTEP endpoint for the marks on an overlay band). */
	public EObject element() {
		return element;
	}

	/** The name shown in the box. */
	public String label() {
		return label;
	}

	/** A second line (an address, a VNI), or empty. */
	public String detail() {
		return detail;
	}

	/** The node this one is drawn inside, or null for a top-level node. */
	public DiagramNode parent() {
		return parent;
	}

	/** The nodes drawn inside this one. */
	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	/** Where the node is, in absolute diagram coordinates. */
	public Bounds bounds() {
		return bounds;
	}

	void place(Bounds placed) {
		this.bounds = placed;
	}

	@Override
	public String toString() {
		return kind + " " + label + " " + bounds;
	}
}
