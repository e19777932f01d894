package dev.lifeboat.ui.ha;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.ha.FailoverSimulation;
import dev.lifeboat.core.ha.FailureScenario;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Topology;

/**
 * Topology > Failover Simulation, and "What if this host fails?" on a host: choose a scenario, see what the
 * agents would do. Recomputed on every choice; nothing is deployed or changed.
 */
public final class FailoverSimulationDialog extends Dialog {

	/** The scenario kinds, in the order of the scenario combo. */
	static final List<String> KINDS = List.of("Host fails", "NIC is cut", "Network splits");

	private final Topology topology;
	private final String initialHost;
	private Combo kind;
	private Combo host;
	private Combo nic;
	private Text partition;
	private SimulationView view;

	/**
	 * @param initialHost the host to fail first, or null for the first host
	 */
	public FailoverSimulationDialog(Shell parent, Topology topology, String initialHost) {
		super(parent);
		this.topology = topology;
		this.initialHost = initialHost;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Failover Simulation: " + topology.getName());
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1100, 760);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite choice = new Composite(area, SWT.NONE);
		choice.setLayout(new GridLayout(7, false));
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(choice, SWT.NONE).setText("What if:");
		kind = combo(choice, "kind", KINDS);
		new Label(choice, SWT.NONE).setText("Host:");
		List<String> hostNames = hosts().stream().map(Host::getName).toList();
		host = combo(choice, "host", hostNames);
		if (initialHost != null && hostNames.contains(initialHost)) {
			host.select(hostNames.indexOf(initialHost));
		}
		new Label(choice, SWT.NONE).setText("NIC:");
		nic = combo(choice, "nic", List.of());
		partition = new Text(choice, SWT.BORDER);
		partition.setData(SimulationView.WIDGET_ID, "partition");
		partition.setMessage("sides, e.g. esx-n1|esx-n2,esx-s1");
		partition.setText(defaultPartition(hostNames));
		partition.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		partition.addListener(SWT.Modify, event -> simulate());
		kind.addListener(SWT.Selection, event -> simulate());
		host.addListener(SWT.Selection, event -> {
			fillNics();
			simulate();
		});
		nic.addListener(SWT.Selection, event -> simulate());
		view = new SimulationView(area);
		fillNics();
		simulate();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
		super.buttonPressed(buttonId);
	}

	/** Simulates the chosen scenario and shows the result or why there is none. */
	private void simulate() {
		int selected = kind.getSelectionIndex();
		host.setEnabled(selected != 2);
		nic.setEnabled(selected == 1);
		partition.setEnabled(selected == 2);
		try {
			FailureScenario scenario = switch (selected) {
			case 1 -> FailureScenario.cut(host.getText() + ":" + nic.getText());
			case 2 -> FailureScenario.partition(partition.getText());
			default -> FailureScenario.fail(host.getText());
			};
			view.show(FailoverSimulation.simulate(topology, scenario));
		} catch (CompileException e) {
			view.showError("The topology has " + e.errors().size() + " error(s); fix them in Problems first. First: "
					+ e.errors().get(0).elementLabel() + ": " + e.errors().get(0).message());
		} catch (IllegalArgumentException e) {
			view.showError(e.getMessage());
		}
	}

	private void fillNics() {
		List<String> names = hosts().stream().filter(candidate -> candidate.getName().equals(host.getText()))
				.flatMap(candidate -> candidate.getNics().stream()).map(PhysicalNic::getName).toList();
		nic.setItems(names.toArray(String[]::new));
		if (!names.isEmpty()) {
			nic.select(names.size() - 1);
		}
	}

	private List<Host> hosts() {
		return topology.getSites().stream().flatMap(site -> site.getHosts().stream()).toList();
	}

	/** The first host alone against the others: the split a user most often asks about. */
	private static String defaultPartition(List<String> hosts) {
		return hosts.size() < 2 ? "" : hosts.get(0) + "|" + String.join(",", hosts.subList(1, hosts.size()));
	}

	private static Combo combo(Composite parent, String id, List<String> items) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setData(SimulationView.WIDGET_ID, id);
		combo.setItems(items.toArray(String[]::new));
		if (!items.isEmpty()) {
			combo.select(0);
		}
		return combo;
	}
}
