package dev.lifeboat.ui.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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

import dev.lifeboat.ui.deploy.Background;

/**
 * The page of an operation wizard (Deploy, Migrate, Failover) that starts the operation when first shown: an
 * overall progress bar (with a bar per host under it where the operation reports per host), a status line, the
 * live log, and Cancel where the operation can stop early. There is no way back once it started. Worker threads
 * report through {@link #log}, {@link #progress(String, double)} and {@link #progress(double)}; the page refreshes
 * at most once per UI turn, so that hundreds of hosts reporting upload progress do not flood the display thread.
 * Its widgets carry ids under the wizard's key, for tests: {@code status}, {@code log}, the overall bar's id, and
 * {@code progress:HOST} per host.
 */
public final class ProgressPage extends WizardPage {

	/** Progress bars count in thousandths. */
	private static final int SCALE = 1000;
	private static final String OVERALL = "overall";

	private final String widgetKey;
	private final Consumer<ProgressPage> start;
	private final Map<String, ProgressBar> bars = new LinkedHashMap<>();
	private final Map<String, Double> fractions = new ConcurrentHashMap<>();
	private final Queue<String> lines = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private String overallId;
	private boolean perHost;
	private boolean indeterminate;
	private int logHeight = SWT.DEFAULT;
	private String cancelText;
	private String cancelId;
	private String cancellingStatus;
	private Runnable cancelAction;
	private Composite rows;
	private ProgressBar overall;
	private Label status;
	private Text log;
	private Button cancel;
	private boolean started;
	private boolean done;
	private boolean succeeded;

	/**
	 * A page named {@code name} whose widgets carry their ids under {@code widgetKey}, running {@code start} (which
	 * calls {@link #begin}, then {@link #finish} or {@link #fail}) when first shown.
	 */
	public ProgressPage(String name, String title, String description, String widgetKey, Consumer<ProgressPage> start) {
		super(name, title, null);
		this.widgetKey = widgetKey;
		this.start = start;
		setDescription(description);
		setPageComplete(false);
	}

	/** The overall bar, called {@code id}, fills as the operation reports its progress. */
	public ProgressPage overallBar(String id) {
		this.overallId = id;
		return this;
	}

	/** An "Overall:" bar, and one bar per host under it (the hosts {@link #begin} names). */
	public ProgressPage perHost() {
		this.perHost = true;
		return overallBar(OVERALL);
	}

	/** A bar that only shows that the operation runs, hidden when it is over. */
	public ProgressPage indeterminate() {
		this.indeterminate = true;
		return this;
	}

	/** The log's height hint in pixels. */
	public ProgressPage logHeight(int pixels) {
		this.logHeight = pixels;
		return this;
	}

	/**
	 * A button {@code text} (called {@code id}) that runs {@code action} while the operation runs, then shows
	 * {@code statusWhileCancelling}; the wizard's Cancel does the same.
	 */
	public ProgressPage cancellable(String text, String id, String statusWhileCancelling, Runnable action) {
		this.cancelText = text;
		this.cancelId = id;
		this.cancellingStatus = statusWhileCancelling;
		this.cancelAction = action;
		return this;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(cancelText == null ? 1 : 2, false));
		int span = cancelText == null ? 1 : 2;
		// One grid for the overall bar and the host bars, so that they line up.
		rows = new Composite(page, SWT.NONE);
		GridLayout rowsLayout = new GridLayout(perHost ? 2 : 1, false);
		rowsLayout.marginWidth = 0;
		rows.setLayout(rowsLayout);
		rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, span, 1));
		if (perHost) {
			new Label(rows, SWT.NONE).setText("Overall:");
		}
		overall = new ProgressBar(rows, indeterminate ? SWT.INDETERMINATE : SWT.HORIZONTAL | SWT.SMOOTH);
		overall.setMaximum(SCALE);
		overall.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tag(overall, overallId);
		status = new Label(page, SWT.WRAP);
		tag(status, "status");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (cancelText != null) {
			cancel = new Button(page, SWT.PUSH);
			cancel.setText(cancelText);
			tag(cancel, cancelId);
			cancel.setEnabled(false);
			cancel.addListener(SWT.Selection, event -> cancel());
		}
		log = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tag(log, "log");
		GridData logData = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		logData.heightHint = logHeight;
		log.setLayoutData(logData);
		setControl(page);
	}

	private void tag(org.eclipse.swt.widgets.Widget widget, String id) {
		if (id != null) {
			widget.setData(widgetKey, id);
		}
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !started) {
			started = true;
			start.accept(this);
		}
	}

	@Override
	public IWizardPage getPreviousPage() {
		// Once hosts are being changed, going back to an old plan would mislead.
		return started ? null : super.getPreviousPage();
	}

	/** Whether the operation runs (the wizard must not close meanwhile). */
	public boolean isRunning() {
		return started && !done;
	}

	/** Whether the operation ran to its end (the page after this one may show how it ended). */
	public boolean succeeded() {
		return succeeded;
	}

	/** On the UI thread, when the operation starts: shows {@code statusText} and a bar per host of {@code hosts}. */
	public void begin(String statusText, List<String> hosts) {
		if (perHost) {
			for (String host : hosts) {
				new Label(rows, SWT.NONE).setText(host);
				ProgressBar bar = new ProgressBar(rows, SWT.HORIZONTAL | SWT.SMOOTH);
				bar.setMaximum(SCALE);
				bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				tag(bar, "progress:" + host);
				bars.put(host, bar);
			}
			getControl().getParent().layout(true, true);
		}
		status.setText(statusText);
		if (cancel != null) {
			cancel.setEnabled(true);
		}
	}

	/** On any thread: a line for the log. */
	public void log(String line) {
		lines.add(line);
		post();
	}

	/** On any thread: how far {@code host} is, 0 to 1 (it never goes back). */
	public void progress(String host, double fraction) {
		fractions.merge(host, fraction, Math::max);
		post();
	}

	/** On any thread: how far the whole operation is, 0 to 1, where it does not report per host. */
	public void progress(double fraction) {
		fractions.put(OVERALL, fraction);
		post();
	}

	/** Cancel: the operation stops what it can; the page says so. */
	public void cancel() {
		if (isRunning() && cancelAction != null) {
			cancelAction.run();
			cancel.setEnabled(false);
			status.setText(cancellingStatus);
		}
	}

	/** On the UI thread, when the operation ended: full bars, {@code statusText}, and Next. */
	public void finish(String statusText) {
		done = true;
		succeeded = true;
		refresh();
		bars.values().forEach(bar -> bar.setSelection(SCALE));
		if (indeterminate) {
			overall.setVisible(false);
		} else {
			overall.setSelection(SCALE);
		}
		if (cancel != null) {
			cancel.setEnabled(false);
		}
		status.setText(statusText);
		getControl().getParent().layout(true, true);
		setPageComplete(true);
		getContainer().updateButtons();
	}

	/** On the UI thread, when the operation could not start: {@code statusText}, and {@code error} as the page's. */
	public void fail(String statusText, String error) {
		done = true;
		if (cancel != null) {
			cancel.setEnabled(false);
		}
		status.setText(statusText);
		setErrorMessage(error);
	}

	private void post() {
		if (refreshPending.compareAndSet(false, true)) {
			Background.onUi(log, () -> {
				refreshPending.set(false);
				refresh();
			});
		}
	}

	private void refresh() {
		if (!indeterminate) {
			double sum = 0;
			for (Map.Entry<String, ProgressBar> entry : bars.entrySet()) {
				double fraction = fractions.getOrDefault(entry.getKey(), 0.0);
				entry.getValue().setSelection((int) Math.round(fraction * SCALE));
				sum += fraction;
			}
			double whole = bars.isEmpty() ? fractions.getOrDefault(OVERALL, 0.0) : sum / bars.size();
			overall.setSelection((int) Math.round(whole * SCALE));
		}
		List<String> drained = new ArrayList<>();
		for (String line = lines.poll(); line != null; line = lines.poll()) {
			drained.add(line);
		}
		drained.forEach(line -> log.append(line + "\n"));
	}
}
