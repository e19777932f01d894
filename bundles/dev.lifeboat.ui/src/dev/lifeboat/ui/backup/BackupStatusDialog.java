package dev.lifeboat.ui.backup;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lifeboat.deploy.BackupStatus;
import dev.lifeboat.deploy.BackupStatus.Compliance;
import dev.lifeboat.deploy.BackupStatus.Row;
import dev.lifeboat.deploy.SshSettings;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.deploy.Background;

/**
 * Topology > Backup Status: RPO compliance per VM, as each host's agent reports its last backups, asked over SSH
 * (with the SSH settings of the session's drills) when the dialog opens and on Refresh. Nothing on a host changes.
 */
public final class BackupStatusDialog extends Dialog {

	private static final String[] COLUMNS = { "VM", "Host", "Policy", "RPO", "Status", "Last snapshot (UTC)", "Age",
			"Size", "Took", "Why" };
	private static final int[] WIDTHS = { 90, 80, 110, 60, 90, 140, 70, 80, 60, 420 };
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
	private static final int REFRESH_ID = IDialogConstants.CLIENT_ID + 1;

	private final Topology topology;
	private final SshSettings ssh;
	private Label summary;
	private Table table;
	private List<Row> rows = List.of();
	private boolean reading;

	public BackupStatusDialog(Shell parent, Topology topology, SshSettings ssh) {
		super(parent);
		this.topology = topology;
		this.ssh = ssh;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Backup Status");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout());
		summary = new Label(area, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 260;
		tableData.widthHint = 1100;
		table.setLayoutData(tableData);
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(WIDTHS[i]);
		}
		fitColumns();
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, REFRESH_ID, "Refresh", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == REFRESH_ID) {
			refresh();
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Asks the hosts again, in the background. */
	public void refresh() {
		if (reading) {
			return;
		}
		reading = true;
		summary.setText("Asking the hosts' agents for their last backups...");
		Button refresh = getButton(REFRESH_ID);
		if (refresh != null) {
			refresh.setEnabled(false);
		}
		Background.run("Backup status", table, () -> BackupStatus.read(topology, ssh), this::show, error -> {
			reading = false;
			summary.setText("The backup status could not be read: " + error.getMessage());
			enableRefresh();
		});
	}

	private void show(List<Row> read) {
		reading = false;
		rows = read;
		table.removeAll();
		for (Row row : read) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(cells(row));
			item.setData(row);
			if (row.compliance() != Compliance.MET) {
				item.setForeground(4, table.getDisplay().getSystemColor(
						row.compliance() == Compliance.NO_BACKUP ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_RED));
			}
		}
		fitColumns();
		summary.setText(summaryText(read));
		summary.getParent().layout();
		enableRefresh();
	}

	/**
	 * Each column as wide as its header and its cells; the last (why), which can be a long sentence, keeps at least
	 * its default width.
	 */
	private void fitColumns() {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			columns[i].pack();
			if (i == columns.length - 1) {
				columns[i].setWidth(Math.max(columns[i].getWidth(), WIDTHS[i]));
			}
		}
	}

	private void enableRefresh() {
		Button refresh = getButton(REFRESH_ID);
		if (refresh != null && !refresh.isDisposed()) {
			refresh.setEnabled(true);
		}
	}

	/** The rows as last read (empty while the first read runs). */
	public List<Row> rows() {
		return rows;
	}

	/** Whether a read is running. */
	public boolean reading() {
		return reading;
	}

	/** The line above the table. */
	public String summary() {
		return summary.getText();
	}

	static String summaryText(List<Row> rows) {
		if (rows.isEmpty()) {
			return "No VM is in a backup policy.";
		}
		long met = rows.stream().filter(row -> row.compliance() == Compliance.MET).count();
		return met + " of " + rows.size() + " VMs meet their RPO"
				+ (met == rows.size() ? "." : "; the others lead the list, with the reason.");
	}

	private static String[] cells(Row row) {
		return new String[] { row.vm(), row.host(), row.policy(), minutes(row.rpo()), status(row.compliance()),
				row.snapshotTime() == null ? "" : TIME.format(row.snapshotTime()),
				row.age() == null ? "" : minutes(row.age()), row.snapshotId() == null ? "" : size(row.sizeBytes()),
				row.snapshotId() == null ? "" : String.format("%.1f s", row.durationMs() / 1000.0),
				row.problem() == null ? "" : row.problem() };
	}

	private static String status(Compliance compliance) {
		return switch (compliance) {
		case MET -> "RPO met";
		case MISSED -> "RPO MISSED";
		case NO_BACKUP -> "no backup";
		case UNKNOWN -> "unknown";
		};
	}

	private static String minutes(Duration duration) {
		long minutes = duration.toMinutes();
		return minutes >= 120 ? (minutes / 60) + " h" : minutes + " min";
	}

	private static String size(long bytes) {
		return bytes >= 1 << 20 ? String.format("%.1f MiB", bytes / (double) (1 << 20)) : String.format("%.1f KiB", bytes / 1024.0);
	}
}
