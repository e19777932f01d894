package dev.lifeboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import dev.lifeboat.ui.parts.DrillHistoryPart;

/** Topology > Drill History: brings the Drill History part to the front. */
public class DrillHistoryHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(DrillHistoryPart.ID, PartState.ACTIVATE);
	}
}
