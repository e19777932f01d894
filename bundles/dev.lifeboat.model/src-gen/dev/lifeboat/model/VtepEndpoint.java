/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vtep Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One member host of an overlay: where its VXLAN tunnel endpoint sits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.VtepEndpoint#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link dev.lifeboat.model.VtepEndpoint#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.VtepEndpoint#getUnderlayNic <em>Underlay Nic</em>}</li>
 *   <li>{@link dev.lifeboat.model.VtepEndpoint#getDataPlane <em>Data Plane</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getVtepEndpoint()
 * @model
 * @generated
 */
public interface VtepEndpoint extends Identified {
	/**
	 * Returns the value of the '<em><b>Overlay</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.OverlayNetwork#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlay</em>' container reference.
	 * @see #setOverlay(OverlayNetwork)
	 * @see dev.lifeboat.model.TopologyPackage#getVtepEndpoint_Overlay()
	 * @see dev.lifeboat.model.OverlayNetwork#getMembers
	 * @model opposite="members"
	 * @generated
	 */
	OverlayNetwork getOverlay();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VtepEndpoint#getOverlay <em>Overlay</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlay</em>' container reference.
	 * @see #getOverlay()
	 * @generated
	 */
	void setOverlay(OverlayNetwork value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see dev.lifeboat.model.TopologyPackage#getVtepEndpoint_Host()
	 * @model
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VtepEndpoint#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Underlay Nic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The NIC whose address is the VTEP's source address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Underlay Nic</em>' reference.
	 * @see #setUnderlayNic(PhysicalNic)
	 * @see dev.lifeboat.model.TopologyPackage#getVtepEndpoint_UnderlayNic()
	 * @model
	 * @generated
	 */
	PhysicalNic getUnderlayNic();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VtepEndpoint#getUnderlayNic <em>Underlay Nic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Underlay Nic</em>' reference.
	 * @see #getUnderlayNic()
	 * @generated
	 */
	void setUnderlayNic(PhysicalNic value);

	/**
	 * Returns the value of the '<em><b>Data Plane</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.DataPlane}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overrides the overlay's data plane on this host (mixed clusters); unset means the overlay's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Plane</em>' attribute.
	 * @see dev.lifeboat.model.DataPlane
	 * @see #isSetDataPlane()
	 * @see #unsetDataPlane()
	 * @see #setDataPlane(DataPlane)
	 * @see dev.lifeboat.model.TopologyPackage#getVtepEndpoint_DataPlane()
	 * @model unsettable="true"
	 * @generated
	 */
	DataPlane getDataPlane();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VtepEndpoint#getDataPlane <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Plane</em>' attribute.
	 * @see dev.lifeboat.model.DataPlane
	 * @see #isSetDataPlane()
	 * @see #unsetDataPlane()
	 * @see #getDataPlane()
	 * @generated
	 */
	void setDataPlane(DataPlane value);

	/**
	 * Unsets the value of the '{@link dev.lifeboat.model.VtepEndpoint#getDataPlane <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDataPlane()
	 * @see #getDataPlane()
	 * @see #setDataPlane(DataPlane)
	 * @generated
	 */
	void unsetDataPlane();

	/**
	 * Returns whether the value of the '{@link dev.lifeboat.model.VtepEndpoint#getDataPlane <em>Data Plane</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Data Plane</em>' attribute is set.
	 * @see #unsetDataPlane()
	 * @see #getDataPlane()
	 * @see #setDataPlane(DataPlane)
	 * @generated
	 */
	boolean isSetDataPlane();

} // VtepEndpoint
