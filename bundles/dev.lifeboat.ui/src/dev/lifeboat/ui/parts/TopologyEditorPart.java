package dev.lifeboat.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.ui.session.SessionTopics;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.session.TopologySummary;
import dev.lifeboat.ui.session.TopologySummary.HostRow;
import dev.lifeboat.ui.views.Columns;
import dev.lifeboat.ui.workbench.SessionDialogs;

/**
 * The topology editor: for now an overview of the open topology (counts, one row per host); it carries the
 * dirty marker and saves on the workbench's Save.
 */
public class TopologyEditorPart {

	@Inject
	private TopologySession session;
	@Inject
	private MDirtyable dirty;
	@Inject
	@Named(IServiceConstants.ACTIVE_SHELL)
	private Shell shell;

	private Label title;
	private Label description;
	private Label counts;
	private TableViewer hosts;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		title = new Label(parent, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		description = new Label(parent, SWT.WRAP);
		description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		counts = new Label(parent, SWT.NONE);
		counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		hosts = Columns.table(parent);
		hosts.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Columns.add(hosts, HostRow.class, "Site", 110, HostRow::site, null);
		Columns.add(hosts, HostRow.class, "Host", 110, HostRow::host, null);
		Columns.add(hosts, HostRow.class, "Management address", 175, HostRow::address, null);
		Columns.add(hosts, HostRow.class, "VMs", 50, row -> String.valueOf(row.vms()), null);
		Columns.add(hosts, HostRow.class, "vCPU / cores", 105, row -> row.vcpus() + " / " + row.cores(), null);
		Columns.add(hosts, HostRow.class, "Memory MiB (VMs / host)", 200,
				row -> row.memoryMiB() + " / " + row.hostMiB(), null);
		refresh();
	}

	@Inject
	@Optional
	void sessionChanged(@UIEventTopic(SessionTopics.ALL) Object data) {
		if (title != null && !title.isDisposed()) {
			refresh();
		}
	}

	private void refresh() {
		TopologySummary summary = TopologySummary.of(session.topology());
		title.setText(summary.name() + " — " + session.displayName());
		description.setText(summary.description());
		counts.setText(summary.sites() + " sites, " + summary.hosts() + " hosts, " + summary.vms() + " VMs, "
				+ summary.overlays() + " overlays");
		hosts.setInput(summary.perHost());
		title.getParent().layout(true, true);
		dirty.setDirty(session.isDirty());
	}

	@Persist
	void save() {
		new SessionDialogs(session, shell).save();
	}

	@Focus
	void focus() {
		hosts.getTable().setFocus();
	}
}
