package dev.lifeboat.ui.ha;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.model.Host;

/** Page 1: which host, planned (evacuate for maintenance) or unplanned (it is dead), and the SSH key. */
final class FailoverHostPage extends WizardPage {

	private final FailoverWizard wizard;
	private final String initialHost;
	private Combo host;
	private Button planned;

	FailoverHostPage(FailoverWizard wizard, String initialHost) {
		super("host", "Host", null);
		this.wizard = wizard;
		this.initialHost = initialHost;
		setDescription("Evacuate a host for maintenance, or recover the VMs of a host that died.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		planned = radio(page, "planned", "Planned: evacuate a running host for maintenance (its VMs move, then it"
				+ " can be shut down)");
		planned.setSelection(true);
		radio(page, "unplanned", "Unplanned: the host is dead; fence it, then recover its VMs on the others");
		new Label(page, SWT.NONE).setText("Host:");
		host = new Combo(page, SWT.READ_ONLY);
		host.setData(SimulationView.WIDGET_ID, "host");
		List<String> names = wizard.topology().getSites().stream().flatMap(site -> site.getHosts().stream())
				.map(Host::getName).toList();
		host.setItems(names.toArray(String[]::new));
		host.select(Math.max(0, names.indexOf(initialHost)));
		new Label(page, SWT.NONE).setText("SSH key:");
		Text identity = text(page, "identity", String.valueOf(wizard.choices().ssh().identity()));
		identity.addListener(SWT.Modify, event -> wizard.choices().ssh().identity(Path.of(identity.getText().trim())));
		new Label(page, SWT.NONE).setText("Lifeboat known_hosts:");
		Text knownHosts = text(page, "knownHosts", String.valueOf(wizard.choices().ssh().lifeboatKnownHosts()));
		knownHosts.addListener(SWT.Modify,
				event -> wizard.choices().ssh().lifeboatKnownHosts(Path.of(knownHosts.getText().trim())));
		Button userKnownHosts = new Button(page, SWT.CHECK);
		userKnownHosts.setData(SimulationView.WIDGET_ID, "userKnownHosts");
		userKnownHosts.setText("Also trust ~/.ssh/known_hosts");
		userKnownHosts.setSelection(wizard.choices().trustsUserKnownHosts());
		userKnownHosts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		userKnownHosts.addListener(SWT.Selection,
				event -> wizard.choices().trustUserKnownHosts(userKnownHosts.getSelection()));
		Label keys = new Label(page, SWT.WRAP);
		keys.setText("Host keys are verified: a host whose key is not in these files is treated as not answering. Deploy"
				+ " once with the Deploy wizard to accept the keys.");
		keys.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		setControl(page);
	}

	@Override
	public org.eclipse.jface.wizard.IWizardPage getNextPage() {
		wizard.choose(host.getText(), planned.getSelection());
		return super.getNextPage();
	}

	private static Button radio(Composite page, String id, String text) {
		Button radio = new Button(page, SWT.RADIO);
		radio.setData(SimulationView.WIDGET_ID, id);
		radio.setText(text);
		radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return radio;
	}

	private static Text text(Composite page, String id, String value) {
		Text text = new Text(page, SWT.BORDER);
		text.setData(SimulationView.WIDGET_ID, id);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}
}
