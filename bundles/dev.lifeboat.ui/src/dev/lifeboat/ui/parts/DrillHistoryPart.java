package dev.lifeboat.ui.parts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillHistory.Break;
import dev.lifeboat.core.drill.DrillHistory.Entry;
import dev.lifeboat.core.drill.DrillReport;
import dev.lifeboat.core.drill.ReliabilityScore;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.deploy.Background;
import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.views.ReportView;

/**
 * The Drill History part: the open topology's drill records, newest first, with the hash chain's verdict; a
 * selected record's report shown in the console (an HTML browser where SWT has one, else the report's pages as
 * rendered by the PDF renderer) and exported as HTML or PDF.
 */
public class DrillHistoryPart {

	/** The id of this part in Application.e4xmi. */
	public static final String ID = "dev.lifeboat.ui.part.drillHistory";
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
	private static final String[] COLUMNS = { "Date (UTC)", "Plan", "Outcome", "RPO actual / target",
			"RTO actual / target", "Score", "Chain" };
	private static final int[] WIDTHS = { 115, 105, 85, 115, 140, 60, 190 };

	@Inject
	private TopologySession session;

	private Label summary;
	private Table table;
	private Button open;
	private Button exportHtml;
	private Button exportPdf;
	private ReportView report;
	private List<Entry> entries = List.of();
	private Entry shown;
	/** The folder {@link #shown}'s topology was in. */
	private Path shownFrom;
	private int refreshes;
	private int refreshed;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new GridLayout(4, false));
		summary = new Label(bar, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		open = button(bar, "Open Report", () -> openReport(selected()));
		exportHtml = button(bar, "Export HTML...", () -> exportDialog(selected(), "html"));
		exportPdf = button(bar, "Export PDF...", () -> exportDialog(selected(), "pdf"));

		// the list beside the report: the part usually sits in a short bottom stack
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(WIDTHS[i]);
		}
		table.addListener(SWT.Selection, event -> updateButtons());
		table.addListener(SWT.DefaultSelection, event -> openReport(selected()));
		report = new ReportView(sash);
		sash.setWeights(55, 45);
		refresh();
	}

	private static Button button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	@Inject
	@Optional
	void opened(@UIEventTopic(SessionTopics.OPENED) Object topology) {
		refreshIfCreated();
	}

	@Inject
	@Optional
	void saved(@UIEventTopic(SessionTopics.SAVED) Object file) {
		refreshIfCreated();
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(SessionTopics.CHANGED) Object affected) {
		refreshIfCreated();
	}

	private void refreshIfCreated() {
		if (table != null && !table.isDisposed()) {
			refresh();
		}
	}

	/**
	 * Reads the records and verifies the chain again, in the background (every report file is hashed); the list
	 * is rendered on the UI thread when done. An answer overtaken by a later refresh is dropped.
	 */
	public void refresh() {
		Topology topology = session.topology();
		Path base = baseDirectory();
		int generation = ++refreshes;
		summary.setText("Verifying the hash chain of " + session.displayName() + "'s drill records...");
		summary.getParent().layout();
		Background.run("Drill history", table, () -> new Verified(DrillHistory.entries(topology, base),
				DrillHistory.verify(topology, base)), verified -> {
					if (generation == refreshes) {
						refreshed = generation;
						show(verified);
					}
				}, error -> {
					if (generation == refreshes) {
						refreshed = generation;
						summary.setText("The drill history could not be verified: " + error.getMessage());
					}
				});
	}

	/** Whether a refresh is still verifying in the background. */
	public boolean refreshing() {
		return refreshed != refreshes;
	}

	/** The records, newest first, and the chain's first break, as one background read found them. */
	private record Verified(List<Entry> entries, java.util.Optional<Break> broken) {
	}

	private void show(Verified verified) {
		entries = verified.entries();
		table.removeAll();
		for (Entry entry : entries) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(row(entry));
			item.setData(entry);
			if (!entry.verified()) {
				item.setForeground(6, table.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		keepShownReportOnlyIfListed();
		summary.setText(summaryText(verified.broken()));
		summary.setToolTipText(verified.broken().map(Break::message).orElse(null));
		summary.getParent().layout();
		updateButtons();
	}

	/**
	 * A report stays on view only while its record is listed (the same report file): after another topology is
	 * opened, or the record is gone, it would show a drill the list does not have.
	 */
	private void keepShownReportOnlyIfListed() {
		if (shown == null) {
			return;
		}
		Path shownFile = DrillHistory.reportFile(shown.record(), shownFrom);
		shown = entries.stream().filter(entry -> DrillHistory.reportFile(entry.record(), baseDirectory()).equals(shownFile))
				.findFirst().orElse(null);
		if (shown == null) {
			report.clear();
		}
	}

	private String summaryText(java.util.Optional<Break> broken) {
		if (entries.isEmpty()) {
			return "No drill recorded in " + session.displayName() + " yet.";
		}
		return broken.map(found -> "Drill history BROKEN: " + found.headline() + " (details in the tooltip)")
				.orElse(entries.size() + " drills recorded; hash chain verified, every report file intact.");
	}

	private static String[] row(Entry entry) {
		DrillRecord record = entry.record();
		return new String[] { DATE.format(Instant.parse(record.getStartedAt())),
				record.getPlan() == null ? "?" : record.getPlan().getName(), record.getOutcome().getLiteral(),
				versus(record.getActualRpoSeconds(), entry.rpoTarget()),
				versus(record.getActualRtoSeconds(), entry.rtoTarget()), ReliabilityScore.percent(record.getScore()),
				entry.chainStatus() };
	}

	private static String versus(long actualSeconds, Duration target) {
		String actual = actualSeconds < 0 ? "not measured" : DrillReport.human(Duration.ofSeconds(actualSeconds));
		if (target == null) {
			return actual + " / no target";
		}
		boolean met = actualSeconds >= 0 && actualSeconds <= target.toSeconds();
		return actual + " / " + DrillReport.human(target) + (met ? "" : " (missed)");
	}

	/** The records as listed, newest first. */
	public List<Entry> entries() {
		return entries;
	}

	/** The summary line above the list: the chain's verdict. */
	public String summary() {
		return summary.getText();
	}

	/** The record whose report is shown, if any. */
	public java.util.Optional<Entry> shown() {
		return java.util.Optional.ofNullable(shown);
	}

	/** Whether the report is shown by an HTML browser (else as page images). */
	public boolean showsInBrowser() {
		return report.inBrowser();
	}

	/** Shows the report of {@code entry} below the list. */
	public void openReport(Entry entry) {
		if (entry == null) {
			return;
		}
		Path file = DrillHistory.reportFile(entry.record(), baseDirectory());
		String html;
		try {
			html = Files.readString(file);
		} catch (IOException e) {
			MessageDialog.openError(table.getShell(), "Drill report",
					"The report of this drill cannot be read: " + file + " (" + e.getMessage() + ")");
			return;
		}
		shown = entry;
		shownFrom = baseDirectory();
		report.show(html);
	}

	/**
	 * Writes the report of {@code entry} to {@code target}: the kept HTML file as it is, or the same as PDF.
	 *
	 * @param format "html" or "pdf"
	 */
	public void export(Entry entry, Path target, String format) throws IOException {
		Path report = DrillHistory.reportFile(entry.record(), baseDirectory());
		if ("pdf".equals(format)) {
			String html = Files.readString(report);
			try (OutputStream out = Files.newOutputStream(target)) {
				DrillReport.writePdf(html, out);
			}
		} else {
			Files.copy(report, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void exportDialog(Entry entry, String format) {
		if (entry == null) {
			return;
		}
		FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(DrillHistory.reportFile(entry.record(), baseDirectory()).getFileName().toString()
				.replaceFirst("\\.html$", "." + format));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export(entry, Path.of(chosen), format);
		} catch (IOException e) {
			MessageDialog.openError(table.getShell(), "Export drill report",
					"The report could not be exported to " + chosen + ": " + e.getMessage());
		}
	}

	private Entry selected() {
		TableItem[] selection = table.getSelection();
		return selection.length == 0 ? null : (Entry) selection[0].getData();
	}

	/** Selects the row of {@code entry}, as a click would. */
	public void select(Entry entry) {
		table.setSelection(entries.indexOf(entry));
		updateButtons();
	}

	private void updateButtons() {
		boolean any = selected() != null;
		open.setEnabled(any);
		exportHtml.setEnabled(any);
		exportPdf.setEnabled(any);
	}

	private Path baseDirectory() {
		return session.currentFile().map(file -> file.toAbsolutePath().getParent()).orElse(Path.of("."));
	}

	@Focus
	void focus() {
		table.setFocus();
	}

}
