/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.BackupTargetKind;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.FencingMode;
import dev.lifeboat.model.GuestWorkload;
import dev.lifeboat.model.HaPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.Named;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.ProbeKind;
import dev.lifeboat.model.Replication;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualDisk;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyPackageImpl extends EPackageImpl implements TopologyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass physicalNicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass l2DomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bridgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass overlayNetworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vtepEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualMachineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualDiskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualNicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass haPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backupPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass drPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass verificationProbeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operationRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operationStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass drillRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass manualLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodePositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nicRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum replicationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataPlaneEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guestWorkloadEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nicModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fencingModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum backupTargetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum probeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum operationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outcomeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.lifeboat.model.TopologyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TopologyPackageImpl() {
		super(eNS_URI, TopologyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TopologyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TopologyPackage init() {
		if (isInited) return (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTopologyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TopologyPackageImpl theTopologyPackage = registeredTopologyPackage instanceof TopologyPackageImpl ? (TopologyPackageImpl)registeredTopologyPackage : new TopologyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTopologyPackage.createPackageContents();

		// Initialize created meta-data
		theTopologyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTopologyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TopologyPackage.eNS_URI, theTopologyPackage);
		return theTopologyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopology() {
		return topologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Sites() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Overlays() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_HaPolicies() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_BackupPolicies() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_DrPlans() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_DrillRecords() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_OperationRecords() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_ManualLayout() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Hosts() {
		return (EReference)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Site() {
		return (EReference)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_ManagementAddress() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_SshPort() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_SshUser() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_HostKeyFingerprint() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CpuCores() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_MemoryMiB() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_StorageGiB() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Nics() {
		return (EReference)hostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Bridges() {
		return (EReference)hostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Vms() {
		return (EReference)hostEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhysicalNic() {
		return physicalNicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhysicalNic_Host() {
		return (EReference)physicalNicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalNic_Address() {
		return (EAttribute)physicalNicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalNic_PrefixLength() {
		return (EAttribute)physicalNicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalNic_Mtu() {
		return (EAttribute)physicalNicEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalNic_Roles() {
		return (EAttribute)physicalNicEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getL2Domain() {
		return l2DomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBridge() {
		return bridgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBridge_Host() {
		return (EReference)bridgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBridge_Uplink() {
		return (EReference)bridgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_GatewayAddress() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_PrefixLength() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOverlayNetwork() {
		return overlayNetworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_Vni() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_UdpPort() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_Mtu() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_Replication() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_MulticastGroup() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_DataPlane() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOverlayNetwork_Members() {
		return (EReference)overlayNetworkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVtepEndpoint() {
		return vtepEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVtepEndpoint_Overlay() {
		return (EReference)vtepEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVtepEndpoint_Host() {
		return (EReference)vtepEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVtepEndpoint_UnderlayNic() {
		return (EReference)vtepEndpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVtepEndpoint_DataPlane() {
		return (EAttribute)vtepEndpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualMachine() {
		return virtualMachineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Host() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Vcpus() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_MemoryMiB() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Tier() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_RestartPriority() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_SnapshotCount() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_HaProtected() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Workload() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Disks() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Nics() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualDisk() {
		return virtualDiskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualDisk_SizeGiB() {
		return (EAttribute)virtualDiskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualNic() {
		return virtualNicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualNic_Vm() {
		return (EReference)virtualNicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualNic_Mac() {
		return (EAttribute)virtualNicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualNic_IpAddress() {
		return (EAttribute)virtualNicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualNic_PrefixLength() {
		return (EAttribute)virtualNicEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualNic_Mode() {
		return (EAttribute)virtualNicEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualNic_Attachment() {
		return (EReference)virtualNicEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHaPolicy() {
		return haPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHaPolicy_Hosts() {
		return (EReference)haPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHaPolicy_HeartbeatIntervalMs() {
		return (EAttribute)haPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHaPolicy_MissedBeats() {
		return (EAttribute)haPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHaPolicy_Fencing() {
		return (EAttribute)haPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackupPolicy() {
		return backupPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackupPolicy_Vms() {
		return (EReference)backupPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_IntervalMinutes() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_RetentionCount() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_RpoMinutes() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_TargetKind() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_TargetLocation() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_SecondaryLocation() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_Encrypted() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDrPlan() {
		return drPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrPlan_Vms() {
		return (EReference)drPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrPlan_RecoverySite() {
		return (EReference)drPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_DrillVni() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_RtoTargetMinutes() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrPlan_Probes() {
		return (EReference)drPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVerificationProbe() {
		return verificationProbeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVerificationProbe_Vm() {
		return (EReference)verificationProbeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVerificationProbe_Kind() {
		return (EAttribute)verificationProbeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVerificationProbe_Target() {
		return (EAttribute)verificationProbeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVerificationProbe_Expected() {
		return (EAttribute)verificationProbeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperationRecord() {
		return operationRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_Kind() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_Initiator() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_StartedAt() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_FinishedAt() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_Outcome() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_TopologyHash() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationRecord_Summary() {
		return (EAttribute)operationRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationRecord_Steps() {
		return (EReference)operationRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperationStep() {
		return operationStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationStep_Target() {
		return (EAttribute)operationStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationStep_StartedAt() {
		return (EAttribute)operationStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationStep_DurationMs() {
		return (EAttribute)operationStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationStep_Outcome() {
		return (EAttribute)operationStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperationStep_Message() {
		return (EAttribute)operationStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDrillRecord() {
		return drillRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrillRecord_Plan() {
		return (EReference)drillRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_Initiator() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_StartedAt() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_FinishedAt() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_Outcome() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_RestorePoint() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_ActualRpoSeconds() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_ActualRtoSeconds() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_Score() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_ReportPath() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_ReportHash() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_PreviousHash() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrillRecord_Hash() {
		return (EAttribute)drillRecordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManualLayout() {
		return manualLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManualLayout_Positions() {
		return (EReference)manualLayoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodePosition() {
		return nodePositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodePosition_ElementId() {
		return (EAttribute)nodePositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodePosition_X() {
		return (EAttribute)nodePositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodePosition_Y() {
		return (EAttribute)nodePositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNicRole() {
		return nicRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReplication() {
		return replicationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataPlane() {
		return dataPlaneEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuestWorkload() {
		return guestWorkloadEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNicMode() {
		return nicModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFencingMode() {
		return fencingModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBackupTargetKind() {
		return backupTargetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProbeKind() {
		return probeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOperationKind() {
		return operationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutcome() {
		return outcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyFactory getTopologyFactory() {
		return (TopologyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		topologyEClass = createEClass(TOPOLOGY);
		createEReference(topologyEClass, TOPOLOGY__SITES);
		createEReference(topologyEClass, TOPOLOGY__OVERLAYS);
		createEReference(topologyEClass, TOPOLOGY__HA_POLICIES);
		createEReference(topologyEClass, TOPOLOGY__BACKUP_POLICIES);
		createEReference(topologyEClass, TOPOLOGY__DR_PLANS);
		createEReference(topologyEClass, TOPOLOGY__DRILL_RECORDS);
		createEReference(topologyEClass, TOPOLOGY__OPERATION_RECORDS);
		createEReference(topologyEClass, TOPOLOGY__MANUAL_LAYOUT);

		siteEClass = createEClass(SITE);
		createEReference(siteEClass, SITE__HOSTS);

		hostEClass = createEClass(HOST);
		createEReference(hostEClass, HOST__SITE);
		createEAttribute(hostEClass, HOST__MANAGEMENT_ADDRESS);
		createEAttribute(hostEClass, HOST__SSH_PORT);
		createEAttribute(hostEClass, HOST__SSH_USER);
		createEAttribute(hostEClass, HOST__HOST_KEY_FINGERPRINT);
		createEAttribute(hostEClass, HOST__CPU_CORES);
		createEAttribute(hostEClass, HOST__MEMORY_MI_B);
		createEAttribute(hostEClass, HOST__STORAGE_GI_B);
		createEReference(hostEClass, HOST__NICS);
		createEReference(hostEClass, HOST__BRIDGES);
		createEReference(hostEClass, HOST__VMS);

		physicalNicEClass = createEClass(PHYSICAL_NIC);
		createEReference(physicalNicEClass, PHYSICAL_NIC__HOST);
		createEAttribute(physicalNicEClass, PHYSICAL_NIC__ADDRESS);
		createEAttribute(physicalNicEClass, PHYSICAL_NIC__PREFIX_LENGTH);
		createEAttribute(physicalNicEClass, PHYSICAL_NIC__MTU);
		createEAttribute(physicalNicEClass, PHYSICAL_NIC__ROLES);

		l2DomainEClass = createEClass(L2_DOMAIN);

		bridgeEClass = createEClass(BRIDGE);
		createEReference(bridgeEClass, BRIDGE__HOST);
		createEReference(bridgeEClass, BRIDGE__UPLINK);
		createEAttribute(bridgeEClass, BRIDGE__GATEWAY_ADDRESS);
		createEAttribute(bridgeEClass, BRIDGE__PREFIX_LENGTH);

		overlayNetworkEClass = createEClass(OVERLAY_NETWORK);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__VNI);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__UDP_PORT);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__MTU);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__REPLICATION);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__MULTICAST_GROUP);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__DATA_PLANE);
		createEReference(overlayNetworkEClass, OVERLAY_NETWORK__MEMBERS);

		vtepEndpointEClass = createEClass(VTEP_ENDPOINT);
		createEReference(vtepEndpointEClass, VTEP_ENDPOINT__OVERLAY);
		createEReference(vtepEndpointEClass, VTEP_ENDPOINT__HOST);
		createEReference(vtepEndpointEClass, VTEP_ENDPOINT__UNDERLAY_NIC);
		createEAttribute(vtepEndpointEClass, VTEP_ENDPOINT__DATA_PLANE);

		virtualMachineEClass = createEClass(VIRTUAL_MACHINE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__HOST);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__VCPUS);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__MEMORY_MI_B);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__TIER);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__RESTART_PRIORITY);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__SNAPSHOT_COUNT);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__HA_PROTECTED);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__WORKLOAD);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__DISKS);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__NICS);

		virtualDiskEClass = createEClass(VIRTUAL_DISK);
		createEAttribute(virtualDiskEClass, VIRTUAL_DISK__SIZE_GI_B);

		virtualNicEClass = createEClass(VIRTUAL_NIC);
		createEReference(virtualNicEClass, VIRTUAL_NIC__VM);
		createEAttribute(virtualNicEClass, VIRTUAL_NIC__MAC);
		createEAttribute(virtualNicEClass, VIRTUAL_NIC__IP_ADDRESS);
		createEAttribute(virtualNicEClass, VIRTUAL_NIC__PREFIX_LENGTH);
		createEAttribute(virtualNicEClass, VIRTUAL_NIC__MODE);
		createEReference(virtualNicEClass, VIRTUAL_NIC__ATTACHMENT);

		haPolicyEClass = createEClass(HA_POLICY);
		createEReference(haPolicyEClass, HA_POLICY__HOSTS);
		createEAttribute(haPolicyEClass, HA_POLICY__HEARTBEAT_INTERVAL_MS);
		createEAttribute(haPolicyEClass, HA_POLICY__MISSED_BEATS);
		createEAttribute(haPolicyEClass, HA_POLICY__FENCING);

		backupPolicyEClass = createEClass(BACKUP_POLICY);
		createEReference(backupPolicyEClass, BACKUP_POLICY__VMS);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__INTERVAL_MINUTES);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__RETENTION_COUNT);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__RPO_MINUTES);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__TARGET_KIND);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__TARGET_LOCATION);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__SECONDARY_LOCATION);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__ENCRYPTED);

		drPlanEClass = createEClass(DR_PLAN);
		createEReference(drPlanEClass, DR_PLAN__VMS);
		createEReference(drPlanEClass, DR_PLAN__RECOVERY_SITE);
		createEAttribute(drPlanEClass, DR_PLAN__DRILL_VNI);
		createEAttribute(drPlanEClass, DR_PLAN__RTO_TARGET_MINUTES);
		createEReference(drPlanEClass, DR_PLAN__PROBES);

		verificationProbeEClass = createEClass(VERIFICATION_PROBE);
		createEReference(verificationProbeEClass, VERIFICATION_PROBE__VM);
		createEAttribute(verificationProbeEClass, VERIFICATION_PROBE__KIND);
		createEAttribute(verificationProbeEClass, VERIFICATION_PROBE__TARGET);
		createEAttribute(verificationProbeEClass, VERIFICATION_PROBE__EXPECTED);

		operationRecordEClass = createEClass(OPERATION_RECORD);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__KIND);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__INITIATOR);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__STARTED_AT);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__FINISHED_AT);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__OUTCOME);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__TOPOLOGY_HASH);
		createEAttribute(operationRecordEClass, OPERATION_RECORD__SUMMARY);
		createEReference(operationRecordEClass, OPERATION_RECORD__STEPS);

		operationStepEClass = createEClass(OPERATION_STEP);
		createEAttribute(operationStepEClass, OPERATION_STEP__TARGET);
		createEAttribute(operationStepEClass, OPERATION_STEP__STARTED_AT);
		createEAttribute(operationStepEClass, OPERATION_STEP__DURATION_MS);
		createEAttribute(operationStepEClass, OPERATION_STEP__OUTCOME);
		createEAttribute(operationStepEClass, OPERATION_STEP__MESSAGE);

		drillRecordEClass = createEClass(DRILL_RECORD);
		createEReference(drillRecordEClass, DRILL_RECORD__PLAN);
		createEAttribute(drillRecordEClass, DRILL_RECORD__INITIATOR);
		createEAttribute(drillRecordEClass, DRILL_RECORD__STARTED_AT);
		createEAttribute(drillRecordEClass, DRILL_RECORD__FINISHED_AT);
		createEAttribute(drillRecordEClass, DRILL_RECORD__OUTCOME);
		createEAttribute(drillRecordEClass, DRILL_RECORD__RESTORE_POINT);
		createEAttribute(drillRecordEClass, DRILL_RECORD__ACTUAL_RPO_SECONDS);
		createEAttribute(drillRecordEClass, DRILL_RECORD__ACTUAL_RTO_SECONDS);
		createEAttribute(drillRecordEClass, DRILL_RECORD__SCORE);
		createEAttribute(drillRecordEClass, DRILL_RECORD__REPORT_PATH);
		createEAttribute(drillRecordEClass, DRILL_RECORD__REPORT_HASH);
		createEAttribute(drillRecordEClass, DRILL_RECORD__PREVIOUS_HASH);
		createEAttribute(drillRecordEClass, DRILL_RECORD__HASH);

		manualLayoutEClass = createEClass(MANUAL_LAYOUT);
		createEReference(manualLayoutEClass, MANUAL_LAYOUT__POSITIONS);

		nodePositionEClass = createEClass(NODE_POSITION);
		createEAttribute(nodePositionEClass, NODE_POSITION__ELEMENT_ID);
		createEAttribute(nodePositionEClass, NODE_POSITION__X);
		createEAttribute(nodePositionEClass, NODE_POSITION__Y);

		// Create enums
		nicRoleEEnum = createEEnum(NIC_ROLE);
		replicationEEnum = createEEnum(REPLICATION);
		dataPlaneEEnum = createEEnum(DATA_PLANE);
		guestWorkloadEEnum = createEEnum(GUEST_WORKLOAD);
		nicModeEEnum = createEEnum(NIC_MODE);
		fencingModeEEnum = createEEnum(FENCING_MODE);
		backupTargetKindEEnum = createEEnum(BACKUP_TARGET_KIND);
		probeKindEEnum = createEEnum(PROBE_KIND);
		operationKindEEnum = createEEnum(OPERATION_KIND);
		outcomeEEnum = createEEnum(OUTCOME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		topologyEClass.getESuperTypes().add(this.getNamed());
		siteEClass.getESuperTypes().add(this.getNamed());
		hostEClass.getESuperTypes().add(this.getNamed());
		physicalNicEClass.getESuperTypes().add(this.getNamed());
		l2DomainEClass.getESuperTypes().add(this.getNamed());
		bridgeEClass.getESuperTypes().add(this.getL2Domain());
		overlayNetworkEClass.getESuperTypes().add(this.getL2Domain());
		vtepEndpointEClass.getESuperTypes().add(this.getIdentified());
		virtualMachineEClass.getESuperTypes().add(this.getNamed());
		virtualDiskEClass.getESuperTypes().add(this.getNamed());
		virtualNicEClass.getESuperTypes().add(this.getNamed());
		haPolicyEClass.getESuperTypes().add(this.getNamed());
		backupPolicyEClass.getESuperTypes().add(this.getNamed());
		drPlanEClass.getESuperTypes().add(this.getNamed());
		verificationProbeEClass.getESuperTypes().add(this.getNamed());
		operationRecordEClass.getESuperTypes().add(this.getIdentified());
		operationStepEClass.getESuperTypes().add(this.getNamed());
		drillRecordEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topologyEClass, Topology.class, "Topology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTopology_Sites(), this.getSite(), null, "sites", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Overlays(), this.getOverlayNetwork(), null, "overlays", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_HaPolicies(), this.getHaPolicy(), null, "haPolicies", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_BackupPolicies(), this.getBackupPolicy(), null, "backupPolicies", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_DrPlans(), this.getDrPlan(), null, "drPlans", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_DrillRecords(), this.getDrillRecord(), null, "drillRecords", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_OperationRecords(), this.getOperationRecord(), null, "operationRecords", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_ManualLayout(), this.getManualLayout(), null, "manualLayout", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSite_Hosts(), this.getHost(), this.getHost_Site(), "hosts", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHost_Site(), this.getSite(), this.getSite_Hosts(), "site", null, 0, 1, Host.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_ManagementAddress(), ecorePackage.getEString(), "managementAddress", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_SshPort(), ecorePackage.getEInt(), "sshPort", "22", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_SshUser(), ecorePackage.getEString(), "sshUser", "root", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_HostKeyFingerprint(), ecorePackage.getEString(), "hostKeyFingerprint", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CpuCores(), ecorePackage.getEInt(), "cpuCores", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_MemoryMiB(), ecorePackage.getELong(), "memoryMiB", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_StorageGiB(), ecorePackage.getELong(), "storageGiB", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Nics(), this.getPhysicalNic(), this.getPhysicalNic_Host(), "nics", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Bridges(), this.getBridge(), this.getBridge_Host(), "bridges", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Vms(), this.getVirtualMachine(), this.getVirtualMachine_Host(), "vms", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(physicalNicEClass, PhysicalNic.class, "PhysicalNic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPhysicalNic_Host(), this.getHost(), this.getHost_Nics(), "host", null, 0, 1, PhysicalNic.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalNic_Address(), ecorePackage.getEString(), "address", null, 0, 1, PhysicalNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalNic_PrefixLength(), ecorePackage.getEInt(), "prefixLength", "24", 0, 1, PhysicalNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalNic_Mtu(), ecorePackage.getEInt(), "mtu", "1500", 0, 1, PhysicalNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalNic_Roles(), this.getNicRole(), "roles", null, 0, -1, PhysicalNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(l2DomainEClass, L2Domain.class, "L2Domain", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(bridgeEClass, Bridge.class, "Bridge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBridge_Host(), this.getHost(), this.getHost_Bridges(), "host", null, 0, 1, Bridge.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBridge_Uplink(), this.getPhysicalNic(), null, "uplink", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_GatewayAddress(), ecorePackage.getEString(), "gatewayAddress", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_PrefixLength(), ecorePackage.getEInt(), "prefixLength", "24", 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(overlayNetworkEClass, OverlayNetwork.class, "OverlayNetwork", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOverlayNetwork_Vni(), ecorePackage.getEInt(), "vni", null, 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_UdpPort(), ecorePackage.getEInt(), "udpPort", "4789", 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_Mtu(), ecorePackage.getEInt(), "mtu", "1450", 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_Replication(), this.getReplication(), "replication", null, 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_MulticastGroup(), ecorePackage.getEString(), "multicastGroup", null, 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_DataPlane(), this.getDataPlane(), "dataPlane", null, 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOverlayNetwork_Members(), this.getVtepEndpoint(), this.getVtepEndpoint_Overlay(), "members", null, 0, -1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vtepEndpointEClass, VtepEndpoint.class, "VtepEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVtepEndpoint_Overlay(), this.getOverlayNetwork(), this.getOverlayNetwork_Members(), "overlay", null, 0, 1, VtepEndpoint.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVtepEndpoint_Host(), this.getHost(), null, "host", null, 0, 1, VtepEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVtepEndpoint_UnderlayNic(), this.getPhysicalNic(), null, "underlayNic", null, 0, 1, VtepEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVtepEndpoint_DataPlane(), this.getDataPlane(), "dataPlane", null, 0, 1, VtepEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualMachineEClass, VirtualMachine.class, "VirtualMachine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVirtualMachine_Host(), this.getHost(), this.getHost_Vms(), "host", null, 0, 1, VirtualMachine.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Vcpus(), ecorePackage.getEInt(), "vcpus", "1", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_MemoryMiB(), ecorePackage.getELong(), "memoryMiB", "1024", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Tier(), ecorePackage.getEInt(), "tier", "2", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_RestartPriority(), ecorePackage.getEInt(), "restartPriority", "100", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_SnapshotCount(), ecorePackage.getEInt(), "snapshotCount", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_HaProtected(), ecorePackage.getEBoolean(), "haProtected", "true", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Workload(), this.getGuestWorkload(), "workload", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Disks(), this.getVirtualDisk(), null, "disks", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Nics(), this.getVirtualNic(), this.getVirtualNic_Vm(), "nics", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualDiskEClass, VirtualDisk.class, "VirtualDisk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtualDisk_SizeGiB(), ecorePackage.getELong(), "sizeGiB", "10", 0, 1, VirtualDisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualNicEClass, VirtualNic.class, "VirtualNic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVirtualNic_Vm(), this.getVirtualMachine(), this.getVirtualMachine_Nics(), "vm", null, 0, 1, VirtualNic.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualNic_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, VirtualNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualNic_IpAddress(), ecorePackage.getEString(), "ipAddress", null, 0, 1, VirtualNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualNic_PrefixLength(), ecorePackage.getEInt(), "prefixLength", "24", 0, 1, VirtualNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualNic_Mode(), this.getNicMode(), "mode", null, 0, 1, VirtualNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualNic_Attachment(), this.getL2Domain(), null, "attachment", null, 0, 1, VirtualNic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(haPolicyEClass, HaPolicy.class, "HaPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHaPolicy_Hosts(), this.getHost(), null, "hosts", null, 0, -1, HaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHaPolicy_HeartbeatIntervalMs(), ecorePackage.getEInt(), "heartbeatIntervalMs", "500", 0, 1, HaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHaPolicy_MissedBeats(), ecorePackage.getEInt(), "missedBeats", "4", 0, 1, HaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHaPolicy_Fencing(), this.getFencingMode(), "fencing", null, 0, 1, HaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backupPolicyEClass, BackupPolicy.class, "BackupPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBackupPolicy_Vms(), this.getVirtualMachine(), null, "vms", null, 0, -1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_IntervalMinutes(), ecorePackage.getEInt(), "intervalMinutes", "60", 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_RetentionCount(), ecorePackage.getEInt(), "retentionCount", "24", 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_RpoMinutes(), ecorePackage.getEInt(), "rpoMinutes", "60", 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_TargetKind(), this.getBackupTargetKind(), "targetKind", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_TargetLocation(), ecorePackage.getEString(), "targetLocation", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_SecondaryLocation(), ecorePackage.getEString(), "secondaryLocation", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_Encrypted(), ecorePackage.getEBoolean(), "encrypted", "true", 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(drPlanEClass, DrPlan.class, "DrPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDrPlan_Vms(), this.getVirtualMachine(), null, "vms", null, 0, -1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDrPlan_RecoverySite(), this.getSite(), null, "recoverySite", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_DrillVni(), ecorePackage.getEInt(), "drillVni", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_RtoTargetMinutes(), ecorePackage.getEInt(), "rtoTargetMinutes", "30", 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDrPlan_Probes(), this.getVerificationProbe(), null, "probes", null, 0, -1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(verificationProbeEClass, VerificationProbe.class, "VerificationProbe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVerificationProbe_Vm(), this.getVirtualMachine(), null, "vm", null, 0, 1, VerificationProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVerificationProbe_Kind(), this.getProbeKind(), "kind", null, 0, 1, VerificationProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVerificationProbe_Target(), ecorePackage.getEString(), "target", null, 0, 1, VerificationProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVerificationProbe_Expected(), ecorePackage.getEString(), "expected", null, 0, 1, VerificationProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operationRecordEClass, OperationRecord.class, "OperationRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOperationRecord_Kind(), this.getOperationKind(), "kind", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationRecord_Initiator(), ecorePackage.getEString(), "initiator", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationRecord_StartedAt(), ecorePackage.getEString(), "startedAt", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationRecord_FinishedAt(), ecorePackage.getEString(), "finishedAt", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationRecord_Outcome(), this.getOutcome(), "outcome", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationRecord_TopologyHash(), ecorePackage.getEString(), "topologyHash", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationRecord_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationRecord_Steps(), this.getOperationStep(), null, "steps", null, 0, -1, OperationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operationStepEClass, OperationStep.class, "OperationStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOperationStep_Target(), ecorePackage.getEString(), "target", null, 0, 1, OperationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationStep_StartedAt(), ecorePackage.getEString(), "startedAt", null, 0, 1, OperationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationStep_DurationMs(), ecorePackage.getELong(), "durationMs", null, 0, 1, OperationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationStep_Outcome(), this.getOutcome(), "outcome", null, 0, 1, OperationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperationStep_Message(), ecorePackage.getEString(), "message", null, 0, 1, OperationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(drillRecordEClass, DrillRecord.class, "DrillRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDrillRecord_Plan(), this.getDrPlan(), null, "plan", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_Initiator(), ecorePackage.getEString(), "initiator", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_StartedAt(), ecorePackage.getEString(), "startedAt", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_FinishedAt(), ecorePackage.getEString(), "finishedAt", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_Outcome(), this.getOutcome(), "outcome", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_RestorePoint(), ecorePackage.getEString(), "restorePoint", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_ActualRpoSeconds(), ecorePackage.getELong(), "actualRpoSeconds", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_ActualRtoSeconds(), ecorePackage.getELong(), "actualRtoSeconds", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_Score(), ecorePackage.getEDouble(), "score", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_ReportPath(), ecorePackage.getEString(), "reportPath", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_ReportHash(), ecorePackage.getEString(), "reportHash", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_PreviousHash(), ecorePackage.getEString(), "previousHash", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrillRecord_Hash(), ecorePackage.getEString(), "hash", null, 0, 1, DrillRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(manualLayoutEClass, ManualLayout.class, "ManualLayout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getManualLayout_Positions(), this.getNodePosition(), null, "positions", null, 0, -1, ManualLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodePositionEClass, NodePosition.class, "NodePosition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodePosition_ElementId(), ecorePackage.getEString(), "elementId", null, 0, 1, NodePosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodePosition_X(), ecorePackage.getEInt(), "x", null, 0, 1, NodePosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodePosition_Y(), ecorePackage.getEInt(), "y", null, 0, 1, NodePosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(nicRoleEEnum, NicRole.class, "NicRole");
		addEEnumLiteral(nicRoleEEnum, NicRole.MANAGEMENT);
		addEEnumLiteral(nicRoleEEnum, NicRole.UNDERLAY);
		addEEnumLiteral(nicRoleEEnum, NicRole.STORAGE);
		addEEnumLiteral(nicRoleEEnum, NicRole.HEARTBEAT);

		initEEnum(replicationEEnum, Replication.class, "Replication");
		addEEnumLiteral(replicationEEnum, Replication.HEAD_END);
		addEEnumLiteral(replicationEEnum, Replication.MULTICAST);

		initEEnum(dataPlaneEEnum, DataPlane.class, "DataPlane");
		addEEnumLiteral(dataPlaneEEnum, DataPlane.KERNEL);
		addEEnumLiteral(dataPlaneEEnum, DataPlane.USERSPACE);

		initEEnum(guestWorkloadEEnum, GuestWorkload.class, "GuestWorkload");
		addEEnumLiteral(guestWorkloadEEnum, GuestWorkload.NONE);
		addEEnumLiteral(guestWorkloadEEnum, GuestWorkload.FILE_SERVICE);

		initEEnum(nicModeEEnum, NicMode.class, "NicMode");
		addEEnumLiteral(nicModeEEnum, NicMode.BRIDGED);
		addEEnumLiteral(nicModeEEnum, NicMode.NAT);
		addEEnumLiteral(nicModeEEnum, NicMode.HOST_ONLY);

		initEEnum(fencingModeEEnum, FencingMode.class, "FencingMode");
		addEEnumLiteral(fencingModeEEnum, FencingMode.SELF_FENCE);
		addEEnumLiteral(fencingModeEEnum, FencingMode.NONE);

		initEEnum(backupTargetKindEEnum, BackupTargetKind.class, "BackupTargetKind");
		addEEnumLiteral(backupTargetKindEEnum, BackupTargetKind.LOCAL);
		addEEnumLiteral(backupTargetKindEEnum, BackupTargetKind.D2D);
		addEEnumLiteral(backupTargetKindEEnum, BackupTargetKind.D2C);
		addEEnumLiteral(backupTargetKindEEnum, BackupTargetKind.D2D2C);
		addEEnumLiteral(backupTargetKindEEnum, BackupTargetKind.C2C);

		initEEnum(probeKindEEnum, ProbeKind.class, "ProbeKind");
		addEEnumLiteral(probeKindEEnum, ProbeKind.TCP_PORT);
		addEEnumLiteral(probeKindEEnum, ProbeKind.HTTP);
		addEEnumLiteral(probeKindEEnum, ProbeKind.COMMAND);

		initEEnum(operationKindEEnum, OperationKind.class, "OperationKind");
		addEEnumLiteral(operationKindEEnum, OperationKind.DEPLOY);
		addEEnumLiteral(operationKindEEnum, OperationKind.FAILOVER);
		addEEnumLiteral(operationKindEEnum, OperationKind.MIGRATION);
		addEEnumLiteral(operationKindEEnum, OperationKind.BACKUP);
		addEEnumLiteral(operationKindEEnum, OperationKind.DRILL);

		initEEnum(outcomeEEnum, Outcome.class, "Outcome");
		addEEnumLiteral(outcomeEEnum, Outcome.PENDING);
		addEEnumLiteral(outcomeEEnum, Outcome.SUCCEEDED);
		addEEnumLiteral(outcomeEEnum, Outcome.FAILED);
		addEEnumLiteral(outcomeEEnum, Outcome.ROLLED_BACK);
		addEEnumLiteral(outcomeEEnum, Outcome.SKIPPED);

		// Create resource
		createResource(eNS_URI);
	}

} //TopologyPackageImpl
