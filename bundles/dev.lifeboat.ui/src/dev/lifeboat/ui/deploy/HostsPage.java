package dev.lifeboat.ui.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.deploy.SshTarget;
import dev.lifeboat.model.Host;

/** Page 1: which hosts (all by default), which key and known_hosts, how many hosts at once. */
final class HostsPage extends WizardPage {

	private final DeployWizard wizard;
	private final List<Host> hosts;
	private Table table;
	private Text identity;
	private Text knownHosts;
	private Button userKnownHosts;
	private Spinner parallelism;
	private Text password;
	private RepositoryPasswordFields repositoryPasswords;

	HostsPage(DeployWizard wizard, List<Host> hosts) {
		super("hosts", "Hosts", null);
		this.wizard = wizard;
		this.hosts = hosts;
		setDescription("Choose the hosts to deploy to and how to reach them over SSH.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Hosts to deploy:");
		new Label(page, SWT.NONE);
		new Label(page, SWT.NONE);
		table = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData(DeployWizard.WIDGET_ID, "hosts");
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		column("Host", 180);
		column("Management address", 180);
		column("Site", 160);
		for (Host host : hosts) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { host.getName(), String.valueOf(host.getManagementAddress()), site(host) });
			item.setData(host.getName());
			item.setChecked(true);
		}
		table.addListener(SWT.Selection, event -> update());
		DeployChoices choices = wizard.choices();
		identity = pathField(page, "Identity key:", "identity", choices.ssh().identity());
		knownHosts = pathField(page, "Lifeboat known_hosts:", "knownHosts", choices.ssh().lifeboatKnownHosts());
		userKnownHosts = new Button(page, SWT.CHECK);
		userKnownHosts.setText("Also trust the keys in ~/.ssh/known_hosts");
		userKnownHosts.setData(DeployWizard.WIDGET_ID, "userKnownHosts");
		userKnownHosts.setSelection(choices.trustsUserKnownHosts());
		userKnownHosts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		userKnownHosts.addListener(SWT.Selection, event -> update());
		passwordField(page);
		List<String> policies = RepositoryPasswords.policiesOf(wizard.topology());
		if (!policies.isEmpty()) {
			repositoryPasswords = new RepositoryPasswordFields(page, DeployWizard.WIDGET_ID);
			repositoryPasswords.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			repositoryPasswords.show(choices.repositoryPasswords(), policies);
			repositoryPasswords.whenSaved(this::update);
		}
		new Label(page, SWT.NONE).setText("Hosts at once:");
		parallelism = new Spinner(page, SWT.BORDER);
		parallelism.setData(DeployWizard.WIDGET_ID, "parallelism");
		parallelism.setValues(choices.parallelism(), 1, 1024, 0, 1, 8);
		parallelism.addListener(SWT.Modify, event -> update());
		setControl(page);
		update();
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	/** A password for the checked hosts that accept no key, saved into secure storage at once and wiped here. */
	private void passwordField(Composite page) {
		new Label(page, SWT.NONE).setText("Password:");
		password = new Text(page, SWT.BORDER | SWT.PASSWORD);
		password.setData(DeployWizard.WIDGET_ID, "password");
		password.setMessage("only for hosts that accept no key");
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button save = new Button(page, SWT.PUSH);
		save.setText("Save for checked hosts");
		save.setData(DeployWizard.WIDGET_ID, "savePassword");
		Label note = new Label(page, SWT.WRAP);
		note.setData(DeployWizard.WIDGET_ID, "passwordNote");
		note.setText("Kept encrypted in Eclipse secure storage, never in the topology file.");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		save.addListener(SWT.Selection, event -> {
			List<String> saved = new ArrayList<>();
			try {
				for (Host host : hosts) {
					if (wizard.choices().hosts().contains(host.getName()) && !password.getText().isEmpty()) {
						String login = SshTarget.of(host).login();
						wizard.choices().passwords().save(login, password.getTextChars());
						saved.add(login);
					}
				}
				note.setText(saved.isEmpty() ? "Type a password and check the hosts it is for."
						: "Saved in secure storage for " + String.join(", ", saved) + ".");
			} catch (StorageException | IOException e) {
				note.setText("Not saved: secure storage refused it (" + e.getMessage() + ").");
			}
			password.setText("");
			note.getParent().layout(true, true);
			wizard.invalidatePlan();
		});
	}

	private Text pathField(Composite page, String label, String id, Path initial) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setData(DeployWizard.WIDGET_ID, id);
		text.setText(initial == null ? "" : initial.toString());
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addListener(SWT.Modify, event -> update());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(label);
			dialog.setFileName(text.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	/** Copies the fields into the wizard's choices; an earlier preflight no longer holds. */
	private void update() {
		List<String> checked = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				checked.add((String) item.getData());
			}
		}
		DeployChoices choices = wizard.choices();
		choices.hosts(checked);
		choices.parallelism(parallelism.getSelection());
		choices.trustUserKnownHosts(userKnownHosts.getSelection());
		String error = null;
		if (!identity.getText().isBlank()) {
			choices.ssh().identity(Path.of(identity.getText().strip()));
		} else {
			error = "Name the SSH private key that the hosts accept (e.g. ~/.ssh/id_ed25519).";
		}
		if (!knownHosts.getText().isBlank()) {
			choices.ssh().lifeboatKnownHosts(Path.of(knownHosts.getText().strip()));
		} else {
			error = "Name Lifeboat's known_hosts file: host keys you accept are recorded there.";
		}
		if (checked.isEmpty()) {
			error = "Check at least one host.";
		}
		wizard.invalidatePlan();
		setMessage(repositoryPasswords == null || repositoryPasswords.complete() ? null
				: "Without the backup repository passwords the hosts' backups cannot run: enter and Save them.",
				WARNING);
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private static String site(Host host) {
		return host.eContainer() instanceof dev.lifeboat.model.Site site ? site.getName() : "";
	}
}
