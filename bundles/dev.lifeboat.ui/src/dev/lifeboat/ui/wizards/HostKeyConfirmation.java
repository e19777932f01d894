package dev.lifeboat.ui.wizards;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.deploy.KnownHosts;

/**
 * The rows where an administrator accepts host keys nobody trusts yet, one per host: the SHA256 fingerprint the
 * host presented and a check box "{@value #VERIFIED}". Ticking it accepts exactly that fingerprint for that host
 * (never any other key, never every host); the page then checks the host again. A changed key gets no row: it is
 * refused with its error. The Deploy and DR Drill wizards' preflights use it.
 */
public final class HostKeyConfirmation {

	/** The label of the check box that accepts a host key. */
	public static final String VERIFIED = "I verified this fingerprint";

	/** A host whose key is unknown: its name, its address, the fingerprint it presented ({@code SHA256:...}). */
	public record UnknownKey(String host, String address, String fingerprint) {
	}

	private final Composite rows;
	private final String widgetKey;

	/** Rows below {@code parent}'s other widgets; each check box carries {@code verify:HOST} under {@code widgetKey}. */
	public HostKeyConfirmation(Composite parent, String widgetKey) {
		this.widgetKey = widgetKey;
		rows = new Composite(parent, SWT.NONE);
		rows.setLayout(new GridLayout(2, false));
		rows.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	public Control control() {
		return rows;
	}

	/**
	 * Shows one row per unknown key (none: the rows are removed); {@code accept} gets the host and the fingerprint
	 * when its box is ticked, while the rows are enabled.
	 */
	public void show(List<UnknownKey> keys, BiConsumer<String, String> accept) {
		for (Control row : rows.getChildren()) {
			row.dispose();
		}
		for (UnknownKey key : keys) {
			Button verified = new Button(rows, SWT.CHECK);
			verified.setText(VERIFIED);
			verified.setData(widgetKey, "verify:" + key.host());
			// The box first: the fingerprint is long and must not push it out of a narrow dialog.
			Label fingerprint = new Label(rows, SWT.NONE);
			fingerprint.setData(widgetKey, "fingerprint:" + key.host());
			fingerprint.setText(key.host() + (key.address() == null ? "" : " (" + key.address() + ")")
					+ " presents the unknown key " + key.fingerprint());
			verified.addListener(SWT.Selection, event -> {
				if (verified.getSelection() && rows.isEnabled()) {
					accept.accept(key.host(), key.fingerprint());
				}
			});
		}
		rows.setEnabled(true);
		rows.getParent().layout(true, true);
	}

	/** Disabled while a check runs: a box ticked then would race it. */
	public void setEnabled(boolean enabled) {
		rows.setEnabled(enabled);
	}

	/**
	 * A problem about {@code host}'s unknown key as a wizard says it: the key is confirmed below, not with the
	 * command-line option the message names ({@link KnownHosts#howToAccept}).
	 */
	public static String rephrase(String problem, String host, String fingerprint) {
		return problem.replace(KnownHosts.howToAccept(host, fingerprint),
				"confirm it below: tick '" + VERIFIED + "' next to that fingerprint, or pin it in the topology");
	}
}
