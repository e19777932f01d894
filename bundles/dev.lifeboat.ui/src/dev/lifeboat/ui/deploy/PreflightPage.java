package dev.lifeboat.ui.deploy;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.deploy.DeployPlan;
import dev.lifeboat.ui.views.Columns;
import dev.lifeboat.ui.wizards.HostKeyConfirmation;

/**
 * Page 2: the preflight of every chosen host (reachable, key trusted, JDK, disk), run in the background. A host
 * whose key nobody knows yet shows the fingerprint ({@link HostKeyConfirmation}); ticking "I verified this
 * fingerprint" accepts exactly that key and checks the host again.
 */
final class PreflightPage extends WizardPage {

	private final DeployWizard wizard;
	private TableViewer viewer;
	private HostKeyConfirmation keys;
	private Label status;
	private boolean running;

	PreflightPage(DeployWizard wizard) {
		super("preflight", "Preflight", null);
		this.wizard = wizard;
		setDescription("Each host is checked: reachable, host key trusted, a JDK >= 21, free disk. Nothing is changed.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		status = new Label(page, SWT.WRAP);
		status.setData(DeployWizard.WIDGET_ID, "preflightStatus");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = Columns.table(page);
		Columns.add(viewer, DeployPlan.Entry.class, "Host", 120, DeployPlan.Entry::hostName, null);
		Columns.add(viewer, DeployPlan.Entry.class, "Preflight", 80, entry -> entry.ok() ? "OK" : "Problem", null);
		Columns.add(viewer, DeployPlan.Entry.class, "Details and what to do", 900,
				entry -> entry.ok() ? summary(entry) : problem(entry), null);
		viewer.getTable().setData(DeployWizard.WIDGET_ID, "preflight");
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		keys = new HostKeyConfirmation(page, DeployWizard.WIDGET_ID);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && wizard.plan() == null && !running) {
			check(wizard.choices().hosts());
		}
	}

	/** Runs the preflight of {@code hosts} in the background; the result replaces theirs in the wizard's plan. */
	private void check(List<String> hosts) {
		running = true;
		setPageComplete(false);
		setErrorMessage(null);
		status.setText("Checking " + hosts.size() + " host(s)...");
		keys.setEnabled(false);
		wizard.startPlan(hosts, status, plan -> {
			running = false;
			wizard.plan(wizard.plan() == null ? plan : wizard.plan().updatedWith(plan));
			show(wizard.plan());
		}, error -> {
			running = false;
			status.setText("The preflight could not run.");
			setErrorMessage(error);
		});
	}

	private void show(DeployPlan plan) {
		viewer.setInput(plan.hosts());
		keys.show(plan.hosts().stream().filter(entry -> entry.unknownHostKey() != null)
				.map(entry -> new HostKeyConfirmation.UnknownKey(entry.hostName(), entry.address(), entry.unknownHostKey()))
				.toList(), (host, fingerprint) -> {
					if (!running) {
						wizard.choices().ssh().acceptHostKey(host, fingerprint);
						check(List.of(host));
					}
				});
		int ok = plan.deployableHosts().size();
		status.setText(ok + " of " + plan.hosts().size() + " host(s) ready to deploy."
				+ (ok < plan.hosts().size() ? " Hosts with a problem are left out unless you fix it here." : ""));
		setPageComplete(ok > 0);
	}

	/** The problem as the wizard fixes it: an unknown key is confirmed here, not with a command-line option. */
	static String problem(DeployPlan.Entry entry) {
		if (entry.unknownHostKey() == null) {
			return entry.problem();
		}
		return HostKeyConfirmation.rephrase(entry.problem(), entry.hostName(), entry.unknownHostKey());
	}

	private static String summary(DeployPlan.Entry entry) {
		String changes = entry.plan().unchanged() ? "no changes" : entry.plan().changes().size() + " change(s)";
		String agent = entry.agentCurrent() ? "" : entry.agentVersion() == null ? ", agent to install" : ", agent to upgrade from " + entry.agentVersion();
		return "reachable, key trusted: " + changes + agent;
	}
}
