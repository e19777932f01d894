/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.BackupTargetKind;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualMachine;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backup Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getVms <em>Vms</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getRetentionCount <em>Retention Count</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getRpoMinutes <em>Rpo Minutes</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getTargetKind <em>Target Kind</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getTargetLocation <em>Target Location</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#getSecondaryLocation <em>Secondary Location</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BackupPolicyImpl#isEncrypted <em>Encrypted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackupPolicyImpl extends NamedImpl implements BackupPolicy {
	/**
	 * The cached value of the '{@link #getVms() <em>Vms</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVms()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> vms;

	/**
	 * The default value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected int intervalMinutes = INTERVAL_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionCount() <em>Retention Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionCount()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_COUNT_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getRetentionCount() <em>Retention Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionCount()
	 * @generated
	 * @ordered
	 */
	protected int retentionCount = RETENTION_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRpoMinutes() <em>Rpo Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RPO_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getRpoMinutes() <em>Rpo Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rpoMinutes = RPO_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetKind() <em>Target Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetKind()
	 * @generated
	 * @ordered
	 */
	protected static final BackupTargetKind TARGET_KIND_EDEFAULT = BackupTargetKind.LOCAL;

	/**
	 * The cached value of the '{@link #getTargetKind() <em>Target Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetKind()
	 * @generated
	 * @ordered
	 */
	protected BackupTargetKind targetKind = TARGET_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetLocation() <em>Target Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetLocation() <em>Target Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetLocation()
	 * @generated
	 * @ordered
	 */
	protected String targetLocation = TARGET_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondaryLocation() <em>Secondary Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String SECONDARY_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecondaryLocation() <em>Secondary Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryLocation()
	 * @generated
	 * @ordered
	 */
	protected String secondaryLocation = SECONDARY_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected boolean encrypted = ENCRYPTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackupPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.BACKUP_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVms() {
		if (vms == null) {
			vms = new EObjectResolvingEList<VirtualMachine>(VirtualMachine.class, this, TopologyPackage.BACKUP_POLICY__VMS);
		}
		return vms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalMinutes() {
		return intervalMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalMinutes(int newIntervalMinutes) {
		int oldIntervalMinutes = intervalMinutes;
		intervalMinutes = newIntervalMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__INTERVAL_MINUTES, oldIntervalMinutes, intervalMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionCount() {
		return retentionCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionCount(int newRetentionCount) {
		int oldRetentionCount = retentionCount;
		retentionCount = newRetentionCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__RETENTION_COUNT, oldRetentionCount, retentionCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRpoMinutes() {
		return rpoMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRpoMinutes(int newRpoMinutes) {
		int oldRpoMinutes = rpoMinutes;
		rpoMinutes = newRpoMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__RPO_MINUTES, oldRpoMinutes, rpoMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackupTargetKind getTargetKind() {
		return targetKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetKind(BackupTargetKind newTargetKind) {
		BackupTargetKind oldTargetKind = targetKind;
		targetKind = newTargetKind == null ? TARGET_KIND_EDEFAULT : newTargetKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__TARGET_KIND, oldTargetKind, targetKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetLocation() {
		return targetLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetLocation(String newTargetLocation) {
		String oldTargetLocation = targetLocation;
		targetLocation = newTargetLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__TARGET_LOCATION, oldTargetLocation, targetLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecondaryLocation() {
		return secondaryLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondaryLocation(String newSecondaryLocation) {
		String oldSecondaryLocation = secondaryLocation;
		secondaryLocation = newSecondaryLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__SECONDARY_LOCATION, oldSecondaryLocation, secondaryLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncrypted() {
		return encrypted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncrypted(boolean newEncrypted) {
		boolean oldEncrypted = encrypted;
		encrypted = newEncrypted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BACKUP_POLICY__ENCRYPTED, oldEncrypted, encrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.BACKUP_POLICY__VMS:
				return getVms();
			case TopologyPackage.BACKUP_POLICY__INTERVAL_MINUTES:
				return getIntervalMinutes();
			case TopologyPackage.BACKUP_POLICY__RETENTION_COUNT:
				return getRetentionCount();
			case TopologyPackage.BACKUP_POLICY__RPO_MINUTES:
				return getRpoMinutes();
			case TopologyPackage.BACKUP_POLICY__TARGET_KIND:
				return getTargetKind();
			case TopologyPackage.BACKUP_POLICY__TARGET_LOCATION:
				return getTargetLocation();
			case TopologyPackage.BACKUP_POLICY__SECONDARY_LOCATION:
				return getSecondaryLocation();
			case TopologyPackage.BACKUP_POLICY__ENCRYPTED:
				return isEncrypted();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.BACKUP_POLICY__VMS:
				getVms().clear();
				getVms().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__INTERVAL_MINUTES:
				setIntervalMinutes((Integer)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__RETENTION_COUNT:
				setRetentionCount((Integer)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__RPO_MINUTES:
				setRpoMinutes((Integer)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__TARGET_KIND:
				setTargetKind((BackupTargetKind)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__TARGET_LOCATION:
				setTargetLocation((String)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__SECONDARY_LOCATION:
				setSecondaryLocation((String)newValue);
				return;
			case TopologyPackage.BACKUP_POLICY__ENCRYPTED:
				setEncrypted((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.BACKUP_POLICY__VMS:
				getVms().clear();
				return;
			case TopologyPackage.BACKUP_POLICY__INTERVAL_MINUTES:
				setIntervalMinutes(INTERVAL_MINUTES_EDEFAULT);
				return;
			case TopologyPackage.BACKUP_POLICY__RETENTION_COUNT:
				setRetentionCount(RETENTION_COUNT_EDEFAULT);
				return;
			case TopologyPackage.BACKUP_POLICY__RPO_MINUTES:
				setRpoMinutes(RPO_MINUTES_EDEFAULT);
				return;
			case TopologyPackage.BACKUP_POLICY__TARGET_KIND:
				setTargetKind(TARGET_KIND_EDEFAULT);
				return;
			case TopologyPackage.BACKUP_POLICY__TARGET_LOCATION:
				setTargetLocation(TARGET_LOCATION_EDEFAULT);
				return;
			case TopologyPackage.BACKUP_POLICY__SECONDARY_LOCATION:
				setSecondaryLocation(SECONDARY_LOCATION_EDEFAULT);
				return;
			case TopologyPackage.BACKUP_POLICY__ENCRYPTED:
				setEncrypted(ENCRYPTED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.BACKUP_POLICY__VMS:
				return vms != null && !vms.isEmpty();
			case TopologyPackage.BACKUP_POLICY__INTERVAL_MINUTES:
				return intervalMinutes != INTERVAL_MINUTES_EDEFAULT;
			case TopologyPackage.BACKUP_POLICY__RETENTION_COUNT:
				return retentionCount != RETENTION_COUNT_EDEFAULT;
			case TopologyPackage.BACKUP_POLICY__RPO_MINUTES:
				return rpoMinutes != RPO_MINUTES_EDEFAULT;
			case TopologyPackage.BACKUP_POLICY__TARGET_KIND:
				return targetKind != TARGET_KIND_EDEFAULT;
			case TopologyPackage.BACKUP_POLICY__TARGET_LOCATION:
				return TARGET_LOCATION_EDEFAULT == null ? targetLocation != null : !TARGET_LOCATION_EDEFAULT.equals(targetLocation);
			case TopologyPackage.BACKUP_POLICY__SECONDARY_LOCATION:
				return SECONDARY_LOCATION_EDEFAULT == null ? secondaryLocation != null : !SECONDARY_LOCATION_EDEFAULT.equals(secondaryLocation);
			case TopologyPackage.BACKUP_POLICY__ENCRYPTED:
				return encrypted != ENCRYPTED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (intervalMinutes: ");
		result.append(intervalMinutes);
		result.append(", retentionCount: ");
		result.append(retentionCount);
		result.append(", rpoMinutes: ");
		result.append(rpoMinutes);
		result.append(", targetKind: ");
		result.append(targetKind);
		result.append(", targetLocation: ");
		result.append(targetLocation);
		result.append(", secondaryLocation: ");
		result.append(secondaryLocation);
		result.append(", encrypted: ");
		result.append(encrypted);
		result.append(')');
		return result.toString();
	}

} //BackupPolicyImpl
