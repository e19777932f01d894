package dev.lifeboat.ui.deploy;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * The master password of Eclipse secure storage (contributed in plugin.xml): there is no system keyring to ask on a
 * bare Linux console, so the user chooses one the first time a password is saved and types it once per session.
 * Asked on the UI thread; the storage may ask from a deploy's worker thread.
 */
public final class MasterPasswordPrompt extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Display display = Display.getDefault();
		boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
		PBEKeySpec[] answer = new PBEKeySpec[1];
		display.syncExec(() -> {
			String first = ask(display, create ? "Choose the master password that protects saved host passwords:"
					: "Master password of Lifeboat's secure storage:");
			if (first != null && (!create || first.equals(ask(display, "Type the new master password again:")))) {
				answer[0] = new PBEKeySpec(first.toCharArray());
			}
		});
		return answer[0];
	}

	private static String ask(Display display, String message) {
		InputDialog dialog = new InputDialog(display.getActiveShell(), "Secure storage", message, "", null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}
}
