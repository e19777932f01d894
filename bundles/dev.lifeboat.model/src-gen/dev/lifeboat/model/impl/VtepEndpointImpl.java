/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VtepEndpoint;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vtep Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.VtepEndpointImpl#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VtepEndpointImpl#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VtepEndpointImpl#getUnderlayNic <em>Underlay Nic</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VtepEndpointImpl#getDataPlane <em>Data Plane</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VtepEndpointImpl extends IdentifiedImpl implements VtepEndpoint {
	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The cached value of the '{@link #getUnderlayNic() <em>Underlay Nic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnderlayNic()
	 * @generated
	 * @ordered
	 */
	protected PhysicalNic underlayNic;

	/**
	 * The default value of the '{@link #getDataPlane() <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataPlane()
	 * @generated
	 * @ordered
	 */
	protected static final DataPlane DATA_PLANE_EDEFAULT = DataPlane.KERNEL;

	/**
	 * The cached value of the '{@link #getDataPlane() <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataPlane()
	 * @generated
	 * @ordered
	 */
	protected DataPlane dataPlane = DATA_PLANE_EDEFAULT;

	/**
	 * This is true if the Data Plane attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dataPlaneESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VtepEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VTEP_ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlayNetwork getOverlay() {
		if (eContainerFeatureID() != TopologyPackage.VTEP_ENDPOINT__OVERLAY) return null;
		return (OverlayNetwork)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOverlay(OverlayNetwork newOverlay, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newOverlay, TopologyPackage.VTEP_ENDPOINT__OVERLAY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverlay(OverlayNetwork newOverlay) {
		if (newOverlay != eInternalContainer() || (eContainerFeatureID() != TopologyPackage.VTEP_ENDPOINT__OVERLAY && newOverlay != null)) {
			if (EcoreUtil.isAncestor(this, newOverlay))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newOverlay != null)
				msgs = ((InternalEObject)newOverlay).eInverseAdd(this, TopologyPackage.OVERLAY_NETWORK__MEMBERS, OverlayNetwork.class, msgs);
			msgs = basicSetOverlay(newOverlay, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VTEP_ENDPOINT__OVERLAY, newOverlay, newOverlay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.VTEP_ENDPOINT__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VTEP_ENDPOINT__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalNic getUnderlayNic() {
		if (underlayNic != null && underlayNic.eIsProxy()) {
			InternalEObject oldUnderlayNic = (InternalEObject)underlayNic;
			underlayNic = (PhysicalNic)eResolveProxy(oldUnderlayNic);
			if (underlayNic != oldUnderlayNic) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.VTEP_ENDPOINT__UNDERLAY_NIC, oldUnderlayNic, underlayNic));
			}
		}
		return underlayNic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhysicalNic basicGetUnderlayNic() {
		return underlayNic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnderlayNic(PhysicalNic newUnderlayNic) {
		PhysicalNic oldUnderlayNic = underlayNic;
		underlayNic = newUnderlayNic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VTEP_ENDPOINT__UNDERLAY_NIC, oldUnderlayNic, underlayNic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataPlane getDataPlane() {
		return dataPlane;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataPlane(DataPlane newDataPlane) {
		DataPlane oldDataPlane = dataPlane;
		dataPlane = newDataPlane == null ? DATA_PLANE_EDEFAULT : newDataPlane;
		boolean oldDataPlaneESet = dataPlaneESet;
		dataPlaneESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VTEP_ENDPOINT__DATA_PLANE, oldDataPlane, dataPlane, !oldDataPlaneESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDataPlane() {
		DataPlane oldDataPlane = dataPlane;
		boolean oldDataPlaneESet = dataPlaneESet;
		dataPlane = DATA_PLANE_EDEFAULT;
		dataPlaneESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TopologyPackage.VTEP_ENDPOINT__DATA_PLANE, oldDataPlane, DATA_PLANE_EDEFAULT, oldDataPlaneESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDataPlane() {
		return dataPlaneESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetOverlay((OverlayNetwork)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				return basicSetOverlay(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				return eInternalContainer().eInverseRemove(this, TopologyPackage.OVERLAY_NETWORK__MEMBERS, OverlayNetwork.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				return getOverlay();
			case TopologyPackage.VTEP_ENDPOINT__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case TopologyPackage.VTEP_ENDPOINT__UNDERLAY_NIC:
				if (resolve) return getUnderlayNic();
				return basicGetUnderlayNic();
			case TopologyPackage.VTEP_ENDPOINT__DATA_PLANE:
				return getDataPlane();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				setOverlay((OverlayNetwork)newValue);
				return;
			case TopologyPackage.VTEP_ENDPOINT__HOST:
				setHost((Host)newValue);
				return;
			case TopologyPackage.VTEP_ENDPOINT__UNDERLAY_NIC:
				setUnderlayNic((PhysicalNic)newValue);
				return;
			case TopologyPackage.VTEP_ENDPOINT__DATA_PLANE:
				setDataPlane((DataPlane)newValue);
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
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				setOverlay((OverlayNetwork)null);
				return;
			case TopologyPackage.VTEP_ENDPOINT__HOST:
				setHost((Host)null);
				return;
			case TopologyPackage.VTEP_ENDPOINT__UNDERLAY_NIC:
				setUnderlayNic((PhysicalNic)null);
				return;
			case TopologyPackage.VTEP_ENDPOINT__DATA_PLANE:
				unsetDataPlane();
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
			case TopologyPackage.VTEP_ENDPOINT__OVERLAY:
				return getOverlay() != null;
			case TopologyPackage.VTEP_ENDPOINT__HOST:
				return host != null;
			case TopologyPackage.VTEP_ENDPOINT__UNDERLAY_NIC:
				return underlayNic != null;
			case TopologyPackage.VTEP_ENDPOINT__DATA_PLANE:
				return isSetDataPlane();
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
		result.append(" (dataPlane: ");
		if (dataPlaneESet) result.append(dataPlane); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //VtepEndpointImpl
