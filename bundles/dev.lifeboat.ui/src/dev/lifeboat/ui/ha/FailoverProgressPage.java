package dev.lifeboat.ui.ha;

import java.util.List;

import dev.lifeboat.ui.wizards.ProgressPage;

/** Page 4: runs the failover when shown, with a log of what each host does. */
final class FailoverProgressPage {

	private FailoverProgressPage() {
	}

	/** The page for {@code wizard}'s failover. */
	static ProgressPage create(FailoverWizard wizard) {
		return new ProgressPage("progress", "Progress", "The failover runs. Wait for it to finish before closing.",
				SimulationView.WIDGET_ID, page -> start(wizard, page)).indeterminate();
	}

	private static void start(FailoverWizard wizard, ProgressPage page) {
		page.begin("Failing over " + wizard.host() + "...", List.of());
		wizard.execute(page.getControl(), page::log, () -> page.finish("Finished: " + wizard.record().getSummary()));
	}
}
