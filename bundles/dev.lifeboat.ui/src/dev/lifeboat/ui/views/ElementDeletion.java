package dev.lifeboat.ui.views;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;

/**
 * Deletes an element through the command stack. A host with VMs is never deleted silently: the user chooses
 * whether its VMs move to another host or go with it.
 */
public class ElementDeletion {

	/** The buttons of the host question, in order. */
	public static final String MOVE = "Move VMs to another host";
	/** See {@link #MOVE}. */
	public static final String DELETE_TOO = "Delete the VMs too";
	/** See {@link #MOVE}. */
	public static final String CANCEL = "Cancel";

	private final TopologySession session;
	private final Shell shell;

	/** Deletions in {@code session}, asking questions on {@code shell}. */
	public ElementDeletion(TopologySession session, Shell shell) {
		this.session = session;
		this.shell = shell;
	}

	/** Whether {@code element} can be deleted (the topology itself cannot). */
	public static boolean canDelete(Object element) {
		return element instanceof EObject object && !(object instanceof Topology) && object.eContainer() != null;
	}

	/** Deletes {@code element}, asking first for a host with VMs; returns whether anything was deleted. */
	public boolean delete(EObject element) {
		if (!canDelete(element)) {
			return false;
		}
		TopologyEdits edits = new TopologyEdits(session.domain());
		if (element instanceof Host host && !host.getVms().isEmpty()) {
			Optional<Host> target = otherHost(host);
			String[] buttons = target.isPresent() ? new String[] { MOVE, DELETE_TOO, CANCEL }
					: new String[] { DELETE_TOO, CANCEL };
			String question = ElementLabels.describe(host) + " runs " + host.getVms().size() + " VMs."
					+ target.map(t -> " Move them to " + ElementLabels.describe(t) + ", or delete them too?")
							.orElse(" There is no other host to move them to: delete them too?");
			MessageDialog dialog = new MessageDialog(shell, "Delete " + ElementLabels.describe(host), null, question,
					MessageDialog.QUESTION, 0, buttons);
			String answer = buttons[Math.max(0, Math.min(buttons.length - 1, dialog.open()))];
			return switch (answer) {
			case MOVE -> session.execute(edits.deleteHostMovingVms(host, target.orElseThrow()));
			case DELETE_TOO -> session.execute(edits.delete(host));
			default -> false;
			};
		}
		return session.execute(edits.delete(element));
	}

	/** Another host for the VMs: one in the same site first, else any. */
	static Optional<Host> otherHost(Host host) {
		Optional<Host> sameSite = host.getSite() == null ? Optional.empty()
				: host.getSite().getHosts().stream().filter(other -> other != host).findFirst();
		if (sameSite.isPresent() || !(host.getSite() != null && host.getSite().eContainer() instanceof Topology t)) {
			return sameSite;
		}
		return t.getSites().stream().map(Site::getHosts).flatMap(java.util.List::stream)
				.filter(other -> other != host).findFirst();
	}
}
