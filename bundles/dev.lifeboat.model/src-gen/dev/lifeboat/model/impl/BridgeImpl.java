/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bridge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.BridgeImpl#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BridgeImpl#getUplink <em>Uplink</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BridgeImpl#getGatewayAddress <em>Gateway Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.BridgeImpl#getPrefixLength <em>Prefix Length</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BridgeImpl extends L2DomainImpl implements Bridge {
	/**
	 * The cached value of the '{@link #getUplink() <em>Uplink</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUplink()
	 * @generated
	 * @ordered
	 */
	protected PhysicalNic uplink;

	/**
	 * The default value of the '{@link #getGatewayAddress() <em>Gateway Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGatewayAddress() <em>Gateway Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayAddress()
	 * @generated
	 * @ordered
	 */
	protected String gatewayAddress = GATEWAY_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefixLength() <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixLength()
	 * @generated
	 * @ordered
	 */
	protected static final int PREFIX_LENGTH_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getPrefixLength() <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixLength()
	 * @generated
	 * @ordered
	 */
	protected int prefixLength = PREFIX_LENGTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BridgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.BRIDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (eContainerFeatureID() != TopologyPackage.BRIDGE__HOST) return null;
		return (Host)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(Host newHost, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHost, TopologyPackage.BRIDGE__HOST, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		if (newHost != eInternalContainer() || (eContainerFeatureID() != TopologyPackage.BRIDGE__HOST && newHost != null)) {
			if (EcoreUtil.isAncestor(this, newHost))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHost != null)
				msgs = ((InternalEObject)newHost).eInverseAdd(this, TopologyPackage.HOST__BRIDGES, Host.class, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BRIDGE__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalNic getUplink() {
		if (uplink != null && uplink.eIsProxy()) {
			InternalEObject oldUplink = (InternalEObject)uplink;
			uplink = (PhysicalNic)eResolveProxy(oldUplink);
			if (uplink != oldUplink) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.BRIDGE__UPLINK, oldUplink, uplink));
			}
		}
		return uplink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhysicalNic basicGetUplink() {
		return uplink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUplink(PhysicalNic newUplink) {
		PhysicalNic oldUplink = uplink;
		uplink = newUplink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BRIDGE__UPLINK, oldUplink, uplink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGatewayAddress() {
		return gatewayAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGatewayAddress(String newGatewayAddress) {
		String oldGatewayAddress = gatewayAddress;
		gatewayAddress = newGatewayAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BRIDGE__GATEWAY_ADDRESS, oldGatewayAddress, gatewayAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPrefixLength() {
		return prefixLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefixLength(int newPrefixLength) {
		int oldPrefixLength = prefixLength;
		prefixLength = newPrefixLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BRIDGE__PREFIX_LENGTH, oldPrefixLength, prefixLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.BRIDGE__HOST:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHost((Host)otherEnd, msgs);
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
			case TopologyPackage.BRIDGE__HOST:
				return basicSetHost(null, msgs);
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
			case TopologyPackage.BRIDGE__HOST:
				return eInternalContainer().eInverseRemove(this, TopologyPackage.HOST__BRIDGES, Host.class, msgs);
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
			case TopologyPackage.BRIDGE__HOST:
				return getHost();
			case TopologyPackage.BRIDGE__UPLINK:
				if (resolve) return getUplink();
				return basicGetUplink();
			case TopologyPackage.BRIDGE__GATEWAY_ADDRESS:
				return getGatewayAddress();
			case TopologyPackage.BRIDGE__PREFIX_LENGTH:
				return getPrefixLength();
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
			case TopologyPackage.BRIDGE__HOST:
				setHost((Host)newValue);
				return;
			case TopologyPackage.BRIDGE__UPLINK:
				setUplink((PhysicalNic)newValue);
				return;
			case TopologyPackage.BRIDGE__GATEWAY_ADDRESS:
				setGatewayAddress((String)newValue);
				return;
			case TopologyPackage.BRIDGE__PREFIX_LENGTH:
				setPrefixLength((Integer)newValue);
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
			case TopologyPackage.BRIDGE__HOST:
				setHost((Host)null);
				return;
			case TopologyPackage.BRIDGE__UPLINK:
				setUplink((PhysicalNic)null);
				return;
			case TopologyPackage.BRIDGE__GATEWAY_ADDRESS:
				setGatewayAddress(GATEWAY_ADDRESS_EDEFAULT);
				return;
			case TopologyPackage.BRIDGE__PREFIX_LENGTH:
				setPrefixLength(PREFIX_LENGTH_EDEFAULT);
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
			case TopologyPackage.BRIDGE__HOST:
				return getHost() != null;
			case TopologyPackage.BRIDGE__UPLINK:
				return uplink != null;
			case TopologyPackage.BRIDGE__GATEWAY_ADDRESS:
				return GATEWAY_ADDRESS_EDEFAULT == null ? gatewayAddress != null : !GATEWAY_ADDRESS_EDEFAULT.equals(gatewayAddress);
			case TopologyPackage.BRIDGE__PREFIX_LENGTH:
				return prefixLength != PREFIX_LENGTH_EDEFAULT;
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
		result.append(" (gatewayAddress: ");
		result.append(gatewayAddress);
		result.append(", prefixLength: ");
		result.append(prefixLength);
		result.append(')');
		return result.toString();
	}

} //BridgeImpl
