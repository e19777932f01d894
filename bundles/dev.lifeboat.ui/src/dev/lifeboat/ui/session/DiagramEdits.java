package dev.lifeboat.ui.session;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.ManualLayout;
import dev.lifeboat.model.NodePosition;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.resource.StableIds;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage.Literals;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;
import dev.lifeboat.model.VtepEndpoint;

/**
 * What a gesture on the diagram means for the model, as a command or nothing: a palette click on an element
 * creates a child in the nearest container that can hold it, a drag from a VM to a bridge or overlay attaches
 * a NIC, a host dragged to an overlay joins it, a bridge dragged to a physical NIC takes it as uplink, a VM dropped
 * on another host moves there. Decided here, without SWT, so it is testable headless.
 */
public final class DiagramEdits {

	private final TopologyEdits edits;
	private final Topology topology;

	/** Edits of {@code topology} through {@code edits}. */
	public DiagramEdits(TopologyEdits edits, Topology topology) {
		this.edits = edits;
		this.topology = topology;
	}

	/**
	 * Creates an element of {@code type} for a click on {@code clicked} (null: the background): a site or an
	 * overlay anywhere, a host in the clicked site, a VM or bridge on the clicked host, a NIC on the clicked VM
	 * (a VM NIC) or host (a physical NIC). Empty when the click names no fitting container.
	 */
	public Optional<Command> create(EClass type, EObject clicked) {
		return container(type, clicked).map(owner -> {
			EReference feature = feature(type, owner);
			return edits.add(owner, feature, NewElements.create(owner, feature));
		});
	}

	private Optional<EObject> container(EClass type, EObject clicked) {
		if (type == Literals.SITE || type == Literals.OVERLAY_NETWORK) {
			return Optional.of(topology);
		}
		if (type == Literals.HOST) {
			return ancestor(clicked, Site.class).map(EObject.class::cast);
		}
		if (type == Literals.VIRTUAL_NIC) {
			return ancestor(clicked, VirtualMachine.class).map(EObject.class::cast)
					.or(() -> ancestor(clicked, Host.class));
		}
		return ancestor(clicked, Host.class).map(EObject.class::cast);
	}

	private static EReference feature(EClass type, EObject owner) {
		if (owner instanceof Topology) {
			return type == Literals.SITE ? Literals.TOPOLOGY__SITES : Literals.TOPOLOGY__OVERLAYS;
		}
		if (owner instanceof Site) {
			return Literals.SITE__HOSTS;
		}
		if (owner instanceof VirtualMachine) {
			return Literals.VIRTUAL_MACHINE__NICS;
		}
		return type == Literals.VIRTUAL_MACHINE ? Literals.HOST__VMS
				: type == Literals.BRIDGE ? Literals.HOST__BRIDGES : Literals.HOST__NICS;
	}

	/**
	 * Attaches a NIC of the VM at {@code from} to the bridge or overlay at {@code to} (a VTEP mark stands for
	 * its overlay): the VM's first unattached NIC, else a new one. Overlays and uplinked bridges take the NIC
	 * BRIDGED; a private bridge takes it NAT unless it is already host-only. A host not yet in the overlay
	 * becomes a member (a VTEP on its underlay NIC).
	 */
	public Optional<Command> connect(EObject from, EObject to) {
		Optional<VirtualMachine> vm = ancestor(from, VirtualMachine.class);
		Optional<L2Domain> domain = to instanceof VtepEndpoint member ? Optional.ofNullable(member.getOverlay())
				: ancestor(to, L2Domain.class);
		if (vm.isEmpty() || domain.isEmpty()) {
			return Optional.empty();
		}
		VirtualNic nic = from instanceof VirtualNic chosen ? chosen
				: vm.get().getNics().stream().filter(candidate -> candidate.getAttachment() == null).findFirst()
						.orElseGet(() -> (VirtualNic) NewElements.create(vm.get(), Literals.VIRTUAL_MACHINE__NICS));
		Command attach = edits.attach(vm.get(), nic, domain.get(), mode(nic, domain.get()));
		Host host = vm.get().getHost();
		if (!(domain.get() instanceof OverlayNetwork overlay) || host == null
				|| overlay.getMembers().stream().anyMatch(member -> member.getHost() == host)) {
			return Optional.of(attach);
		}
		// The overlay must reach the VM's host: plugging in there makes the host a member, in the same command.
		CompoundCommand both = new CompoundCommand(attach.getLabel());
		both.append(attach);
		both.append(edits.add(overlay, Literals.OVERLAY_NETWORK__MEMBERS, NewElements.member(host)));
		return Optional.of(both);
	}

	/**
	 * Makes the host at {@code from} a member of the overlay at {@code to} (its band or one of its VTEP marks),
	 * with a VTEP on the host's underlay NIC. Empty when either is missing or the host is a member already.
	 */
	public Optional<Command> join(EObject from, EObject to) {
		Optional<Host> host = ancestor(from, Host.class);
		Optional<OverlayNetwork> overlay = to instanceof VtepEndpoint member ? Optional.ofNullable(member.getOverlay())
				: ancestor(to, OverlayNetwork.class);
		if (host.isEmpty() || overlay.isEmpty()
				|| overlay.get().getMembers().stream().anyMatch(member -> member.getHost() == host.get())) {
			return Optional.empty();
		}
		return Optional.of(edits.add(overlay.get(), Literals.OVERLAY_NETWORK__MEMBERS, NewElements.member(host.get())));
	}

	/**
	 * Makes the physical NIC at one end the uplink of the bridge at the other (dragged either way). Empty unless
	 * both are on the same host (a bridge can only enslave its own host's NIC) and the NIC is not its uplink yet.
	 */
	public Optional<Command> uplink(EObject from, EObject to) {
		Bridge bridge = from instanceof Bridge fromBridge ? fromBridge : to instanceof Bridge toBridge ? toBridge : null;
		PhysicalNic nic = to instanceof PhysicalNic toNic ? toNic : from instanceof PhysicalNic fromNic ? fromNic : null;
		if (bridge == null || nic == null || bridge.getUplink() == nic || bridge.eContainer() != nic.eContainer()) {
			return Optional.empty();
		}
		return Optional.of(edits.set(bridge, Literals.BRIDGE__UPLINK, nic));
	}

	private static NicMode mode(VirtualNic nic, L2Domain domain) {
		if (domain instanceof OverlayNetwork || domain instanceof Bridge bridge && bridge.getUplink() != null) {
			return NicMode.BRIDGED;
		}
		return nic.getMode() == NicMode.HOST_ONLY ? NicMode.HOST_ONLY : NicMode.NAT;
	}

	/** Moves the VM at {@code dragged} to the host at {@code onto}; empty if that is no other host. */
	public Optional<Command> move(EObject dragged, EObject onto) {
		Optional<VirtualMachine> vm = ancestor(dragged, VirtualMachine.class);
		Optional<Host> target = ancestor(onto, Host.class);
		if (vm.isEmpty() || target.isEmpty() || vm.get().getHost() == target.get()) {
			return Optional.empty();
		}
		return Optional.of(edits.moveVm(vm.get(), target.get()));
	}

	/**
	 * Keeps {@code element}'s node at ({@code x}, {@code y}) relative to its parent node, over automatic layout.
	 * The position list stays sorted by element id so that the file diffs by one line; an element that has no
	 * id yet (never saved) gets one in the same command.
	 */
	public Command place(Identified element, int x, int y) {
		CompoundCommand compound = new CompoundCommand("Move " + dev.lifeboat.core.validation.ElementLabels.describe(element));
		String id = element.getId();
		if (id == null || id.isEmpty()) {
			java.util.Set<String> taken = new java.util.HashSet<>();
			topology.eAllContents().forEachRemaining(
					content -> taken.add(content instanceof Identified other ? String.valueOf(other.getId()) : ""));
			id = StableIds.newId(element, taken);
			compound.append(edits.set(element, Literals.IDENTIFIED__ID, id));
		}
		NodePosition position = TopologyFactory.eINSTANCE.createNodePosition();
		position.setElementId(id);
		position.setX(x);
		position.setY(y);
		ManualLayout layout = topology.getManualLayout();
		if (layout == null) {
			layout = TopologyFactory.eINSTANCE.createManualLayout();
			layout.getPositions().add(position);
			compound.append(edits.set(topology, Literals.TOPOLOGY__MANUAL_LAYOUT, layout));
			return compound;
		}
		String key = id;
		java.util.Optional<NodePosition> existing = layout.getPositions().stream()
				.filter(candidate -> key.equals(candidate.getElementId())).findFirst();
		if (existing.isPresent()) {
			compound.append(edits.set(existing.get(), Literals.NODE_POSITION__X, x));
			compound.append(edits.set(existing.get(), Literals.NODE_POSITION__Y, y));
		} else {
			int index = 0;
			while (index < layout.getPositions().size() && layout.getPositions().get(index).getElementId().compareTo(key) < 0) {
				index++;
			}
			compound.append(edits.insert(layout, Literals.MANUAL_LAYOUT__POSITIONS, position, index));
		}
		return compound;
	}

	/** {@code element} itself or its nearest container of {@code type}. */
	static <T> Optional<T> ancestor(EObject element, Class<T> type) {
		for (EObject at = element; at != null; at = at.eContainer()) {
			if (type.isInstance(at)) {
				return Optional.of(type.cast(at));
			}
		}
		return Optional.empty();
	}
}
