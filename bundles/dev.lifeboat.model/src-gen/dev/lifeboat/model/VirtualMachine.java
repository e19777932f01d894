/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getHost <em>Host</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getTier <em>Tier</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getRestartPriority <em>Restart Priority</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getSnapshotCount <em>Snapshot Count</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#isHaProtected <em>Ha Protected</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getWorkload <em>Workload</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getDisks <em>Disks</em>}</li>
 *   <li>{@link dev.lifeboat.model.VirtualMachine#getNics <em>Nics</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine()
 * @model
 * @generated
 */
public interface VirtualMachine extends Named {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.Host#getVms <em>Vms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The owning host: the VM is contained in it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(Host)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_Host()
	 * @see dev.lifeboat.model.Host#getVms
	 * @model opposite="vms"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_Vcpus()
	 * @model default="1"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Returns the value of the '<em><b>Memory Mi B</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mi B</em>' attribute.
	 * @see #setMemoryMiB(long)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_MemoryMiB()
	 * @model default="1024"
	 * @generated
	 */
	long getMemoryMiB();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getMemoryMiB <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mi B</em>' attribute.
	 * @see #getMemoryMiB()
	 * @generated
	 */
	void setMemoryMiB(long value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business tier 1 (most critical) to 3; weights the reliability score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see #setTier(int)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_Tier()
	 * @model default="2"
	 * @generated
	 */
	int getTier();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see #getTier()
	 * @generated
	 */
	void setTier(int value);

	/**
	 * Returns the value of the '<em><b>Restart Priority</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower restarts first after a failover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restart Priority</em>' attribute.
	 * @see #setRestartPriority(int)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_RestartPriority()
	 * @model default="100"
	 * @generated
	 */
	int getRestartPriority();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getRestartPriority <em>Restart Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Priority</em>' attribute.
	 * @see #getRestartPriority()
	 * @generated
	 */
	void setRestartPriority(int value);

	/**
	 * Returns the value of the '<em><b>Snapshot Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshot Count</em>' attribute.
	 * @see #setSnapshotCount(int)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_SnapshotCount()
	 * @model
	 * @generated
	 */
	int getSnapshotCount();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getSnapshotCount <em>Snapshot Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot Count</em>' attribute.
	 * @see #getSnapshotCount()
	 * @generated
	 */
	void setSnapshotCount(int value);

	/**
	 * Returns the value of the '<em><b>Ha Protected</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ha Protected</em>' attribute.
	 * @see #setHaProtected(boolean)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_HaProtected()
	 * @model default="true"
	 * @generated
	 */
	boolean isHaProtected();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#isHaProtected <em>Ha Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ha Protected</em>' attribute.
	 * @see #isHaProtected()
	 * @generated
	 */
	void setHaProtected(boolean value);

	/**
	 * Returns the value of the '<em><b>Workload</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.GuestWorkload}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the guest runs, so that backups, restores, failovers and migrations can be checked end to end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workload</em>' attribute.
	 * @see dev.lifeboat.model.GuestWorkload
	 * @see #setWorkload(GuestWorkload)
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_Workload()
	 * @model
	 * @generated
	 */
	GuestWorkload getWorkload();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.VirtualMachine#getWorkload <em>Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload</em>' attribute.
	 * @see dev.lifeboat.model.GuestWorkload
	 * @see #getWorkload()
	 * @generated
	 */
	void setWorkload(GuestWorkload value);

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VirtualDisk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disks</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_Disks()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualDisk> getDisks();

	/**
	 * Returns the value of the '<em><b>Nics</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VirtualNic}.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.VirtualNic#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nics</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getVirtualMachine_Nics()
	 * @see dev.lifeboat.model.VirtualNic#getVm
	 * @model opposite="vm" containment="true"
	 * @generated
	 */
	EList<VirtualNic> getNics();

} // VirtualMachine
