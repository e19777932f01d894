/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operation Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.OperationStepImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationStepImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationStepImpl#getDurationMs <em>Duration Ms</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationStepImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.OperationStepImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationStepImpl extends NamedImpl implements OperationStep {
	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

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
	 * The default value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected long durationMs = DURATION_MS_EDEFAULT;

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
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.OPERATION_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_STEP__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_STEP__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMs() {
		return durationMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMs(long newDurationMs) {
		long oldDurationMs = durationMs;
		durationMs = newDurationMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_STEP__DURATION_MS, oldDurationMs, durationMs));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_STEP__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.OPERATION_STEP__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.OPERATION_STEP__TARGET:
				return getTarget();
			case TopologyPackage.OPERATION_STEP__STARTED_AT:
				return getStartedAt();
			case TopologyPackage.OPERATION_STEP__DURATION_MS:
				return getDurationMs();
			case TopologyPackage.OPERATION_STEP__OUTCOME:
				return getOutcome();
			case TopologyPackage.OPERATION_STEP__MESSAGE:
				return getMessage();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.OPERATION_STEP__TARGET:
				setTarget((String)newValue);
				return;
			case TopologyPackage.OPERATION_STEP__STARTED_AT:
				setStartedAt((String)newValue);
				return;
			case TopologyPackage.OPERATION_STEP__DURATION_MS:
				setDurationMs((Long)newValue);
				return;
			case TopologyPackage.OPERATION_STEP__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case TopologyPackage.OPERATION_STEP__MESSAGE:
				setMessage((String)newValue);
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
			case TopologyPackage.OPERATION_STEP__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_STEP__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_STEP__DURATION_MS:
				setDurationMs(DURATION_MS_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_STEP__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case TopologyPackage.OPERATION_STEP__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
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
			case TopologyPackage.OPERATION_STEP__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TopologyPackage.OPERATION_STEP__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case TopologyPackage.OPERATION_STEP__DURATION_MS:
				return durationMs != DURATION_MS_EDEFAULT;
			case TopologyPackage.OPERATION_STEP__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case TopologyPackage.OPERATION_STEP__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
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
		result.append(" (target: ");
		result.append(target);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", durationMs: ");
		result.append(durationMs);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", message: ");
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //OperationStepImpl
