package dev.lifeboat.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ITreeContentProvider;

import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage.Literals;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.session.Folder;

/**
 * The explorer's tree: Topology > folders (Sites, Overlays, policies, plans, history) > elements, hosts with
 * their NICs, bridges and VMs, VMs with their NICs and disks. The input is an array holding the
 * {@link Topology}: JFace asks the input's children with getElements, so the topology itself cannot be it.
 */
public class ExplorerContent implements ITreeContentProvider {

	private static final List<EReference> FOLDERS = List.of(Literals.TOPOLOGY__SITES, Literals.TOPOLOGY__OVERLAYS,
			Literals.TOPOLOGY__HA_POLICIES, Literals.TOPOLOGY__BACKUP_POLICIES, Literals.TOPOLOGY__DR_PLANS,
			Literals.TOPOLOGY__DRILL_RECORDS, Literals.TOPOLOGY__OPERATION_RECORDS);

	private static final List<String> FOLDER_LABELS = List.of("Sites", "Overlays", "HA policies",
			"Backup policies", "DR plans", "Drill history", "Operation history");

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Object[] roots ? roots : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		List<Object> children = new ArrayList<>();
		switch (parent) {
		case Topology topology -> {
			for (int i = 0; i < FOLDERS.size(); i++) {
				children.add(new Folder(topology, FOLDERS.get(i), FOLDER_LABELS.get(i)));
			}
		}
		case Folder folder -> children.addAll((List<?>) folder.owner().eGet(folder.feature()));
		case Site site -> children.addAll(site.getHosts());
		case Host host -> {
			children.addAll(host.getNics());
			children.addAll(host.getBridges());
			children.addAll(host.getVms());
		}
		case VirtualMachine vm -> {
			children.addAll(vm.getNics());
			children.addAll(vm.getDisks());
		}
		case OverlayNetwork overlay -> children.addAll(overlay.getMembers());
		case DrPlan plan -> children.addAll(plan.getProbes());
		case OperationRecord record -> children.addAll(record.getSteps());
		default -> {
			// Leaves.
		}
		}
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Folder folder) {
			return folder.owner();
		}
		if (element instanceof EObject object && object.eContainer() instanceof Topology topology) {
			int index = FOLDERS.indexOf(object.eContainmentFeature());
			return index < 0 ? topology : new Folder(topology, FOLDERS.get(index), FOLDER_LABELS.get(index));
		}
		return element instanceof EObject object ? object.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
