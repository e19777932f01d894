package dev.lifeboat.ui.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.deploy.DeployResult;

/**
 * Page 4: the deploy itself, started when the page is shown: a progress bar per host and an overall one, the
 * live log, and Cancel (no further host starts; running ones finish or roll back). There is no way back.
 */
final class ApplyPage extends WizardPage {

	/** Progress bars count in thousandths. */
	private static final int SCALE = 1000;

	private final DeployWizard wizard;
	private final Map<String, ProgressBar> bars = new LinkedHashMap<>();
	private Composite hosts;
	private ProgressBar overall;
	private Label status;
	private Text log;
	private Button cancel;
	private ApplyFeed feed;
	private boolean started;
	private boolean done;

	ApplyPage(DeployWizard wizard) {
		super("apply", "Apply", null);
		this.wizard = wizard;
		setDescription("Deploying. Hosts run in parallel; a host that fails is rolled back on its own.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		// One grid for the overall bar and the host bars, so that they line up.
		hosts = new Composite(page, SWT.NONE);
		hosts.setLayout(new GridLayout(2, false));
		hosts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		new Label(hosts, SWT.NONE).setText("Overall:");
		overall = bar(hosts, "overall");
		status = new Label(page, SWT.NONE);
		status.setData(DeployWizard.WIDGET_ID, "applyStatus");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		cancel = new Button(page, SWT.PUSH);
		cancel.setText("Cancel Deploy");
		cancel.setData(DeployWizard.WIDGET_ID, "cancelDeploy");
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, event -> cancel());
		log = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		log.setData(DeployWizard.WIDGET_ID, "log");
		GridData logData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		logData.heightHint = 160;
		log.setLayoutData(logData);
		setControl(page);
	}

	private static ProgressBar bar(Composite parent, String id) {
		ProgressBar bar = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setMaximum(SCALE);
		bar.setData(DeployWizard.WIDGET_ID, id);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return bar;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !started) {
			start();
		}
	}

	/** Whether the deploy runs (the wizard must not close meanwhile). */
	boolean isRunning() {
		return started && !done;
	}

	@Override
	public IWizardPage getPreviousPage() {
		// Once hosts are being changed, going back to an old plan would mislead.
		return started ? null : super.getPreviousPage();
	}

	private void start() {
		started = true;
		List<String> targets = wizard.plan().deployableHosts();
		for (String host : targets) {
			new Label(hosts, SWT.NONE).setText(host);
			bars.put(host, bar(hosts, "progress:" + host));
		}
		getControl().getParent().layout(true, true);
		feed = new ApplyFeed(log, this::refresh);
		status.setText("Deploying to " + targets.size() + " host(s)...");
		cancel.setEnabled(true);
		wizard.startApply(targets, feed, log, this::finished, error -> {
			done = true;
			cancel.setEnabled(false);
			status.setText("The deploy could not start.");
			setErrorMessage(error);
		});
	}

	/** Cancel: no further host starts; those already running finish or roll back. */
	void cancel() {
		if (isRunning()) {
			wizard.cancelDeploy();
			cancel.setEnabled(false);
			status.setText("Cancelling: hosts already running finish or roll back...");
		}
	}

	private void refresh() {
		double sum = 0;
		for (Map.Entry<String, ProgressBar> entry : bars.entrySet()) {
			double fraction = feed.fraction(entry.getKey());
			entry.getValue().setSelection((int) Math.round(fraction * SCALE));
			sum += fraction;
		}
		overall.setSelection(bars.isEmpty() ? 0 : (int) Math.round(sum / bars.size() * SCALE));
		for (String line : feed.drainLines()) {
			log.append(line + "\n");
		}
	}

	private void finished(DeployResult result) {
		done = true;
		refresh();
		bars.values().forEach(bar -> bar.setSelection(SCALE));
		overall.setSelection(SCALE);
		cancel.setEnabled(false);
		status.setText(result.summary() + ". Next shows the summary.");
		setPageComplete(true);
	}
}
