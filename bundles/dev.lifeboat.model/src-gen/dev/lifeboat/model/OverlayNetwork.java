/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Overlay Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getVni <em>Vni</em>}</li>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getUdpPort <em>Udp Port</em>}</li>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getMtu <em>Mtu</em>}</li>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getReplication <em>Replication</em>}</li>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getMulticastGroup <em>Multicast Group</em>}</li>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getDataPlane <em>Data Plane</em>}</li>
 *   <li>{@link dev.lifeboat.model.OverlayNetwork#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork()
 * @model
 * @generated
 */
public interface OverlayNetwork extends L2Domain {
	/**
	 * Returns the value of the '<em><b>Vni</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 24-bit VXLAN network identifier, 0..16777215 (RFC 7348).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vni</em>' attribute.
	 * @see #setVni(int)
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_Vni()
	 * @model
	 * @generated
	 */
	int getVni();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OverlayNetwork#getVni <em>Vni</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vni</em>' attribute.
	 * @see #getVni()
	 * @generated
	 */
	void setVni(int value);

	/**
	 * Returns the value of the '<em><b>Udp Port</b></em>' attribute.
	 * The default value is <code>"4789"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Udp Port</em>' attribute.
	 * @see #setUdpPort(int)
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_UdpPort()
	 * @model default="4789"
	 * @generated
	 */
	int getUdpPort();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OverlayNetwork#getUdpPort <em>Udp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Udp Port</em>' attribute.
	 * @see #getUdpPort()
	 * @generated
	 */
	void setUdpPort(int value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * The default value is <code>"1450"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_Mtu()
	 * @model default="1450"
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OverlayNetwork#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Returns the value of the '<em><b>Replication</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.Replication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replication</em>' attribute.
	 * @see dev.lifeboat.model.Replication
	 * @see #setReplication(Replication)
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_Replication()
	 * @model
	 * @generated
	 */
	Replication getReplication();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OverlayNetwork#getReplication <em>Replication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replication</em>' attribute.
	 * @see dev.lifeboat.model.Replication
	 * @see #getReplication()
	 * @generated
	 */
	void setReplication(Replication value);

	/**
	 * Returns the value of the '<em><b>Multicast Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multicast Group</em>' attribute.
	 * @see #setMulticastGroup(String)
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_MulticastGroup()
	 * @model
	 * @generated
	 */
	String getMulticastGroup();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OverlayNetwork#getMulticastGroup <em>Multicast Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multicast Group</em>' attribute.
	 * @see #getMulticastGroup()
	 * @generated
	 */
	void setMulticastGroup(String value);

	/**
	 * Returns the value of the '<em><b>Data Plane</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.DataPlane}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Plane</em>' attribute.
	 * @see dev.lifeboat.model.DataPlane
	 * @see #setDataPlane(DataPlane)
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_DataPlane()
	 * @model
	 * @generated
	 */
	DataPlane getDataPlane();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.OverlayNetwork#getDataPlane <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Plane</em>' attribute.
	 * @see dev.lifeboat.model.DataPlane
	 * @see #getDataPlane()
	 * @generated
	 */
	void setDataPlane(DataPlane value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VtepEndpoint}.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.VtepEndpoint#getOverlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getOverlayNetwork_Members()
	 * @see dev.lifeboat.model.VtepEndpoint#getOverlay
	 * @model opposite="overlay" containment="true"
	 * @generated
	 */
	EList<VtepEndpoint> getMembers();

} // OverlayNetwork
