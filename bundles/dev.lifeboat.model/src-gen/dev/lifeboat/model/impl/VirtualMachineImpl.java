/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.GuestWorkload;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualDisk;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getTier <em>Tier</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getRestartPriority <em>Restart Priority</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getSnapshotCount <em>Snapshot Count</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#isHaProtected <em>Ha Protected</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getWorkload <em>Workload</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getDisks <em>Disks</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.VirtualMachineImpl#getNics <em>Nics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualMachineImpl extends NamedImpl implements VirtualMachine {
	/**
	 * The default value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPUS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected int vcpus = VCPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_MI_B_EDEFAULT = 1024L;

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
	 * The default value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected static final int TIER_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected int tier = TIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestartPriority() <em>Restart Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int RESTART_PRIORITY_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getRestartPriority() <em>Restart Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPriority()
	 * @generated
	 * @ordered
	 */
	protected int restartPriority = RESTART_PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSnapshotCount() <em>Snapshot Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotCount()
	 * @generated
	 * @ordered
	 */
	protected static final int SNAPSHOT_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSnapshotCount() <em>Snapshot Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotCount()
	 * @generated
	 * @ordered
	 */
	protected int snapshotCount = SNAPSHOT_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isHaProtected() <em>Ha Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHaProtected()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HA_PROTECTED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHaProtected() <em>Ha Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHaProtected()
	 * @generated
	 * @ordered
	 */
	protected boolean haProtected = HA_PROTECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkload() <em>Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkload()
	 * @generated
	 * @ordered
	 */
	protected static final GuestWorkload WORKLOAD_EDEFAULT = GuestWorkload.NONE;

	/**
	 * The cached value of the '{@link #getWorkload() <em>Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkload()
	 * @generated
	 * @ordered
	 */
	protected GuestWorkload workload = WORKLOAD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisks() <em>Disks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisks()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualDisk> disks;

	/**
	 * The cached value of the '{@link #getNics() <em>Nics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNics()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualNic> nics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VIRTUAL_MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (eContainerFeatureID() != TopologyPackage.VIRTUAL_MACHINE__HOST) return null;
		return (Host)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(Host newHost, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHost, TopologyPackage.VIRTUAL_MACHINE__HOST, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		if (newHost != eInternalContainer() || (eContainerFeatureID() != TopologyPackage.VIRTUAL_MACHINE__HOST && newHost != null)) {
			if (EcoreUtil.isAncestor(this, newHost))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHost != null)
				msgs = ((InternalEObject)newHost).eInverseAdd(this, TopologyPackage.HOST__VMS, Host.class, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpus() {
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpus(int newVcpus) {
		int oldVcpus = vcpus;
		vcpus = newVcpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__VCPUS, oldVcpus, vcpus));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__MEMORY_MI_B, oldMemoryMiB, memoryMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTier() {
		return tier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTier(int newTier) {
		int oldTier = tier;
		tier = newTier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__TIER, oldTier, tier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRestartPriority() {
		return restartPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartPriority(int newRestartPriority) {
		int oldRestartPriority = restartPriority;
		restartPriority = newRestartPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__RESTART_PRIORITY, oldRestartPriority, restartPriority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSnapshotCount() {
		return snapshotCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnapshotCount(int newSnapshotCount) {
		int oldSnapshotCount = snapshotCount;
		snapshotCount = newSnapshotCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__SNAPSHOT_COUNT, oldSnapshotCount, snapshotCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHaProtected() {
		return haProtected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHaProtected(boolean newHaProtected) {
		boolean oldHaProtected = haProtected;
		haProtected = newHaProtected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__HA_PROTECTED, oldHaProtected, haProtected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestWorkload getWorkload() {
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkload(GuestWorkload newWorkload) {
		GuestWorkload oldWorkload = workload;
		workload = newWorkload == null ? WORKLOAD_EDEFAULT : newWorkload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VIRTUAL_MACHINE__WORKLOAD, oldWorkload, workload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualDisk> getDisks() {
		if (disks == null) {
			disks = new EObjectContainmentEList<VirtualDisk>(VirtualDisk.class, this, TopologyPackage.VIRTUAL_MACHINE__DISKS);
		}
		return disks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualNic> getNics() {
		if (nics == null) {
			nics = new EObjectContainmentWithInverseEList<VirtualNic>(VirtualNic.class, this, TopologyPackage.VIRTUAL_MACHINE__NICS, TopologyPackage.VIRTUAL_NIC__VM);
		}
		return nics;
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHost((Host)otherEnd, msgs);
			case TopologyPackage.VIRTUAL_MACHINE__NICS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getNics()).basicAdd(otherEnd, msgs);
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				return basicSetHost(null, msgs);
			case TopologyPackage.VIRTUAL_MACHINE__DISKS:
				return ((InternalEList<?>)getDisks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.VIRTUAL_MACHINE__NICS:
				return ((InternalEList<?>)getNics()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				return eInternalContainer().eInverseRemove(this, TopologyPackage.HOST__VMS, Host.class, msgs);
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				return getHost();
			case TopologyPackage.VIRTUAL_MACHINE__VCPUS:
				return getVcpus();
			case TopologyPackage.VIRTUAL_MACHINE__MEMORY_MI_B:
				return getMemoryMiB();
			case TopologyPackage.VIRTUAL_MACHINE__TIER:
				return getTier();
			case TopologyPackage.VIRTUAL_MACHINE__RESTART_PRIORITY:
				return getRestartPriority();
			case TopologyPackage.VIRTUAL_MACHINE__SNAPSHOT_COUNT:
				return getSnapshotCount();
			case TopologyPackage.VIRTUAL_MACHINE__HA_PROTECTED:
				return isHaProtected();
			case TopologyPackage.VIRTUAL_MACHINE__WORKLOAD:
				return getWorkload();
			case TopologyPackage.VIRTUAL_MACHINE__DISKS:
				return getDisks();
			case TopologyPackage.VIRTUAL_MACHINE__NICS:
				return getNics();
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				setHost((Host)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__VCPUS:
				setVcpus((Integer)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__MEMORY_MI_B:
				setMemoryMiB((Long)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__TIER:
				setTier((Integer)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__RESTART_PRIORITY:
				setRestartPriority((Integer)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__SNAPSHOT_COUNT:
				setSnapshotCount((Integer)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__HA_PROTECTED:
				setHaProtected((Boolean)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__WORKLOAD:
				setWorkload((GuestWorkload)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__DISKS:
				getDisks().clear();
				getDisks().addAll((Collection<? extends VirtualDisk>)newValue);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__NICS:
				getNics().clear();
				getNics().addAll((Collection<? extends VirtualNic>)newValue);
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				setHost((Host)null);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__VCPUS:
				setVcpus(VCPUS_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__MEMORY_MI_B:
				setMemoryMiB(MEMORY_MI_B_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__TIER:
				setTier(TIER_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__RESTART_PRIORITY:
				setRestartPriority(RESTART_PRIORITY_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__SNAPSHOT_COUNT:
				setSnapshotCount(SNAPSHOT_COUNT_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__HA_PROTECTED:
				setHaProtected(HA_PROTECTED_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__WORKLOAD:
				setWorkload(WORKLOAD_EDEFAULT);
				return;
			case TopologyPackage.VIRTUAL_MACHINE__DISKS:
				getDisks().clear();
				return;
			case TopologyPackage.VIRTUAL_MACHINE__NICS:
				getNics().clear();
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
			case TopologyPackage.VIRTUAL_MACHINE__HOST:
				return getHost() != null;
			case TopologyPackage.VIRTUAL_MACHINE__VCPUS:
				return vcpus != VCPUS_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__MEMORY_MI_B:
				return memoryMiB != MEMORY_MI_B_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__TIER:
				return tier != TIER_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__RESTART_PRIORITY:
				return restartPriority != RESTART_PRIORITY_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__SNAPSHOT_COUNT:
				return snapshotCount != SNAPSHOT_COUNT_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__HA_PROTECTED:
				return haProtected != HA_PROTECTED_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__WORKLOAD:
				return workload != WORKLOAD_EDEFAULT;
			case TopologyPackage.VIRTUAL_MACHINE__DISKS:
				return disks != null && !disks.isEmpty();
			case TopologyPackage.VIRTUAL_MACHINE__NICS:
				return nics != null && !nics.isEmpty();
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
		result.append(" (vcpus: ");
		result.append(vcpus);
		result.append(", memoryMiB: ");
		result.append(memoryMiB);
		result.append(", tier: ");
		result.append(tier);
		result.append(", restartPriority: ");
		result.append(restartPriority);
		result.append(", snapshotCount: ");
		result.append(snapshotCount);
		result.append(", haProtected: ");
		result.append(haProtected);
		result.append(", workload: ");
		result.append(workload);
		result.append(')');
		return result.toString();
	}

} //VirtualMachineImpl
