package dev.lifeboat.ui.migrate;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Control;

import dev.lifeboat.core.migrate.MigrationCommand;
import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.deploy.DeployRecords;
import dev.lifeboat.deploy.Migration;
import dev.lifeboat.deploy.MigrationListener;
import dev.lifeboat.deploy.MigrationOptions;
import dev.lifeboat.deploy.MigrationRecords;
import dev.lifeboat.deploy.MigrationResult;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.session.TopologySession;

/**
 * The Migrate wizard: Preflight and plan (target host, findings, steps), Migrate (progress and live log), Result
 * (verification per host, the measured blackout, the record). The core plans and the deploy engine migrates; the
 * pages only render. The move and its record go onto the session's command stack as one command.
 */
public final class MigrateWizard extends Wizard {

	/** The key under which the wizard's widgets carry an id, for tests. */
	public static final String WIDGET_ID = "dev.lifeboat.ui.migrate.id";

	private final TopologySession session;
	private final VirtualMachine vm;
	private final PlanPage planPage;
	private final ExecutePage execute = new ExecutePage(this);
	private final ResultPage resultPage = new ResultPage(this);
	private final SshSettings ssh = new SshSettings();
	private MigrationPlan plan;
	private String observer;
	private MigrationResult result;
	private OperationRecord record;

	/** @param target the host to preselect (a diagram drop), or {@code null} */
	public MigrateWizard(TopologySession session, VirtualMachine vm, Host target) {
		this.session = session;
		this.vm = vm;
		this.planPage = new PlanPage(this, target);
		setWindowTitle("Migrate " + vm.getName());
	}

	/** Opens the wizard as a dialog over {@code shell}. */
	public static void open(org.eclipse.swt.widgets.Shell shell, TopologySession session, VirtualMachine vm, Host target) {
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(shell,
				new MigrateWizard(session, vm, target));
		dialog.setPageSize(900, 480);
		dialog.open();
	}

	@Override
	public void addPages() {
		addPage(planPage);
		addPage(execute);
		addPage(resultPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == resultPage;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public boolean performCancel() {
		return !execute.isRunning();
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == execute && result == null ? null : super.getNextPage(page);
	}

	VirtualMachine vm() {
		return vm;
	}

	List<Host> hosts() {
		return session.topology().getSites().stream().flatMap(site -> site.getHosts().stream()).toList();
	}

	SshSettings ssh() {
		return ssh;
	}

	MigrationPlan plan() {
		return plan;
	}

	/** Plans the move to {@code target}: the findings and steps the first page shows. */
	MigrationPlan plan(Host target) {
		plan = MigrationPlan.of(session.topology(), vm, target);
		return plan;
	}

	/** {@code HOST/GUEST} of the guest that measures the blackout, or {@code null}. */
	void observer(String hostSlashGuest) {
		this.observer = hostSlashGuest;
	}

	MigrationResult result() {
		return result;
	}

	OperationRecord record() {
		return record;
	}

	/** Migrates in a background job; {@code done} or {@code failed} run on the UI thread. */
	void start(MigrationListener listener, Control owner, Consumer<MigrationResult> done, Consumer<String> failed) {
		String hash;
		try {
			hash = DeployRecords.topologyHash(session.topology());
		} catch (java.io.IOException e) {
			failed.accept(e.getMessage());
			return;
		}
		MigrationOptions options = new MigrationOptions(ssh, System.getProperty("user.name", "console"));
		if (observer != null && observer.contains("/")) {
			options = options.observedBy(observer.substring(0, observer.indexOf('/')), observer.substring(observer.indexOf('/') + 1));
		}
		MigrationOptions chosen = options;
		MigrationPlan planned = plan;
		Job job = Job.create("Migrate " + vm.getName(), monitor -> {
			try {
				MigrationResult migrated = new Migration(planned, chosen).run(listener);
				onUi(owner, () -> {
					finished(planned, migrated, chosen.initiator(), hash);
					done.accept(migrated);
				});
			} catch (Exception e) {
				onUi(owner, () -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void finished(MigrationPlan planned, MigrationResult migrated, String initiator, String hash) {
		result = migrated;
		record = MigrationRecords.record(migrated, initiator, hash);
		if (migrated.succeeded()) {
			session.execute(new MigrationCommand(planned, record));
		} else {
			session.execute(new org.eclipse.emf.edit.command.AddCommand(session.domain(), session.topology(),
					dev.lifeboat.model.TopologyPackage.Literals.TOPOLOGY__OPERATION_RECORDS, record));
		}
	}

	static void onUi(Control owner, Runnable action) {
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					action.run();
				}
			});
		}
	}
}
