/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The audit trail of one operation (deploy, failover, migration, drill), step by step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getTopologyHash <em>Topology Hash</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.lifeboat.model.OperationRecord#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord()
 * @model
 * @generated
 */
public interface OperationRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.OperationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.lifeboat.model.OperationKind
	 * @see #setKind(OperationKind)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_Kind()
	 * @model
	 * @generated
	 */
	OperationKind getKind();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.lifeboat.model.OperationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OperationKind value);

	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator</em>' attribute.
	 * @see #setInitiator(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_Initiator()
	 * @model
	 * @generated
	 */
	String getInitiator();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getInitiator <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' attribute.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_StartedAt()
	 * @model
	 * @generated
	 */
	String getStartedAt();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(String value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_FinishedAt()
	 * @model
	 * @generated
	 */
	String getFinishedAt();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see dev.lifeboat.model.Outcome
	 * @see #setOutcome(Outcome)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see dev.lifeboat.model.Outcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Topology Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology Hash</em>' attribute.
	 * @see #setTopologyHash(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_TopologyHash()
	 * @model
	 * @generated
	 */
	String getTopologyHash();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getTopologyHash <em>Topology Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topology Hash</em>' attribute.
	 * @see #getTopologyHash()
	 * @generated
	 */
	void setTopologyHash(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OperationRecord#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.OperationStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getOperationRecord_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<OperationStep> getSteps();

} // OperationRecord
