/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Nic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.VirtualNicImpl#getVm <em>Vm</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualNicImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualNicImpl#getIpAddress <em>Ip Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualNicImpl#getPrefixLength <em>Prefix Length</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualNicImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualNicImpl#getAttachment <em>Attachment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualNicImpl extends NamedImpl implements VirtualNic {
	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpAddress() <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpAddress() <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddress()
	 * @generated
	 * @ordered
	 */
	protected String ipAddress = IP_ADDRESS_EDEFAULT;

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
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final NicMode MODE_EDEFAULT = NicMode.BRIDGED;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected NicMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachment() <em>Attachment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachment()
	 * @generated
	 * @ordered
	 */
	protected L2Domain attachment;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualNicImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VIRTUAL_NIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getVm() {
		if (eContainerFeatureID() != TopologyPackage.VIRTUAL_NIC__VM) return null;
		return (VirtualMachine)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVm(VirtualMachine newVm, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newVm, TopologyPackage.VIRTUAL_NIC__VM, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVm(VirtualMachine newVm) {
		if (newVm != eInternalContainer() || (eContainerFeatureID() != TopologyPackage.VIRTUAL_NIC__VM && newVm != null)) {
			if (EcoreUtil.isAncestor(this, newVm))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newVm != null)
				msgs = ((InternalEObject)newVm).eInverseAdd(this, TopologyPackage.VIRTUAL_MACHINE__NICS, VirtualMachine.class, msgs);
			msgs = basicSetVm(newVm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_NIC__VM, newVm, newVm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_NIC__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpAddress() {
		return ipAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpAddress(String newIpAddress) {
		String oldIpAddress = ipAddress;
		ipAddress = newIpAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_NIC__IP_ADDRESS, oldIpAddress, ipAddress));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_NIC__PREFIX_LENGTH, oldPrefixLength, prefixLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NicMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(NicMode newMode) {
		NicMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_NIC__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public L2Domain getAttachment() {
		if (attachment != null && attachment.eIsProxy()) {
			InternalEObject oldAttachment = (InternalEObject)attachment;
			attachment = (L2Domain)eResolveProxy(oldAttachment);
			if (attachment != oldAttachment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.VIRTUAL_NIC__ATTACHMENT, oldAttachment, attachment));
			}
		}
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public L2Domain basicGetAttachment() {
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachment(L2Domain newAttachment) {
		L2Domain oldAttachment = attachment;
		attachment = newAttachment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_NIC__ATTACHMENT, oldAttachment, attachment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.VIRTUAL_NIC__VM:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetVm((VirtualMachine)otherEnd, msgs);
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
			case TopologyPackage.VIRTUAL_NIC__VM:
				return basicSetVm(null, msgs);
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
			case TopologyPackage.VIRTUAL_NIC__VM:
				return eInternalContainer().eInverseRemove(this, TopologyPackage.VIRTUAL_MACHINE__NICS, VirtualMachine.class, msgs);
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
			case TopologyPackage.VIRTUAL_NIC__VM:
				return getVm();
			case TopologyPackage.VIRTUAL_NIC__MAC:
				return getMac();
			case TopologyPackage.VIRTUAL_NIC__IP_ADDRESS:
				return getIpAddress();
			case TopologyPackage.VIRTUAL_NIC__PREFIX_LENGTH:
				return getPrefixLength();
			case TopologyPackage.VIRTUAL_NIC__MODE:
				return getMode();
			case TopologyPackage.VIRTUAL_NIC__ATTACHMENT:
				if (resolve) return getAttachment();
				return basicGetAttachment();
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
			case TopologyPackage.VIRTUAL_NIC__VM:
				setVm((VirtualMachine)newValue);
				return;
			case TopologyPackage.VIRTUAL_NIC__MAC:
				setMac((String)newValue);
				return;
			case TopologyPackage.VIRTUAL_NIC__IP_ADDRESS:
				setIpAddress((String)newValue);
				return;
			case TopologyPackage.VIRTUAL_NIC__PREFIX_LENGTH:
				setPrefixLength((Integer)newValue);
				return;
			case TopologyPackage.VIRTUAL_NIC__MODE:
				setMode((NicMode)newValue);
				return;
			case TopologyPackage.VIRTUAL_NIC__ATTACHMENT:
				setAttachment((L2Domain)newValue);
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
			case TopologyPackage.VIRTUAL_NIC__VM:
				setVm((VirtualMachine)null);
				return;
			case TopologyPackage.VIRTUAL_NIC__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_NIC__IP_ADDRESS:
				setIpAddress(IP_ADDRESS_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_NIC__PREFIX_LENGTH:
				setPrefixLength(PREFIX_LENGTH_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_NIC__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_NIC__ATTACHMENT:
				setAttachment((L2Domain)null);
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
			case TopologyPackage.VIRTUAL_NIC__VM:
				return getVm() != null;
			case TopologyPackage.VIRTUAL_NIC__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case TopologyPackage.VIRTUAL_NIC__IP_ADDRESS:
				return IP_ADDRESS_EDEFAULT == null ? ipAddress != null : !IP_ADDRESS_EDEFAULT.equals(ipAddress);
			case TopologyPackage.VIRTUAL_NIC__PREFIX_LENGTH:
				return prefixLength != PREFIX_LENGTH_EDEFAULT;
			case TopologyPackage.VIRTUAL_NIC__MODE:
				return mode != MODE_EDEFAULT;
			case TopologyPackage.VIRTUAL_NIC__ATTACHMENT:
				return attachment != null;
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
		result.append(" (mac: ");
		result.append(mac);
		result.append(", ipAddress: ");
		result.append(ipAddress);
		result.append(", prefixLength: ");
		result.append(prefixLength);
		result.append(", mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //VirtualNicImpl
