package dev.lifeboat.model.resource;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.model.Identified;

/**
 * Gives every element an id once, for good. Ids read as names ({@code host-3fa9c2d1}) so that a diff of a
 * topology file still says what changed; they are random rather than derived from names so that renaming
 * an element never changes its identity.
 */
public final class StableIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private StableIds() {
	}

	/** Assigns an id to {@code root} and every element under it that has none yet. */
	public static void assignMissing(EObject root) {
		Set<String> taken = new HashSet<>();
		forEachIdentified(root, element -> {
			if (element.getId() != null && !element.getId().isEmpty()) {
				taken.add(element.getId());
			}
		});
		forEachIdentified(root, element -> {
			if (element.getId() == null || element.getId().isEmpty()) {
				element.setId(newId(element, taken));
			}
		});
	}

	/** A fresh id for {@code element} that is not in {@code taken}; the id is added to {@code taken}. */
	public static String newId(Identified element, Set<String> taken) {
		String prefix = kebab(element.eClass().getName());
		String id;
		do {
			byte[] bytes = new byte[4];
			RANDOM.nextBytes(bytes);
			id = prefix + "-" + HexFormat.of().formatHex(bytes);
		} while (!taken.add(id));
		return id;
	}

	private static void forEachIdentified(EObject root, java.util.function.Consumer<Identified> action) {
		if (root instanceof Identified identified) {
			action.accept(identified);
		}
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified) {
				action.accept(identified);
			}
		}
	}

	private static String kebab(String className) {
		return className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}
}
