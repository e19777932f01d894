/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bridge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.Bridge#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.Bridge#getUplink <em>Uplink</em>}</li>
 *   <li>{@link dev.lifeboat.model.Bridge#getGatewayAddress <em>Gateway Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.Bridge#getPrefixLength <em>Prefix Length</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getBridge()
 * @model
 * @generated
 */
public interface Bridge extends L2Domain {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.Host#getBridges <em>Bridges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(Host)
	 * @see dev.lifeboat.model.TopologyPackage#getBridge_Host()
	 * @see dev.lifeboat.model.Host#getBridges
	 * @model opposite="bridges"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Bridge#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Uplink</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical NIC enslaved to the bridge. Without one the bridge is private to its host (NAT or host-only networks).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uplink</em>' reference.
	 * @see #setUplink(PhysicalNic)
	 * @see dev.lifeboat.model.TopologyPackage#getBridge_Uplink()
	 * @model
	 * @generated
	 */
	PhysicalNic getUplink();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Bridge#getUplink <em>Uplink</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uplink</em>' reference.
	 * @see #getUplink()
	 * @generated
	 */
	void setUplink(PhysicalNic value);

	/**
	 * Returns the value of the '<em><b>Gateway Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a private bridge: the host's address on it, the default gateway of NAT guests.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway Address</em>' attribute.
	 * @see #setGatewayAddress(String)
	 * @see dev.lifeboat.model.TopologyPackage#getBridge_GatewayAddress()
	 * @model
	 * @generated
	 */
	String getGatewayAddress();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Bridge#getGatewayAddress <em>Gateway Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway Address</em>' attribute.
	 * @see #getGatewayAddress()
	 * @generated
	 */
	void setGatewayAddress(String value);

	/**
	 * Returns the value of the '<em><b>Prefix Length</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix Length</em>' attribute.
	 * @see #setPrefixLength(int)
	 * @see dev.lifeboat.model.TopologyPackage#getBridge_PrefixLength()
	 * @model default="24"
	 * @generated
	 */
	int getPrefixLength();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Bridge#getPrefixLength <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix Length</em>' attribute.
	 * @see #getPrefixLength()
	 * @generated
	 */
	void setPrefixLength(int value);

} // Bridge
