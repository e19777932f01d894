/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Manual Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hand-placed diagram positions, kept sorted by element id so that moving a node changes one line of the file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.ManualLayout#getPositions <em>Positions</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getManualLayout()
 * @model
 * @generated
 */
public interface ManualLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Positions</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.NodePosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positions</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getManualLayout_Positions()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodePosition> getPositions();

} // ManualLayout
