package dev.lifeboat.ui.deploy;

import java.util.List;

import dev.lifeboat.ui.wizards.ProgressPage;

/**
 * Page 4: the deploy itself, started when the page is shown: a progress bar per host and an overall one, the
 * live log, and Cancel (no further host starts; running ones finish or roll back). There is no way back.
 */
final class ApplyPage {

	private ApplyPage() {
	}

	/** The page for {@code wizard}'s deploy of the hosts its plan can deploy. */
	static ProgressPage create(DeployWizard wizard) {
		return new ProgressPage("apply", "Apply", "Deploying. Hosts run in parallel; a host that fails is rolled back on its own.",
				DeployWizard.WIDGET_ID, page -> start(wizard, page)).perHost().logHeight(160).cancellable("Cancel Deploy",
						"cancelDeploy", "Cancelling: hosts already running finish or roll back...", wizard::cancelDeploy);
	}

	private static void start(DeployWizard wizard, ProgressPage page) {
		List<String> targets = wizard.plan().deployableHosts();
		page.begin("Deploying to " + targets.size() + " host(s)...", targets);
		wizard.startApply(targets, new ApplyFeed(page), page.getControl(),
				result -> page.finish(result.summary() + ". Next shows the summary."),
				error -> page.fail("The deploy could not start.", error));
	}
}
