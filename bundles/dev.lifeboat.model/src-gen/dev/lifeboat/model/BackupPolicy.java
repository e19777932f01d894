/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backup Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getVms <em>Vms</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getRetentionCount <em>Retention Count</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getRpoMinutes <em>Rpo Minutes</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getTargetKind <em>Target Kind</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getTargetLocation <em>Target Location</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#getSecondaryLocation <em>Secondary Location</em>}</li>
 *   <li>{@link dev.lifeboat.model.BackupPolicy#isEncrypted <em>Encrypted</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy()
 * @model
 * @generated
 */
public interface BackupPolicy extends Named {
	/**
	 * Returns the value of the '<em><b>Vms</b></em>' reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vms</em>' reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_Vms()
	 * @model
	 * @generated
	 */
	EList<VirtualMachine> getVms();

	/**
	 * Returns the value of the '<em><b>Interval Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schedule: one backup every this many minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval Minutes</em>' attribute.
	 * @see #setIntervalMinutes(int)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_IntervalMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getIntervalMinutes();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#getIntervalMinutes <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Minutes</em>' attribute.
	 * @see #getIntervalMinutes()
	 * @generated
	 */
	void setIntervalMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Retention Count</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Count</em>' attribute.
	 * @see #setRetentionCount(int)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_RetentionCount()
	 * @model default="24"
	 * @generated
	 */
	int getRetentionCount();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#getRetentionCount <em>Retention Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Count</em>' attribute.
	 * @see #getRetentionCount()
	 * @generated
	 */
	void setRetentionCount(int value);

	/**
	 * Returns the value of the '<em><b>Rpo Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rpo Minutes</em>' attribute.
	 * @see #setRpoMinutes(int)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_RpoMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getRpoMinutes();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#getRpoMinutes <em>Rpo Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rpo Minutes</em>' attribute.
	 * @see #getRpoMinutes()
	 * @generated
	 */
	void setRpoMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Target Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.BackupTargetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Kind</em>' attribute.
	 * @see dev.lifeboat.model.BackupTargetKind
	 * @see #setTargetKind(BackupTargetKind)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_TargetKind()
	 * @model
	 * @generated
	 */
	BackupTargetKind getTargetKind();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#getTargetKind <em>Target Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Kind</em>' attribute.
	 * @see dev.lifeboat.model.BackupTargetKind
	 * @see #getTargetKind()
	 * @generated
	 */
	void setTargetKind(BackupTargetKind value);

	/**
	 * Returns the value of the '<em><b>Target Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Location</em>' attribute.
	 * @see #setTargetLocation(String)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_TargetLocation()
	 * @model
	 * @generated
	 */
	String getTargetLocation();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#getTargetLocation <em>Target Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Location</em>' attribute.
	 * @see #getTargetLocation()
	 * @generated
	 */
	void setTargetLocation(String value);

	/**
	 * Returns the value of the '<em><b>Secondary Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the second copy goes, for D2D2C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secondary Location</em>' attribute.
	 * @see #setSecondaryLocation(String)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_SecondaryLocation()
	 * @model
	 * @generated
	 */
	String getSecondaryLocation();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#getSecondaryLocation <em>Secondary Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secondary Location</em>' attribute.
	 * @see #getSecondaryLocation()
	 * @generated
	 */
	void setSecondaryLocation(String value);

	/**
	 * Returns the value of the '<em><b>Encrypted</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encrypted</em>' attribute.
	 * @see #setEncrypted(boolean)
	 * @see dev.lifeboat.model.TopologyPackage#getBackupPolicy_Encrypted()
	 * @model default="true"
	 * @generated
	 */
	boolean isEncrypted();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.BackupPolicy#isEncrypted <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted</em>' attribute.
	 * @see #isEncrypted()
	 * @generated
	 */
	void setEncrypted(boolean value);

} // BackupPolicy
