/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Nic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.VirtualNic#getVm <em>Vm</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualNic#getMac <em>Mac</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualNic#getIpAddress <em>Ip Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualNic#getPrefixLength <em>Prefix Length</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualNic#getMode <em>Mode</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualNic#getAttachment <em>Attachment</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic()
 * @model
 * @generated
 */
public interface VirtualNic extends Named {
	/**
	 * Returns the value of the '<em><b>Vm</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.VirtualMachine#getNics <em>Nics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm</em>' container reference.
	 * @see #setVm(VirtualMachine)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic_Vm()
	 * @see dev.lifeboat.model.VirtualMachine#getNics
	 * @model opposite="nics"
	 * @generated
	 */
	VirtualMachine getVm();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualNic#getVm <em>Vm</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm</em>' container reference.
	 * @see #getVm()
	 * @generated
	 */
	void setVm(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualNic#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Address</em>' attribute.
	 * @see #setIpAddress(String)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic_IpAddress()
	 * @model
	 * @generated
	 */
	String getIpAddress();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualNic#getIpAddress <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Address</em>' attribute.
	 * @see #getIpAddress()
	 * @generated
	 */
	void setIpAddress(String value);

	/**
	 * Returns the value of the '<em><b>Prefix Length</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix Length</em>' attribute.
	 * @see #setPrefixLength(int)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic_PrefixLength()
	 * @model default="24"
	 * @generated
	 */
	int getPrefixLength();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualNic#getPrefixLength <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix Length</em>' attribute.
	 * @see #getPrefixLength()
	 * @generated
	 */
	void setPrefixLength(int value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.NicMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see dev.lifeboat.model.NicMode
	 * @see #setMode(NicMode)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic_Mode()
	 * @model
	 * @generated
	 */
	NicMode getMode();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualNic#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see dev.lifeboat.model.NicMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(NicMode value);

	/**
	 * Returns the value of the '<em><b>Attachment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bridge or overlay this NIC is plugged into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment</em>' reference.
	 * @see #setAttachment(L2Domain)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualNic_Attachment()
	 * @model
	 * @generated
	 */
	L2Domain getAttachment();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualNic#getAttachment <em>Attachment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment</em>' reference.
	 * @see #getAttachment()
	 * @generated
	 */
	void setAttachment(L2Domain value);

} // VirtualNic
