package dev.lifeboat.ui.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillHistory.Recorded;
import dev.lifeboat.core.drill.DrillReport;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.core.drill.DrillRunner.PreflightCheck;
import dev.lifeboat.core.drill.ReliabilityScore;
import dev.lifeboat.core.drill.RestorePoint;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.ui.deploy.Background;
import dev.lifeboat.ui.deploy.DeployChoices;
import dev.lifeboat.ui.deploy.PassphrasePrompt;
import dev.lifeboat.ui.deploy.RepositoryPasswordFields;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.views.ReportView;
import dev.lifeboat.ui.wizards.HostKeyConfirmation;

/**
 * The DR Drill wizard: plan and restore point, preflight, the drill's steps as they run, the report. The pages
 * render and dispatch; the {@link DrillRunner} does the drill, {@link DrillHistory} scores, writes the report and
 * builds the record, which is added through the session's command stack (the file becomes dirty; Save keeps it).
 */
public final class DrillWizard extends Wizard {

	/** The key under which the wizard's widgets carry an id, for tests. */
	public static final String WIDGET_ID = "dev.lifeboat.ui.drill.id";

	private final TopologySession session;
	private final DrillRunner runner;
	private final ChoosePage choose = new ChoosePage();
	private Recorded recorded;

	public DrillWizard(TopologySession session, DrillRunner runner) {
		this.session = session;
		this.runner = runner;
		setWindowTitle("DR Drill: " + session.topology().getName());
	}

	@Override
	public void addPages() {
		if (runner instanceof ConsoleDrillRunner console) {
			console.choices().ssh().passphrase(new PassphrasePrompt(getShell(), console.choices().ssh()::identity));
		}
		addPage(choose);
		addPage(new PreflightPage());
		addPage(new RunPage());
		addPage(new ReportPage());
	}

	@Override
	public boolean canFinish() {
		return recorded != null;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	private static Table table(Composite parent, String id, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData(WIDGET_ID, id);
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String name : columns) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(name);
			column.setWidth(name.equals("detail") || name.equals("message") ? 420 : 170);
		}
		return table;
	}

	/**
	 * Plan and restore point; for the console's runner also its SSH settings and the repository passwords. The
	 * restore points are read from the recovery host in the background; meanwhile the page says so and cannot be
	 * left. The selected point shows the snapshot each VM gets.
	 */
	private final class ChoosePage extends WizardPage {
		private Combo plans;
		private Combo points;
		private Label status;
		private Table snapshots;
		private HostKeyConfirmation keys;
		private RepositoryPasswordFields passwords;
		private List<RestorePoint> offered = List.of();
		private int reading;

		ChoosePage() {
			super("choose", "Plan and restore point", null);
			setDescription("Choose the DR plan to drill and the point to restore: the latest, or the plan as it was at "
					+ "a time (each VM's newest snapshot at or before it).");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			new Label(body, SWT.NONE).setText("DR plan:");
			plans = new Combo(body, SWT.READ_ONLY);
			plans.setData(WIDGET_ID, "plan");
			session.topology().getDrPlans().forEach(plan -> plans.add(plan.getName()));
			new Label(body, SWT.NONE).setText("Restore point:");
			points = new Combo(body, SWT.READ_ONLY);
			points.setData(WIDGET_ID, "restorePoint");
			points.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			points.addListener(SWT.Selection, event -> pointChosen());
			status = new Label(body, SWT.WRAP);
			status.setData(WIDGET_ID, "restorePointStatus");
			status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			snapshots = table(body, "restorePointSnapshots", "VM", "snapshot", "taken (UTC)");
			GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			tableLayout.heightHint = 90;
			snapshots.setLayoutData(tableLayout);
			keys = new HostKeyConfirmation(body, WIDGET_ID);
			((GridData) keys.control().getLayoutData()).horizontalSpan = 2;
			if (runner instanceof ConsoleDrillRunner console) {
				sshFields(body, console.choices());
				passwords = new RepositoryPasswordFields(body, WIDGET_ID);
				passwords.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
				passwords.whenSaved(this::planChosen);
			}
			plans.addListener(SWT.Selection, event -> planChosen());
			setControl(body);
			if (plans.getItemCount() > 0) {
				plans.select(0);
				planChosen();
			}
		}

		/** The recovery hosts are reached as the Deploy wizard reaches hosts: key, known_hosts, accepted keys. */
		private void sshFields(Composite body, DeployChoices choices) {
			Text identity = text(body, "Identity key:", "identity", choices.ssh().identity());
			identity.addListener(SWT.Modify, event -> choices.ssh().identity(Path.of(identity.getText().trim())));
			Text knownHosts = text(body, "Lifeboat known_hosts:", "knownHosts", choices.ssh().lifeboatKnownHosts());
			knownHosts.addListener(SWT.Modify,
					event -> choices.ssh().lifeboatKnownHosts(Path.of(knownHosts.getText().trim())));
			Button userKnownHosts = new Button(body, SWT.CHECK);
			userKnownHosts.setData(WIDGET_ID, "userKnownHosts");
			userKnownHosts.setText("Also trust the keys in ~/.ssh/known_hosts");
			userKnownHosts.setSelection(choices.trustsUserKnownHosts());
			userKnownHosts.addListener(SWT.Selection,
					event -> choices.trustUserKnownHosts(userKnownHosts.getSelection()));
			Button list = new Button(body, SWT.PUSH);
			list.setData(WIDGET_ID, "listRestorePoints");
			list.setText("List restore points");
			list.addListener(SWT.Selection, event -> planChosen());
		}

		private Text text(Composite body, String label, String id, Path initial) {
			new Label(body, SWT.NONE).setText(label);
			Text text = new Text(body, SWT.BORDER);
			text.setData(WIDGET_ID, id);
			text.setText(initial == null ? "" : initial.toString());
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return text;
		}

		/** Reads the plan's restore points in the background; a later call makes an earlier answer stale. */
		private void planChosen() {
			offered = List.of();
			points.removeAll();
			points.add(RestorePoint.LATEST);
			points.select(0);
			snapshots.removeAll();
			keys.show(List.of(), (host, fingerprint) -> {
			});
			setErrorMessage(null);
			int generation = ++reading;
			if (passwords != null) {
				passwords.show(((ConsoleDrillRunner) runner).passwords(), RepositoryPasswords.policiesOf(plan()));
				if (!passwords.complete()) {
					status.setText("");
					setMessage("Enter the password of each backup policy's repositories and Save: the recovery hosts need it.");
					setPageComplete(false);
					return;
				}
			}
			setMessage(null);
			DrPlan plan = plan();
			status.setText("Reading the snapshots of " + plan.getName() + "'s VMs from the recovery site...");
			setPageComplete(false);
			Background.run("Restore points of " + plan.getName(), status, () -> runner.restorePoints(plan), read -> {
				if (generation == reading) {
					offered = read;
					points.removeAll();
					read.forEach(point -> points.add(point.label()
							+ (point.usable() ? "" : "  (not usable: " + String.join(", ", point.vmsWithoutSnapshot().stream().map(vm -> vm + " has none").toList()) + ")")));
					points.select(0);
					status.setText(read.size() - 1 + " point(s) in time besides the latest; each VM gets its newest "
							+ "snapshot at or before the point.");
					pointChosen();
				}
			}, error -> {
				if (generation == reading) {
					listFailed(plan, error);
				}
			});
		}

		/** The drill can still be tried at the latest point: its preflight then names the cause again. */
		private void listFailed(DrPlan plan, Exception error) {
			status.setText("Only the latest point is offered.");
			if (error instanceof DrillRunner.UnknownHostKeyException unknown) {
				setErrorMessage("The restore points cannot be read: recovery host " + unknown.host()
						+ " presents a key nobody trusts yet. Check its fingerprint on the host and confirm it below.");
				keys.show(List.of(new HostKeyConfirmation.UnknownKey(unknown.host(), null, unknown.fingerprint())),
						(host, fingerprint) -> {
							runner.acceptHostKey(host, fingerprint);
							planChosen();
						});
			} else {
				setErrorMessage("The restore points of " + plan.getName() + " cannot be listed: " + error.getMessage());
			}
			completeIfSaved(true);
		}

		private void pointChosen() {
			snapshots.removeAll();
			RestorePoint point = selected();
			if (point == null) {
				completeIfSaved(true);
				return;
			}
			for (RestorePoint.VmSnapshot vm : point.vms()) {
				new TableItem(snapshots, SWT.NONE).setText(new String[] { vm.vm(),
						vm.snapshot() == null ? "none" : vm.snapshot().shortId(),
						vm.snapshot() == null ? vm.problem() : RestorePoint.readable(vm.snapshot().time()) });
			}
			setErrorMessage(point.usable() ? null
					: "This point cannot restore the whole plan: " + String.join("; ", point.problems()));
			completeIfSaved(point.usable());
		}

		private void completeIfSaved(boolean pointUsable) {
			if (session.currentFile().isEmpty()) {
				setErrorMessage("Save the topology first: drill reports are kept beside its file.");
			}
			setPageComplete(pointUsable && session.currentFile().isPresent());
		}

		/** The chosen point as read, or null when only "latest" is offered because nothing could be read. */
		private RestorePoint selected() {
			int index = points.getSelectionIndex();
			return index >= 0 && index < offered.size() ? offered.get(index) : null;
		}

		DrPlan plan() {
			return session.topology().getDrPlans().get(plans.getSelectionIndex());
		}

		/** What the drill is asked to restore: {@link RestorePoint#request()} of the chosen point. */
		String restorePoint() {
			RestorePoint point = selected();
			return point == null ? RestorePoint.LATEST : point.request();
		}
	}

	/**
	 * Preflight, run in the background: every check must pass before the drill can run. A recovery host whose key
	 * nobody trusts yet shows its fingerprint; ticking "I verified this fingerprint" accepts exactly that key and
	 * runs the preflight again. A changed key is a failed check with its error, never offered for acceptance.
	 */
	private final class PreflightPage extends WizardPage {
		private Label status;
		private Table checks;
		private HostKeyConfirmation keys;
		private boolean running;

		PreflightPage() {
			super("preflight", "Preflight", null);
			setDescription("Nothing is built until every check passes.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(1, false));
			status = new Label(body, SWT.WRAP);
			status.setData(WIDGET_ID, "preflightStatus");
			status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			checks = table(body, "preflight", "check", "result", "detail");
			keys = new HostKeyConfirmation(body, WIDGET_ID);
			setControl(body);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && !running) {
				runChecks();
			}
		}

		private void runChecks() {
			running = true;
			checks.removeAll();
			keys.setEnabled(false);
			setErrorMessage(null);
			setPageComplete(false);
			DrPlan plan = choose.plan();
			String point = choose.restorePoint();
			status.setText("Checking the recovery hosts, the drill VNI and the repositories at restore point " + point + "...");
			Background.run("Drill preflight of " + plan.getName(), checks, () -> runner.preflight(plan, point), results -> {
				running = false;
				show(results);
			}, error -> {
				running = false;
				status.setText("The preflight could not run.");
				setErrorMessage("The preflight could not run: " + error.getMessage());
				keys.setEnabled(true);
			});
		}

		private void show(List<PreflightCheck> results) {
			for (PreflightCheck check : results) {
				String detail = check.unknownHostKey() == null ? check.detail()
						: HostKeyConfirmation.rephrase(check.detail(), check.host(), check.unknownHostKey());
				new TableItem(checks, SWT.NONE).setText(new String[] { check.name(), check.passed() ? "OK" : "FAILED", detail });
			}
			keys.show(results.stream().filter(check -> check.unknownHostKey() != null)
					.map(check -> new HostKeyConfirmation.UnknownKey(check.host(), null, check.unknownHostKey())).toList(),
					(host, fingerprint) -> {
						if (!running) {
							runner.acceptHostKey(host, fingerprint);
							runChecks();
						}
					});
			boolean passed = !results.isEmpty() && results.stream().allMatch(PreflightCheck::passed);
			long failed = results.stream().filter(check -> !check.passed()).count();
			status.setText(passed ? "Every check passed." : failed + " of " + results.size() + " check(s) failed.");
			boolean unknownKey = results.stream().anyMatch(check -> check.unknownHostKey() != null);
			setErrorMessage(passed ? null : unknownKey
					? "A recovery host presents a key nobody trusts yet: check its fingerprint on the host and confirm it below."
					: "A check failed: fix it and come back to this page.");
			setPageComplete(passed);
		}
	}

	/** The drill's steps as they finish; the drill runs on its own thread. */
	private final class RunPage extends WizardPage {
		private Table steps;
		private boolean started;

		RunPage() {
			super("run", "Drill", null);
			setDescription("Bubble, restore, verify, tear down: each step as it finishes.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			steps = table(parent, "steps", "step", "target", "status", "message");
			setControl(steps);
		}

		@Override
		public IWizardPage getPreviousPage() {
			return started ? null : super.getPreviousPage();
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && !started) {
				started = true;
				start();
			}
		}

		private void start() {
			Display display = getShell().getDisplay();
			DrPlan plan = choose.plan();
			String point = choose.restorePoint();
			Thread drill = new Thread(() -> {
				try {
					DrillResult result = runner.run(plan, point,
							step -> display.asyncExec(() -> stepFinished(step)));
					display.asyncExec(() -> finished(result));
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> setErrorMessage("The drill could not run: " + e.getMessage()));
				}
			}, "DR drill " + plan.getName());
			drill.setDaemon(true);
			drill.start();
		}

		private void stepFinished(TimelineStep step) {
			if (!steps.isDisposed()) {
				new TableItem(steps, SWT.NONE).setText(new String[] { step.name(), step.target(),
						step.status().name(), DrillReport.human(step.duration()) + ": " + step.message() });
			}
		}

		private void finished(DrillResult result) {
			if (getControl().isDisposed()) {
				return;
			}
			try {
				Path folder = session.currentFile().orElseThrow().toAbsolutePath().getParent();
				recorded = DrillHistory.prepare(session.topology(), result, folder.resolve("drill-reports"), folder);
				session.execute(new TopologyEdits(session.domain()).add(session.topology(),
						TopologyPackage.Literals.TOPOLOGY__DRILL_RECORDS, recorded.record()));
				setMessage("The drill " + (result.passed() ? "passed" : "FAILED") + "; its report is on the next page.");
				setPageComplete(true);
				getContainer().updateButtons();
			} catch (IOException | RuntimeException e) {
				setErrorMessage("The drill ran but its report could not be kept: " + e.getMessage());
			}
		}
	}

	/** The report, as kept. */
	private final class ReportPage extends WizardPage {
		private Label outcome;
		private ReportView report;

		ReportPage() {
			super("report", "Report", null);
			setDescription("The report is kept beside the topology and chained into its drill history.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout());
			outcome = new Label(body, SWT.WRAP);
			outcome.setData(WIDGET_ID, "outcome");
			outcome.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			report = new ReportView(body);
			report.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			setControl(body);
		}

		@Override
		public IWizardPage getPreviousPage() {
			return null;
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && recorded != null) {
				outcome.setText(recorded.record().getOutcome().getLiteral() + ", score "
						+ ReliabilityScore.percent(recorded.score().score()) + "; report " + recorded.html());
				try {
					report.show(Files.readString(recorded.html()));
				} catch (IOException e) {
					setErrorMessage("The report cannot be read back: " + e.getMessage());
				}
				getContainer().updateButtons();
			}
		}
	}
}
