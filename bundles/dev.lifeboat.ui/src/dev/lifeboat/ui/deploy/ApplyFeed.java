package dev.lifeboat.ui.deploy;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.HostResult;
import dev.lifeboat.ui.wizards.ProgressPage;

/** A deploy's events from the worker threads, as timed log lines and per-host progress on the Apply page. */
final class ApplyFeed implements DeployListener {

	private final ProgressPage page;

	ApplyFeed(ProgressPage page) {
		this.page = page;
	}

	@Override
	public void hostStarted(String host) {
		log(host + ": started");
	}

	@Override
	public void step(String host, String message) {
		log(host + ": " + message);
	}

	@Override
	public void progress(String host, double fraction) {
		page.progress(host, fraction);
	}

	@Override
	public void hostFinished(HostResult result) {
		log(result.hostName() + ": " + result.outcome() + " (" + result.reason() + ")");
	}

	private void log(String line) {
		page.log(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + line);
	}
}
