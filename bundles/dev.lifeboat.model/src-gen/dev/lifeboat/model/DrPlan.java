/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dr Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.DrPlan#getVms <em>Vms</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrPlan#getRecoverySite <em>Recovery Site</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrPlan#getDrillVni <em>Drill Vni</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrPlan#getRtoTargetMinutes <em>Rto Target Minutes</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrPlan#getProbes <em>Probes</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getDrPlan()
 * @model
 * @generated
 */
public interface DrPlan extends Named {
	/**
	 * Returns the value of the '<em><b>Vms</b></em>' reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protected VMs, in the order they are started on recovery.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vms</em>' reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getDrPlan_Vms()
	 * @model
	 * @generated
	 */
	EList<VirtualMachine> getVms();

	/**
	 * Returns the value of the '<em><b>Recovery Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recovery Site</em>' reference.
	 * @see #setRecoverySite(Site)
	 * @see dev.lifeboat.model.TopologyPackage#getDrPlan_RecoverySite()
	 * @model
	 * @generated
	 */
	Site getRecoverySite();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrPlan#getRecoverySite <em>Recovery Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovery Site</em>' reference.
	 * @see #getRecoverySite()
	 * @generated
	 */
	void setRecoverySite(Site value);

	/**
	 * Returns the value of the '<em><b>Drill Vni</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VNI of the isolated bubble drills restore into; never used in production.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drill Vni</em>' attribute.
	 * @see #setDrillVni(int)
	 * @see dev.lifeboat.model.TopologyPackage#getDrPlan_DrillVni()
	 * @model
	 * @generated
	 */
	int getDrillVni();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrPlan#getDrillVni <em>Drill Vni</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drill Vni</em>' attribute.
	 * @see #getDrillVni()
	 * @generated
	 */
	void setDrillVni(int value);

	/**
	 * Returns the value of the '<em><b>Rto Target Minutes</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rto Target Minutes</em>' attribute.
	 * @see #setRtoTargetMinutes(int)
	 * @see dev.lifeboat.model.TopologyPackage#getDrPlan_RtoTargetMinutes()
	 * @model default="30"
	 * @generated
	 */
	int getRtoTargetMinutes();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrPlan#getRtoTargetMinutes <em>Rto Target Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rto Target Minutes</em>' attribute.
	 * @see #getRtoTargetMinutes()
	 * @generated
	 */
	void setRtoTargetMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VerificationProbe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probes</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getDrPlan_Probes()
	 * @model containment="true"
	 * @generated
	 */
	EList<VerificationProbe> getProbes();

} // DrPlan
