/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyFactoryImpl extends EFactoryImpl implements TopologyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TopologyFactory init() {
		try {
			TopologyFactory theTopologyFactory = (TopologyFactory)EPackage.Registry.INSTANCE.getEFactory(TopologyPackage.eNS_URI);
			if (theTopologyFactory != null) {
				return theTopologyFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TopologyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TopologyPackage.TOPOLOGY: return createTopology();
			case TopologyPackage.SITE: return createSite();
			case TopologyPackage.HOST: return createHost();
			case TopologyPackage.PHYSICAL_NIC: return createPhysicalNic();
			case TopologyPackage.BRIDGE: return createBridge();
			case TopologyPackage.OVERLAY_NETWORK: return createOverlayNetwork();
			case TopologyPackage.VTEP_ENDPOINT: return createVtepEndpoint();
			case TopologyPackage.VIRTUAL_MACHINE: return createVirtualMachine();
			case TopologyPackage.VIRTUAL_DISK: return createVirtualDisk();
			case TopologyPackage.VIRTUAL_NIC: return createVirtualNic();
			case TopologyPackage.HA_POLICY: return createHaPolicy();
			case TopologyPackage.BACKUP_POLICY: return createBackupPolicy();
			case TopologyPackage.DR_PLAN: return createDrPlan();
			case TopologyPackage.VERIFICATION_PROBE: return createVerificationProbe();
			case TopologyPackage.OPERATION_RECORD: return createOperationRecord();
			case TopologyPackage.OPERATION_STEP: return createOperationStep();
			case TopologyPackage.DRILL_RECORD: return createDrillRecord();
			case TopologyPackage.MANUAL_LAYOUT: return createManualLayout();
			case TopologyPackage.NODE_POSITION: return createNodePosition();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TopologyPackage.NIC_ROLE:
				return createNicRoleFromString(eDataType, initialValue);
			case TopologyPackage.REPLICATION:
				return createReplicationFromString(eDataType, initialValue);
			case TopologyPackage.DATA_PLANE:
				return createDataPlaneFromString(eDataType, initialValue);
			case TopologyPackage.GUEST_WORKLOAD:
				return createGuestWorkloadFromString(eDataType, initialValue);
			case TopologyPackage.NIC_MODE:
				return createNicModeFromString(eDataType, initialValue);
			case TopologyPackage.FENCING_MODE:
				return createFencingModeFromString(eDataType, initialValue);
			case TopologyPackage.BACKUP_TARGET_KIND:
				return createBackupTargetKindFromString(eDataType, initialValue);
			case TopologyPackage.PROBE_KIND:
				return createProbeKindFromString(eDataType, initialValue);
			case TopologyPackage.OPERATION_KIND:
				return createOperationKindFromString(eDataType, initialValue);
			case TopologyPackage.OUTCOME:
				return createOutcomeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TopologyPackage.NIC_ROLE:
				return convertNicRoleToString(eDataType, instanceValue);
			case TopologyPackage.REPLICATION:
				return convertReplicationToString(eDataType, instanceValue);
			case TopologyPackage.DATA_PLANE:
				return convertDataPlaneToString(eDataType, instanceValue);
			case TopologyPackage.GUEST_WORKLOAD:
				return convertGuestWorkloadToString(eDataType, instanceValue);
			case TopologyPackage.NIC_MODE:
				return convertNicModeToString(eDataType, instanceValue);
			case TopologyPackage.FENCING_MODE:
				return convertFencingModeToString(eDataType, instanceValue);
			case TopologyPackage.BACKUP_TARGET_KIND:
				return convertBackupTargetKindToString(eDataType, instanceValue);
			case TopologyPackage.PROBE_KIND:
				return convertProbeKindToString(eDataType, instanceValue);
			case TopologyPackage.OPERATION_KIND:
				return convertOperationKindToString(eDataType, instanceValue);
			case TopologyPackage.OUTCOME:
				return convertOutcomeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology createTopology() {
		TopologyImpl topology = new TopologyImpl();
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalNic createPhysicalNic() {
		PhysicalNicImpl physicalNic = new PhysicalNicImpl();
		return physicalNic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bridge createBridge() {
		BridgeImpl bridge = new BridgeImpl();
		return bridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlayNetwork createOverlayNetwork() {
		OverlayNetworkImpl overlayNetwork = new OverlayNetworkImpl();
		return overlayNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VtepEndpoint createVtepEndpoint() {
		VtepEndpointImpl vtepEndpoint = new VtepEndpointImpl();
		return vtepEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine createVirtualMachine() {
		VirtualMachineImpl virtualMachine = new VirtualMachineImpl();
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualDisk createVirtualDisk() {
		VirtualDiskImpl virtualDisk = new VirtualDiskImpl();
		return virtualDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualNic createVirtualNic() {
		VirtualNicImpl virtualNic = new VirtualNicImpl();
		return virtualNic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HaPolicy createHaPolicy() {
		HaPolicyImpl haPolicy = new HaPolicyImpl();
		return haPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackupPolicy createBackupPolicy() {
		BackupPolicyImpl backupPolicy = new BackupPolicyImpl();
		return backupPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DrPlan createDrPlan() {
		DrPlanImpl drPlan = new DrPlanImpl();
		return drPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationProbe createVerificationProbe() {
		VerificationProbeImpl verificationProbe = new VerificationProbeImpl();
		return verificationProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationRecord createOperationRecord() {
		OperationRecordImpl operationRecord = new OperationRecordImpl();
		return operationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationStep createOperationStep() {
		OperationStepImpl operationStep = new OperationStepImpl();
		return operationStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DrillRecord createDrillRecord() {
		DrillRecordImpl drillRecord = new DrillRecordImpl();
		return drillRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManualLayout createManualLayout() {
		ManualLayoutImpl manualLayout = new ManualLayoutImpl();
		return manualLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodePosition createNodePosition() {
		NodePositionImpl nodePosition = new NodePositionImpl();
		return nodePosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NicRole createNicRoleFromString(EDataType eDataType, String initialValue) {
		NicRole result = NicRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNicRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Replication createReplicationFromString(EDataType eDataType, String initialValue) {
		Replication result = Replication.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReplicationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataPlane createDataPlaneFromString(EDataType eDataType, String initialValue) {
		DataPlane result = DataPlane.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataPlaneToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestWorkload createGuestWorkloadFromString(EDataType eDataType, String initialValue) {
		GuestWorkload result = GuestWorkload.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuestWorkloadToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NicMode createNicModeFromString(EDataType eDataType, String initialValue) {
		NicMode result = NicMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNicModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FencingMode createFencingModeFromString(EDataType eDataType, String initialValue) {
		FencingMode result = FencingMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFencingModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BackupTargetKind createBackupTargetKindFromString(EDataType eDataType, String initialValue) {
		BackupTargetKind result = BackupTargetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBackupTargetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProbeKind createProbeKindFromString(EDataType eDataType, String initialValue) {
		ProbeKind result = ProbeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProbeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OperationKind createOperationKindFromString(EDataType eDataType, String initialValue) {
		OperationKind result = OperationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOperationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Outcome createOutcomeFromString(EDataType eDataType, String initialValue) {
		Outcome result = Outcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyPackage getTopologyPackage() {
		return (TopologyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TopologyPackage getPackage() {
		return TopologyPackage.eINSTANCE;
	}

} //TopologyFactoryImpl
