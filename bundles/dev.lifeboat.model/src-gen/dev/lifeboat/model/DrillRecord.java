/**
 */
package dev.lifeboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drill Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The evidence of one DR drill. Records are chained by hash so that a later edit of an old one is detected.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getPlan <em>Plan</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getRestorePoint <em>Restore Point</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getActualRpoSeconds <em>Actual Rpo Seconds</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getActualRtoSeconds <em>Actual Rto Seconds</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getScore <em>Score</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getReportPath <em>Report Path</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getReportHash <em>Report Hash</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getPreviousHash <em>Previous Hash</em>}</li>
 *   <li>{@link dev.lifeboat.model.DrillRecord#getHash <em>Hash</em>}</li>
 * </ul>
 *
 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord()
 * @model
 * @generated
 */
public interface DrillRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(DrPlan)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_Plan()
	 * @model
	 * @generated
	 */
	DrPlan getPlan();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(DrPlan value);

	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator</em>' attribute.
	 * @see #setInitiator(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_Initiator()
	 * @model
	 * @generated
	 */
	String getInitiator();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getInitiator <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' attribute.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_StartedAt()
	 * @model
	 * @generated
	 */
	String getStartedAt();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(String value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_FinishedAt()
	 * @model
	 * @generated
	 */
	String getFinishedAt();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.lifeboat.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see dev.lifeboat.model.Outcome
	 * @see #setOutcome(Outcome)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see dev.lifeboat.model.Outcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Restore Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restore Point</em>' attribute.
	 * @see #setRestorePoint(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_RestorePoint()
	 * @model
	 * @generated
	 */
	String getRestorePoint();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getRestorePoint <em>Restore Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restore Point</em>' attribute.
	 * @see #getRestorePoint()
	 * @generated
	 */
	void setRestorePoint(String value);

	/**
	 * Returns the value of the '<em><b>Actual Rpo Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Rpo Seconds</em>' attribute.
	 * @see #setActualRpoSeconds(long)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_ActualRpoSeconds()
	 * @model
	 * @generated
	 */
	long getActualRpoSeconds();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getActualRpoSeconds <em>Actual Rpo Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Rpo Seconds</em>' attribute.
	 * @see #getActualRpoSeconds()
	 * @generated
	 */
	void setActualRpoSeconds(long value);

	/**
	 * Returns the value of the '<em><b>Actual Rto Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Rto Seconds</em>' attribute.
	 * @see #setActualRtoSeconds(long)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_ActualRtoSeconds()
	 * @model
	 * @generated
	 */
	long getActualRtoSeconds();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getActualRtoSeconds <em>Actual Rto Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Rto Seconds</em>' attribute.
	 * @see #getActualRtoSeconds()
	 * @generated
	 */
	void setActualRtoSeconds(long value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Report Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report Path</em>' attribute.
	 * @see #setReportPath(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_ReportPath()
	 * @model
	 * @generated
	 */
	String getReportPath();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getReportPath <em>Report Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Path</em>' attribute.
	 * @see #getReportPath()
	 * @generated
	 */
	void setReportPath(String value);

	/**
	 * Returns the value of the '<em><b>Report Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * sha256:<hex> of the report file when the record was written; part of the record's hash, so a changed report is told apart from an edited record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Report Hash</em>' attribute.
	 * @see #setReportHash(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_ReportHash()
	 * @model
	 * @generated
	 */
	String getReportHash();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getReportHash <em>Report Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Hash</em>' attribute.
	 * @see #getReportHash()
	 * @generated
	 */
	void setReportHash(String value);

	/**
	 * Returns the value of the '<em><b>Previous Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Hash</em>' attribute.
	 * @see #setPreviousHash(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_PreviousHash()
	 * @model
	 * @generated
	 */
	String getPreviousHash();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getPreviousHash <em>Previous Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Hash</em>' attribute.
	 * @see #getPreviousHash()
	 * @generated
	 */
	void setPreviousHash(String value);

	/**
	 * Returns the value of the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hash</em>' attribute.
	 * @see #setHash(String)
	 * @see dev.lifeboat.model.TopologyPackage#getDrillRecord_Hash()
	 * @model
	 * @generated
	 */
	String getHash();

	/**
	 * Sets the value of the '{@link dev.lifeboat.model.DrillRecord#getHash <em>Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hash</em>' attribute.
	 * @see #getHash()
	 * @generated
	 */
	void setHash(String value);

} // DrillRecord
