package dev.lifeboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import dev.lifeboat.ui.workbench.LiveValidation;

/** Topology > Validate: validates now and brings the Problems part to the front. */
public class ValidateHandler {

	/** The id of the Problems part in Application.e4xmi. */
	static final String PROBLEMS_PART = "dev.lifeboat.ui.part.problems";

	@Execute
	void execute(LiveValidation validation, EPartService parts) {
		validation.validateNow();
		parts.showPart(PROBLEMS_PART, PartState.ACTIVATE);
	}
}
