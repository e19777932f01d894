package dev.lifeboat.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.diagram.DiagramPart;

/** File > Export...: writes the diagram's current view as PNG or SVG, by the chosen file's extension. */
public class ExportHandler {

	/** The diagram part's id in Application.e4xmi. */
	public static final String DIAGRAM_PART = "dev.lifeboat.ui.part.diagram";

	@Execute
	void execute(EPartService parts, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		MPart part = parts.showPart(DIAGRAM_PART, EPartService.PartState.VISIBLE);
		if (part == null || !(part.getObject() instanceof DiagramPart diagram)) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export Diagram");
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image", "SVG drawing" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			diagram.export(Path.of(chosen));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Export failed", "Could not write " + chosen + ": " + e.getMessage());
		}
	}
}
