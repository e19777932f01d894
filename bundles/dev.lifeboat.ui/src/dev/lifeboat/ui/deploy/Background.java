package dev.lifeboat.ui.deploy;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/** Runs SSH work in a {@link Job}, never on the UI thread, and hands its outcome back to the UI thread. */
public final class Background {

	private Background() {
	}

	/**
	 * Runs {@code work} in a job named {@code name}; then {@code done} or {@code failed} runs on {@code owner}'s
	 * display thread, unless {@code owner} was disposed meanwhile (the wizard was closed).
	 */
	public static <T> void run(String name, Control owner, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
		Job job = Job.create(name, monitor -> {
			try {
				T value = work.call();
				onUi(owner, () -> done.accept(value));
			} catch (Exception e) {
				onUi(owner, () -> failed.accept(e));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Runs {@code action} on {@code owner}'s display thread if it is still there. */
	public static void onUi(Control owner, Runnable action) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) {
				action.run();
			}
		});
	}
}
