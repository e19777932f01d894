/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Lifeboat topology: sites, hosts, networks, VMs and the policies that protect them. One Topology is one *.lifeboat file.
 * <!-- end-model-doc -->
 * @see dev.lifeboat.model.TopologyFactory
 * @model kind="package"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://lifeboat.dev/model/topology/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lifeboat";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = dev.lifeboat.model.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.IdentifiedImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.NamedImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.TopologyImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SITES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Overlays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__OVERLAYS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ha Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__HA_POLICIES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backup Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__BACKUP_POLICIES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dr Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DR_PLANS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Drill Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DRILL_RECORDS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Operation Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__OPERATION_RECORDS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Manual Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__MANUAL_LAYOUT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.SiteImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__HOSTS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.HostImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Site</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SITE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Management Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MANAGEMENT_ADDRESS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SSH_PORT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ssh User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SSH_USER = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HOST_KEY_FINGERPRINT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_CORES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_MI_B = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Storage Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__STORAGE_GI_B = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NICS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Bridges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__BRIDGES = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Vms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__VMS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.PhysicalNicImpl <em>Physical Nic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.PhysicalNicImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getPhysicalNic()
	 * @generated
	 */
	int PHYSICAL_NIC = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__HOST = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__ADDRESS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Prefix Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__PREFIX_LENGTH = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__MTU = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC__ROLES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Physical Nic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Physical Nic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_NIC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.L2DomainImpl <em>L2 Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.L2DomainImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getL2Domain()
	 * @generated
	 */
	int L2_DOMAIN = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int L2_DOMAIN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int L2_DOMAIN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int L2_DOMAIN__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>L2 Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int L2_DOMAIN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>L2 Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int L2_DOMAIN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.BridgeImpl <em>Bridge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.BridgeImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getBridge()
	 * @generated
	 */
	int BRIDGE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__ID = L2_DOMAIN__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__NAME = L2_DOMAIN__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__DESCRIPTION = L2_DOMAIN__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__HOST = L2_DOMAIN_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uplink</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__UPLINK = L2_DOMAIN_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gateway Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__GATEWAY_ADDRESS = L2_DOMAIN_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Prefix Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__PREFIX_LENGTH = L2_DOMAIN_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Bridge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_FEATURE_COUNT = L2_DOMAIN_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Bridge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_OPERATION_COUNT = L2_DOMAIN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.OverlayNetworkImpl <em>Overlay Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.OverlayNetworkImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOverlayNetwork()
	 * @generated
	 */
	int OVERLAY_NETWORK = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__ID = L2_DOMAIN__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__NAME = L2_DOMAIN__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__DESCRIPTION = L2_DOMAIN__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vni</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__VNI = L2_DOMAIN_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Udp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__UDP_PORT = L2_DOMAIN_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__MTU = L2_DOMAIN_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Replication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__REPLICATION = L2_DOMAIN_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Multicast Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__MULTICAST_GROUP = L2_DOMAIN_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Plane</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__DATA_PLANE = L2_DOMAIN_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__MEMBERS = L2_DOMAIN_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Overlay Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK_FEATURE_COUNT = L2_DOMAIN_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Overlay Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK_OPERATION_COUNT = L2_DOMAIN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.VtepEndpointImpl <em>Vtep Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.VtepEndpointImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVtepEndpoint()
	 * @generated
	 */
	int VTEP_ENDPOINT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Overlay</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT__OVERLAY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT__HOST = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Underlay Nic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT__UNDERLAY_NIC = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Plane</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT__DATA_PLANE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Vtep Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Vtep Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTEP_ENDPOINT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.VirtualMachineImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__HOST = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__VCPUS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MEMORY_MI_B = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__TIER = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Restart Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__RESTART_PRIORITY = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Snapshot Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__SNAPSHOT_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ha Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__HA_PROTECTED = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__WORKLOAD = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DISKS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NICS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.VirtualDiskImpl <em>Virtual Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.VirtualDiskImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVirtualDisk()
	 * @generated
	 */
	int VIRTUAL_DISK = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DISK__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DISK__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DISK__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DISK__SIZE_GI_B = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Virtual Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DISK_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Virtual Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_DISK_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.VirtualNicImpl <em>Virtual Nic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.VirtualNicImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVirtualNic()
	 * @generated
	 */
	int VIRTUAL_NIC = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vm</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__VM = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__MAC = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__IP_ADDRESS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Prefix Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__PREFIX_LENGTH = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__MODE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attachment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC__ATTACHMENT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Virtual Nic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Virtual Nic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_NIC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.HaPolicyImpl <em>Ha Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.HaPolicyImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getHaPolicy()
	 * @generated
	 */
	int HA_POLICY = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__HOSTS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Heartbeat Interval Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__HEARTBEAT_INTERVAL_MS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Missed Beats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__MISSED_BEATS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fencing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY__FENCING = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Ha Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Ha Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HA_POLICY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.BackupPolicyImpl <em>Backup Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.BackupPolicyImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getBackupPolicy()
	 * @generated
	 */
	int BACKUP_POLICY = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vms</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__VMS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__INTERVAL_MINUTES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Retention Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__RETENTION_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rpo Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__RPO_MINUTES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__TARGET_KIND = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__TARGET_LOCATION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Secondary Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__SECONDARY_LOCATION = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__ENCRYPTED = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Backup Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Backup Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.DrPlanImpl <em>Dr Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.DrPlanImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getDrPlan()
	 * @generated
	 */
	int DR_PLAN = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vms</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__VMS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recovery Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__RECOVERY_SITE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Drill Vni</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__DRILL_VNI = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rto Target Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__RTO_TARGET_MINUTES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__PROBES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Dr Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Dr Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.VerificationProbeImpl <em>Verification Probe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.VerificationProbeImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVerificationProbe()
	 * @generated
	 */
	int VERIFICATION_PROBE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__VM = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__TARGET = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE__EXPECTED = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Verification Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Verification Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_PROBE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.OperationRecordImpl <em>Operation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.OperationRecordImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOperationRecord()
	 * @generated
	 */
	int OPERATION_RECORD = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__INITIATOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__STARTED_AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__FINISHED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__OUTCOME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Topology Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__TOPOLOGY_HASH = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__SUMMARY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD__STEPS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Operation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Operation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.OperationStepImpl <em>Operation Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.OperationStepImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOperationStep()
	 * @generated
	 */
	int OPERATION_STEP = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__TARGET = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__STARTED_AT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__DURATION_MS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__OUTCOME = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP__MESSAGE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Operation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Operation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_STEP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.DrillRecordImpl <em>Drill Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.DrillRecordImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getDrillRecord()
	 * @generated
	 */
	int DRILL_RECORD = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__PLAN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__INITIATOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__STARTED_AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__FINISHED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__OUTCOME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Restore Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__RESTORE_POINT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Actual Rpo Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__ACTUAL_RPO_SECONDS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Actual Rto Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__ACTUAL_RTO_SECONDS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__SCORE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Report Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__REPORT_PATH = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Report Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__REPORT_HASH = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Previous Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__PREVIOUS_HASH = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD__HASH = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Drill Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Drill Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRILL_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.ManualLayoutImpl <em>Manual Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.ManualLayoutImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getManualLayout()
	 * @generated
	 */
	int MANUAL_LAYOUT = 20;

	/**
	 * The feature id for the '<em><b>Positions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANUAL_LAYOUT__POSITIONS = 0;

	/**
	 * The number of structural features of the '<em>Manual Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANUAL_LAYOUT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Manual Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANUAL_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.impl.NodePositionImpl <em>Node Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.impl.NodePositionImpl
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNodePosition()
	 * @generated
	 */
	int NODE_POSITION = 21;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION__ELEMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION__Y = 2;

	/**
	 * The number of structural features of the '<em>Node Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Node Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_POSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.NicRole <em>Nic Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.NicRole
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNicRole()
	 * @generated
	 */
	int NIC_ROLE = 22;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.Replication <em>Replication</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.Replication
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getReplication()
	 * @generated
	 */
	int REPLICATION = 23;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.DataPlane <em>Data Plane</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.DataPlane
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getDataPlane()
	 * @generated
	 */
	int DATA_PLANE = 24;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.GuestWorkload <em>Guest Workload</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.GuestWorkload
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getGuestWorkload()
	 * @generated
	 */
	int GUEST_WORKLOAD = 25;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.NicMode <em>Nic Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.NicMode
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNicMode()
	 * @generated
	 */
	int NIC_MODE = 26;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.FencingMode <em>Fencing Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.FencingMode
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getFencingMode()
	 * @generated
	 */
	int FENCING_MODE = 27;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.BackupTargetKind <em>Backup Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.BackupTargetKind
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getBackupTargetKind()
	 * @generated
	 */
	int BACKUP_TARGET_KIND = 28;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.ProbeKind <em>Probe Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.ProbeKind
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getProbeKind()
	 * @generated
	 */
	int PROBE_KIND = 29;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.OperationKind <em>Operation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.OperationKind
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOperationKind()
	 * @generated
	 */
	int OPERATION_KIND = 30;

	/**
	 * The meta object id for the '{@link dev.lifeboat.model.Outcome <em>Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.lifeboat.model.Outcome
	 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 31;


	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see dev.lifeboat.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.lifeboat.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see dev.lifeboat.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.lifeboat.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.lifeboat.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see dev.lifeboat.model.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see dev.lifeboat.model.Topology#getSites()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getOverlays <em>Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overlays</em>'.
	 * @see dev.lifeboat.model.Topology#getOverlays()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Overlays();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getHaPolicies <em>Ha Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ha Policies</em>'.
	 * @see dev.lifeboat.model.Topology#getHaPolicies()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_HaPolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getBackupPolicies <em>Backup Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backup Policies</em>'.
	 * @see dev.lifeboat.model.Topology#getBackupPolicies()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_BackupPolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getDrPlans <em>Dr Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dr Plans</em>'.
	 * @see dev.lifeboat.model.Topology#getDrPlans()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_DrPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getDrillRecords <em>Drill Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drill Records</em>'.
	 * @see dev.lifeboat.model.Topology#getDrillRecords()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_DrillRecords();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Topology#getOperationRecords <em>Operation Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operation Records</em>'.
	 * @see dev.lifeboat.model.Topology#getOperationRecords()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_OperationRecords();

	/**
	 * Returns the meta object for the containment reference '{@link dev.lifeboat.model.Topology#getManualLayout <em>Manual Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Manual Layout</em>'.
	 * @see dev.lifeboat.model.Topology#getManualLayout()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_ManualLayout();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see dev.lifeboat.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see dev.lifeboat.model.Site#getHosts()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Hosts();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see dev.lifeboat.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the container reference '{@link dev.lifeboat.model.Host#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Site</em>'.
	 * @see dev.lifeboat.model.Host#getSite()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Site();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getManagementAddress <em>Management Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Address</em>'.
	 * @see dev.lifeboat.model.Host#getManagementAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ManagementAddress();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getSshPort <em>Ssh Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh Port</em>'.
	 * @see dev.lifeboat.model.Host#getSshPort()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_SshPort();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getSshUser <em>Ssh User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh User</em>'.
	 * @see dev.lifeboat.model.Host#getSshUser()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_SshUser();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getHostKeyFingerprint <em>Host Key Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Key Fingerprint</em>'.
	 * @see dev.lifeboat.model.Host#getHostKeyFingerprint()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_HostKeyFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getCpuCores <em>Cpu Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Cores</em>'.
	 * @see dev.lifeboat.model.Host#getCpuCores()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuCores();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getMemoryMiB <em>Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mi B</em>'.
	 * @see dev.lifeboat.model.Host#getMemoryMiB()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Host#getStorageGiB <em>Storage Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Gi B</em>'.
	 * @see dev.lifeboat.model.Host#getStorageGiB()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_StorageGiB();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Host#getNics <em>Nics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nics</em>'.
	 * @see dev.lifeboat.model.Host#getNics()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Nics();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Host#getBridges <em>Bridges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bridges</em>'.
	 * @see dev.lifeboat.model.Host#getBridges()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Bridges();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.Host#getVms <em>Vms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vms</em>'.
	 * @see dev.lifeboat.model.Host#getVms()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Vms();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.PhysicalNic <em>Physical Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Physical Nic</em>'.
	 * @see dev.lifeboat.model.PhysicalNic
	 * @generated
	 */
	EClass getPhysicalNic();

	/**
	 * Returns the meta object for the container reference '{@link dev.lifeboat.model.PhysicalNic#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see dev.lifeboat.model.PhysicalNic#getHost()
	 * @see #getPhysicalNic()
	 * @generated
	 */
	EReference getPhysicalNic_Host();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.PhysicalNic#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see dev.lifeboat.model.PhysicalNic#getAddress()
	 * @see #getPhysicalNic()
	 * @generated
	 */
	EAttribute getPhysicalNic_Address();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.PhysicalNic#getPrefixLength <em>Prefix Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix Length</em>'.
	 * @see dev.lifeboat.model.PhysicalNic#getPrefixLength()
	 * @see #getPhysicalNic()
	 * @generated
	 */
	EAttribute getPhysicalNic_PrefixLength();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.PhysicalNic#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see dev.lifeboat.model.PhysicalNic#getMtu()
	 * @see #getPhysicalNic()
	 * @generated
	 */
	EAttribute getPhysicalNic_Mtu();

	/**
	 * Returns the meta object for the attribute list '{@link dev.lifeboat.model.PhysicalNic#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see dev.lifeboat.model.PhysicalNic#getRoles()
	 * @see #getPhysicalNic()
	 * @generated
	 */
	EAttribute getPhysicalNic_Roles();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.L2Domain <em>L2 Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>L2 Domain</em>'.
	 * @see dev.lifeboat.model.L2Domain
	 * @generated
	 */
	EClass getL2Domain();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.Bridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bridge</em>'.
	 * @see dev.lifeboat.model.Bridge
	 * @generated
	 */
	EClass getBridge();

	/**
	 * Returns the meta object for the container reference '{@link dev.lifeboat.model.Bridge#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see dev.lifeboat.model.Bridge#getHost()
	 * @see #getBridge()
	 * @generated
	 */
	EReference getBridge_Host();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.Bridge#getUplink <em>Uplink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Uplink</em>'.
	 * @see dev.lifeboat.model.Bridge#getUplink()
	 * @see #getBridge()
	 * @generated
	 */
	EReference getBridge_Uplink();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Bridge#getGatewayAddress <em>Gateway Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway Address</em>'.
	 * @see dev.lifeboat.model.Bridge#getGatewayAddress()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_GatewayAddress();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.Bridge#getPrefixLength <em>Prefix Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix Length</em>'.
	 * @see dev.lifeboat.model.Bridge#getPrefixLength()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_PrefixLength();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.OverlayNetwork <em>Overlay Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay Network</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork
	 * @generated
	 */
	EClass getOverlayNetwork();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OverlayNetwork#getVni <em>Vni</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vni</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getVni()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_Vni();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OverlayNetwork#getUdpPort <em>Udp Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Udp Port</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getUdpPort()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_UdpPort();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OverlayNetwork#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getMtu()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OverlayNetwork#getReplication <em>Replication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replication</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getReplication()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_Replication();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OverlayNetwork#getMulticastGroup <em>Multicast Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multicast Group</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getMulticastGroup()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_MulticastGroup();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OverlayNetwork#getDataPlane <em>Data Plane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Plane</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getDataPlane()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_DataPlane();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.OverlayNetwork#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see dev.lifeboat.model.OverlayNetwork#getMembers()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EReference getOverlayNetwork_Members();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.VtepEndpoint <em>Vtep Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vtep Endpoint</em>'.
	 * @see dev.lifeboat.model.VtepEndpoint
	 * @generated
	 */
	EClass getVtepEndpoint();

	/**
	 * Returns the meta object for the container reference '{@link dev.lifeboat.model.VtepEndpoint#getOverlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Overlay</em>'.
	 * @see dev.lifeboat.model.VtepEndpoint#getOverlay()
	 * @see #getVtepEndpoint()
	 * @generated
	 */
	EReference getVtepEndpoint_Overlay();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.VtepEndpoint#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see dev.lifeboat.model.VtepEndpoint#getHost()
	 * @see #getVtepEndpoint()
	 * @generated
	 */
	EReference getVtepEndpoint_Host();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.VtepEndpoint#getUnderlayNic <em>Underlay Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Underlay Nic</em>'.
	 * @see dev.lifeboat.model.VtepEndpoint#getUnderlayNic()
	 * @see #getVtepEndpoint()
	 * @generated
	 */
	EReference getVtepEndpoint_UnderlayNic();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VtepEndpoint#getDataPlane <em>Data Plane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Plane</em>'.
	 * @see dev.lifeboat.model.VtepEndpoint#getDataPlane()
	 * @see #getVtepEndpoint()
	 * @generated
	 */
	EAttribute getVtepEndpoint_DataPlane();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see dev.lifeboat.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the container reference '{@link dev.lifeboat.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getHost()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Host();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getVcpus()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#getMemoryMiB <em>Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mi B</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getMemoryMiB()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_MemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getTier()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Tier();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#getRestartPriority <em>Restart Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restart Priority</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getRestartPriority()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_RestartPriority();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#getSnapshotCount <em>Snapshot Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snapshot Count</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getSnapshotCount()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_SnapshotCount();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#isHaProtected <em>Ha Protected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ha Protected</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#isHaProtected()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_HaProtected();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualMachine#getWorkload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workload</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getWorkload()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Workload();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.VirtualMachine#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disks</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getDisks()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Disks();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.VirtualMachine#getNics <em>Nics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nics</em>'.
	 * @see dev.lifeboat.model.VirtualMachine#getNics()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Nics();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.VirtualDisk <em>Virtual Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Disk</em>'.
	 * @see dev.lifeboat.model.VirtualDisk
	 * @generated
	 */
	EClass getVirtualDisk();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualDisk#getSizeGiB <em>Size Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Gi B</em>'.
	 * @see dev.lifeboat.model.VirtualDisk#getSizeGiB()
	 * @see #getVirtualDisk()
	 * @generated
	 */
	EAttribute getVirtualDisk_SizeGiB();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.VirtualNic <em>Virtual Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Nic</em>'.
	 * @see dev.lifeboat.model.VirtualNic
	 * @generated
	 */
	EClass getVirtualNic();

	/**
	 * Returns the meta object for the container reference '{@link dev.lifeboat.model.VirtualNic#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Vm</em>'.
	 * @see dev.lifeboat.model.VirtualNic#getVm()
	 * @see #getVirtualNic()
	 * @generated
	 */
	EReference getVirtualNic_Vm();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualNic#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see dev.lifeboat.model.VirtualNic#getMac()
	 * @see #getVirtualNic()
	 * @generated
	 */
	EAttribute getVirtualNic_Mac();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualNic#getIpAddress <em>Ip Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Address</em>'.
	 * @see dev.lifeboat.model.VirtualNic#getIpAddress()
	 * @see #getVirtualNic()
	 * @generated
	 */
	EAttribute getVirtualNic_IpAddress();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualNic#getPrefixLength <em>Prefix Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix Length</em>'.
	 * @see dev.lifeboat.model.VirtualNic#getPrefixLength()
	 * @see #getVirtualNic()
	 * @generated
	 */
	EAttribute getVirtualNic_PrefixLength();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VirtualNic#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see dev.lifeboat.model.VirtualNic#getMode()
	 * @see #getVirtualNic()
	 * @generated
	 */
	EAttribute getVirtualNic_Mode();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.VirtualNic#getAttachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attachment</em>'.
	 * @see dev.lifeboat.model.VirtualNic#getAttachment()
	 * @see #getVirtualNic()
	 * @generated
	 */
	EReference getVirtualNic_Attachment();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.HaPolicy <em>Ha Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ha Policy</em>'.
	 * @see dev.lifeboat.model.HaPolicy
	 * @generated
	 */
	EClass getHaPolicy();

	/**
	 * Returns the meta object for the reference list '{@link dev.lifeboat.model.HaPolicy#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hosts</em>'.
	 * @see dev.lifeboat.model.HaPolicy#getHosts()
	 * @see #getHaPolicy()
	 * @generated
	 */
	EReference getHaPolicy_Hosts();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.HaPolicy#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heartbeat Interval Ms</em>'.
	 * @see dev.lifeboat.model.HaPolicy#getHeartbeatIntervalMs()
	 * @see #getHaPolicy()
	 * @generated
	 */
	EAttribute getHaPolicy_HeartbeatIntervalMs();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.HaPolicy#getMissedBeats <em>Missed Beats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missed Beats</em>'.
	 * @see dev.lifeboat.model.HaPolicy#getMissedBeats()
	 * @see #getHaPolicy()
	 * @generated
	 */
	EAttribute getHaPolicy_MissedBeats();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.HaPolicy#getFencing <em>Fencing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fencing</em>'.
	 * @see dev.lifeboat.model.HaPolicy#getFencing()
	 * @see #getHaPolicy()
	 * @generated
	 */
	EAttribute getHaPolicy_Fencing();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.BackupPolicy <em>Backup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backup Policy</em>'.
	 * @see dev.lifeboat.model.BackupPolicy
	 * @generated
	 */
	EClass getBackupPolicy();

	/**
	 * Returns the meta object for the reference list '{@link dev.lifeboat.model.BackupPolicy#getVms <em>Vms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Vms</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getVms()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EReference getBackupPolicy_Vms();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#getIntervalMinutes <em>Interval Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Minutes</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getIntervalMinutes()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_IntervalMinutes();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#getRetentionCount <em>Retention Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Count</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getRetentionCount()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_RetentionCount();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#getRpoMinutes <em>Rpo Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rpo Minutes</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getRpoMinutes()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_RpoMinutes();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#getTargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Kind</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getTargetKind()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_TargetKind();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#getTargetLocation <em>Target Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Location</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getTargetLocation()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_TargetLocation();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#getSecondaryLocation <em>Secondary Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secondary Location</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#getSecondaryLocation()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_SecondaryLocation();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.BackupPolicy#isEncrypted <em>Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted</em>'.
	 * @see dev.lifeboat.model.BackupPolicy#isEncrypted()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_Encrypted();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.DrPlan <em>Dr Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dr Plan</em>'.
	 * @see dev.lifeboat.model.DrPlan
	 * @generated
	 */
	EClass getDrPlan();

	/**
	 * Returns the meta object for the reference list '{@link dev.lifeboat.model.DrPlan#getVms <em>Vms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Vms</em>'.
	 * @see dev.lifeboat.model.DrPlan#getVms()
	 * @see #getDrPlan()
	 * @generated
	 */
	EReference getDrPlan_Vms();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.DrPlan#getRecoverySite <em>Recovery Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recovery Site</em>'.
	 * @see dev.lifeboat.model.DrPlan#getRecoverySite()
	 * @see #getDrPlan()
	 * @generated
	 */
	EReference getDrPlan_RecoverySite();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrPlan#getDrillVni <em>Drill Vni</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drill Vni</em>'.
	 * @see dev.lifeboat.model.DrPlan#getDrillVni()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_DrillVni();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrPlan#getRtoTargetMinutes <em>Rto Target Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rto Target Minutes</em>'.
	 * @see dev.lifeboat.model.DrPlan#getRtoTargetMinutes()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_RtoTargetMinutes();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.DrPlan#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Probes</em>'.
	 * @see dev.lifeboat.model.DrPlan#getProbes()
	 * @see #getDrPlan()
	 * @generated
	 */
	EReference getDrPlan_Probes();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.VerificationProbe <em>Verification Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Verification Probe</em>'.
	 * @see dev.lifeboat.model.VerificationProbe
	 * @generated
	 */
	EClass getVerificationProbe();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.VerificationProbe#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vm</em>'.
	 * @see dev.lifeboat.model.VerificationProbe#getVm()
	 * @see #getVerificationProbe()
	 * @generated
	 */
	EReference getVerificationProbe_Vm();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VerificationProbe#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.lifeboat.model.VerificationProbe#getKind()
	 * @see #getVerificationProbe()
	 * @generated
	 */
	EAttribute getVerificationProbe_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VerificationProbe#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see dev.lifeboat.model.VerificationProbe#getTarget()
	 * @see #getVerificationProbe()
	 * @generated
	 */
	EAttribute getVerificationProbe_Target();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.VerificationProbe#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see dev.lifeboat.model.VerificationProbe#getExpected()
	 * @see #getVerificationProbe()
	 * @generated
	 */
	EAttribute getVerificationProbe_Expected();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.OperationRecord <em>Operation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation Record</em>'.
	 * @see dev.lifeboat.model.OperationRecord
	 * @generated
	 */
	EClass getOperationRecord();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getKind()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiator</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getInitiator()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_Initiator();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getStartedAt()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getFinishedAt()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getOutcome()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getTopologyHash <em>Topology Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topology Hash</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getTopologyHash()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_TopologyHash();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationRecord#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getSummary()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EAttribute getOperationRecord_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.OperationRecord#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see dev.lifeboat.model.OperationRecord#getSteps()
	 * @see #getOperationRecord()
	 * @generated
	 */
	EReference getOperationRecord_Steps();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.OperationStep <em>Operation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation Step</em>'.
	 * @see dev.lifeboat.model.OperationStep
	 * @generated
	 */
	EClass getOperationStep();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationStep#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see dev.lifeboat.model.OperationStep#getTarget()
	 * @see #getOperationStep()
	 * @generated
	 */
	EAttribute getOperationStep_Target();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationStep#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see dev.lifeboat.model.OperationStep#getStartedAt()
	 * @see #getOperationStep()
	 * @generated
	 */
	EAttribute getOperationStep_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationStep#getDurationMs <em>Duration Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Ms</em>'.
	 * @see dev.lifeboat.model.OperationStep#getDurationMs()
	 * @see #getOperationStep()
	 * @generated
	 */
	EAttribute getOperationStep_DurationMs();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationStep#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see dev.lifeboat.model.OperationStep#getOutcome()
	 * @see #getOperationStep()
	 * @generated
	 */
	EAttribute getOperationStep_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.OperationStep#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see dev.lifeboat.model.OperationStep#getMessage()
	 * @see #getOperationStep()
	 * @generated
	 */
	EAttribute getOperationStep_Message();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.DrillRecord <em>Drill Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drill Record</em>'.
	 * @see dev.lifeboat.model.DrillRecord
	 * @generated
	 */
	EClass getDrillRecord();

	/**
	 * Returns the meta object for the reference '{@link dev.lifeboat.model.DrillRecord#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getPlan()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EReference getDrillRecord_Plan();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiator</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getInitiator()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_Initiator();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getStartedAt()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getFinishedAt()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getOutcome()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getRestorePoint <em>Restore Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restore Point</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getRestorePoint()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_RestorePoint();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getActualRpoSeconds <em>Actual Rpo Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Rpo Seconds</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getActualRpoSeconds()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_ActualRpoSeconds();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getActualRtoSeconds <em>Actual Rto Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Rto Seconds</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getActualRtoSeconds()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_ActualRtoSeconds();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getScore()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_Score();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getReportPath <em>Report Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Path</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getReportPath()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_ReportPath();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getReportHash <em>Report Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Hash</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getReportHash()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_ReportHash();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getPreviousHash <em>Previous Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Hash</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getPreviousHash()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_PreviousHash();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.DrillRecord#getHash <em>Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hash</em>'.
	 * @see dev.lifeboat.model.DrillRecord#getHash()
	 * @see #getDrillRecord()
	 * @generated
	 */
	EAttribute getDrillRecord_Hash();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.ManualLayout <em>Manual Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Manual Layout</em>'.
	 * @see dev.lifeboat.model.ManualLayout
	 * @generated
	 */
	EClass getManualLayout();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.lifeboat.model.ManualLayout#getPositions <em>Positions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Positions</em>'.
	 * @see dev.lifeboat.model.ManualLayout#getPositions()
	 * @see #getManualLayout()
	 * @generated
	 */
	EReference getManualLayout_Positions();

	/**
	 * Returns the meta object for class '{@link dev.lifeboat.model.NodePosition <em>Node Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Position</em>'.
	 * @see dev.lifeboat.model.NodePosition
	 * @generated
	 */
	EClass getNodePosition();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.NodePosition#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see dev.lifeboat.model.NodePosition#getElementId()
	 * @see #getNodePosition()
	 * @generated
	 */
	EAttribute getNodePosition_ElementId();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.NodePosition#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see dev.lifeboat.model.NodePosition#getX()
	 * @see #getNodePosition()
	 * @generated
	 */
	EAttribute getNodePosition_X();

	/**
	 * Returns the meta object for the attribute '{@link dev.lifeboat.model.NodePosition#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see dev.lifeboat.model.NodePosition#getY()
	 * @see #getNodePosition()
	 * @generated
	 */
	EAttribute getNodePosition_Y();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.NicRole <em>Nic Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Nic Role</em>'.
	 * @see dev.lifeboat.model.NicRole
	 * @generated
	 */
	EEnum getNicRole();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.Replication <em>Replication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Replication</em>'.
	 * @see dev.lifeboat.model.Replication
	 * @generated
	 */
	EEnum getReplication();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.DataPlane <em>Data Plane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Plane</em>'.
	 * @see dev.lifeboat.model.DataPlane
	 * @generated
	 */
	EEnum getDataPlane();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.GuestWorkload <em>Guest Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guest Workload</em>'.
	 * @see dev.lifeboat.model.GuestWorkload
	 * @generated
	 */
	EEnum getGuestWorkload();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.NicMode <em>Nic Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Nic Mode</em>'.
	 * @see dev.lifeboat.model.NicMode
	 * @generated
	 */
	EEnum getNicMode();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.FencingMode <em>Fencing Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fencing Mode</em>'.
	 * @see dev.lifeboat.model.FencingMode
	 * @generated
	 */
	EEnum getFencingMode();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.BackupTargetKind <em>Backup Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Backup Target Kind</em>'.
	 * @see dev.lifeboat.model.BackupTargetKind
	 * @generated
	 */
	EEnum getBackupTargetKind();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.ProbeKind <em>Probe Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Probe Kind</em>'.
	 * @see dev.lifeboat.model.ProbeKind
	 * @generated
	 */
	EEnum getProbeKind();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.OperationKind <em>Operation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operation Kind</em>'.
	 * @see dev.lifeboat.model.OperationKind
	 * @generated
	 */
	EEnum getOperationKind();

	/**
	 * Returns the meta object for enum '{@link dev.lifeboat.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome</em>'.
	 * @see dev.lifeboat.model.Outcome
	 * @generated
	 */
	EEnum getOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.IdentifiedImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.NamedImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.TopologyImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SITES = eINSTANCE.getTopology_Sites();

		/**
		 * The meta object literal for the '<em><b>Overlays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__OVERLAYS = eINSTANCE.getTopology_Overlays();

		/**
		 * The meta object literal for the '<em><b>Ha Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__HA_POLICIES = eINSTANCE.getTopology_HaPolicies();

		/**
		 * The meta object literal for the '<em><b>Backup Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__BACKUP_POLICIES = eINSTANCE.getTopology_BackupPolicies();

		/**
		 * The meta object literal for the '<em><b>Dr Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__DR_PLANS = eINSTANCE.getTopology_DrPlans();

		/**
		 * The meta object literal for the '<em><b>Drill Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__DRILL_RECORDS = eINSTANCE.getTopology_DrillRecords();

		/**
		 * The meta object literal for the '<em><b>Operation Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__OPERATION_RECORDS = eINSTANCE.getTopology_OperationRecords();

		/**
		 * The meta object literal for the '<em><b>Manual Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__MANUAL_LAYOUT = eINSTANCE.getTopology_ManualLayout();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.SiteImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__HOSTS = eINSTANCE.getSite_Hosts();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.HostImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__SITE = eINSTANCE.getHost_Site();

		/**
		 * The meta object literal for the '<em><b>Management Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MANAGEMENT_ADDRESS = eINSTANCE.getHost_ManagementAddress();

		/**
		 * The meta object literal for the '<em><b>Ssh Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__SSH_PORT = eINSTANCE.getHost_SshPort();

		/**
		 * The meta object literal for the '<em><b>Ssh User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__SSH_USER = eINSTANCE.getHost_SshUser();

		/**
		 * The meta object literal for the '<em><b>Host Key Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__HOST_KEY_FINGERPRINT = eINSTANCE.getHost_HostKeyFingerprint();

		/**
		 * The meta object literal for the '<em><b>Cpu Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_CORES = eINSTANCE.getHost_CpuCores();

		/**
		 * The meta object literal for the '<em><b>Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_MI_B = eINSTANCE.getHost_MemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Storage Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__STORAGE_GI_B = eINSTANCE.getHost_StorageGiB();

		/**
		 * The meta object literal for the '<em><b>Nics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__NICS = eINSTANCE.getHost_Nics();

		/**
		 * The meta object literal for the '<em><b>Bridges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__BRIDGES = eINSTANCE.getHost_Bridges();

		/**
		 * The meta object literal for the '<em><b>Vms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__VMS = eINSTANCE.getHost_Vms();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.PhysicalNicImpl <em>Physical Nic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.PhysicalNicImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getPhysicalNic()
		 * @generated
		 */
		EClass PHYSICAL_NIC = eINSTANCE.getPhysicalNic();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHYSICAL_NIC__HOST = eINSTANCE.getPhysicalNic_Host();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_NIC__ADDRESS = eINSTANCE.getPhysicalNic_Address();

		/**
		 * The meta object literal for the '<em><b>Prefix Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_NIC__PREFIX_LENGTH = eINSTANCE.getPhysicalNic_PrefixLength();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_NIC__MTU = eINSTANCE.getPhysicalNic_Mtu();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_NIC__ROLES = eINSTANCE.getPhysicalNic_Roles();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.L2DomainImpl <em>L2 Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.L2DomainImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getL2Domain()
		 * @generated
		 */
		EClass L2_DOMAIN = eINSTANCE.getL2Domain();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.BridgeImpl <em>Bridge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.BridgeImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getBridge()
		 * @generated
		 */
		EClass BRIDGE = eINSTANCE.getBridge();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRIDGE__HOST = eINSTANCE.getBridge_Host();

		/**
		 * The meta object literal for the '<em><b>Uplink</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRIDGE__UPLINK = eINSTANCE.getBridge_Uplink();

		/**
		 * The meta object literal for the '<em><b>Gateway Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__GATEWAY_ADDRESS = eINSTANCE.getBridge_GatewayAddress();

		/**
		 * The meta object literal for the '<em><b>Prefix Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__PREFIX_LENGTH = eINSTANCE.getBridge_PrefixLength();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.OverlayNetworkImpl <em>Overlay Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.OverlayNetworkImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOverlayNetwork()
		 * @generated
		 */
		EClass OVERLAY_NETWORK = eINSTANCE.getOverlayNetwork();

		/**
		 * The meta object literal for the '<em><b>Vni</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__VNI = eINSTANCE.getOverlayNetwork_Vni();

		/**
		 * The meta object literal for the '<em><b>Udp Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__UDP_PORT = eINSTANCE.getOverlayNetwork_UdpPort();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__MTU = eINSTANCE.getOverlayNetwork_Mtu();

		/**
		 * The meta object literal for the '<em><b>Replication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__REPLICATION = eINSTANCE.getOverlayNetwork_Replication();

		/**
		 * The meta object literal for the '<em><b>Multicast Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__MULTICAST_GROUP = eINSTANCE.getOverlayNetwork_MulticastGroup();

		/**
		 * The meta object literal for the '<em><b>Data Plane</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__DATA_PLANE = eINSTANCE.getOverlayNetwork_DataPlane();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY_NETWORK__MEMBERS = eINSTANCE.getOverlayNetwork_Members();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.VtepEndpointImpl <em>Vtep Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.VtepEndpointImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVtepEndpoint()
		 * @generated
		 */
		EClass VTEP_ENDPOINT = eINSTANCE.getVtepEndpoint();

		/**
		 * The meta object literal for the '<em><b>Overlay</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VTEP_ENDPOINT__OVERLAY = eINSTANCE.getVtepEndpoint_Overlay();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VTEP_ENDPOINT__HOST = eINSTANCE.getVtepEndpoint_Host();

		/**
		 * The meta object literal for the '<em><b>Underlay Nic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VTEP_ENDPOINT__UNDERLAY_NIC = eINSTANCE.getVtepEndpoint_UnderlayNic();

		/**
		 * The meta object literal for the '<em><b>Data Plane</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VTEP_ENDPOINT__DATA_PLANE = eINSTANCE.getVtepEndpoint_DataPlane();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.VirtualMachineImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__HOST = eINSTANCE.getVirtualMachine_Host();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__VCPUS = eINSTANCE.getVirtualMachine_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__MEMORY_MI_B = eINSTANCE.getVirtualMachine_MemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__TIER = eINSTANCE.getVirtualMachine_Tier();

		/**
		 * The meta object literal for the '<em><b>Restart Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__RESTART_PRIORITY = eINSTANCE.getVirtualMachine_RestartPriority();

		/**
		 * The meta object literal for the '<em><b>Snapshot Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__SNAPSHOT_COUNT = eINSTANCE.getVirtualMachine_SnapshotCount();

		/**
		 * The meta object literal for the '<em><b>Ha Protected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__HA_PROTECTED = eINSTANCE.getVirtualMachine_HaProtected();

		/**
		 * The meta object literal for the '<em><b>Workload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__WORKLOAD = eINSTANCE.getVirtualMachine_Workload();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__DISKS = eINSTANCE.getVirtualMachine_Disks();

		/**
		 * The meta object literal for the '<em><b>Nics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__NICS = eINSTANCE.getVirtualMachine_Nics();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.VirtualDiskImpl <em>Virtual Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.VirtualDiskImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVirtualDisk()
		 * @generated
		 */
		EClass VIRTUAL_DISK = eINSTANCE.getVirtualDisk();

		/**
		 * The meta object literal for the '<em><b>Size Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_DISK__SIZE_GI_B = eINSTANCE.getVirtualDisk_SizeGiB();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.VirtualNicImpl <em>Virtual Nic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.VirtualNicImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVirtualNic()
		 * @generated
		 */
		EClass VIRTUAL_NIC = eINSTANCE.getVirtualNic();

		/**
		 * The meta object literal for the '<em><b>Vm</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_NIC__VM = eINSTANCE.getVirtualNic_Vm();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_NIC__MAC = eINSTANCE.getVirtualNic_Mac();

		/**
		 * The meta object literal for the '<em><b>Ip Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_NIC__IP_ADDRESS = eINSTANCE.getVirtualNic_IpAddress();

		/**
		 * The meta object literal for the '<em><b>Prefix Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_NIC__PREFIX_LENGTH = eINSTANCE.getVirtualNic_PrefixLength();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_NIC__MODE = eINSTANCE.getVirtualNic_Mode();

		/**
		 * The meta object literal for the '<em><b>Attachment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_NIC__ATTACHMENT = eINSTANCE.getVirtualNic_Attachment();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.HaPolicyImpl <em>Ha Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.HaPolicyImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getHaPolicy()
		 * @generated
		 */
		EClass HA_POLICY = eINSTANCE.getHaPolicy();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HA_POLICY__HOSTS = eINSTANCE.getHaPolicy_Hosts();

		/**
		 * The meta object literal for the '<em><b>Heartbeat Interval Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HA_POLICY__HEARTBEAT_INTERVAL_MS = eINSTANCE.getHaPolicy_HeartbeatIntervalMs();

		/**
		 * The meta object literal for the '<em><b>Missed Beats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HA_POLICY__MISSED_BEATS = eINSTANCE.getHaPolicy_MissedBeats();

		/**
		 * The meta object literal for the '<em><b>Fencing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HA_POLICY__FENCING = eINSTANCE.getHaPolicy_Fencing();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.BackupPolicyImpl <em>Backup Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.BackupPolicyImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getBackupPolicy()
		 * @generated
		 */
		EClass BACKUP_POLICY = eINSTANCE.getBackupPolicy();

		/**
		 * The meta object literal for the '<em><b>Vms</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKUP_POLICY__VMS = eINSTANCE.getBackupPolicy_Vms();

		/**
		 * The meta object literal for the '<em><b>Interval Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__INTERVAL_MINUTES = eINSTANCE.getBackupPolicy_IntervalMinutes();

		/**
		 * The meta object literal for the '<em><b>Retention Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__RETENTION_COUNT = eINSTANCE.getBackupPolicy_RetentionCount();

		/**
		 * The meta object literal for the '<em><b>Rpo Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__RPO_MINUTES = eINSTANCE.getBackupPolicy_RpoMinutes();

		/**
		 * The meta object literal for the '<em><b>Target Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__TARGET_KIND = eINSTANCE.getBackupPolicy_TargetKind();

		/**
		 * The meta object literal for the '<em><b>Target Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__TARGET_LOCATION = eINSTANCE.getBackupPolicy_TargetLocation();

		/**
		 * The meta object literal for the '<em><b>Secondary Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__SECONDARY_LOCATION = eINSTANCE.getBackupPolicy_SecondaryLocation();

		/**
		 * The meta object literal for the '<em><b>Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__ENCRYPTED = eINSTANCE.getBackupPolicy_Encrypted();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.DrPlanImpl <em>Dr Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.DrPlanImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getDrPlan()
		 * @generated
		 */
		EClass DR_PLAN = eINSTANCE.getDrPlan();

		/**
		 * The meta object literal for the '<em><b>Vms</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DR_PLAN__VMS = eINSTANCE.getDrPlan_Vms();

		/**
		 * The meta object literal for the '<em><b>Recovery Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DR_PLAN__RECOVERY_SITE = eINSTANCE.getDrPlan_RecoverySite();

		/**
		 * The meta object literal for the '<em><b>Drill Vni</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__DRILL_VNI = eINSTANCE.getDrPlan_DrillVni();

		/**
		 * The meta object literal for the '<em><b>Rto Target Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__RTO_TARGET_MINUTES = eINSTANCE.getDrPlan_RtoTargetMinutes();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DR_PLAN__PROBES = eINSTANCE.getDrPlan_Probes();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.VerificationProbeImpl <em>Verification Probe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.VerificationProbeImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getVerificationProbe()
		 * @generated
		 */
		EClass VERIFICATION_PROBE = eINSTANCE.getVerificationProbe();

		/**
		 * The meta object literal for the '<em><b>Vm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VERIFICATION_PROBE__VM = eINSTANCE.getVerificationProbe_Vm();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_PROBE__KIND = eINSTANCE.getVerificationProbe_Kind();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_PROBE__TARGET = eINSTANCE.getVerificationProbe_Target();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_PROBE__EXPECTED = eINSTANCE.getVerificationProbe_Expected();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.OperationRecordImpl <em>Operation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.OperationRecordImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOperationRecord()
		 * @generated
		 */
		EClass OPERATION_RECORD = eINSTANCE.getOperationRecord();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__KIND = eINSTANCE.getOperationRecord_Kind();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__INITIATOR = eINSTANCE.getOperationRecord_Initiator();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__STARTED_AT = eINSTANCE.getOperationRecord_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__FINISHED_AT = eINSTANCE.getOperationRecord_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__OUTCOME = eINSTANCE.getOperationRecord_Outcome();

		/**
		 * The meta object literal for the '<em><b>Topology Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__TOPOLOGY_HASH = eINSTANCE.getOperationRecord_TopologyHash();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_RECORD__SUMMARY = eINSTANCE.getOperationRecord_Summary();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION_RECORD__STEPS = eINSTANCE.getOperationRecord_Steps();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.OperationStepImpl <em>Operation Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.OperationStepImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOperationStep()
		 * @generated
		 */
		EClass OPERATION_STEP = eINSTANCE.getOperationStep();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_STEP__TARGET = eINSTANCE.getOperationStep_Target();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_STEP__STARTED_AT = eINSTANCE.getOperationStep_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Duration Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_STEP__DURATION_MS = eINSTANCE.getOperationStep_DurationMs();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_STEP__OUTCOME = eINSTANCE.getOperationStep_Outcome();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION_STEP__MESSAGE = eINSTANCE.getOperationStep_Message();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.DrillRecordImpl <em>Drill Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.DrillRecordImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getDrillRecord()
		 * @generated
		 */
		EClass DRILL_RECORD = eINSTANCE.getDrillRecord();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRILL_RECORD__PLAN = eINSTANCE.getDrillRecord_Plan();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__INITIATOR = eINSTANCE.getDrillRecord_Initiator();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__STARTED_AT = eINSTANCE.getDrillRecord_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__FINISHED_AT = eINSTANCE.getDrillRecord_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__OUTCOME = eINSTANCE.getDrillRecord_Outcome();

		/**
		 * The meta object literal for the '<em><b>Restore Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__RESTORE_POINT = eINSTANCE.getDrillRecord_RestorePoint();

		/**
		 * The meta object literal for the '<em><b>Actual Rpo Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__ACTUAL_RPO_SECONDS = eINSTANCE.getDrillRecord_ActualRpoSeconds();

		/**
		 * The meta object literal for the '<em><b>Actual Rto Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__ACTUAL_RTO_SECONDS = eINSTANCE.getDrillRecord_ActualRtoSeconds();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__SCORE = eINSTANCE.getDrillRecord_Score();

		/**
		 * The meta object literal for the '<em><b>Report Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__REPORT_PATH = eINSTANCE.getDrillRecord_ReportPath();

		/**
		 * The meta object literal for the '<em><b>Report Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__REPORT_HASH = eINSTANCE.getDrillRecord_ReportHash();

		/**
		 * The meta object literal for the '<em><b>Previous Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__PREVIOUS_HASH = eINSTANCE.getDrillRecord_PreviousHash();

		/**
		 * The meta object literal for the '<em><b>Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRILL_RECORD__HASH = eINSTANCE.getDrillRecord_Hash();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.ManualLayoutImpl <em>Manual Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.ManualLayoutImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getManualLayout()
		 * @generated
		 */
		EClass MANUAL_LAYOUT = eINSTANCE.getManualLayout();

		/**
		 * The meta object literal for the '<em><b>Positions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANUAL_LAYOUT__POSITIONS = eINSTANCE.getManualLayout_Positions();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.impl.NodePositionImpl <em>Node Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.impl.NodePositionImpl
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNodePosition()
		 * @generated
		 */
		EClass NODE_POSITION = eINSTANCE.getNodePosition();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_POSITION__ELEMENT_ID = eINSTANCE.getNodePosition_ElementId();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_POSITION__X = eINSTANCE.getNodePosition_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_POSITION__Y = eINSTANCE.getNodePosition_Y();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.NicRole <em>Nic Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.NicRole
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNicRole()
		 * @generated
		 */
		EEnum NIC_ROLE = eINSTANCE.getNicRole();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.Replication <em>Replication</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.Replication
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getReplication()
		 * @generated
		 */
		EEnum REPLICATION = eINSTANCE.getReplication();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.DataPlane <em>Data Plane</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.DataPlane
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getDataPlane()
		 * @generated
		 */
		EEnum DATA_PLANE = eINSTANCE.getDataPlane();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.GuestWorkload <em>Guest Workload</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.GuestWorkload
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getGuestWorkload()
		 * @generated
		 */
		EEnum GUEST_WORKLOAD = eINSTANCE.getGuestWorkload();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.NicMode <em>Nic Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.NicMode
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getNicMode()
		 * @generated
		 */
		EEnum NIC_MODE = eINSTANCE.getNicMode();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.FencingMode <em>Fencing Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.FencingMode
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getFencingMode()
		 * @generated
		 */
		EEnum FENCING_MODE = eINSTANCE.getFencingMode();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.BackupTargetKind <em>Backup Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.BackupTargetKind
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getBackupTargetKind()
		 * @generated
		 */
		EEnum BACKUP_TARGET_KIND = eINSTANCE.getBackupTargetKind();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.ProbeKind <em>Probe Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.ProbeKind
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getProbeKind()
		 * @generated
		 */
		EEnum PROBE_KIND = eINSTANCE.getProbeKind();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.OperationKind <em>Operation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.OperationKind
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOperationKind()
		 * @generated
		 */
		EEnum OPERATION_KIND = eINSTANCE.getOperationKind();

		/**
		 * The meta object literal for the '{@link dev.lifeboat.model.Outcome <em>Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.lifeboat.model.Outcome
		 * @see dev.lifeboat.model.impl.TopologyPackageImpl#getOutcome()
		 * @generated
		 */
		EEnum OUTCOME = eINSTANCE.getOutcome();

	}

} //TopologyPackage
