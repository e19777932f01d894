package dev.lifeboat.ui.session;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.L2Domain;
import dev.lifeboat.model.NicMode;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.model.VirtualNic;

/**
 * The edits the console offers, as EMF commands with labels a user reads in Undo ("Set vni of overlay
 * 'app'"). Nothing here executes: the session's command stack does, so every edit can be undone.
 */
public final class TopologyEdits {

	private final EditingDomain domain;

	/** Edits against {@code domain} (take it fresh from the session: it changes when a file is opened). */
	public TopologyEdits(EditingDomain domain) {
		this.domain = domain;
	}

	/** Sets {@code feature} of {@code owner} to {@code value} ({@code null} unsets a reference). */
	public Command set(EObject owner, EStructuralFeature feature, Object value) {
		Object newValue = value == null && feature instanceof EReference ? SetCommand.UNSET_VALUE : value;
		return labelled("Set " + feature.getName() + " of " + ElementLabels.describe(owner),
				SetCommand.create(domain, owner, feature, newValue));
	}

	/** Adds the new {@code child} to {@code owner}'s containment {@code feature}. */
	public Command add(EObject owner, EReference feature, EObject child) {
		return labelled("Add " + ElementLabels.describe(child),
				AddCommand.create(domain, owner, feature, child));
	}

	/** Inserts the new {@code child} into {@code owner}'s containment {@code feature} at {@code index}. */
	public Command insert(EObject owner, EReference feature, EObject child, int index) {
		return labelled("Add " + ElementLabels.describe(child), AddCommand.create(domain, owner, feature, child, index));
	}

	/**
	 * Deletes {@code element} with everything it contains, and clears every reference to them (a VM NIC
	 * attached to a deleted bridge loses its attachment, an HA policy forgets a deleted host).
	 */
	public Command delete(EObject element) {
		return labelled("Delete " + ElementLabels.describe(element), DeleteCommand.create(domain, element));
	}

	/** Moves the VMs of {@code host} to {@code target}, then deletes {@code host}. */
	public Command deleteHostMovingVms(Host host, Host target) {
		CompoundCommand compound = new CompoundCommand("Delete " + ElementLabels.describe(host) + ", moving its VMs to "
				+ ElementLabels.describe(target));
		EReference vms = TopologyPackage.Literals.HOST__VMS;
		for (VirtualMachine vm : List.copyOf(host.getVms())) {
			// Remove then add, not a bare add: undoing an add that re-parented would not put the VM back.
			compound.append(RemoveCommand.create(domain, host, vms, vm));
			compound.append(AddCommand.create(domain, target, vms, vm));
		}
		compound.append(DeleteCommand.create(domain, host));
		return compound;
	}

	/** Re-parents {@code vm} onto {@code target} (a planned migration: the model changes, nothing runs). */
	public Command moveVm(VirtualMachine vm, Host target) {
		EReference vms = TopologyPackage.Literals.HOST__VMS;
		CompoundCommand compound = new CompoundCommand("Move " + ElementLabels.describe(vm) + " to "
				+ ElementLabels.describe(target));
		// Remove then add, not a bare add: undoing an add that re-parented would not put the VM back.
		compound.append(RemoveCommand.create(domain, vm.getHost(), vms, vm));
		compound.append(AddCommand.create(domain, target, vms, vm));
		return compound;
	}

	/**
	 * Attaches {@code nic} to {@code domain} in {@code mode}; a NIC not yet on its VM ({@code nic.getVm() ==
	 * null}) is added to {@code vm} with the attachment already set, as one command.
	 */
	public Command attach(VirtualMachine vm, VirtualNic nic, L2Domain domain, NicMode mode) {
		String label = "Attach " + ElementLabels.describe(vm) + " to " + ElementLabels.describe(domain);
		if (nic.getVm() == null) {
			nic.setAttachment(domain);
			nic.setMode(mode);
			return labelled(label, AddCommand.create(this.domain, vm, TopologyPackage.Literals.VIRTUAL_MACHINE__NICS, nic));
		}
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(SetCommand.create(this.domain, nic, TopologyPackage.Literals.VIRTUAL_NIC__ATTACHMENT, domain));
		compound.append(SetCommand.create(this.domain, nic, TopologyPackage.Literals.VIRTUAL_NIC__MODE, mode));
		return compound;
	}

	private static Command labelled(String label, Command command) {
		return new CommandWrapper(label, label, command);
	}
}
