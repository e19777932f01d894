package dev.lifeboat.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import dev.lifeboat.core.drill.DrillRunner;
import dev.lifeboat.model.resource.TopologyLoadException;
import dev.lifeboat.ui.deploy.RepositoryPasswords;
import dev.lifeboat.ui.deploy.SavedPasswords;
import dev.lifeboat.ui.drill.ConsoleDrillRunner;
import dev.lifeboat.ui.session.LastTopologyFile;
import dev.lifeboat.ui.session.StartupTopology;
import dev.lifeboat.ui.session.TopologySession;
import dev.lifeboat.ui.workbench.InstanceArea;
import dev.lifeboat.ui.workbench.LiveValidation;
import dev.lifeboat.ui.workbench.WindowBinding;

/**
 * Sets up what the console's parts share before the workbench is rendered: the {@link TopologySession} (opened
 * on the startup file), its {@link LiveValidation}, the host and repository passwords in secure storage and the
 * console's {@link DrillRunner} (which enables Topology > DR Drill), all in the application context.
 */
public class LifeCycle {

	private String startupError;

	@PostContextCreate
	void postContextCreate(IEclipseContext context, IEventBroker events) {
		Path instanceArea = InstanceArea.path();
		LastTopologyFile last = new LastTopologyFile(instanceArea);
		TopologySession session = new TopologySession(events, last::remember);
		context.set(TopologySession.class, session);
		context.set(LiveValidation.class, new LiveValidation(session, events));
		context.set(SavedPasswords.class, SavedPasswords.inDefaultStorage());
		context.set(RepositoryPasswords.class, RepositoryPasswords.inDefaultStorage());
		ConsoleDrillRunner drills = ContextInjectionFactory.make(ConsoleDrillRunner.class, context);
		context.set(ConsoleDrillRunner.class, drills); // its SSH settings serve the Backup Status too
		context.set(DrillRunner.class, drills);
		openAtStartup(session, last, instanceArea);
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
				event -> startupComplete((MApplication) event.getProperty(IEventBroker.DATA), session, events));
	}

	private void openAtStartup(TopologySession session, LastTopologyFile last, Path instanceArea) {
		List<String> arguments = Arrays.asList(Platform.getApplicationArgs());
		try {
			session.open(StartupTopology.choose(arguments, last.read(), instanceArea));
		} catch (TopologyLoadException | IOException e) {
			// A broken --topology file must not keep the console from starting: show the demo and say why.
			startupError = e.getMessage();
			try {
				session.open(StartupTopology.demoCopy(instanceArea));
			} catch (TopologyLoadException | IOException demoError) {
				startupError += "\n" + demoError.getMessage();
			}
		}
	}

	private void startupComplete(MApplication application, TopologySession session, IEventBroker events) {
		if (application == null || application.getChildren().isEmpty()) {
			return;
		}
		MWindow window = application.getChildren().get(0);
		WindowBinding.bind(window, session, events);
		if (startupError != null) {
			MessageDialog.openError((Shell) window.getWidget(), "Cannot open topology", startupError);
		}
	}
}
