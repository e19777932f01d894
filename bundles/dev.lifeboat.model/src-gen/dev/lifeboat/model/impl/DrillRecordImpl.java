/**
 */
package dev.lifeboat.model.impl;

import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drill Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getRestorePoint <em>Restore Point</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getActualRpoSeconds <em>Actual Rpo Seconds</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getActualRtoSeconds <em>Actual Rto Seconds</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getScore <em>Score</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getReportPath <em>Report Path</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getReportHash <em>Report Hash</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getPreviousHash <em>Previous Hash</em>}</li>
 *   <li>{@link dev.lifeboat.model.impl.DrillRecordImpl#getHash <em>Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DrillRecordImpl extends IdentifiedImpl implements DrillRecord {
	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected DrPlan plan;

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
	 * The default value of the '{@link #getRestorePoint() <em>Restore Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestorePoint()
	 * @generated
	 * @ordered
	 */
	protected static final String RESTORE_POINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRestorePoint() <em>Restore Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestorePoint()
	 * @generated
	 * @ordered
	 */
	protected String restorePoint = RESTORE_POINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualRpoSeconds() <em>Actual Rpo Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualRpoSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final long ACTUAL_RPO_SECONDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getActualRpoSeconds() <em>Actual Rpo Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualRpoSeconds()
	 * @generated
	 * @ordered
	 */
	protected long actualRpoSeconds = ACTUAL_RPO_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualRtoSeconds() <em>Actual Rto Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualRtoSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final long ACTUAL_RTO_SECONDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getActualRtoSeconds() <em>Actual Rto Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualRtoSeconds()
	 * @generated
	 * @ordered
	 */
	protected long actualRtoSeconds = ACTUAL_RTO_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportPath() <em>Report Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportPath()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportPath() <em>Report Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportPath()
	 * @generated
	 * @ordered
	 */
	protected String reportPath = REPORT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportHash() <em>Report Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportHash()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportHash() <em>Report Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportHash()
	 * @generated
	 * @ordered
	 */
	protected String reportHash = REPORT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousHash() <em>Previous Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousHash() <em>Previous Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousHash()
	 * @generated
	 * @ordered
	 */
	protected String previousHash = PREVIOUS_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHash() <em>Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHash()
	 * @generated
	 * @ordered
	 */
	protected static final String HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHash() <em>Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHash()
	 * @generated
	 * @ordered
	 */
	protected String hash = HASH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DrillRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DRILL_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DrPlan getPlan() {
		if (plan != null && plan.eIsProxy()) {
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (DrPlan)eResolveProxy(oldPlan);
			if (plan != oldPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DRILL_RECORD__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DrPlan basicGetPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(DrPlan newPlan) {
		DrPlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__PLAN, oldPlan, plan));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__INITIATOR, oldInitiator, initiator));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__STARTED_AT, oldStartedAt, startedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__FINISHED_AT, oldFinishedAt, finishedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRestorePoint() {
		return restorePoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestorePoint(String newRestorePoint) {
		String oldRestorePoint = restorePoint;
		restorePoint = newRestorePoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__RESTORE_POINT, oldRestorePoint, restorePoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getActualRpoSeconds() {
		return actualRpoSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualRpoSeconds(long newActualRpoSeconds) {
		long oldActualRpoSeconds = actualRpoSeconds;
		actualRpoSeconds = newActualRpoSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__ACTUAL_RPO_SECONDS, oldActualRpoSeconds, actualRpoSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getActualRtoSeconds() {
		return actualRtoSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualRtoSeconds(long newActualRtoSeconds) {
		long oldActualRtoSeconds = actualRtoSeconds;
		actualRtoSeconds = newActualRtoSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__ACTUAL_RTO_SECONDS, oldActualRtoSeconds, actualRtoSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportPath() {
		return reportPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportPath(String newReportPath) {
		String oldReportPath = reportPath;
		reportPath = newReportPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__REPORT_PATH, oldReportPath, reportPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportHash() {
		return reportHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportHash(String newReportHash) {
		String oldReportHash = reportHash;
		reportHash = newReportHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__REPORT_HASH, oldReportHash, reportHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousHash() {
		return previousHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousHash(String newPreviousHash) {
		String oldPreviousHash = previousHash;
		previousHash = newPreviousHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__PREVIOUS_HASH, oldPreviousHash, previousHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHash() {
		return hash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHash(String newHash) {
		String oldHash = hash;
		hash = newHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRILL_RECORD__HASH, oldHash, hash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.DRILL_RECORD__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case TopologyPackage.DRILL_RECORD__INITIATOR:
				return getInitiator();
			case TopologyPackage.DRILL_RECORD__STARTED_AT:
				return getStartedAt();
			case TopologyPackage.DRILL_RECORD__FINISHED_AT:
				return getFinishedAt();
			case TopologyPackage.DRILL_RECORD__OUTCOME:
				return getOutcome();
			case TopologyPackage.DRILL_RECORD__RESTORE_POINT:
				return getRestorePoint();
			case TopologyPackage.DRILL_RECORD__ACTUAL_RPO_SECONDS:
				return getActualRpoSeconds();
			case TopologyPackage.DRILL_RECORD__ACTUAL_RTO_SECONDS:
				return getActualRtoSeconds();
			case TopologyPackage.DRILL_RECORD__SCORE:
				return getScore();
			case TopologyPackage.DRILL_RECORD__REPORT_PATH:
				return getReportPath();
			case TopologyPackage.DRILL_RECORD__REPORT_HASH:
				return getReportHash();
			case TopologyPackage.DRILL_RECORD__PREVIOUS_HASH:
				return getPreviousHash();
			case TopologyPackage.DRILL_RECORD__HASH:
				return getHash();
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
			case TopologyPackage.DRILL_RECORD__PLAN:
				setPlan((DrPlan)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__INITIATOR:
				setInitiator((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__STARTED_AT:
				setStartedAt((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__FINISHED_AT:
				setFinishedAt((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__RESTORE_POINT:
				setRestorePoint((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__ACTUAL_RPO_SECONDS:
				setActualRpoSeconds((Long)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__ACTUAL_RTO_SECONDS:
				setActualRtoSeconds((Long)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__SCORE:
				setScore((Double)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__REPORT_PATH:
				setReportPath((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__REPORT_HASH:
				setReportHash((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__PREVIOUS_HASH:
				setPreviousHash((String)newValue);
				return;
			case TopologyPackage.DRILL_RECORD__HASH:
				setHash((String)newValue);
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
			case TopologyPackage.DRILL_RECORD__PLAN:
				setPlan((DrPlan)null);
				return;
			case TopologyPackage.DRILL_RECORD__INITIATOR:
				setInitiator(INITIATOR_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__RESTORE_POINT:
				setRestorePoint(RESTORE_POINT_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__ACTUAL_RPO_SECONDS:
				setActualRpoSeconds(ACTUAL_RPO_SECONDS_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__ACTUAL_RTO_SECONDS:
				setActualRtoSeconds(ACTUAL_RTO_SECONDS_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__REPORT_PATH:
				setReportPath(REPORT_PATH_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__REPORT_HASH:
				setReportHash(REPORT_HASH_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__PREVIOUS_HASH:
				setPreviousHash(PREVIOUS_HASH_EDEFAULT);
				return;
			case TopologyPackage.DRILL_RECORD__HASH:
				setHash(HASH_EDEFAULT);
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
			case TopologyPackage.DRILL_RECORD__PLAN:
				return plan != null;
			case TopologyPackage.DRILL_RECORD__INITIATOR:
				return INITIATOR_EDEFAULT == null ? initiator != null : !INITIATOR_EDEFAULT.equals(initiator);
			case TopologyPackage.DRILL_RECORD__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case TopologyPackage.DRILL_RECORD__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case TopologyPackage.DRILL_RECORD__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case TopologyPackage.DRILL_RECORD__RESTORE_POINT:
				return RESTORE_POINT_EDEFAULT == null ? restorePoint != null : !RESTORE_POINT_EDEFAULT.equals(restorePoint);
			case TopologyPackage.DRILL_RECORD__ACTUAL_RPO_SECONDS:
				return actualRpoSeconds != ACTUAL_RPO_SECONDS_EDEFAULT;
			case TopologyPackage.DRILL_RECORD__ACTUAL_RTO_SECONDS:
				return actualRtoSeconds != ACTUAL_RTO_SECONDS_EDEFAULT;
			case TopologyPackage.DRILL_RECORD__SCORE:
				return score != SCORE_EDEFAULT;
			case TopologyPackage.DRILL_RECORD__REPORT_PATH:
				return REPORT_PATH_EDEFAULT == null ? reportPath != null : !REPORT_PATH_EDEFAULT.equals(reportPath);
			case TopologyPackage.DRILL_RECORD__REPORT_HASH:
				return REPORT_HASH_EDEFAULT == null ? reportHash != null : !REPORT_HASH_EDEFAULT.equals(reportHash);
			case TopologyPackage.DRILL_RECORD__PREVIOUS_HASH:
				return PREVIOUS_HASH_EDEFAULT == null ? previousHash != null : !PREVIOUS_HASH_EDEFAULT.equals(previousHash);
			case TopologyPackage.DRILL_RECORD__HASH:
				return HASH_EDEFAULT == null ? hash != null : !HASH_EDEFAULT.equals(hash);
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
		result.append(" (initiator: ");
		result.append(initiator);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", restorePoint: ");
		result.append(restorePoint);
		result.append(", actualRpoSeconds: ");
		result.append(actualRpoSeconds);
		result.append(", actualRtoSeconds: ");
		result.append(actualRtoSeconds);
		result.append(", score: ");
		result.append(score);
		result.append(", reportPath: ");
		result.append(reportPath);
		result.append(", reportHash: ");
		result.append(reportHash);
		result.append(", previousHash: ");
		result.append(previousHash);
		result.append(", hash: ");
		result.append(hash);
		result.append(')');
		return result.toString();
	}

} //DrillRecordImpl
