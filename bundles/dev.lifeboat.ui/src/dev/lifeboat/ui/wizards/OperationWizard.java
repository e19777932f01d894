package dev.lifeboat.ui.wizards;

import java.io.IOException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;

import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;

/**
 * What the Deploy, Migrate and Failover wizards share at their end: a {@link ProgressPage} that runs the
 * operation, then a last page that shows how it ended (the only page Finish closes on); no closing while the
 * operation runs (Cancel stops what it can instead); and the operation's record kept in the topology through the
 * session's command stack, so that the file becomes dirty and Save keeps it.
 */
public abstract class OperationWizard extends Wizard {

	/** The open topology the operation works on and records into. */
	protected final TopologySession session;
	private ProgressPage progress;
	private IWizardPage outcome;
	private OperationRecord record;

	protected OperationWizard(TopologySession session) {
		this.session = session;
	}

	/** Adds {@code running} and {@code ended} (which shows how it ended) after the pages added before. */
	protected final void addOperationPages(ProgressPage running, IWizardPage ended) {
		this.progress = running;
		this.outcome = ended;
		addPage(running);
		addPage(ended);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == outcome;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public boolean performCancel() {
		if (progress.isRunning()) {
			// Closing now would hide hosts that are still changing: stop what can be stopped and wait.
			progress.cancel();
			return false;
		}
		return true;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == progress && !progress.succeeded() ? null : super.getNextPage(page);
	}

	/** The topology's SHA-256 before the operation changes it, which the record names. */
	protected final String topologyHash() throws IOException {
		return DeployRecords.topologyHash(session.topology());
	}

	/**
	 * Keeps {@code kept} in the topology, as one undoable command: {@code change} when the record goes with the
	 * change it records (which then adds it), else a command adding the record alone.
	 */
	protected final void keep(OperationRecord kept, Command change) {
		record = kept;
		session.execute(change != null ? change
				: new TopologyEdits(session.domain()).add(session.topology(),
						TopologyPackage.Literals.TOPOLOGY__OPERATION_RECORDS, kept));
	}

	/** The operation's record once it is kept, else {@code null}. */
	public final OperationRecord record() {
		return record;
	}
}
