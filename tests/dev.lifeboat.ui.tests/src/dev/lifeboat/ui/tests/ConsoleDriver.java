package dev.lifeboat.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

import dev.lifeboat.ui.session.TopologySession;

/**
 * Drives the running console like a user would, through its real widgets (SWTBot is not on Maven Central):
 * finds the workbench window among the display's shells, its parts' controls by walking the widget tree,
 * pumps the event loop until a condition holds, and takes screenshots.
 */
final class ConsoleDriver {

	/** The key under which the e4 renderers store a widget's model element. */
	private static final String MODEL_ELEMENT = "modelElement";
	private static final long TIMEOUT_MS = 10_000;

	final Display display = Display.getDefault();
	final Shell shell;
	final MWindow window;
	final IEclipseContext context;

	ConsoleDriver() {
		waitUntil("the workbench window", () -> findWindowShell().isPresent());
		shell = findWindowShell().orElseThrow();
		window = (MWindow) shell.getData(MODEL_ELEMENT);
		context = window.getContext();
	}

	private Optional<Shell> findWindowShell() {
		for (Shell candidate : display.getShells()) {
			if (!candidate.isDisposed() && candidate.getData(MODEL_ELEMENT) instanceof MWindow) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	TopologySession session() {
		return context.get(TopologySession.class);
	}

	/** The control of the part with {@code id}, shown (created) first. */
	Composite part(String id) {
		EPartService parts = context.get(EPartService.class);
		MPart part = parts.showPart(id, EPartService.PartState.VISIBLE);
		pump();
		return (Composite) part.getWidget();
	}

	/** The object (the POJO) of the part with {@code id}, shown (created) first. */
	Object partObject(String id) {
		part(id);
		return context.get(EPartService.class).findPart(id).getObject();
	}

	/** Runs the console's command {@code id} through its handler, as a menu item or key binding would. */
	void command(String id) {
		ParameterizedCommand command = context.get(ECommandService.class).createCommand(id, null);
		context.get(EHandlerService.class).executeHandler(command);
		pump();
	}

	/** Processes pending UI events. */
	void pump() {
		while (display.readAndDispatch()) {
			// Drain the queue.
		}
	}

	/** Pumps events until {@code condition} holds; fails naming {@code what} after a timeout. */
	void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, TIMEOUT_MS, condition);
	}

	/** Pumps events until {@code condition} holds, for work that takes long (SSH to a lab); fails after {@code timeoutMs}. */
	void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				if (shell != null) {
					screenshot("timeout-" + what.replaceAll("\\W+", "-").substring(0, Math.min(40, what.length())));
				}
				throw new AssertionError("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	/** Lets the debounced validation and layouts settle. */
	void settle() {
		long until = System.currentTimeMillis() + 400;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** All controls of type {@code type} under {@code root} (depth first) that match {@code test}. */
	static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root) && test.test(type.cast(root))) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(findAll(child, type, test));
			}
		}
		return found;
	}

	/** The one control of {@code type} under {@code root} matching {@code test}. */
	static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = findAll(root, type, test);
		if (found.isEmpty()) {
			throw new AssertionError("No " + type.getSimpleName() + " found under " + root);
		}
		return found.get(0);
	}

	/** The texts of all tree items, for failure messages. */
	static List<String> texts(Tree tree) {
		return items(tree.getItems()).stream().map(TreeItem::getText).toList();
	}

	/** The tree item (among expanded ones) whose text starts with {@code prefix}, or empty. */
	static Optional<TreeItem> item(Tree tree, String prefix) {
		return items(tree.getItems()).stream().filter(item -> item.getText().startsWith(prefix)).findFirst();
	}

	private static List<TreeItem> items(TreeItem[] level) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : level) {
			all.add(item);
			all.addAll(items(item.getItems()));
		}
		return all;
	}

	/** Selects {@code item} the way a click does: the tree's selection plus its Selection event. */
	void select(TreeItem item) {
		Tree tree = item.getParent();
		tree.setFocus();
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		pump();
	}

	/** Sends {@code type} (e.g. Selection, DefaultSelection) to {@code widget}. */
	void send(Widget widget, int type) {
		widget.notifyListeners(type, new Event());
		pump();
	}

	/**
	 * Arranges for the button labelled {@code button} of a dialog titled {@code titlePrefix...} to be pressed
	 * once the dialog is open (dialogs run their own event loop, so the press has to be scheduled before).
	 */
	void pressWhenOpen(String titlePrefix, String button) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell candidate : display.getShells()) {
				if (!candidate.isDisposed() && candidate.isVisible() && candidate.getText().startsWith(titlePrefix)) {
					screenshot(candidate, "dialog-" + titlePrefix.replaceAll("\\W+", "-").toLowerCase());
					Button target = find(candidate, Button.class, b -> button.equals(b.getText()));
					target.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
	}

	/** Saves a screenshot of the console window as {@code target/screenshots/NAME.png}. */
	Path screenshot(String name) {
		return screenshot(shell, name);
	}

	Path screenshot(Shell of, String name) {
		pump();
		Rectangle bounds = of.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			Path directory = Path.of(System.getProperty("lifeboat.screenshots", "target/screenshots"));
			Files.createDirectories(directory);
			Path file = directory.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			image.dispose();
		}
	}
}
