package dev.lifeboat.ui.migrate;

import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.deploy.MigrationListener;
import dev.lifeboat.deploy.MigrationResult;

/** Page 2: the migration, started when the page shows: a progress bar and each step as it finishes. */
final class ExecutePage extends WizardPage {

	private static final int SCALE = 1000;

	private final MigrateWizard wizard;
	private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
	private volatile double fraction;
	private ProgressBar bar;
	private Label status;
	private Text log;
	private boolean started;
	private boolean done;

	ExecutePage(MigrateWizard wizard) {
		super("execute", "Migrate", null);
		this.wizard = wizard;
		setDescription("Pre-copy, prepare, cut over, clean up, verify. The cutover is the only moment the VM is away.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setMaximum(SCALE);
		bar.setData(MigrateWizard.WIDGET_ID, "progress");
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status = new Label(page, SWT.WRAP);
		status.setData(MigrateWizard.WIDGET_ID, "status");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		log = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		log.setData(MigrateWizard.WIDGET_ID, "log");
		log.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !started) {
			start();
		}
	}

	boolean isRunning() {
		return started && !done;
	}

	@Override
	public IWizardPage getPreviousPage() {
		return started ? null : super.getPreviousPage();
	}

	private void start() {
		started = true;
		status.setText("Migrating " + wizard.vm().getName() + " to " + wizard.plan().target().getName() + "...");
		wizard.start(new MigrationListener() {
			@Override
			public void step(String step, String host, boolean finished, String message) {
				if (finished) {
					lines.add(host + ": " + step + ": " + message);
					MigrateWizard.onUi(log, ExecutePage.this::refresh);
				}
			}

			@Override
			public void progress(double value) {
				fraction = value;
				MigrateWizard.onUi(log, ExecutePage.this::refresh);
			}
		}, log, this::finished, error -> {
			done = true;
			status.setText("The migration could not start.");
			setErrorMessage(error);
		});
	}

	private void refresh() {
		bar.setSelection((int) Math.round(fraction * SCALE));
		for (String line = lines.poll(); line != null; line = lines.poll()) {
			log.append(line + "\n");
		}
	}

	private void finished(MigrationResult result) {
		done = true;
		fraction = 1;
		refresh();
		status.setText(result.outcome() + ": " + result.summary() + " Next shows the verification and the record.");
		getControl().getParent().layout(true, true);
		setPageComplete(true);
	}
}
