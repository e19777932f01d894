package dev.lifeboat.cli;

import java.nio.file.Path;

import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.model.resource.TopologyLoadException;
import picocli.CommandLine;

/** Loads the topology file a command names, turning a bad file into a one-line error. */
final class TopologyArgument {

	private TopologyArgument() {
	}

	/** The topology in {@code file}; on failure prints the error and throws so the command exits 2. */
	static Topology load(CommandLine.Model.CommandSpec spec, Path file) {
		try {
			return TopologyFiles.load(file);
		} catch (TopologyLoadException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
	}
}
