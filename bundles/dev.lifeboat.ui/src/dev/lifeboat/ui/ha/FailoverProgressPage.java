package dev.lifeboat.ui.ha;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

/** Page 4: runs the failover when shown, with a log of what each host does. */
final class FailoverProgressPage extends WizardPage {

	private final FailoverWizard wizard;
	private ProgressBar bar;
	private Label status;
	private Text log;
	private boolean finished;

	FailoverProgressPage(FailoverWizard wizard) {
		super("progress", "Progress", null);
		this.wizard = wizard;
		setDescription("The failover runs. Wait for it to finish before closing.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		status = new Label(page, SWT.WRAP);
		status.setData(SimulationView.WIDGET_ID, "status");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar = new ProgressBar(page, SWT.INDETERMINATE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		log = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		log.setData(SimulationView.WIDGET_ID, "log");
		log.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setControl(page);
		setPageComplete(false);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !finished && !wizard.isRunning()) {
			status.setText("Failing over " + wizard.host() + "...");
			wizard.execute(log, line -> log.append(line + "\n"), () -> {
				finished = true;
				bar.setVisible(false);
				status.setText("Finished: " + wizard.record().getSummary());
				setPageComplete(true);
				getContainer().updateButtons();
			});
		}
	}

	@Override
	public IWizardPage getPreviousPage() {
		return null;
	}
}
