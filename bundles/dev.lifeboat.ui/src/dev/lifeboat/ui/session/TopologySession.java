package dev.lifeboat.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.model.resource.TopologyLoadException;

/**
 * The open topology of the console: its resource set, its file, and the EMF editing domain through which
 * every edit runs as an undoable command. Dirty state is the command stack's. Parts learn about changes from
 * the {@link SessionTopics} events the session sends; one session lives in the application context.
 */
public class TopologySession {

	private final IEventBroker events;
	private final Consumer<Path> fileOpened;
	private ResourceSet resources;
	private Topology topology;
	private Path file;
	private AdapterFactoryEditingDomain domain;

	/**
	 * @param events     where changes are announced (synchronously, on the caller's thread)
	 * @param fileOpened told about every file the session opens or saves to, to remember the last one
	 */
	public TopologySession(IEventBroker events, Consumer<Path> fileOpened) {
		this.events = events;
		this.fileOpened = fileOpened;
		newTopology();
	}

	/** Opens {@code path}, replacing the open topology (whatever its unsaved changes: ask before). */
	public void open(Path path) throws TopologyLoadException {
		ResourceSet loaded = TopologyFiles.newResourceSet();
		Topology opened = TopologyFiles.load(loaded, path);
		install(loaded, opened, path.toAbsolutePath());
		fileOpened.accept(file);
	}

	/** Replaces the open topology by an unsaved new one with one site. */
	public void newTopology() {
		TopologyFactory factory = TopologyFactory.eINSTANCE;
		Topology created = factory.createTopology();
		created.setName("new-topology");
		created.getSites().add(NewElements.site(created));
		ResourceSet fresh = TopologyFiles.newResourceSet();
		// A resource without a file yet: the editing domain finds usages (for delete) through the resource set.
		fresh.createResource(org.eclipse.emf.common.util.URI.createURI("unsaved.lifeboat")).getContents().add(created);
		install(fresh, created, null);
	}

	private void install(ResourceSet newResources, Topology newTopology, Path newFile) {
		resources = newResources;
		topology = newTopology;
		file = newFile;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory();
		adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapters, stack, resources);
		stack.addCommandStackListener(event -> commandStackChanged((CommandStack) event.getSource()));
		events.send(SessionTopics.OPENED, topology);
	}

	private void commandStackChanged(CommandStack stack) {
		Command last = stack.getMostRecentCommand();
		Collection<?> affected = last == null ? List.of() : last.getAffectedObjects();
		events.send(SessionTopics.CHANGED, affected);
	}

	/** Executes {@code command} on the command stack if it can execute; returns whether it did. */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Saves to the current file. */
	public void save() throws IOException {
		saveAs(currentFile().orElseThrow(() -> new IOException("The topology has no file yet: use Save As")));
	}

	/** Saves to {@code target}, which becomes the current file. */
	public void saveAs(Path target) throws IOException {
		TopologyFiles.save(topology, target);
		file = target.toAbsolutePath();
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		fileOpened.accept(file);
		events.send(SessionTopics.SAVED, file);
	}

	/** Whether there are changes since the last save (or open). */
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Undoes the last command, if any. */
	public void undo() {
		if (canUndo()) {
			domain.getCommandStack().undo();
		}
	}

	/** Redoes the last undone command, if any. */
	public void redo() {
		if (canRedo()) {
			domain.getCommandStack().redo();
		}
	}

	/** Whether there is a command to undo. */
	public boolean canUndo() {
		return domain.getCommandStack().canUndo();
	}

	/** Whether there is a command to redo. */
	public boolean canRedo() {
		return domain.getCommandStack().canRedo();
	}

	/** The label of the command Undo would undo, e.g. {@code Set VNI of overlay 'app'}, or empty. */
	public String undoLabel() {
		Command command = domain.getCommandStack().getUndoCommand();
		return command == null ? "" : command.getLabel();
	}

	/** The open topology. */
	public Topology topology() {
		return topology;
	}

	/** The file of the open topology; empty for a new topology never saved. */
	public Optional<Path> currentFile() {
		return Optional.ofNullable(file);
	}

	/** The file name for titles, e.g. {@code demo.lifeboat}, or {@code (unsaved)}. */
	public String displayName() {
		return file == null ? "(unsaved)" : String.valueOf(file.getFileName());
	}

	/** The editing domain commands are created against; replaced on every open. */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}
}
