package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Drives an open JFace wizard through its real buttons: find its shell, press Next or Finish, wait for a page. */
final class WizardDriver {

	private WizardDriver() {
	}

	/** What a test does with an open wizard, on the UI thread. */
	interface Scenario {
		void drive(Shell shell) throws Exception;
	}

	/**
	 * Runs the command {@code commandId}, which opens the wizard called {@code wizard} as a modal dialog, and
	 * drives it with {@code scenario} from inside the dialog's event loop; rethrows what the scenario threw (after
	 * closing the dialog, so that the command returns).
	 */
	static void run(ConsoleDriver console, String commandId, String wizard, Scenario scenario) throws Throwable {
		Throwable[] failure = new Throwable[1];
		console.display.asyncExec(() -> {
			try {
				console.waitUntil("the " + wizard + " wizard", () -> wizardShell(console).isPresent());
				scenario.drive(wizardShell(console).orElseThrow());
			} catch (Throwable t) {
				failure[0] = t;
				wizardShell(console).ifPresent(Shell::dispose);
			}
		});
		console.command(commandId);
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	/** The shell of the open wizard dialog, if there is one. */
	static Optional<Shell> wizardShell(ConsoleDriver console) {
		return Arrays.stream(console.display.getShells())
				.filter(shell -> !shell.isDisposed() && shell.getData() instanceof WizardDialog).findFirst();
	}

	/** Presses Next and waits for the page {@code expected}. */
	static void next(ConsoleDriver console, Shell shell, String expected) {
		WizardDialog dialog = (WizardDialog) shell.getData();
		assertTrue(nextButton(shell).isEnabled(), () -> "Next is enabled on " + dialog.getCurrentPage().getName() + ": "
				+ dialog.getCurrentPage().getErrorMessage());
		press(console, shell, IDialogConstants.NEXT_ID);
		console.waitUntil("the " + expected + " page", () -> expected.equals(dialog.getCurrentPage().getName()));
	}

	static void press(ConsoleDriver console, Shell shell, int buttonId) {
		ConsoleDriver.find(shell, Button.class, button -> Integer.valueOf(buttonId).equals(button.getData()))
				.notifyListeners(SWT.Selection, new Event());
		console.pump();
	}

	/** The live widget of {@code type} whose data under {@code key} is {@code id}; fails naming it when there is none. */
	static <T extends Control> T widget(Shell shell, String key, Class<T> type, String id) {
		T found = find(shell, key, type, id);
		if (found == null) {
			throw new AssertionError("no " + type.getSimpleName() + " '" + id + "' in the wizard " + shell.getText());
		}
		return found;
	}

	/** The live widget of {@code type} whose data under {@code key} is {@code id}, or {@code null}. */
	static <T extends Control> T find(Shell shell, String key, Class<T> type, String id) {
		List<T> all = ConsoleDriver.findAll(shell, type, control -> !control.isDisposed() && id.equals(control.getData(key)));
		return all.isEmpty() ? null : all.get(0);
	}

	static Button nextButton(Shell shell) {
		return ConsoleDriver.find(shell, Button.class,
				button -> Integer.valueOf(IDialogConstants.NEXT_ID).equals(button.getData()));
	}
}
