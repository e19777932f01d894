package dev.lifeboat.ui.views;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.ui.ha.FailoverSimulationDialog;
import dev.lifeboat.ui.migrate.MigrateWizard;
import dev.lifeboat.ui.session.ChildCreations;
import dev.lifeboat.ui.session.ChildCreations.Creation;
import dev.lifeboat.ui.session.NewElements;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;

/**
 * The explorer's context menu: the "Add ..." actions that fit the selected element, "What if this host
 * fails?" on a host, then Delete. Rebuilt each time it opens, so it always matches the selection.
 */
public final class ExplorerMenu {

	private ExplorerMenu() {
	}

	/**
	 * Installs the menu on {@code control}.
	 *
	 * @param selected what is selected when the menu opens
	 * @param added    told about each new element (to select it)
	 * @param deletion how Delete deletes
	 */
	public static Menu install(Control control, TopologySession session, Supplier<Object> selected,
			Consumer<EObject> added, ElementDeletion deletion) {
		Menu menu = new Menu(control);
		menu.addListener(SWT.Show, event -> fill(menu, session, selected.get(), added, deletion));
		control.setMenu(menu);
		return menu;
	}

	private static void fill(Menu menu, TopologySession session, Object selection, Consumer<EObject> added,
			ElementDeletion deletion) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		for (Creation creation : ChildCreations.forSelection(selection)) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(creation.label());
			item.addListener(SWT.Selection, event -> {
				EObject child = NewElements.create(creation.owner(), creation.feature());
				if (session.execute(new TopologyEdits(session.domain()).add(creation.owner(), creation.feature(), child))) {
					added.accept(child);
				}
			});
		}
		if (selection instanceof Host host) {
			MenuItem whatIf = new MenuItem(menu, SWT.PUSH);
			whatIf.setText("What if this host fails?");
			whatIf.addListener(SWT.Selection,
					event -> new FailoverSimulationDialog(menu.getShell(), session.topology(), host.getName()).open());
		}
		if (menu.getItemCount() > 0) {
			new MenuItem(menu, SWT.SEPARATOR);
		}
		if (selection instanceof VirtualMachine vm && vm.getHost() != null) {
			MenuItem migrate = new MenuItem(menu, SWT.PUSH);
			migrate.setText("Migrate...");
			migrate.addListener(SWT.Selection, event -> MigrateWizard.open(menu.getShell(), session, vm, null));
			new MenuItem(menu, SWT.SEPARATOR);
		}
		MenuItem delete = new MenuItem(menu, SWT.PUSH);
		delete.setText("Delete");
		delete.setEnabled(ElementDeletion.canDelete(selection));
		delete.addListener(SWT.Selection, event -> deletion.delete((EObject) selection));
	}
}
