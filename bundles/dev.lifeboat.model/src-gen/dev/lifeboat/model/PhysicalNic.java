/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Physical Nic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.PhysicalNic#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.PhysicalNic#getAddress <em>Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.PhysicalNic#getPrefixLength <em>Prefix Length</em>}</li>
 *   <li>{@link dev.lifeboat.model.PhysicalNic#getMtu <em>Mtu</em>}</li>
 *   <li>{@link dev.lifeboat.model.PhysicalNic#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getPhysicalNic()
 * @model
 * @generated
 */
public interface PhysicalNic extends Named {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.Host#getNics <em>Nics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(Host)
	 * @see dev.lifeboat.model.TopologyPackage#getPhysicalNic_Host()
	 * @see dev.lifeboat.model.Host#getNics
	 * @model opposite="nics"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.PhysicalNic#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The NIC's own (underlay) IPv4 or IPv6 address, without prefix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see dev.lifeboat.model.TopologyPackage#getPhysicalNic_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.PhysicalNic#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Prefix Length</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix Length</em>' attribute.
	 * @see #setPrefixLength(int)
	 * @see dev.lifeboat.model.TopologyPackage#getPhysicalNic_PrefixLength()
	 * @model default="24"
	 * @generated
	 */
	int getPrefixLength();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.PhysicalNic#getPrefixLength <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix Length</em>' attribute.
	 * @see #getPrefixLength()
	 * @generated
	 */
	void setPrefixLength(int value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see dev.lifeboat.model.TopologyPackage#getPhysicalNic_Mtu()
	 * @model default="1500"
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.PhysicalNic#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link dev.lifeboat.model.NicRole}.
	 * The literals are from the enumeration {@link dev.lifeboat.model.NicRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the NIC carries. One NIC may serve several roles (e.g. underlay and heartbeat).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see dev.lifeboat.model.NicRole
	 * @see dev.lifeboat.model.TopologyPackage#getPhysicalNic_Roles()
	 * @model
	 * @generated
	 */
	EList<NicRole> getRoles();

} // PhysicalNic
