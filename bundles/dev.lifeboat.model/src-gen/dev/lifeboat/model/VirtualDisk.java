/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.VirtualDisk#getSizeGiB <em>Size Gi B</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getVirtualDisk()
 * @model
 * @generated
 */
public interface VirtualDisk extends Named {
	/**
	 * Returns the value of the '<em><b>Size Gi B</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Gi B</em>' attribute.
	 * @see #setSizeGiB(long)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualDisk_SizeGiB()
	 * @model default="10"
	 * @generated
	 */
	long getSizeGiB();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualDisk#getSizeGiB <em>Size Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Gi B</em>' attribute.
	 * @see #getSizeGiB()
	 * @generated
	 */
	void setSizeGiB(long value);

} // VirtualDisk
