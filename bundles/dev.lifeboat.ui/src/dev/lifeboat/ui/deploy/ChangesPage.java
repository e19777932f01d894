package dev.lifeboat.ui.deploy;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import dev.lifeboat.core.plan.Change;
import dev.lifeboat.deploy.DeployPlan;

/** Page 3: what the deploy will change, host by host, each host expandable to its change lines. */
final class ChangesPage extends WizardPage {

	private final DeployWizard wizard;
	private Tree tree;

	ChangesPage(DeployWizard wizard) {
		super("changes", "Changes", null);
		this.wizard = wizard;
		setDescription("What the deploy changes on each host. Next starts the deploy.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new FillLayout());
		tree = new Tree(page, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setData(DeployWizard.WIDGET_ID, "changes");
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			show(wizard.plan());
		}
		super.setVisible(visible);
	}

	private void show(DeployPlan plan) {
		tree.removeAll();
		if (plan == null) {
			return;
		}
		for (DeployPlan.Entry entry : plan.hosts()) {
			TreeItem host = new TreeItem(tree, SWT.NONE);
			host.setData(entry.hostName());
			if (!entry.ok()) {
				host.setText(entry.hostName() + ": left out (preflight problem)");
				continue;
			}
			if (entry.unchanged()) {
				host.setText(entry.hostName() + ": no changes");
				continue;
			}
			host.setText(entry.hostName() + ": " + entry.plan().changes().size() + " change(s)");
			for (Change change : entry.plan().changes()) {
				new TreeItem(host, SWT.NONE).setText(change.toString());
			}
			if (!entry.agentCurrent()) {
				new TreeItem(host, SWT.NONE).setText("+ agent " + (entry.agentVersion() == null ? "installed" : "upgraded from " + entry.agentVersion()));
			}
			host.setExpanded(true);
		}
	}
}
