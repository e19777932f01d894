package dev.lifeboat.ui.deploy;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;

import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.HostResult;

/**
 * Collects a deploy's events from the worker threads and refreshes the page at most once per UI turn: with
 * hundreds of hosts reporting upload progress, one asyncExec per event would flood the display thread.
 */
final class ApplyFeed implements DeployListener {

	private final Control owner;
	private final Runnable refresh;
	private final Map<String, Double> fractions = new ConcurrentHashMap<>();
	private final Queue<String> lines = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean refreshPending = new AtomicBoolean();

	/** A feed that runs {@code refresh} on {@code owner}'s display thread after events. */
	ApplyFeed(Control owner, Runnable refresh) {
		this.owner = owner;
		this.refresh = refresh;
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
		fractions.merge(host, fraction, Math::max);
		post();
	}

	@Override
	public void hostFinished(HostResult result) {
		log(result.hostName() + ": " + result.outcome() + " (" + result.reason() + ")");
	}

	/** How far {@code host} is, 0 to 1. */
	double fraction(String host) {
		return fractions.getOrDefault(host, 0.0);
	}

	/** The log lines since the last call. */
	List<String> drainLines() {
		List<String> drained = new ArrayList<>();
		for (String line = lines.poll(); line != null; line = lines.poll()) {
			drained.add(line);
		}
		return drained;
	}

	private void log(String line) {
		lines.add(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + line);
		post();
	}

	private void post() {
		if (refreshPending.compareAndSet(false, true)) {
			Background.onUi(owner, () -> {
				refreshPending.set(false);
				refresh.run();
			});
		}
	}
}
