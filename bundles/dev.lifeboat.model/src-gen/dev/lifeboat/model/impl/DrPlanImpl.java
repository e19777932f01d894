/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualMachine;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dr Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.DrPlanImpl#getVms <em>Vms</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrPlanImpl#getRecoverySite <em>Recovery Site</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrPlanImpl#getDrillVni <em>Drill Vni</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrPlanImpl#getRtoTargetMinutes <em>Rto Target Minutes</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrPlanImpl#getProbes <em>Probes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DrPlanImpl extends NamedImpl implements DrPlan {
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
	 * The cached value of the '{@link #getRecoverySite() <em>Recovery Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecoverySite()
	 * @generated
	 * @ordered
	 */
	protected Site recoverySite;

	/**
	 * The default value of the '{@link #getDrillVni() <em>Drill Vni</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrillVni()
	 * @generated
	 * @ordered
	 */
	protected static final int DRILL_VNI_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDrillVni() <em>Drill Vni</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrillVni()
	 * @generated
	 * @ordered
	 */
	protected int drillVni = DRILL_VNI_EDEFAULT;

	/**
	 * The default value of the '{@link #getRtoTargetMinutes() <em>Rto Target Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoTargetMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RTO_TARGET_MINUTES_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getRtoTargetMinutes() <em>Rto Target Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoTargetMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rtoTargetMinutes = RTO_TARGET_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProbes() <em>Probes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected EList<VerificationProbe> probes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DrPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DR_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVms() {
		if (vms == null) {
			vms = new EObjectResolvingEList<VirtualMachine>(VirtualMachine.class, this, TopologyPackage.DR_PLAN__VMS);
		}
		return vms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getRecoverySite() {
		if (recoverySite != null && recoverySite.eIsProxy()) {
			InternalEObject oldRecoverySite = (InternalEObject)recoverySite;
			recoverySite = (Site)eResolveProxy(oldRecoverySite);
			if (recoverySite != oldRecoverySite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DR_PLAN__RECOVERY_SITE, oldRecoverySite, recoverySite));
			}
		}
		return recoverySite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetRecoverySite() {
		return recoverySite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecoverySite(Site newRecoverySite) {
		Site oldRecoverySite = recoverySite;
		recoverySite = newRecoverySite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DR_PLAN__RECOVERY_SITE, oldRecoverySite, recoverySite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDrillVni() {
		return drillVni;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrillVni(int newDrillVni) {
		int oldDrillVni = drillVni;
		drillVni = newDrillVni;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DR_PLAN__DRILL_VNI, oldDrillVni, drillVni));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRtoTargetMinutes() {
		return rtoTargetMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtoTargetMinutes(int newRtoTargetMinutes) {
		int oldRtoTargetMinutes = rtoTargetMinutes;
		rtoTargetMinutes = newRtoTargetMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DR_PLAN__RTO_TARGET_MINUTES, oldRtoTargetMinutes, rtoTargetMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VerificationProbe> getProbes() {
		if (probes == null) {
			probes = new EObjectContainmentEList<VerificationProbe>(VerificationProbe.class, this, TopologyPackage.DR_PLAN__PROBES);
		}
		return probes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.DR_PLAN__PROBES:
				return ((InternalEList<?>)getProbes()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.DR_PLAN__VMS:
				return getVms();
			case TopologyPackage.DR_PLAN__RECOVERY_SITE:
				if (resolve) return getRecoverySite();
				return basicGetRecoverySite();
			case TopologyPackage.DR_PLAN__DRILL_VNI:
				return getDrillVni();
			case TopologyPackage.DR_PLAN__RTO_TARGET_MINUTES:
				return getRtoTargetMinutes();
			case TopologyPackage.DR_PLAN__PROBES:
				return getProbes();
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
			case TopologyPackage.DR_PLAN__VMS:
				getVms().clear();
				getVms().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case TopologyPackage.DR_PLAN__RECOVERY_SITE:
				setRecoverySite((Site)newValue);
				return;
			case TopologyPackage.DR_PLAN__DRILL_VNI:
				setDrillVni((Integer)newValue);
				return;
			case TopologyPackage.DR_PLAN__RTO_TARGET_MINUTES:
				setRtoTargetMinutes((Integer)newValue);
				return;
			case TopologyPackage.DR_PLAN__PROBES:
				getProbes().clear();
				getProbes().addAll((Collection<? extends VerificationProbe>)newValue);
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
			case TopologyPackage.DR_PLAN__VMS:
				getVms().clear();
				return;
			case TopologyPackage.DR_PLAN__RECOVERY_SITE:
				setRecoverySite((Site)null);
				return;
			case TopologyPackage.DR_PLAN__DRILL_VNI:
				setDrillVni(DRILL_VNI_EDEFAULT);
				return;
			case TopologyPackage.DR_PLAN__RTO_TARGET_MINUTES:
				setRtoTargetMinutes(RTO_TARGET_MINUTES_EDEFAULT);
				return;
			case TopologyPackage.DR_PLAN__PROBES:
				getProbes().clear();
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
			case TopologyPackage.DR_PLAN__VMS:
				return vms != null && !vms.isEmpty();
			case TopologyPackage.DR_PLAN__RECOVERY_SITE:
				return recoverySite != null;
			case TopologyPackage.DR_PLAN__DRILL_VNI:
				return drillVni != DRILL_VNI_EDEFAULT;
			case TopologyPackage.DR_PLAN__RTO_TARGET_MINUTES:
				return rtoTargetMinutes != RTO_TARGET_MINUTES_EDEFAULT;
			case TopologyPackage.DR_PLAN__PROBES:
				return probes != null && !probes.isEmpty();
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
		result.append(" (drillVni: ");
		result.append(drillVni);
		result.append(", rtoTargetMinutes: ");
		result.append(rtoTargetMinutes);
		result.append(')');
		return result.toString();
	}

} //DrPlanImpl
