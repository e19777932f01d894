package dev.lifeboat.ui.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.core.ha.FailoverSimulation;
import dev.lifeboat.core.ha.SimulationResult;
import dev.lifeboat.core.ha.SimulationResult.MemberStatus;
import dev.lifeboat.core.ha.SimulationResult.OverlayLoss;
import dev.lifeboat.core.ha.SimulationResult.PolicyOutcome;
import dev.lifeboat.core.ha.SimulationResult.Restart;
import dev.lifeboat.core.ha.SimulationResult.Unplaced;
import dev.lifeboat.ui.views.Columns;

/**
 * Renders a {@link SimulationResult}: members with their state, the restarts in order, what stays down and
 * why, and the timings, warnings, lost heartbeat paths and overlay members in words. Used by the Failover
 * Simulation dialog and the preflight of the Failover wizard.
 */
public final class SimulationView {

	/** The key under which the HA widgets carry an id, for tests. */
	public static final String WIDGET_ID = "dev.lifeboat.ui.ha.id";

	private final TableViewer members;
	private final TableViewer restarts;
	private final TableViewer unplaced;
	private final Text details;

	public SimulationView(Composite parent) {
		Composite view = new Composite(parent, SWT.NONE);
		view.setLayout(new GridLayout(2, true));
		view.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		members = table(view, "members", 1);
		Columns.add(members, MemberStatus.class, "Host", 90, MemberStatus::host, null);
		Columns.add(members, MemberStatus.class, "State", 115, member -> member.state().name(), null);
		Columns.add(members, MemberStatus.class, "Why", 420, MemberStatus::why, null);
		restarts = table(view, "restarts", 1);
		Columns.add(restarts, Restart.class, "Order", 50, restart -> Integer.toString(restart.order()), null);
		Columns.add(restarts, Restart.class, "VM", 90, Restart::vm, null);
		Columns.add(restarts, Restart.class, "From", 80, Restart::fromHost, null);
		Columns.add(restarts, Restart.class, "To", 80, Restart::toHost, null);
		Columns.add(restarts, Restart.class, "Answering", 90, restart -> seconds(restart.answeringMs()), null);
		unplaced = table(view, "unplaced", 2);
		Columns.add(unplaced, Unplaced.class, "Not restarted", 100, Unplaced::vm, null);
		Columns.add(unplaced, Unplaced.class, "From", 80, Unplaced::fromHost, null);
		Columns.add(unplaced, Unplaced.class, "Reason", 700, Unplaced::reason, null);
		details = new Text(view, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		details.setData(WIDGET_ID, "details");
		GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		detailsData.heightHint = 150;
		details.setLayoutData(detailsData);
	}

	/** Shows {@code result}. */
	public void show(SimulationResult result) {
		List<MemberStatus> allMembers = new ArrayList<>();
		List<Restart> allRestarts = new ArrayList<>();
		List<Unplaced> allUnplaced = new ArrayList<>();
		StringBuilder text = new StringBuilder(result.scenario().describe()).append(" (simulated, no host touched)\n");
		for (PolicyOutcome policy : result.policies()) {
			allMembers.addAll(policy.members());
			if (policy.automatic()) {
				allRestarts.addAll(policy.restarts());
			}
			allUnplaced.addAll(policy.unplaced());
			for (String warning : policy.warnings()) {
				text.append("WARNING: ").append(warning).append('\n');
			}
			text.append("Policy ").append(policy.policy()).append(": detection ")
					.append(seconds(policy.timings().detectionMs())).append(", self-fence deadline ")
					.append(seconds(policy.timings().selfFenceDeadlineMs())).append(", takeover ")
					.append(seconds(policy.timings().takeoverMs()));
			if (policy.automatic() && !policy.restarts().isEmpty()) {
				text.append(", all guests answering ~").append(seconds(policy.allAnsweringMs()));
			}
			text.append(" after the last heartbeat. Guest start: ").append(FailoverSimulation.GUEST_START_SOURCE)
					.append(".\n");
		}
		if (result.policies().isEmpty()) {
			text.append("No HA policy: nothing restarts anywhere.\n");
		}
		result.lostPaths().forEach(path -> text.append("Heartbeat path lost: ").append(path.host()).append(' ')
				.append(path.nic()).append(" (").append(path.address()).append("): ").append(path.why()).append('\n'));
		for (OverlayLoss loss : result.overlayLosses()) {
			text.append("Overlay ").append(loss.overlay()).append(" (VNI ").append(loss.vni()).append(") loses ")
					.append(loss.host()).append(": ").append(loss.why()).append('\n');
		}
		result.notes().forEach(note -> text.append("Note: ").append(note).append('\n'));
		members.setInput(allMembers);
		restarts.setInput(allRestarts);
		unplaced.setInput(allUnplaced);
		details.setText(text.toString().trim());
	}

	/** Shows why there is no result. */
	public void showError(String message) {
		members.setInput(List.of());
		restarts.setInput(List.of());
		unplaced.setInput(List.of());
		details.setText(message);
	}

	private static TableViewer table(Composite parent, String id, int span) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(switch (id) {
		case "members" -> "Members";
		case "restarts" -> "Restarts, in order";
		default -> "Not restarted";
		});
		group.setLayout(new FillLayout());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		data.heightHint = 120;
		group.setLayoutData(data);
		TableViewer viewer = Columns.table(group);
		viewer.getTable().setData(WIDGET_ID, id);
		return viewer;
	}

	static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}
}
