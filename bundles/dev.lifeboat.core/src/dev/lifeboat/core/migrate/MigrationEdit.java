package dev.lifeboat.core.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;
import dev.lifeboat.model.resource.StableIds;

/**
 * The model changes of a migration, applied to the plan's topology or to a copy of it ({@code map} takes each
 * element of the plan's topology to the one to change), remembering what it did so that it can be undone.
 */
final class MigrationEdit {

	private final MigrationPlan plan;
	private final UnaryOperator<EObject> map;
	private final List<VtepEndpoint> addedMembers = new ArrayList<>();
	private final List<L2Domain> previousAttachments = new ArrayList<>();
	private int previousIndex = -1;

	MigrationEdit(MigrationPlan plan, UnaryOperator<EObject> map) {
		this.plan = plan;
		this.map = map;
	}

	void joinOverlays() {
		for (MigrationPlan.OverlayJoin join : plan.overlayJoins()) {
			OverlayNetwork overlay = mapped(join.overlay());
			VtepEndpoint member = TopologyFactory.eINSTANCE.createVtepEndpoint();
			member.setHost(mapped(plan.target()));
			member.setUnderlayNic((PhysicalNic) mapped(join.underlay()));
			member.setId(StableIds.newId(member, takenIds(overlay)));
			overlay.getMembers().add(member);
			addedMembers.add(member);
		}
	}

	void moveVm() {
		VirtualMachine vm = mapped(plan.vm());
		Host source = mapped(plan.source());
		previousIndex = source.getVms().indexOf(vm);
		((Host) mapped(plan.target())).getVms().add(vm);
		for (MigrationPlan.BridgeMove move : plan.bridgeMoves()) {
			VirtualNic nic = mapped(move.nic());
			previousAttachments.add(nic.getAttachment());
			nic.setAttachment(mapped(move.to()));
		}
	}

	/** Reverses {@link #joinOverlays} and {@link #moveVm} (whichever ran). */
	void undo() {
		if (previousIndex >= 0) {
			VirtualMachine vm = mapped(plan.vm());
			((Host) mapped(plan.source())).getVms().add(previousIndex, vm);
			List<MigrationPlan.BridgeMove> moves = plan.bridgeMoves();
			for (int i = 0; i < moves.size(); i++) {
				((VirtualNic) mapped(moves.get(i).nic())).setAttachment(previousAttachments.get(i));
			}
			previousAttachments.clear();
			previousIndex = -1;
		}
		for (VtepEndpoint member : addedMembers) {
			member.getOverlay().getMembers().remove(member);
		}
		addedMembers.clear();
	}

	@SuppressWarnings("unchecked")
	private <T extends EObject> T mapped(T element) {
		return (T) map.apply(element);
	}

	private static Set<String> takenIds(EObject anyElement) {
		Set<String> taken = new HashSet<>();
		for (var contents = EcoreUtil.getRootContainer(anyElement).eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identified identified && identified.getId() != null) {
				taken.add(identified.getId());
			}
		}
		return taken;
	}
}
