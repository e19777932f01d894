/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.ProbeKind;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualMachine;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Verification Probe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.VerificationProbeImpl#getVm <em>Vm</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VerificationProbeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VerificationProbeImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VerificationProbeImpl#getExpected <em>Expected</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VerificationProbeImpl extends NamedImpl implements VerificationProbe {
	/**
	 * The cached value of the '{@link #getVm() <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVm()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine vm;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProbeKind KIND_EDEFAULT = ProbeKind.TCP_PORT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProbeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected String expected = EXPECTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VerificationProbeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VERIFICATION_PROBE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getVm() {
		if (vm != null && vm.eIsProxy()) {
			InternalEObject oldVm = (InternalEObject)vm;
			vm = (VirtualMachine)eResolveProxy(oldVm);
			if (vm != oldVm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.VERIFICATION_PROBE__VM, oldVm, vm));
			}
		}
		return vm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetVm() {
		return vm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVm(VirtualMachine newVm) {
		VirtualMachine oldVm = vm;
		vm = newVm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VERIFICATION_PROBE__VM, oldVm, vm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProbeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProbeKind newKind) {
		ProbeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VERIFICATION_PROBE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VERIFICATION_PROBE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(String newExpected) {
		String oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VERIFICATION_PROBE__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.VERIFICATION_PROBE__VM:
				if (resolve) return getVm();
				return basicGetVm();
			case TopologyPackage.VERIFICATION_PROBE__KIND:
				return getKind();
			case TopologyPackage.VERIFICATION_PROBE__TARGET:
				return getTarget();
			case TopologyPackage.VERIFICATION_PROBE__EXPECTED:
				return getExpected();
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
			case TopologyPackage.VERIFICATION_PROBE__VM:
				setVm((VirtualMachine)newValue);
				return;
			case TopologyPackage.VERIFICATION_PROBE__KIND:
				setKind((ProbeKind)newValue);
				return;
			case TopologyPackage.VERIFICATION_PROBE__TARGET:
				setTarget((String)newValue);
				return;
			case TopologyPackage.VERIFICATION_PROBE__EXPECTED:
				setExpected((String)newValue);
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
			case TopologyPackage.VERIFICATION_PROBE__VM:
				setVm((VirtualMachine)null);
				return;
			case TopologyPackage.VERIFICATION_PROBE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.VERIFICATION_PROBE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TopologyPackage.VERIFICATION_PROBE__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
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
			case TopologyPackage.VERIFICATION_PROBE__VM:
				return vm != null;
			case TopologyPackage.VERIFICATION_PROBE__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.VERIFICATION_PROBE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TopologyPackage.VERIFICATION_PROBE__EXPECTED:
				return EXPECTED_EDEFAULT == null ? expected != null : !EXPECTED_EDEFAULT.equals(expected);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", target: ");
		result.append(target);
		result.append(", expected: ");
		result.append(expected);
		result.append(')');
		return result.toString();
	}

} //VerificationProbeImpl
