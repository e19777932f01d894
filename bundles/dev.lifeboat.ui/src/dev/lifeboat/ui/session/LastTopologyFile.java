package dev.lifeboat.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Remembers the last topology file the console opened or saved, in a one-line file of the instance area
 * (a plain file rather than preferences: the instance area is the console's own and this is one path).
 */
public final class LastTopologyFile {

	private final Path store;

	/** A memory kept in {@code instanceArea}. */
	public LastTopologyFile(Path instanceArea) {
		this.store = instanceArea.resolve("last-topology");
	}

	/** The remembered file, if one was remembered (it may no longer exist). */
	public Optional<Path> read() {
		try {
			String text = Files.readString(store, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Remembers {@code file}; failing to remember is not worth bothering the user with. */
	public void remember(Path file) {
		try {
			Files.createDirectories(store.getParent());
			Files.writeString(store, file.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			// The console works without it; the next start just opens the demo.
		}
	}
}
