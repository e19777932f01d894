package dev.lifeboat.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the console and the CLI look for the agent jar they install on hosts, when nobody names one. */
public final class AgentJars {

	/** The system property that names the jar (the console's launcher sets it). */
	public static final String PROPERTY = "lifeboat.agent.jar";

	/** Where a source checkout builds the jar, relative to the checkout's root. */
	public static final String SOURCE_TREE_PATH = "releng/dev.lifeboat.agent.dist/target/lifeboat-agent.jar";

	private AgentJars() {
	}

	/** The jar {@value #PROPERTY} names, else {@value #SOURCE_TREE_PATH} in the working directory; it may not exist. */
	public static Path configured() {
		return Path.of(System.getProperty(PROPERTY, SOURCE_TREE_PATH));
	}

	/** {@link #configured()} if it is a file; empty means: ask the user. */
	public static Optional<Path> find() {
		Path jar = configured();
		return Files.isRegularFile(jar) ? Optional.of(jar.toAbsolutePath()) : Optional.empty();
	}
}
