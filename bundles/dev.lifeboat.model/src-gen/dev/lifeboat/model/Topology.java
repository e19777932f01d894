/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.Topology#getSites <em>Sites</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getHaPolicies <em>Ha Policies</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getBackupPolicies <em>Backup Policies</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getDrPlans <em>Dr Plans</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getDrillRecords <em>Drill Records</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getOperationRecords <em>Operation Records</em>}</li>
 *   <li>{@link dev.lifeboat.model.Topology#getManualLayout <em>Manual Layout</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getTopology()
 * @model
 * @generated
 */
public interface Topology extends Named {
	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Overlays</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.OverlayNetwork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlays</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_Overlays()
	 * @model containment="true"
	 * @generated
	 */
	EList<OverlayNetwork> getOverlays();

	/**
	 * Returns the value of the '<em><b>Ha Policies</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.HaPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ha Policies</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_HaPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<HaPolicy> getHaPolicies();

	/**
	 * Returns the value of the '<em><b>Backup Policies</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.BackupPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backup Policies</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_BackupPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<BackupPolicy> getBackupPolicies();

	/**
	 * Returns the value of the '<em><b>Dr Plans</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.DrPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dr Plans</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_DrPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<DrPlan> getDrPlans();

	/**
	 * Returns the value of the '<em><b>Drill Records</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.DrillRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drill Records</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_DrillRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<DrillRecord> getDrillRecords();

	/**
	 * Returns the value of the '<em><b>Operation Records</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.OperationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation Records</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_OperationRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<OperationRecord> getOperationRecords();

	/**
	 * Returns the value of the '<em><b>Manual Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the user placed diagram nodes by hand; absent until they do. Automatic layout keeps these positions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manual Layout</em>' containment reference.
	 * @see #setManualLayout(ManualLayout)
	 * @see dev.lifeboat.model.TopologyPackage#getTopology_ManualLayout()
	 * @model containment="true"
	 * @generated
	 */
	ManualLayout getManualLayout();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Topology#getManualLayout <em>Manual Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual Layout</em>' containment reference.
	 * @see #getManualLayout()
	 * @generated
	 */
	void setManualLayout(ManualLayout value);

} // Topology
