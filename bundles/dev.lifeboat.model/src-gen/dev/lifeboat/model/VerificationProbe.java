/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Verification Probe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.VerificationProbe#getVm <em>Vm</em>}</li>
 *   <li>{@link dev.lifeboat.model.VerificationProbe#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.lifeboat.model.VerificationProbe#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.lifeboat.model.VerificationProbe#getExpected <em>Expected</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getVerificationProbe()
 * @model
 * @generated
 */
public interface VerificationProbe extends Named {
	/**
	 * Returns the value of the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm</em>' reference.
	 * @see #setVm(VirtualMachine)
	 * @see dev.lifeboat.model.TopologyPackage#getVerificationProbe_Vm()
	 * @model
	 * @generated
	 */
	VirtualMachine getVm();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VerificationProbe#getVm <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm</em>' reference.
	 * @see #getVm()
	 * @generated
	 */
	void setVm(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.ProbeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.lifeboat.model.ProbeKind
	 * @see #setKind(ProbeKind)
	 * @see dev.lifeboat.model.TopologyPackage#getVerificationProbe_Kind()
	 * @model
	 * @generated
	 */
	ProbeKind getKind();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VerificationProbe#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.lifeboat.model.ProbeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProbeKind value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TCP: the port; HTTP: the URL path; COMMAND: the command run inside the guest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see dev.lifeboat.model.TopologyPackage#getVerificationProbe_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VerificationProbe#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HTTP: the status and expected content; COMMAND: the exit code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(String)
	 * @see dev.lifeboat.model.TopologyPackage#getVerificationProbe_Expected()
	 * @model
	 * @generated
	 */
	String getExpected();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VerificationProbe#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(String value);

} // VerificationProbe
