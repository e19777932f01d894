/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.DataPlane;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Replication;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VtepEndpoint;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Overlay Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getVni <em>Vni</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getUdpPort <em>Udp Port</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getReplication <em>Replication</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getMulticastGroup <em>Multicast Group</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getDataPlane <em>Data Plane</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OverlayNetworkImpl#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OverlayNetworkImpl extends L2DomainImpl implements OverlayNetwork {
	/**
	 * The default value of the '{@link #getVni() <em>Vni</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVni()
	 * @generated
	 * @ordered
	 */
	protected static final int VNI_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVni() <em>Vni</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVni()
	 * @generated
	 * @ordered
	 */
	protected int vni = VNI_EDEFAULT;

	/**
	 * The default value of the '{@link #getUdpPort() <em>Udp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUdpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int UDP_PORT_EDEFAULT = 4789;

	/**
	 * The cached value of the '{@link #getUdpPort() <em>Udp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUdpPort()
	 * @generated
	 * @ordered
	 */
	protected int udpPort = UDP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int MTU_EDEFAULT = 1450;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected int mtu = MTU_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplication() <em>Replication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplication()
	 * @generated
	 * @ordered
	 */
	protected static final Replication REPLICATION_EDEFAULT = Replication.HEAD_END;

	/**
	 * The cached value of the '{@link #getReplication() <em>Replication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplication()
	 * @generated
	 * @ordered
	 */
	protected Replication replication = REPLICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMulticastGroup() <em>Multicast Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticastGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String MULTICAST_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMulticastGroup() <em>Multicast Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticastGroup()
	 * @generated
	 * @ordered
	 */
	protected String multicastGroup = MULTICAST_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataPlane() <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataPlane()
	 * @generated
	 * @ordered
	 */
	protected static final DataPlane DATA_PLANE_EDEFAULT = DataPlane.KERNEL;

	/**
	 * The cached value of the '{@link #getDataPlane() <em>Data Plane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataPlane()
	 * @generated
	 * @ordered
	 */
	protected DataPlane dataPlane = DATA_PLANE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<VtepEndpoint> members;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OverlayNetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.OVERLAY_NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVni() {
		return vni;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVni(int newVni) {
		int oldVni = vni;
		vni = newVni;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OVERLAY_NETWORK__VNI, oldVni, vni));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUdpPort() {
		return udpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUdpPort(int newUdpPort) {
		int oldUdpPort = udpPort;
		udpPort = newUdpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OVERLAY_NETWORK__UDP_PORT, oldUdpPort, udpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(int newMtu) {
		int oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OVERLAY_NETWORK__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Replication getReplication() {
		return replication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplication(Replication newReplication) {
		Replication oldReplication = replication;
		replication = newReplication == null ? REPLICATION_EDEFAULT : newReplication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OVERLAY_NETWORK__REPLICATION, oldReplication, replication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMulticastGroup() {
		return multicastGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMulticastGroup(String newMulticastGroup) {
		String oldMulticastGroup = multicastGroup;
		multicastGroup = newMulticastGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OVERLAY_NETWORK__MULTICAST_GROUP, oldMulticastGroup, multicastGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataPlane getDataPlane() {
		return dataPlane;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataPlane(DataPlane newDataPlane) {
		DataPlane oldDataPlane = dataPlane;
		dataPlane = newDataPlane == null ? DATA_PLANE_EDEFAULT : newDataPlane;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OVERLAY_NETWORK__DATA_PLANE, oldDataPlane, dataPlane));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VtepEndpoint> getMembers() {
		if (members == null) {
			members = new EObjectContainmentWithInverseEList<VtepEndpoint>(VtepEndpoint.class, this, TopologyPackage.OVERLAY_NETWORK__MEMBERS, TopologyPackage.VTEP_ENDPOINT__OVERLAY);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.OVERLAY_NETWORK__MEMBERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembers()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.OVERLAY_NETWORK__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.OVERLAY_NETWORK__VNI:
				return getVni();
			case TopologyPackage.OVERLAY_NETWORK__UDP_PORT:
				return getUdpPort();
			case TopologyPackage.OVERLAY_NETWORK__MTU:
				return getMtu();
			case TopologyPackage.OVERLAY_NETWORK__REPLICATION:
				return getReplication();
			case TopologyPackage.OVERLAY_NETWORK__MULTICAST_GROUP:
				return getMulticastGroup();
			case TopologyPackage.OVERLAY_NETWORK__DATA_PLANE:
				return getDataPlane();
			case TopologyPackage.OVERLAY_NETWORK__MEMBERS:
				return getMembers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.OVERLAY_NETWORK__VNI:
				setVni((Integer)newValue);
				return;
			case TopologyPackage.OVERLAY_NETWORK__UDP_PORT:
				setUdpPort((Integer)newValue);
				return;
			case TopologyPackage.OVERLAY_NETWORK__MTU:
				setMtu((Integer)newValue);
				return;
			case TopologyPackage.OVERLAY_NETWORK__REPLICATION:
				setReplication((Replication)newValue);
				return;
			case TopologyPackage.OVERLAY_NETWORK__MULTICAST_GROUP:
				setMulticastGroup((String)newValue);
				return;
			case TopologyPackage.OVERLAY_NETWORK__DATA_PLANE:
				setDataPlane((DataPlane)newValue);
				return;
			case TopologyPackage.OVERLAY_NETWORK__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends VtepEndpoint>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.OVERLAY_NETWORK__VNI:
				setVni(VNI_EDEFAULT);
				return;
			case TopologyPackage.OVERLAY_NETWORK__UDP_PORT:
				setUdpPort(UDP_PORT_EDEFAULT);
				return;
			case TopologyPackage.OVERLAY_NETWORK__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case TopologyPackage.OVERLAY_NETWORK__REPLICATION:
				setReplication(REPLICATION_EDEFAULT);
				return;
			case TopologyPackage.OVERLAY_NETWORK__MULTICAST_GROUP:
				setMulticastGroup(MULTICAST_GROUP_EDEFAULT);
				return;
			case TopologyPackage.OVERLAY_NETWORK__DATA_PLANE:
				setDataPlane(DATA_PLANE_EDEFAULT);
				return;
			case TopologyPackage.OVERLAY_NETWORK__MEMBERS:
				getMembers().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.OVERLAY_NETWORK__VNI:
				return vni != VNI_EDEFAULT;
			case TopologyPackage.OVERLAY_NETWORK__UDP_PORT:
				return udpPort != UDP_PORT_EDEFAULT;
			case TopologyPackage.OVERLAY_NETWORK__MTU:
				return mtu != MTU_EDEFAULT;
			case TopologyPackage.OVERLAY_NETWORK__REPLICATION:
				return replication != REPLICATION_EDEFAULT;
			case TopologyPackage.OVERLAY_NETWORK__MULTICAST_GROUP:
				return MULTICAST_GROUP_EDEFAULT == null ? multicastGroup != null : !MULTICAST_GROUP_EDEFAULT.equals(multicastGroup);
			case TopologyPackage.OVERLAY_NETWORK__DATA_PLANE:
				return dataPlane != DATA_PLANE_EDEFAULT;
			case TopologyPackage.OVERLAY_NETWORK__MEMBERS:
				return members != null && !members.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vni: ");
		result.append(vni);
		result.append(", udpPort: ");
		result.append(udpPort);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(", replication: ");
		result.append(replication);
		result.append(", multicastGroup: ");
		result.append(multicastGroup);
		result.append(", dataPlane: ");
		result.append(dataPlane);
		result.append(')');
		return result.toString();
	}

} //OverlayNetworkImpl
