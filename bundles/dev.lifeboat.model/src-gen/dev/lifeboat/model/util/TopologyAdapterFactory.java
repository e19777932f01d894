/**
 */
package dev.lifeboat.model.util;

import dev.lifeboat.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.lifeboat.model.TopologyPackage
 * @generated
 */
public class TopologyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TopologyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TopologyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologySwitch<Adapter> modelSwitch =
		new TopologySwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter caseTopology(Topology object) {
				return createTopologyAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter caseHost(Host object) {
				return createHostAdapter();
			}
			@Override
			public Adapter casePhysicalNic(PhysicalNic object) {
				return createPhysicalNicAdapter();
			}
			@Override
			public Adapter caseL2Domain(L2Domain object) {
				return createL2DomainAdapter();
			}
			@Override
			public Adapter caseBridge(Bridge object) {
				return createBridgeAdapter();
			}
			@Override
			public Adapter caseOverlayNetwork(OverlayNetwork object) {
				return createOverlayNetworkAdapter();
			}
			@Override
			public Adapter caseVtepEndpoint(VtepEndpoint object) {
				return createVtepEndpointAdapter();
			}
			@Override
			public Adapter caseVirtualMachine(VirtualMachine object) {
				return createVirtualMachineAdapter();
			}
			@Override
			public Adapter caseVirtualDisk(VirtualDisk object) {
				return createVirtualDiskAdapter();
			}
			@Override
			public Adapter caseVirtualNic(VirtualNic object) {
				return createVirtualNicAdapter();
			}
			@Override
			public Adapter caseHaPolicy(HaPolicy object) {
				return createHaPolicyAdapter();
			}
			@Override
			public Adapter caseBackupPolicy(BackupPolicy object) {
				return createBackupPolicyAdapter();
			}
			@Override
			public Adapter caseDrPlan(DrPlan object) {
				return createDrPlanAdapter();
			}
			@Override
			public Adapter caseVerificationProbe(VerificationProbe object) {
				return createVerificationProbeAdapter();
			}
			@Override
			public Adapter caseOperationRecord(OperationRecord object) {
				return createOperationRecordAdapter();
			}
			@Override
			public Adapter caseOperationStep(OperationStep object) {
				return createOperationStepAdapter();
			}
			@Override
			public Adapter caseDrillRecord(DrillRecord object) {
				return createDrillRecordAdapter();
			}
			@Override
			public Adapter caseManualLayout(ManualLayout object) {
				return createManualLayoutAdapter();
			}
			@Override
			public Adapter caseNodePosition(NodePosition object) {
				return createNodePositionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.Topology
	 * @generated
	 */
	public Adapter createTopologyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.Host
	 * @generated
	 */
	public Adapter createHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.PhysicalNic <em>Physical Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.PhysicalNic
	 * @generated
	 */
	public Adapter createPhysicalNicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.L2Domain <em>L2 Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.L2Domain
	 * @generated
	 */
	public Adapter createL2DomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.Bridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.Bridge
	 * @generated
	 */
	public Adapter createBridgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.OverlayNetwork <em>Overlay Network</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.OverlayNetwork
	 * @generated
	 */
	public Adapter createOverlayNetworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.VtepEndpoint <em>Vtep Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.VtepEndpoint
	 * @generated
	 */
	public Adapter createVtepEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.VirtualMachine
	 * @generated
	 */
	public Adapter createVirtualMachineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.VirtualDisk <em>Virtual Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.VirtualDisk
	 * @generated
	 */
	public Adapter createVirtualDiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.VirtualNic <em>Virtual Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.VirtualNic
	 * @generated
	 */
	public Adapter createVirtualNicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.HaPolicy <em>Ha Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.HaPolicy
	 * @generated
	 */
	public Adapter createHaPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.BackupPolicy <em>Backup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.BackupPolicy
	 * @generated
	 */
	public Adapter createBackupPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.DrPlan <em>Dr Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.DrPlan
	 * @generated
	 */
	public Adapter createDrPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.VerificationProbe <em>Verification Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.VerificationProbe
	 * @generated
	 */
	public Adapter createVerificationProbeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.OperationRecord <em>Operation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.OperationRecord
	 * @generated
	 */
	public Adapter createOperationRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.OperationStep <em>Operation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.OperationStep
	 * @generated
	 */
	public Adapter createOperationStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.DrillRecord <em>Drill Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.DrillRecord
	 * @generated
	 */
	public Adapter createDrillRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.ManualLayout <em>Manual Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.ManualLayout
	 * @generated
	 */
	public Adapter createManualLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.lifeboat.model.NodePosition <em>Node Position</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.lifeboat.model.NodePosition
	 * @generated
	 */
	public Adapter createNodePositionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //TopologyAdapterFactory
