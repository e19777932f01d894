/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getHaPolicies <em>Ha Policies</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getBackupPolicies <em>Backup Policies</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getDrPlans <em>Dr Plans</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getDrillRecords <em>Drill Records</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getOperationRecords <em>Operation Records</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.TopologyImpl#getManualLayout <em>Manual Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologyImpl extends NamedImpl implements Topology {
	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getOverlays() <em>Overlays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlays()
	 * @generated
	 * @ordered
	 */
	protected EList<OverlayNetwork> overlays;

	/**
	 * The cached value of the '{@link #getHaPolicies() <em>Ha Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHaPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<HaPolicy> haPolicies;

	/**
	 * The cached value of the '{@link #getBackupPolicies() <em>Backup Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<BackupPolicy> backupPolicies;

	/**
	 * The cached value of the '{@link #getDrPlans() <em>Dr Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<DrPlan> drPlans;

	/**
	 * The cached value of the '{@link #getDrillRecords() <em>Drill Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrillRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<DrillRecord> drillRecords;

	/**
	 * The cached value of the '{@link #getOperationRecords() <em>Operation Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperationRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<OperationRecord> operationRecords;

	/**
	 * The cached value of the '{@link #getManualLayout() <em>Manual Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualLayout()
	 * @generated
	 * @ordered
	 */
	protected ManualLayout manualLayout;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.TOPOLOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, TopologyPackage.TOPOLOGY__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OverlayNetwork> getOverlays() {
		if (overlays == null) {
			overlays = new EObjectContainmentEList<OverlayNetwork>(OverlayNetwork.class, this, TopologyPackage.TOPOLOGY__OVERLAYS);
		}
		return overlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HaPolicy> getHaPolicies() {
		if (haPolicies == null) {
			haPolicies = new EObjectContainmentEList<HaPolicy>(HaPolicy.class, this, TopologyPackage.TOPOLOGY__HA_POLICIES);
		}
		return haPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackupPolicy> getBackupPolicies() {
		if (backupPolicies == null) {
			backupPolicies = new EObjectContainmentEList<BackupPolicy>(BackupPolicy.class, this, TopologyPackage.TOPOLOGY__BACKUP_POLICIES);
		}
		return backupPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DrPlan> getDrPlans() {
		if (drPlans == null) {
			drPlans = new EObjectContainmentEList<DrPlan>(DrPlan.class, this, TopologyPackage.TOPOLOGY__DR_PLANS);
		}
		return drPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DrillRecord> getDrillRecords() {
		if (drillRecords == null) {
			drillRecords = new EObjectContainmentEList<DrillRecord>(DrillRecord.class, this, TopologyPackage.TOPOLOGY__DRILL_RECORDS);
		}
		return drillRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OperationRecord> getOperationRecords() {
		if (operationRecords == null) {
			operationRecords = new EObjectContainmentEList<OperationRecord>(OperationRecord.class, this, TopologyPackage.TOPOLOGY__OPERATION_RECORDS);
		}
		return operationRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManualLayout getManualLayout() {
		return manualLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetManualLayout(ManualLayout newManualLayout, NotificationChain msgs) {
		ManualLayout oldManualLayout = manualLayout;
		manualLayout = newManualLayout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__MANUAL_LAYOUT, oldManualLayout, newManualLayout);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManualLayout(ManualLayout newManualLayout) {
		if (newManualLayout != manualLayout) {
			NotificationChain msgs = null;
			if (manualLayout != null)
				msgs = ((InternalEObject)manualLayout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.TOPOLOGY__MANUAL_LAYOUT, null, msgs);
			if (newManualLayout != null)
				msgs = ((InternalEObject)newManualLayout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.TOPOLOGY__MANUAL_LAYOUT, null, msgs);
			msgs = basicSetManualLayout(newManualLayout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__MANUAL_LAYOUT, newManualLayout, newManualLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.TOPOLOGY__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__OVERLAYS:
				return ((InternalEList<?>)getOverlays()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__HA_POLICIES:
				return ((InternalEList<?>)getHaPolicies()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__BACKUP_POLICIES:
				return ((InternalEList<?>)getBackupPolicies()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__DR_PLANS:
				return ((InternalEList<?>)getDrPlans()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__DRILL_RECORDS:
				return ((InternalEList<?>)getDrillRecords()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__OPERATION_RECORDS:
				return ((InternalEList<?>)getOperationRecords()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__MANUAL_LAYOUT:
				return basicSetManualLayout(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.TOPOLOGY__SITES:
				return getSites();
			case TopologyPackage.TOPOLOGY__OVERLAYS:
				return getOverlays();
			case TopologyPackage.TOPOLOGY__HA_POLICIES:
				return getHaPolicies();
			case TopologyPackage.TOPOLOGY__BACKUP_POLICIES:
				return getBackupPolicies();
			case TopologyPackage.TOPOLOGY__DR_PLANS:
				return getDrPlans();
			case TopologyPackage.TOPOLOGY__DRILL_RECORDS:
				return getDrillRecords();
			case TopologyPackage.TOPOLOGY__OPERATION_RECORDS:
				return getOperationRecords();
			case TopologyPackage.TOPOLOGY__MANUAL_LAYOUT:
				return getManualLayout();
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
			case TopologyPackage.TOPOLOGY__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__OVERLAYS:
				getOverlays().clear();
				getOverlays().addAll((Collection<? extends OverlayNetwork>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__HA_POLICIES:
				getHaPolicies().clear();
				getHaPolicies().addAll((Collection<? extends HaPolicy>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__BACKUP_POLICIES:
				getBackupPolicies().clear();
				getBackupPolicies().addAll((Collection<? extends BackupPolicy>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__DR_PLANS:
				getDrPlans().clear();
				getDrPlans().addAll((Collection<? extends DrPlan>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__DRILL_RECORDS:
				getDrillRecords().clear();
				getDrillRecords().addAll((Collection<? extends DrillRecord>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__OPERATION_RECORDS:
				getOperationRecords().clear();
				getOperationRecords().addAll((Collection<? extends OperationRecord>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__MANUAL_LAYOUT:
				setManualLayout((ManualLayout)newValue);
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
			case TopologyPackage.TOPOLOGY__SITES:
				getSites().clear();
				return;
			case TopologyPackage.TOPOLOGY__OVERLAYS:
				getOverlays().clear();
				return;
			case TopologyPackage.TOPOLOGY__HA_POLICIES:
				getHaPolicies().clear();
				return;
			case TopologyPackage.TOPOLOGY__BACKUP_POLICIES:
				getBackupPolicies().clear();
				return;
			case TopologyPackage.TOPOLOGY__DR_PLANS:
				getDrPlans().clear();
				return;
			case TopologyPackage.TOPOLOGY__DRILL_RECORDS:
				getDrillRecords().clear();
				return;
			case TopologyPackage.TOPOLOGY__OPERATION_RECORDS:
				getOperationRecords().clear();
				return;
			case TopologyPackage.TOPOLOGY__MANUAL_LAYOUT:
				setManualLayout((ManualLayout)null);
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
			case TopologyPackage.TOPOLOGY__SITES:
				return sites != null && !sites.isEmpty();
			case TopologyPackage.TOPOLOGY__OVERLAYS:
				return overlays != null && !overlays.isEmpty();
			case TopologyPackage.TOPOLOGY__HA_POLICIES:
				return haPolicies != null && !haPolicies.isEmpty();
			case TopologyPackage.TOPOLOGY__BACKUP_POLICIES:
				return backupPolicies != null && !backupPolicies.isEmpty();
			case TopologyPackage.TOPOLOGY__DR_PLANS:
				return drPlans != null && !drPlans.isEmpty();
			case TopologyPackage.TOPOLOGY__DRILL_RECORDS:
				return drillRecords != null && !drillRecords.isEmpty();
			case TopologyPackage.TOPOLOGY__OPERATION_RECORDS:
				return operationRecords != null && !operationRecords.isEmpty();
			case TopologyPackage.TOPOLOGY__MANUAL_LAYOUT:
				return manualLayout != null;
		}
		return super.eIsSet(featureID);
	}

} //TopologyImpl
