/**
 */
package dev.lifeboat.model.util;

import dev.lifeboat.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see dev.lifeboat.model.TopologyPackage
 * @generated
 */
public class TopologySwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TopologyPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologySwitch() {
		if (modelPackage == null) {
			modelPackage = TopologyPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case TopologyPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.NAMED: {
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.TOPOLOGY: {
				Topology topology = (Topology)theEObject;
				T result = caseTopology(topology);
				if (result == null) result = caseNamed(topology);
				if (result == null) result = caseIdentified(topology);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.SITE: {
				Site site = (Site)theEObject;
				T result = caseSite(site);
				if (result == null) result = caseNamed(site);
				if (result == null) result = caseIdentified(site);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.HOST: {
				Host host = (Host)theEObject;
				T result = caseHost(host);
				if (result == null) result = caseNamed(host);
				if (result == null) result = caseIdentified(host);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.PHYSICAL_NIC: {
				PhysicalNic physicalNic = (PhysicalNic)theEObject;
				T result = casePhysicalNic(physicalNic);
				if (result == null) result = caseNamed(physicalNic);
				if (result == null) result = caseIdentified(physicalNic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.L2_DOMAIN: {
				L2Domain l2Domain = (L2Domain)theEObject;
				T result = caseL2Domain(l2Domain);
				if (result == null) result = caseNamed(l2Domain);
				if (result == null) result = caseIdentified(l2Domain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.BRIDGE: {
				Bridge bridge = (Bridge)theEObject;
				T result = caseBridge(bridge);
				if (result == null) result = caseL2Domain(bridge);
				if (result == null) result = caseNamed(bridge);
				if (result == null) result = caseIdentified(bridge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.OVERLAY_NETWORK: {
				OverlayNetwork overlayNetwork = (OverlayNetwork)theEObject;
				T result = caseOverlayNetwork(overlayNetwork);
				if (result == null) result = caseL2Domain(overlayNetwork);
				if (result == null) result = caseNamed(overlayNetwork);
				if (result == null) result = caseIdentified(overlayNetwork);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VTEP_ENDPOINT: {
				VtepEndpoint vtepEndpoint = (VtepEndpoint)theEObject;
				T result = caseVtepEndpoint(vtepEndpoint);
				if (result == null) result = caseIdentified(vtepEndpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VIRTUAL_MACHINE: {
				VirtualMachine virtualMachine = (VirtualMachine)theEObject;
				T result = caseVirtualMachine(virtualMachine);
				if (result == null) result = caseNamed(virtualMachine);
				if (result == null) result = caseIdentified(virtualMachine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VIRTUAL_DISK: {
				VirtualDisk virtualDisk = (VirtualDisk)theEObject;
				T result = caseVirtualDisk(virtualDisk);
				if (result == null) result = caseNamed(virtualDisk);
				if (result == null) result = caseIdentified(virtualDisk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VIRTUAL_NIC: {
				VirtualNic virtualNic = (VirtualNic)theEObject;
				T result = caseVirtualNic(virtualNic);
				if (result == null) result = caseNamed(virtualNic);
				if (result == null) result = caseIdentified(virtualNic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.HA_POLICY: {
				HaPolicy haPolicy = (HaPolicy)theEObject;
				T result = caseHaPolicy(haPolicy);
				if (result == null) result = caseNamed(haPolicy);
				if (result == null) result = caseIdentified(haPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.BACKUP_POLICY: {
				BackupPolicy backupPolicy = (BackupPolicy)theEObject;
				T result = caseBackupPolicy(backupPolicy);
				if (result == null) result = caseNamed(backupPolicy);
				if (result == null) result = caseIdentified(backupPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.DR_PLAN: {
				DrPlan drPlan = (DrPlan)theEObject;
				T result = caseDrPlan(drPlan);
				if (result == null) result = caseNamed(drPlan);
				if (result == null) result = caseIdentified(drPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VERIFICATION_PROBE: {
				VerificationProbe verificationProbe = (VerificationProbe)theEObject;
				T result = caseVerificationProbe(verificationProbe);
				if (result == null) result = caseNamed(verificationProbe);
				if (result == null) result = caseIdentified(verificationProbe);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.OPERATION_RECORD: {
				OperationRecord operationRecord = (OperationRecord)theEObject;
				T result = caseOperationRecord(operationRecord);
				if (result == null) result = caseIdentified(operationRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.OPERATION_STEP: {
				OperationStep operationStep = (OperationStep)theEObject;
				T result = caseOperationStep(operationStep);
				if (result == null) result = caseNamed(operationStep);
				if (result == null) result = caseIdentified(operationStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.DRILL_RECORD: {
				DrillRecord drillRecord = (DrillRecord)theEObject;
				T result = caseDrillRecord(drillRecord);
				if (result == null) result = caseIdentified(drillRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.MANUAL_LAYOUT: {
				ManualLayout manualLayout = (ManualLayout)theEObject;
				T result = caseManualLayout(manualLayout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.NODE_POSITION: {
				NodePosition nodePosition = (NodePosition)theEObject;
				T result = caseNodePosition(nodePosition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTopology(Topology object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSite(Site object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHost(Host object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Physical Nic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Physical Nic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePhysicalNic(PhysicalNic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>L2 Domain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>L2 Domain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseL2Domain(L2Domain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bridge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bridge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBridge(Bridge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Overlay Network</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Overlay Network</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOverlayNetwork(OverlayNetwork object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vtep Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vtep Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVtepEndpoint(VtepEndpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Virtual Machine</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Virtual Machine</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVirtualMachine(VirtualMachine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Virtual Disk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Virtual Disk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVirtualDisk(VirtualDisk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Virtual Nic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Virtual Nic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVirtualNic(VirtualNic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ha Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ha Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHaPolicy(HaPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backup Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backup Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackupPolicy(BackupPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dr Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dr Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDrPlan(DrPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Verification Probe</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Verification Probe</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVerificationProbe(VerificationProbe object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operation Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operation Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperationRecord(OperationRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operation Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operation Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperationStep(OperationStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Drill Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Drill Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDrillRecord(DrillRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Manual Layout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Manual Layout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseManualLayout(ManualLayout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Position</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Position</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodePosition(NodePosition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //TopologySwitch
