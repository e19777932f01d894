/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualDisk;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Disk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.VirtualDiskImpl#getSizeGiB <em>Size Gi B</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualDiskImpl extends NamedImpl implements VirtualDisk {
	/**
	 * The default value of the '{@link #getSizeGiB() <em>Size Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeGiB()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_GI_B_EDEFAULT = 10L;

	/**
	 * The cached value of the '{@link #getSizeGiB() <em>Size Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeGiB()
	 * @generated
	 * @ordered
	 */
	protected long sizeGiB = SIZE_GI_B_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualDiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VIRTUAL_DISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSizeGiB() {
		return sizeGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeGiB(long newSizeGiB) {
		long oldSizeGiB = sizeGiB;
		sizeGiB = newSizeGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_DISK__SIZE_GI_B, oldSizeGiB, sizeGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.VIRTUAL_DISK__SIZE_GI_B:
				return getSizeGiB();
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
			case TopologyPackage.VIRTUAL_DISK__SIZE_GI_B:
				setSizeGiB((Long)newValue);
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
			case TopologyPackage.VIRTUAL_DISK__SIZE_GI_B:
				setSizeGiB(SIZE_GI_B_EDEFAULT);
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
			case TopologyPackage.VIRTUAL_DISK__SIZE_GI_B:
				return sizeGiB != SIZE_GI_B_EDEFAULT;
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
		result.append(" (sizeGiB: ");
		result.append(sizeGiB);
		result.append(')');
		return result.toString();
	}

} //VirtualDiskImpl
