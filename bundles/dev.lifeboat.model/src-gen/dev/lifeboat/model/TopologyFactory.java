/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.lifeboat.model.TopologyPackage
 * @generated
 */
public interface TopologyFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyFactory eINSTANCE = dev.lifeboat.model.impl.TopologyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology</em>'.
	 * @generated
	 */
	Topology createTopology();

	/**
	 * Returns a new object of class '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site</em>'.
	 * @generated
	 */
	Site createSite();

	/**
	 * Returns a new object of class '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host</em>'.
	 * @generated
	 */
	Host createHost();

	/**
	 * Returns a new object of class '<em>Physical Nic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Physical Nic</em>'.
	 * @generated
	 */
	PhysicalNic createPhysicalNic();

	/**
	 * Returns a new object of class '<em>Bridge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bridge</em>'.
	 * @generated
	 */
	Bridge createBridge();

	/**
	 * Returns a new object of class '<em>Overlay Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Overlay Network</em>'.
	 * @generated
	 */
	OverlayNetwork createOverlayNetwork();

	/**
	 * Returns a new object of class '<em>Vtep Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vtep Endpoint</em>'.
	 * @generated
	 */
	VtepEndpoint createVtepEndpoint();

	/**
	 * Returns a new object of class '<em>Virtual Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Virtual Machine</em>'.
	 * @generated
	 */
	VirtualMachine createVirtualMachine();

	/**
	 * Returns a new object of class '<em>Virtual Disk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Virtual Disk</em>'.
	 * @generated
	 */
	VirtualDisk createVirtualDisk();

	/**
	 * Returns a new object of class '<em>Virtual Nic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Virtual Nic</em>'.
	 * @generated
	 */
	VirtualNic createVirtualNic();

	/**
	 * Returns a new object of class '<em>Ha Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ha Policy</em>'.
	 * @generated
	 */
	HaPolicy createHaPolicy();

	/**
	 * Returns a new object of class '<em>Backup Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backup Policy</em>'.
	 * @generated
	 */
	BackupPolicy createBackupPolicy();

	/**
	 * Returns a new object of class '<em>Dr Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dr Plan</em>'.
	 * @generated
	 */
	DrPlan createDrPlan();

	/**
	 * Returns a new object of class '<em>Verification Probe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Verification Probe</em>'.
	 * @generated
	 */
	VerificationProbe createVerificationProbe();

	/**
	 * Returns a new object of class '<em>Operation Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operation Record</em>'.
	 * @generated
	 */
	OperationRecord createOperationRecord();

	/**
	 * Returns a new object of class '<em>Operation Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operation Step</em>'.
	 * @generated
	 */
	OperationStep createOperationStep();

	/**
	 * Returns a new object of class '<em>Drill Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Drill Record</em>'.
	 * @generated
	 */
	DrillRecord createDrillRecord();

	/**
	 * Returns a new object of class '<em>Manual Layout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Manual Layout</em>'.
	 * @generated
	 */
	ManualLayout createManualLayout();

	/**
	 * Returns a new object of class '<em>Node Position</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Position</em>'.
	 * @generated
	 */
	NodePosition createNodePosition();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TopologyPackage getTopologyPackage();

} //TopologyFactory
