package dev.lifeboat.ui.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Asks once for the repository passwords the console does not have yet: one hidden field per backup policy and a
 * Save button that keeps them in secure storage (whose master password is chosen on the first save). Policies
 * with a saved password are only named. Used by the Deploy and DR Drill wizards.
 */
public final class RepositoryPasswordFields {

	private final Group group;
	private final String idKey;
	private RepositoryPasswords passwords;
	private List<String> policies = List.of();
	private Runnable whenSaved = () -> {
	};

	/** @param idKey the key under which the fields carry ids for tests (the wizard's {@code WIDGET_ID}) */
	public RepositoryPasswordFields(Composite parent, String idKey) {
		this.idKey = idKey;
		group = new Group(parent, SWT.NONE);
		group.setText("Backup repository passwords");
		group.setLayout(new GridLayout(3, false));
	}

	public Control control() {
		return group;
	}

	/** Called after passwords were saved. */
	public void whenSaved(Runnable action) {
		this.whenSaved = action;
	}

	/** Shows {@code wanted}'s policies: a field for each one without a saved password. */
	public void show(RepositoryPasswords saved, List<String> wanted) {
		this.passwords = saved;
		this.policies = List.copyOf(wanted);
		for (Control child : group.getChildren()) {
			child.dispose();
		}
		List<String> missing = saved.missing(policies);
		Map<String, Text> fields = new LinkedHashMap<>();
		for (String policy : missing) {
			new Label(group, SWT.NONE).setText(policy + ":");
			Text field = new Text(group, SWT.BORDER | SWT.PASSWORD);
			field.setData(idKey, "repositoryPassword:" + policy);
			field.setMessage("restic repository password");
			field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			fields.put(policy, field);
		}
		Label note = new Label(group, SWT.WRAP);
		note.setData(idKey, "repositoryPasswordNote");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, missing.isEmpty() ? 3 : 2, 1));
		List<String> known = policies.stream().filter(policy -> !missing.contains(policy)).toList();
		note.setText(policies.isEmpty() ? "No backup policy is involved."
				: (known.isEmpty() ? "" : "Saved in secure storage: " + String.join(", ", known) + ". ")
						+ (missing.isEmpty() ? "" : "Kept encrypted in secure storage, never in the topology file."));
		if (!missing.isEmpty()) {
			Button save = new Button(group, SWT.PUSH);
			save.setText("Save");
			save.setData(idKey, "saveRepositoryPasswords");
			save.addListener(SWT.Selection, event -> save(fields, note));
		}
		group.getParent().layout(true, true);
	}

	/** Whether every policy shown has a saved password. */
	public boolean complete() {
		return passwords != null && passwords.missing(policies).isEmpty();
	}

	private void save(Map<String, Text> fields, Label note) {
		List<String> saved = new ArrayList<>();
		try {
			for (Map.Entry<String, Text> field : fields.entrySet()) {
				if (!field.getValue().getText().isEmpty()) {
					passwords.save(field.getKey(), field.getValue().getTextChars());
					saved.add(field.getKey());
				}
				field.getValue().setText("");
			}
		} catch (StorageException | IOException e) {
			note.setText("Not saved: secure storage refused it (" + e.getMessage() + ").");
			group.getParent().layout(true, true);
			return;
		}
		if (saved.isEmpty()) {
			note.setText("Type the password of each policy's repositories, then Save.");
			group.getParent().layout(true, true);
			return;
		}
		show(passwords, policies);
		whenSaved.run();
	}
}
