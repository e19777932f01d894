package dev.lifeboat.ui.session;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A grouping node of the explorer ("Overlays", "DR plans"): the elements of one containment reference.
 *
 * @param owner   the element holding the list
 * @param feature the containment reference
 * @param label   what the tree shows
 */
public record Folder(EObject owner, EReference feature, String label) {
}
