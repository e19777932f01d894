package dev.lifeboat.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.model.resource.TopologyLoadException;
import dev.lifeboat.ui.session.TopologySession;

/**
 * The conversations around the open topology: file choosers, "save changes?" and error reports. Handlers
 * and the window's close handler call these, so every path asks the same question the same way.
 */
public class SessionDialogs {

	private static final String[] FILTER = { "*.lifeboat", "*" };

	private final TopologySession session;
	private final Shell shell;

	/** Dialogs about {@code session}, parented to {@code shell}. */
	public SessionDialogs(TopologySession session, Shell shell) {
		this.session = session;
		this.shell = shell;
	}

	/**
	 * When there are unsaved changes, asks Save / Don't Save / Cancel; returns whether the caller may go on
	 * (saved, discarded or nothing to save).
	 */
	public boolean confirmDiscard() {
		if (!session.isDirty()) {
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
				session.displayName() + " has unsaved changes. Save them?", MessageDialog.QUESTION, 0, "Save",
				"Don't Save", "Cancel");
		return switch (dialog.open()) {
		case 0 -> save();
		case 1 -> true;
		default -> false;
		};
	}

	/** Asks for a file and opens it; load errors are reported with file, line and column. */
	public void open() {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open Topology");
		dialog.setFilterExtensions(FILTER);
		String chosen = dialog.open();
		if (chosen != null) {
			open(Path.of(chosen));
		}
	}

	/** Opens {@code file}, reporting a load error in a dialog; returns whether it opened. */
	public boolean open(Path file) {
		try {
			session.open(file);
			return true;
		} catch (TopologyLoadException e) {
			MessageDialog.openError(shell, "Cannot open topology", e.getMessage());
			return false;
		}
	}

	/** Saves to the current file, or asks for one; returns whether it saved. */
	public boolean save() {
		if (session.currentFile().isEmpty()) {
			return saveAs();
		}
		try {
			session.save();
			return true;
		} catch (IOException e) {
			return reportSaveError(e);
		}
	}

	/** Asks for a file and saves there; returns whether it saved. */
	public boolean saveAs() {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Topology As");
		dialog.setFilterExtensions(FILTER);
		dialog.setOverwrite(true);
		session.currentFile().map(Path::getFileName).map(String::valueOf).ifPresent(dialog::setFileName);
		Optional<String> chosen = Optional.ofNullable(dialog.open());
		if (chosen.isEmpty()) {
			return false;
		}
		try {
			session.saveAs(Path.of(chosen.get()));
			return true;
		} catch (IOException e) {
			return reportSaveError(e);
		}
	}

	private boolean reportSaveError(IOException e) {
		MessageDialog.openError(shell, "Cannot save topology", String.valueOf(e.getMessage()));
		return false;
	}
}
