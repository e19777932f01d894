/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.FencingMode;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ha Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.HaPolicyImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HaPolicyImpl#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HaPolicyImpl#getMissedBeats <em>Missed Beats</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HaPolicyImpl#getFencing <em>Fencing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HaPolicyImpl extends NamedImpl implements HaPolicy {
	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The default value of the '{@link #getHeartbeatIntervalMs() <em>Heartbeat Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeartbeatIntervalMs()
	 * @generated
	 * @ordered
	 */
	protected static final int HEARTBEAT_INTERVAL_MS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getHeartbeatIntervalMs() <em>Heartbeat Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeartbeatIntervalMs()
	 * @generated
	 * @ordered
	 */
	protected int heartbeatIntervalMs = HEARTBEAT_INTERVAL_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissedBeats() <em>Missed Beats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedBeats()
	 * @generated
	 * @ordered
	 */
	protected static final int MISSED_BEATS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getMissedBeats() <em>Missed Beats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissedBeats()
	 * @generated
	 * @ordered
	 */
	protected int missedBeats = MISSED_BEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFencing() <em>Fencing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFencing()
	 * @generated
	 * @ordered
	 */
	protected static final FencingMode FENCING_EDEFAULT = FencingMode.SELF_FENCE;

	/**
	 * The cached value of the '{@link #getFencing() <em>Fencing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFencing()
	 * @generated
	 * @ordered
	 */
	protected FencingMode fencing = FENCING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HaPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.HA_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectResolvingEList<Host>(Host.class, this, TopologyPackage.HA_POLICY__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeartbeatIntervalMs() {
		return heartbeatIntervalMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeartbeatIntervalMs(int newHeartbeatIntervalMs) {
		int oldHeartbeatIntervalMs = heartbeatIntervalMs;
		heartbeatIntervalMs = newHeartbeatIntervalMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HA_POLICY__HEARTBEAT_INTERVAL_MS, oldHeartbeatIntervalMs, heartbeatIntervalMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMissedBeats() {
		return missedBeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissedBeats(int newMissedBeats) {
		int oldMissedBeats = missedBeats;
		missedBeats = newMissedBeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HA_POLICY__MISSED_BEATS, oldMissedBeats, missedBeats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FencingMode getFencing() {
		return fencing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFencing(FencingMode newFencing) {
		FencingMode oldFencing = fencing;
		fencing = newFencing == null ? FENCING_EDEFAULT : newFencing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HA_POLICY__FENCING, oldFencing, fencing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.HA_POLICY__HOSTS:
				return getHosts();
			case TopologyPackage.HA_POLICY__HEARTBEAT_INTERVAL_MS:
				return getHeartbeatIntervalMs();
			case TopologyPackage.HA_POLICY__MISSED_BEATS:
				return getMissedBeats();
			case TopologyPackage.HA_POLICY__FENCING:
				return getFencing();
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
			case TopologyPackage.HA_POLICY__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case TopologyPackage.HA_POLICY__HEARTBEAT_INTERVAL_MS:
				setHeartbeatIntervalMs((Integer)newValue);
				return;
			case TopologyPackage.HA_POLICY__MISSED_BEATS:
				setMissedBeats((Integer)newValue);
				return;
			case TopologyPackage.HA_POLICY__FENCING:
				setFencing((FencingMode)newValue);
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
			case TopologyPackage.HA_POLICY__HOSTS:
				getHosts().clear();
				return;
			case TopologyPackage.HA_POLICY__HEARTBEAT_INTERVAL_MS:
				setHeartbeatIntervalMs(HEARTBEAT_INTERVAL_MS_EDEFAULT);
				return;
			case TopologyPackage.HA_POLICY__MISSED_BEATS:
				setMissedBeats(MISSED_BEATS_EDEFAULT);
				return;
			case TopologyPackage.HA_POLICY__FENCING:
				setFencing(FENCING_EDEFAULT);
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
			case TopologyPackage.HA_POLICY__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case TopologyPackage.HA_POLICY__HEARTBEAT_INTERVAL_MS:
				return heartbeatIntervalMs != HEARTBEAT_INTERVAL_MS_EDEFAULT;
			case TopologyPackage.HA_POLICY__MISSED_BEATS:
				return missedBeats != MISSED_BEATS_EDEFAULT;
			case TopologyPackage.HA_POLICY__FENCING:
				return fencing != FENCING_EDEFAULT;
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
		result.append(" (heartbeatIntervalMs: ");
		result.append(heartbeatIntervalMs);
		result.append(", missedBeats: ");
		result.append(missedBeats);
		result.append(", fencing: ");
		result.append(fencing);
		result.append(')');
		return result.toString();
	}

} //HaPolicyImpl
