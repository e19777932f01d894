package dev.lifeboat.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

public class TopologyEditorPart {

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.NONE).setText("TopologyEditorPart");
	}
}
