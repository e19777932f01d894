package dev.lifeboat.ui.migrate;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.views.Columns;

/** Page 1: the target host, the preflight findings (each with its element and fix) and the steps of the plan. */
final class PlanPage extends WizardPage {

	private final MigrateWizard wizard;
	private final Host preselected;
	private Combo target;
	private Combo observer;
	private Text identity;
	private TableViewer findings;
	private org.eclipse.swt.widgets.List steps;
	private List<Host> candidates;

	PlanPage(MigrateWizard wizard, Host preselected) {
		super("plan", "Preflight and plan", null);
		this.wizard = wizard;
		this.preselected = preselected;
		setDescription("Where " + wizard.vm().getName() + " goes, what the preflight found, and what will happen.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		VirtualMachine vm = wizard.vm();
		new Label(page, SWT.NONE).setText("Move " + vm.getName() + " from " + vm.getHost().getName() + " to:");
		target = new Combo(page, SWT.READ_ONLY);
		target.setData(MigrateWizard.WIDGET_ID, "target");
		candidates = wizard.hosts().stream().filter(host -> host != vm.getHost()).toList();
		candidates.forEach(host -> target.add(host.getName()));
		target.addListener(SWT.Selection, event -> replan());
		new Label(page, SWT.NONE).setText("Measure the blackout from:");
		observer = new Combo(page, SWT.READ_ONLY);
		observer.setData(MigrateWizard.WIDGET_ID, "observer");
		observer.add("(no observer)");
		observers(vm).forEach(observer::add);
		observer.select(observer.getItemCount() > 1 ? 1 : 0);
		observer.addListener(SWT.Selection, event -> wizard.observer(observer.getSelectionIndex() == 0 ? null : observer.getText()));
		wizard.observer(observer.getSelectionIndex() == 0 ? null : observer.getText());
		new Label(page, SWT.NONE).setText("SSH key:");
		identity = new Text(page, SWT.BORDER);
		identity.setData(MigrateWizard.WIDGET_ID, "identity");
		identity.setText(wizard.ssh().identity().toString());
		identity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		identity.addListener(SWT.Modify, event -> wizard.ssh().identity(Path.of(identity.getText().strip())));
		new Label(page, SWT.NONE).setText("Lifeboat known_hosts:");
		Text knownHosts = new Text(page, SWT.BORDER);
		knownHosts.setData(MigrateWizard.WIDGET_ID, "knownHosts");
		knownHosts.setText(wizard.ssh().lifeboatKnownHosts().toString());
		knownHosts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		knownHosts.addListener(SWT.Modify, event -> wizard.ssh().lifeboatKnownHosts(Path.of(knownHosts.getText().strip())));
		findings = Columns.table(page);
		Columns.add(findings, Problem.class, "Severity", 80, problem -> problem.severity().name(), null);
		Columns.add(findings, Problem.class, "Element", 200, Problem::elementLabel, null);
		Columns.add(findings, Problem.class, "Finding and fix", 600, Problem::message, null);
		findings.getTable().setData(MigrateWizard.WIDGET_ID, "findings");
		findings.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		steps = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		steps.setData(MigrateWizard.WIDGET_ID, "steps");
		GridData stepsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		stepsData.heightHint = 110;
		steps.setLayoutData(stepsData);
		if (preselected != null && candidates.contains(preselected)) {
			target.select(candidates.indexOf(preselected));
			replan();
		}
		setControl(page);
	}

	/** Guests on other hosts of the VM's overlays, as {@code HOST/GUEST}: they can ping it across the overlay. */
	private List<String> observers(VirtualMachine vm) {
		return wizard.hosts().stream().filter(host -> host != vm.getHost()).flatMap(host -> host.getVms().stream())
				.filter(other -> other.getNics().stream().anyMatch(nic -> nic.getAttachment() instanceof OverlayNetwork overlay
						&& vm.getNics().stream().anyMatch(own -> own.getAttachment() == overlay)))
				.map(other -> other.getHost().getName() + "/" + other.getName()).toList();
	}

	private void replan() {
		int index = target.getSelectionIndex();
		if (index < 0) {
			return;
		}
		MigrationPlan plan = wizard.plan(candidates.get(index));
		findings.setInput(plan.findings());
		steps.setItems(plan.steps().stream().map(step -> "• " + step).toArray(String[]::new));
		if (plan.hasErrors()) {
			setErrorMessage(plan.findings().stream().filter(p -> p.severity() == Severity.ERROR).count()
					+ " error(s): fix them before migrating (each row says how).");
		} else {
			setErrorMessage(null);
			setMessage(plan.findings().isEmpty() ? "The preflight found nothing in the way." : "Read the warnings, then Next migrates.");
		}
		setPageComplete(!plan.hasErrors());
	}
}
