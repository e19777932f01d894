/**
 */
package dev.lifeboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.Host#getSite <em>Site</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getManagementAddress <em>Management Address</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getSshUser <em>Ssh User</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getHostKeyFingerprint <em>Host Key Fingerprint</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getCpuCores <em>Cpu Cores</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getStorageGiB <em>Storage Gi B</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getNics <em>Nics</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getBridges <em>Bridges</em>}</li>
 *   <li>{@link dev.lifeboat.model.Host#getVms <em>Vms</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends Named {
	/**
	 * Returns the value of the '<em><b>Site</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' container reference.
	 * @see #setSite(Site)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_Site()
	 * @see dev.lifeboat.model.Site#getHosts
	 * @model opposite="hosts"
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getSite <em>Site</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' container reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Management Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Management Address</em>' attribute.
	 * @see #setManagementAddress(String)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_ManagementAddress()
	 * @model
	 * @generated
	 */
	String getManagementAddress();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getManagementAddress <em>Management Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Address</em>' attribute.
	 * @see #getManagementAddress()
	 * @generated
	 */
	void setManagementAddress(String value);

	/**
	 * Returns the value of the '<em><b>Ssh Port</b></em>' attribute.
	 * The default value is <code>"22"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh Port</em>' attribute.
	 * @see #setSshPort(int)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_SshPort()
	 * @model default="22"
	 * @generated
	 */
	int getSshPort();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getSshPort <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh Port</em>' attribute.
	 * @see #getSshPort()
	 * @generated
	 */
	void setSshPort(int value);

	/**
	 * Returns the value of the '<em><b>Ssh User</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh User</em>' attribute.
	 * @see #setSshUser(String)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_SshUser()
	 * @model default="root"
	 * @generated
	 */
	String getSshUser();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getSshUser <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh User</em>' attribute.
	 * @see #getSshUser()
	 * @generated
	 */
	void setSshUser(String value);

	/**
	 * Returns the value of the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pinned SSH host key, as OpenSSH prints it (SHA256:...). Deploy refuses a host whose key differs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Key Fingerprint</em>' attribute.
	 * @see #setHostKeyFingerprint(String)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_HostKeyFingerprint()
	 * @model
	 * @generated
	 */
	String getHostKeyFingerprint();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getHostKeyFingerprint <em>Host Key Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Key Fingerprint</em>' attribute.
	 * @see #getHostKeyFingerprint()
	 * @generated
	 */
	void setHostKeyFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Cores</em>' attribute.
	 * @see #setCpuCores(int)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_CpuCores()
	 * @model
	 * @generated
	 */
	int getCpuCores();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getCpuCores <em>Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Cores</em>' attribute.
	 * @see #getCpuCores()
	 * @generated
	 */
	void setCpuCores(int value);

	/**
	 * Returns the value of the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mi B</em>' attribute.
	 * @see #setMemoryMiB(long)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_MemoryMiB()
	 * @model
	 * @generated
	 */
	long getMemoryMiB();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getMemoryMiB <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mi B</em>' attribute.
	 * @see #getMemoryMiB()
	 * @generated
	 */
	void setMemoryMiB(long value);

	/**
	 * Returns the value of the '<em><b>Storage Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Gi B</em>' attribute.
	 * @see #setStorageGiB(long)
	 * @see dev.lifeboat.model.TopologyPackage#getHost_StorageGiB()
	 * @model
	 * @generated
	 */
	long getStorageGiB();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.Host#getStorageGiB <em>Storage Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Gi B</em>' attribute.
	 * @see #getStorageGiB()
	 * @generated
	 */
	void setStorageGiB(long value);

	/**
	 * Returns the value of the '<em><b>Nics</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.PhysicalNic}.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.PhysicalNic#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nics</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getHost_Nics()
	 * @see dev.lifeboat.model.PhysicalNic#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<PhysicalNic> getNics();

	/**
	 * Returns the value of the '<em><b>Bridges</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.Bridge}.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.Bridge#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridges</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getHost_Bridges()
	 * @see dev.lifeboat.model.Bridge#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<Bridge> getBridges();

	/**
	 * Returns the value of the '<em><b>Vms</b></em>' containment reference list.
	 * The list contents are of type {@link dev.lifeboat.model.VirtualMachine}.
	 * It is bidirectional and its opposite is '{@link dev.lifeboat.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vms</em>' containment reference list.
	 * @see dev.lifeboat.model.TopologyPackage#getHost_Vms()
	 * @see dev.lifeboat.model.VirtualMachine#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<VirtualMachine> getVms();

} // Host
