/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.OperationStep#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationStep#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationStep#getDurationMs <em>Duration Ms</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationStep#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationStep#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getOperationStep()
 * @model
 * @generated
 */
public interface OperationStep extends Named {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationStep_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationStep#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationStep_StartedAt()
	 * @model
	 * @generated
	 */
	String getStartedAt();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationStep#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(String value);

	/**
	 * Returns the value of the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Ms</em>' attribute.
	 * @see #setDurationMs(long)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationStep_DurationMs()
	 * @model
	 * @generated
	 */
	long getDurationMs();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationStep#getDurationMs <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Ms</em>' attribute.
	 * @see #getDurationMs()
	 * @generated
	 */
	void setDurationMs(long value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see dev.lifeboat.model.Outcome
	 * @see #setOutcome(Outcome)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationStep_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationStep#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see dev.lifeboat.model.Outcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationStep_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationStep#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // OperationStep
