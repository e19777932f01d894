package dev.lifeboat.ui.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
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
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.ui.deploy.DeployChoices;
import dev.lifeboat.ui.deploy.PassphrasePrompt;
import dev.lifeboat.ui.deploy.RepositoryPasswordFields;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.views.ReportView;

/**
 * The DR Drill wizard: plan and restore point, preflight, the drill's steps as they run, the report. The pages
 * render and dispatch; the {@link DrillRunner} does the drill, {@link DrillHistory} scores, writes the report and
 * builds the record, which is added through the session's command stack (the file becomes dirty; Save keeps it).
 */
public final class DrillWizard extends Wizard {

	/** The key under which the wizard's widgets carry an id, for tests. */
	public static final String WIDGET_ID = "dev.lifeboat.ui.drill.id";
	static final String LATEST = "latest";

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

	/** Plan and restore point; for the console's runner also its SSH settings and the repository passwords. */
	private final class ChoosePage extends WizardPage {
		private Combo plans;
		private Combo points;
		private RepositoryPasswordFields passwords;

		ChoosePage() {
			super("choose", "Plan and restore point", null);
			setDescription("Choose the DR plan to drill and the point to restore (the latest by default).");
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

		private void planChosen() {
			points.removeAll();
			points.add(LATEST);
			points.select(0);
			setErrorMessage(null);
			if (passwords != null) {
				passwords.show(((ConsoleDrillRunner) runner).passwords(), RepositoryPasswords.policiesOf(plan()));
				if (!passwords.complete()) {
					setMessage("Enter the password of each backup policy's repositories and Save: the recovery hosts need it.");
					setPageComplete(false);
					return;
				}
			}
			setMessage(null);
			BusyIndicator.showWhile(getShell().getDisplay(), () -> {
				try {
					runner.restorePoints(plan()).forEach(points::add);
				} catch (IOException e) {
					setErrorMessage("The restore points of " + plan().getName() + " cannot be listed: " + e.getMessage());
				}
			});
			if (session.currentFile().isEmpty()) {
				setErrorMessage("Save the topology first: drill reports are kept beside its file.");
			}
			setPageComplete(session.currentFile().isPresent());
		}

		DrPlan plan() {
			return session.topology().getDrPlans().get(plans.getSelectionIndex());
		}

		String restorePoint() {
			return points.getText();
		}
	}

	/** Preflight: every check must pass before the drill can run. */
	private final class PreflightPage extends WizardPage {
		private Table checks;

		PreflightPage() {
			super("preflight", "Preflight", null);
			setDescription("Nothing is built until every check passes.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			checks = table(parent, "preflight", "check", "result", "detail");
			setControl(checks);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				BusyIndicator.showWhile(getShell().getDisplay(), this::runChecks);
			}
		}

		private void runChecks() {
			checks.removeAll();
			try {
				List<PreflightCheck> results = runner.preflight(choose.plan(), choose.restorePoint());
				for (PreflightCheck check : results) {
					new TableItem(checks, SWT.NONE)
							.setText(new String[] { check.name(), check.passed() ? "OK" : "FAILED", check.detail() });
				}
				boolean passed = !results.isEmpty() && results.stream().allMatch(PreflightCheck::passed);
				setErrorMessage(passed ? null : "A check failed: fix it and come back to this page.");
				setPageComplete(passed);
			} catch (IOException e) {
				setErrorMessage("The preflight could not run: " + e.getMessage());
				setPageComplete(false);
			}
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
