package dev.lifeboat.ui.deploy;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the passphrase of an encrypted key when the engine needs it. The engine asks from a worker thread;
 * the dialog runs on the UI thread, which waits in the wizard's event loop meanwhile. The answer is held by
 * nobody here: the engine wipes the array after use.
 */
public final class PassphrasePrompt implements Supplier<char[]> {

	private final Shell shell;
	private final Supplier<Path> identity;

	public PassphrasePrompt(Shell shell, Supplier<Path> identity) {
		this.shell = shell;
		this.identity = identity;
	}

	@Override
	public char[] get() {
		char[][] answer = new char[1][];
		if (!shell.isDisposed()) {
			shell.getDisplay().syncExec(() -> answer[0] = ask());
		}
		return answer[0];
	}

	private char[] ask() {
		InputDialog dialog = new InputDialog(shell, "SSH key passphrase", "Passphrase for " + identity.get() + ":", "", null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue().toCharArray() : null;
	}
}
