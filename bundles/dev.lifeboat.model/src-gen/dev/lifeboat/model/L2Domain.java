/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>L2 Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One broadcast domain a VM NIC can attach to: a bridge on one host, or an overlay stretched across hosts.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.lifeboat.model.TopologyPackage#getL2Domain()
 * @model abstract="true"
 * @generated
 */
public interface L2Domain extends Named {
} // L2Domain
