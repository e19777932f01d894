/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.Site#getHosts <em>Hosts</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends Named {
	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.Host}.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.Host#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getSite_Hosts()
	 * @see dev.lifeboat.model.Host#getSite
	 * @model opposite="site" containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

} // Site
