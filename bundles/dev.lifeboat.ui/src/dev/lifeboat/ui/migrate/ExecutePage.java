package dev.lifeboat.ui.migrate;

import java.util.List;

import dev.lifeboat.deploy.MigrationListener;
import dev.lifeboat.ui.wizards.ProgressPage;

/** Page 2: the migration, started when the page shows: a progress bar and each step as it finishes. */
final class ExecutePage {

	private ExecutePage() {
	}

	/** The page for {@code wizard}'s migration. */
	static ProgressPage create(MigrateWizard wizard) {
		return new ProgressPage("execute", "Migrate",
				"Pre-copy, prepare, cut over, clean up, verify. The cutover is the only moment the VM is away.",
				MigrateWizard.WIDGET_ID, page -> start(wizard, page)).overallBar("progress");
	}

	private static void start(MigrateWizard wizard, ProgressPage page) {
		page.begin("Migrating " + wizard.vm().getName() + " to " + wizard.plan().target().getName() + "...", List.of());
		wizard.start(new MigrationListener() {
			@Override
			public void step(String step, String host, boolean finished, String message) {
				if (finished) {
					page.log(host + ": " + step + ": " + message);
				}
			}

			@Override
			public void progress(double value) {
				page.progress(value);
			}
		}, page.getControl(), result -> page.finish(result.outcome() + ": " + result.summary()
				+ " Next shows the verification and the record."),
				error -> page.fail("The migration could not start.", error));
	}
}
