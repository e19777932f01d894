/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ha Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Heartbeat-based failover for a set of hosts. Each NIC with the HEARTBEAT role is one heartbeat path.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.HaPolicy#getHosts <em>Hosts</em>}</li>
 *   <li>{@link dev.lifeboat.model.HaPolicy#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}</li>
 *   <li>{@link dev.lifeboat.model.HaPolicy#getMissedBeats <em>Missed Beats</em>}</li>
 *   <li>{@link dev.lifeboat.model.HaPolicy#getFencing <em>Fencing</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getHaPolicy()
 * @model
 * @generated
 */
public interface HaPolicy extends Named {
	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' reference list.
	 * The list contents are of type {@link dev.lifeboat.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getHaPolicy_Hosts()
	 * @model
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Heartbeat Interval Ms</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heartbeat Interval Ms</em>' attribute.
	 * @see #setHeartbeatIntervalMs(int)
	 * @see dev.lifeboat.model.TopologyPackage#getHaPolicy_HeartbeatIntervalMs()
	 * @model default="500"
	 * @generated
	 */
	int getHeartbeatIntervalMs();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.HaPolicy#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heartbeat Interval Ms</em>' attribute.
	 * @see #getHeartbeatIntervalMs()
	 * @generated
	 */
	void setHeartbeatIntervalMs(int value);

	/**
	 * Returns the value of the '<em><b>Missed Beats</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missed Beats</em>' attribute.
	 * @see #setMissedBeats(int)
	 * @see dev.lifeboat.model.TopologyPackage#getHaPolicy_MissedBeats()
	 * @model default="4"
	 * @generated
	 */
	int getMissedBeats();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.HaPolicy#getMissedBeats <em>Missed Beats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missed Beats</em>' attribute.
	 * @see #getMissedBeats()
	 * @generated
	 */
	void setMissedBeats(int value);

	/**
	 * Returns the value of the '<em><b>Fencing</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.FencingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fencing</em>' attribute.
	 * @see dev.lifeboat.model.FencingMode
	 * @see #setFencing(FencingMode)
	 * @see dev.lifeboat.model.TopologyPackage#getHaPolicy_Fencing()
	 * @model
	 * @generated
	 */
	FencingMode getFencing();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.HaPolicy#getFencing <em>Fencing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fencing</em>' attribute.
	 * @see dev.lifeboat.model.FencingMode
	 * @see #getFencing()
	 * @generated
	 */
	void setFencing(FencingMode value);

} // HaPolicy
