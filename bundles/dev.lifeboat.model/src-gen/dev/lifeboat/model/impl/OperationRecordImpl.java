/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getTopologyHash <em>Topology Hash</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationRecordImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationRecordImpl extends IdentifiedImpl implements OperationRecord {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OperationKind KIND_EDEFAULT = OperationKind.DEPLOY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OperationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitiator() <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitiator() <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected String initiator = INITIATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected String startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected String finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final Outcome OUTCOME_EDEFAULT = Outcome.PENDING;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected Outcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopologyHash() <em>Topology Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopologyHash()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPOLOGY_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopologyHash() <em>Topology Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopologyHash()
	 * @generated
	 * @ordered
	 */
	protected String topologyHash = TOPOLOGY_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<OperationStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.OPERATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OperationKind newKind) {
		OperationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitiator() {
		return initiator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiator(String newInitiator) {
		String oldInitiator = initiator;
		initiator = newInitiator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__INITIATOR, oldInitiator, initiator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(String newStartedAt) {
		String oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(String newFinishedAt) {
		String oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(Outcome newOutcome) {
		Outcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopologyHash() {
		return topologyHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopologyHash(String newTopologyHash) {
		String oldTopologyHash = topologyHash;
		topologyHash = newTopologyHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__TOPOLOGY_HASH, oldTopologyHash, topologyHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_RECORD__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OperationStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<OperationStep>(OperationStep.class, this, TopologyPackage.OPERATION_RECORD__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.OPERATION_RECORD__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.OPERATION_RECORD__KIND:
				return getKind();
			case TopologyPackage.OPERATION_RECORD__INITIATOR:
				return getInitiator();
			case TopologyPackage.OPERATION_RECORD__STARTED_AT:
				return getStartedAt();
			case TopologyPackage.OPERATION_RECORD__FINISHED_AT:
				return getFinishedAt();
			case TopologyPackage.OPERATION_RECORD__OUTCOME:
				return getOutcome();
			case TopologyPackage.OPERATION_RECORD__TOPOLOGY_HASH:
				return getTopologyHash();
			case TopologyPackage.OPERATION_RECORD__SUMMARY:
				return getSummary();
			case TopologyPackage.OPERATION_RECORD__STEPS:
				return getSteps();
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
			case TopologyPackage.OPERATION_RECORD__KIND:
				setKind((OperationKind)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__INITIATOR:
				setInitiator((String)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__STARTED_AT:
				setStartedAt((String)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__FINISHED_AT:
				setFinishedAt((String)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__TOPOLOGY_HASH:
				setTopologyHash((String)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__SUMMARY:
				setSummary((String)newValue);
				return;
			case TopologyPackage.OPERATION_RECORD__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends OperationStep>)newValue);
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
			case TopologyPackage.OPERATION_RECORD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__INITIATOR:
				setInitiator(INITIATOR_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__TOPOLOGY_HASH:
				setTopologyHash(TOPOLOGY_HASH_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_RECORD__STEPS:
				getSteps().clear();
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
			case TopologyPackage.OPERATION_RECORD__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.OPERATION_RECORD__INITIATOR:
				return INITIATOR_EDEFAULT == null ? initiator != null : !INITIATOR_EDEFAULT.equals(initiator);
			case TopologyPackage.OPERATION_RECORD__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case TopologyPackage.OPERATION_RECORD__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case TopologyPackage.OPERATION_RECORD__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case TopologyPackage.OPERATION_RECORD__TOPOLOGY_HASH:
				return TOPOLOGY_HASH_EDEFAULT == null ? topologyHash != null : !TOPOLOGY_HASH_EDEFAULT.equals(topologyHash);
			case TopologyPackage.OPERATION_RECORD__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case TopologyPackage.OPERATION_RECORD__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", initiator: ");
		result.append(initiator);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", topologyHash: ");
		result.append(topologyHash);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //OperationRecordImpl
