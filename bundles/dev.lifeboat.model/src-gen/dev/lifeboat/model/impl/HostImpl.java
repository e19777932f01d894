/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualMachine;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getSite <em>Site</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getManagementAddress <em>Management Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getSshUser <em>Ssh User</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getHostKeyFingerprint <em>Host Key Fingerprint</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getCpuCores <em>Cpu Cores</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getStorageGiB <em>Storage Gi B</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getNics <em>Nics</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getBridges <em>Bridges</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.HostImpl#getVms <em>Vms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends NamedImpl implements Host {
	/**
	 * The default value of the '{@link #getManagementAddress() <em>Management Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGEMENT_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagementAddress() <em>Management Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementAddress()
	 * @generated
	 * @ordered
	 */
	protected String managementAddress = MANAGEMENT_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SSH_PORT_EDEFAULT = 22;

	/**
	 * The cached value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected int sshPort = SSH_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshUser() <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshUser()
	 * @generated
	 * @ordered
	 */
	protected static final String SSH_USER_EDEFAULT = "root";

	/**
	 * The cached value of the '{@link #getSshUser() <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshUser()
	 * @generated
	 * @ordered
	 */
	protected String sshUser = SSH_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostKeyFingerprint() <em>Host Key Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostKeyFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_KEY_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostKeyFingerprint() <em>Host Key Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostKeyFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String hostKeyFingerprint = HOST_KEY_FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuCores() <em>Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCores()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_CORES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuCores() <em>Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCores()
	 * @generated
	 * @ordered
	 */
	protected int cpuCores = CPU_CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_MI_B_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected long memoryMiB = MEMORY_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageGiB() <em>Storage Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageGiB()
	 * @generated
	 * @ordered
	 */
	protected static final long STORAGE_GI_B_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStorageGiB() <em>Storage Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageGiB()
	 * @generated
	 * @ordered
	 */
	protected long storageGiB = STORAGE_GI_B_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNics() <em>Nics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNics()
	 * @generated
	 * @ordered
	 */
	protected EList<PhysicalNic> nics;

	/**
	 * The cached value of the '{@link #getBridges() <em>Bridges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridges()
	 * @generated
	 * @ordered
	 */
	protected EList<Bridge> bridges;

	/**
	 * The cached value of the '{@link #getVms() <em>Vms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVms()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> vms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (eContainerFeatureID() != TopologyPackage.HOST__SITE) return null;
		return (Site)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSite(Site newSite, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSite, TopologyPackage.HOST__SITE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		if (newSite != eInternalContainer() || (eContainerFeatureID() != TopologyPackage.HOST__SITE && newSite != null)) {
			if (EcoreUtil.isAncestor(this, newSite))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSite != null)
				msgs = ((InternalEObject)newSite).eInverseAdd(this, TopologyPackage.SITE__HOSTS, Site.class, msgs);
			msgs = basicSetSite(newSite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__SITE, newSite, newSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagementAddress() {
		return managementAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementAddress(String newManagementAddress) {
		String oldManagementAddress = managementAddress;
		managementAddress = newManagementAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__MANAGEMENT_ADDRESS, oldManagementAddress, managementAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSshPort() {
		return sshPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshPort(int newSshPort) {
		int oldSshPort = sshPort;
		sshPort = newSshPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__SSH_PORT, oldSshPort, sshPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSshUser() {
		return sshUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshUser(String newSshUser) {
		String oldSshUser = sshUser;
		sshUser = newSshUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__SSH_USER, oldSshUser, sshUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostKeyFingerprint() {
		return hostKeyFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostKeyFingerprint(String newHostKeyFingerprint) {
		String oldHostKeyFingerprint = hostKeyFingerprint;
		hostKeyFingerprint = newHostKeyFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__HOST_KEY_FINGERPRINT, oldHostKeyFingerprint, hostKeyFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuCores() {
		return cpuCores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuCores(int newCpuCores) {
		int oldCpuCores = cpuCores;
		cpuCores = newCpuCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__CPU_CORES, oldCpuCores, cpuCores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryMiB() {
		return memoryMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMiB(long newMemoryMiB) {
		long oldMemoryMiB = memoryMiB;
		memoryMiB = newMemoryMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__MEMORY_MI_B, oldMemoryMiB, memoryMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStorageGiB() {
		return storageGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageGiB(long newStorageGiB) {
		long oldStorageGiB = storageGiB;
		storageGiB = newStorageGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HOST__STORAGE_GI_B, oldStorageGiB, storageGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhysicalNic> getNics() {
		if (nics == null) {
			nics = new EObjectContainmentWithInverseEList<PhysicalNic>(PhysicalNic.class, this, TopologyPackage.HOST__NICS, TopologyPackage.PHYSICAL_NIC__HOST);
		}
		return nics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Bridge> getBridges() {
		if (bridges == null) {
			bridges = new EObjectContainmentWithInverseEList<Bridge>(Bridge.class, this, TopologyPackage.HOST__BRIDGES, TopologyPackage.BRIDGE__HOST);
		}
		return bridges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVms() {
		if (vms == null) {
			vms = new EObjectContainmentWithInverseEList<VirtualMachine>(VirtualMachine.class, this, TopologyPackage.HOST__VMS, TopologyPackage.VIRTUAL_MACHINE__HOST);
		}
		return vms;
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
			case TopologyPackage.HOST__SITE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSite((Site)otherEnd, msgs);
			case TopologyPackage.HOST__NICS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getNics()).basicAdd(otherEnd, msgs);
			case TopologyPackage.HOST__BRIDGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBridges()).basicAdd(otherEnd, msgs);
			case TopologyPackage.HOST__VMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVms()).basicAdd(otherEnd, msgs);
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
			case TopologyPackage.HOST__SITE:
				return basicSetSite(null, msgs);
			case TopologyPackage.HOST__NICS:
				return ((InternalEList<?>)getNics()).basicRemove(otherEnd, msgs);
			case TopologyPackage.HOST__BRIDGES:
				return ((InternalEList<?>)getBridges()).basicRemove(otherEnd, msgs);
			case TopologyPackage.HOST__VMS:
				return ((InternalEList<?>)getVms()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TopologyPackage.HOST__SITE:
				return eInternalContainer().eInverseRemove(this, TopologyPackage.SITE__HOSTS, Site.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.HOST__SITE:
				return getSite();
			case TopologyPackage.HOST__MANAGEMENT_ADDRESS:
				return getManagementAddress();
			case TopologyPackage.HOST__SSH_PORT:
				return getSshPort();
			case TopologyPackage.HOST__SSH_USER:
				return getSshUser();
			case TopologyPackage.HOST__HOST_KEY_FINGERPRINT:
				return getHostKeyFingerprint();
			case TopologyPackage.HOST__CPU_CORES:
				return getCpuCores();
			case TopologyPackage.HOST__MEMORY_MI_B:
				return getMemoryMiB();
			case TopologyPackage.HOST__STORAGE_GI_B:
				return getStorageGiB();
			case TopologyPackage.HOST__NICS:
				return getNics();
			case TopologyPackage.HOST__BRIDGES:
				return getBridges();
			case TopologyPackage.HOST__VMS:
				return getVms();
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
			case TopologyPackage.HOST__SITE:
				setSite((Site)newValue);
				return;
			case TopologyPackage.HOST__MANAGEMENT_ADDRESS:
				setManagementAddress((String)newValue);
				return;
			case TopologyPackage.HOST__SSH_PORT:
				setSshPort((Integer)newValue);
				return;
			case TopologyPackage.HOST__SSH_USER:
				setSshUser((String)newValue);
				return;
			case TopologyPackage.HOST__HOST_KEY_FINGERPRINT:
				setHostKeyFingerprint((String)newValue);
				return;
			case TopologyPackage.HOST__CPU_CORES:
				setCpuCores((Integer)newValue);
				return;
			case TopologyPackage.HOST__MEMORY_MI_B:
				setMemoryMiB((Long)newValue);
				return;
			case TopologyPackage.HOST__STORAGE_GI_B:
				setStorageGiB((Long)newValue);
				return;
			case TopologyPackage.HOST__NICS:
				getNics().clear();
				getNics().addAll((Collection<? extends PhysicalNic>)newValue);
				return;
			case TopologyPackage.HOST__BRIDGES:
				getBridges().clear();
				getBridges().addAll((Collection<? extends Bridge>)newValue);
				return;
			case TopologyPackage.HOST__VMS:
				getVms().clear();
				getVms().addAll((Collection<? extends VirtualMachine>)newValue);
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
			case TopologyPackage.HOST__SITE:
				setSite((Site)null);
				return;
			case TopologyPackage.HOST__MANAGEMENT_ADDRESS:
				setManagementAddress(MANAGEMENT_ADDRESS_EDEFAULT);
				return;
			case TopologyPackage.HOST__SSH_PORT:
				setSshPort(SSH_PORT_EDEFAULT);
				return;
			case TopologyPackage.HOST__SSH_USER:
				setSshUser(SSH_USER_EDEFAULT);
				return;
			case TopologyPackage.HOST__HOST_KEY_FINGERPRINT:
				setHostKeyFingerprint(HOST_KEY_FINGERPRINT_EDEFAULT);
				return;
			case TopologyPackage.HOST__CPU_CORES:
				setCpuCores(CPU_CORES_EDEFAULT);
				return;
			case TopologyPackage.HOST__MEMORY_MI_B:
				setMemoryMiB(MEMORY_MI_B_EDEFAULT);
				return;
			case TopologyPackage.HOST__STORAGE_GI_B:
				setStorageGiB(STORAGE_GI_B_EDEFAULT);
				return;
			case TopologyPackage.HOST__NICS:
				getNics().clear();
				return;
			case TopologyPackage.HOST__BRIDGES:
				getBridges().clear();
				return;
			case TopologyPackage.HOST__VMS:
				getVms().clear();
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
			case TopologyPackage.HOST__SITE:
				return getSite() != null;
			case TopologyPackage.HOST__MANAGEMENT_ADDRESS:
				return MANAGEMENT_ADDRESS_EDEFAULT == null ? managementAddress != null : !MANAGEMENT_ADDRESS_EDEFAULT.equals(managementAddress);
			case TopologyPackage.HOST__SSH_PORT:
				return sshPort != SSH_PORT_EDEFAULT;
			case TopologyPackage.HOST__SSH_USER:
				return SSH_USER_EDEFAULT == null ? sshUser != null : !SSH_USER_EDEFAULT.equals(sshUser);
			case TopologyPackage.HOST__HOST_KEY_FINGERPRINT:
				return HOST_KEY_FINGERPRINT_EDEFAULT == null ? hostKeyFingerprint != null : !HOST_KEY_FINGERPRINT_EDEFAULT.equals(hostKeyFingerprint);
			case TopologyPackage.HOST__CPU_CORES:
				return cpuCores != CPU_CORES_EDEFAULT;
			case TopologyPackage.HOST__MEMORY_MI_B:
				return memoryMiB != MEMORY_MI_B_EDEFAULT;
			case TopologyPackage.HOST__STORAGE_GI_B:
				return storageGiB != STORAGE_GI_B_EDEFAULT;
			case TopologyPackage.HOST__NICS:
				return nics != null && !nics.isEmpty();
			case TopologyPackage.HOST__BRIDGES:
				return bridges != null && !bridges.isEmpty();
			case TopologyPackage.HOST__VMS:
				return vms != null && !vms.isEmpty();
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
		result.append(" (managementAddress: ");
		result.append(managementAddress);
		result.append(", sshPort: ");
		result.append(sshPort);
		result.append(", sshUser: ");
		result.append(sshUser);
		result.append(", hostKeyFingerprint: ");
		result.append(hostKeyFingerprint);
		result.append(", cpuCores: ");
		result.append(cpuCores);
		result.append(", memoryMiB: ");
		result.append(memoryMiB);
		result.append(", storageGiB: ");
		result.append(storageGiB);
		result.append(')');
		return result.toString();
	}

} //HostImpl
