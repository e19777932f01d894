package dev.lifeboat.ui.migrate;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import dev.lifeboat.core.migrate.MigrationCommand;
import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.deploy.Migration;
import dev.lifeboat.deploy.MigrationListener;
import dev.lifeboat.deploy.MigrationOptions;
import dev.lifeboat.deploy.MigrationRecords;
import dev.lifeboat.deploy.MigrationResult;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.deploy.Background;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.wizards.OperationWizard;

/**
 * The Migrate wizard: Preflight and plan (target host, findings, steps), Migrate (progress and live log), Result
 * (verification per host, the measured blackout, the record). The core plans and the deploy engine migrates; the
 * pages only render. The move and its record go onto the session's command stack as one command.
 */
public final class MigrateWizard extends OperationWizard {

	/** The key under which the wizard's widgets carry an id, for tests. */
	public static final String WIDGET_ID = "dev.lifeboat.ui.migrate.id";

	private final VirtualMachine vm;
	private final PlanPage planPage;
	private final SshSettings ssh = new SshSettings();
	private MigrationPlan plan;
	private String observer;
	private MigrationResult result;

	/** @param target the host to preselect (a diagram drop), or {@code null} */
	public MigrateWizard(TopologySession session, VirtualMachine vm, Host target) {
		super(session);
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
		addOperationPages(ExecutePage.create(this), new ResultPage(this));
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

	/** Migrates in a background job; {@code done} or {@code failed} run on the UI thread. */
	void start(MigrationListener listener, Control owner, Consumer<MigrationResult> done, Consumer<String> failed) {
		String hash;
		try {
			hash = topologyHash();
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
		Background.run("Migrate " + vm.getName(), owner, () -> new Migration(planned, chosen).run(listener), migrated -> {
			finished(planned, migrated, chosen.initiator(), hash);
			done.accept(migrated);
		}, e -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
	}

	private void finished(MigrationPlan planned, MigrationResult migrated, String initiator, String hash) {
		result = migrated;
		OperationRecord record = MigrationRecords.record(migrated, initiator, hash);
		keep(record, migrated.succeeded() ? new MigrationCommand(planned, record) : null);
	}
}
