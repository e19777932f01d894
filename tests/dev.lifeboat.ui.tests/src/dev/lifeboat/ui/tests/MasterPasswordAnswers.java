package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Types a master password into the console's "Secure storage" dialog each time it opens (the storage asks in a
 * modal loop of its own, so a poll on the UI thread answers it), until stopped; counts how often it was asked and
 * saves a screenshot of each, checking that the field never echoes what is typed.
 */
final class MasterPasswordAnswers {

	private final ConsoleDriver console;
	private final String master;
	private final String screenshotPrefix;
	private int prompts;
	private boolean answering;

	MasterPasswordAnswers(ConsoleDriver console, String master, String screenshotPrefix) {
		this.console = console;
		this.master = master;
		this.screenshotPrefix = screenshotPrefix;
	}

	/** Starts answering (again). */
	void start() {
		if (answering) {
			return;
		}
		answering = true;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell candidate : console.display.getShells()) {
				if (!candidate.isDisposed() && candidate.isVisible() && candidate.getText().equals("Secure storage")
						&& candidate.getData("answered") == null) {
					candidate.setData("answered", true);
					prompts++;
					Text field = ConsoleDriver.find(candidate, Text.class, text -> true);
					assertTrue((field.getStyle() & SWT.PASSWORD) != 0, "the master password is never echoed");
					field.setText(master);
					console.screenshot(candidate, screenshotPrefix + prompts);
					ConsoleDriver.find(candidate, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
							.notifyListeners(SWT.Selection, new Event());
				}
			}
			if (answering) {
				console.display.timerExec(100, poll[0]);
			}
		};
		console.display.timerExec(100, poll[0]);
	}

	/** Stops answering (at the next poll). */
	void stop() {
		answering = false;
	}

	/** How many times the dialog was answered. */
	int prompts() {
		return prompts;
	}
}
