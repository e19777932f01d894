package dev.lifeboat.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.lifeboat.core.demo.DemoTopology;

/**
 * Which file the console opens when it starts: the one named by {@code --topology FILE} (or
 * {@code -topology}), else the last one opened if it still exists, else a fresh copy of the bundled demo in
 * the instance area, so that a first start shows something to explore.
 */
public final class StartupTopology {

	/** The name of the demo copy in the instance area. */
	public static final String DEMO_FILE = "demo.lifeboat";

	private StartupTopology() {
	}

	/** The file named by a {@code --topology}/{@code -topology} argument, if any. */
	public static Optional<Path> fromArguments(List<String> arguments) {
		for (int i = 0; i < arguments.size() - 1; i++) {
			String argument = arguments.get(i);
			if (argument.equals("--topology") || argument.equals("-topology")) {
				return Optional.of(Path.of(arguments.get(i + 1)));
			}
		}
		return Optional.empty();
	}

	/** The file to open, copying the demo into {@code instanceArea} when nothing else applies. */
	public static Path choose(List<String> arguments, Optional<Path> lastOpened, Path instanceArea) throws IOException {
		Optional<Path> named = fromArguments(arguments);
		if (named.isPresent()) {
			return named.get();
		}
		if (lastOpened.isPresent() && Files.isRegularFile(lastOpened.get())) {
			return lastOpened.get();
		}
		return demoCopy(instanceArea);
	}

	/** The demo copy in {@code instanceArea}, written when it does not exist yet (edits to it are kept). */
	public static Path demoCopy(Path instanceArea) throws IOException {
		Path demo = instanceArea.resolve(DEMO_FILE);
		return Files.isRegularFile(demo) ? demo : DemoTopology.copyTo(demo);
	}
}
