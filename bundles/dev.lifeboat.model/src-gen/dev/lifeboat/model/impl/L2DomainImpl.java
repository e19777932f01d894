/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.TopologyPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>L2 Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class L2DomainImpl extends NamedImpl implements L2Domain {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected L2DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.L2_DOMAIN;
	}

} //L2DomainImpl
