package dev.lifeboat.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;

import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage;

/** Loading and saving {@code *.lifeboat} files, with errors a user can act on. */
public final class TopologyFiles {

	private TopologyFiles() {
	}

	/** A resource set that reads and writes topology files, inside or outside OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(TopologyPackage.eNS_URI, TopologyPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(TopologyResourceFactory.FILE_EXTENSION, new TopologyResourceFactory());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new TopologyResourceFactory());
		return resources;
	}

	/**
	 * Loads the topology in {@code file}.
	 *
	 * @throws TopologyLoadException with the file, line and column of the first problem when the file is
	 *                               missing, malformed or not a topology
	 */
	public static Topology load(Path file) throws TopologyLoadException {
		return load(newResourceSet(), file);
	}

	/** Loads {@code file} into {@code resources}; see {@link #load(Path)}. */
	public static Topology load(ResourceSet resources, Path file) throws TopologyLoadException {
		if (!Files.isRegularFile(file)) {
			throw new TopologyLoadException(file + ": no such file");
		}
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			resources.getResources().remove(resource);
			throw new TopologyLoadException(describe(file, e), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Topology topology)) {
			resources.getResources().remove(resource);
			throw new TopologyLoadException(file + ": not a Lifeboat topology (the root element must be a Topology)");
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new TopologyLoadException(
					file + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage());
		}
		return topology;
	}

	/** Saves {@code topology} to {@code file}, assigning ids to new elements first. */
	public static void save(Topology topology, Path file) throws IOException {
		Resource resource = topology.eResource();
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (resource == null) {
			resource = newResourceSet().createResource(uri);
			resource.getContents().add(topology);
		} else {
			resource.setURI(uri);
		}
		resource.save(null);
	}

	private static String describe(Path file, Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof XMIException) {
				break;
			}
			cause = cause.getCause();
		}
		if (cause instanceof XMIException xmi) {
			return file + ":" + xmi.getLine() + ":" + xmi.getColumn() + ": " + clean(xmi.getMessage());
		}
		if (cause instanceof org.xml.sax.SAXParseException sax) {
			return file + ":" + sax.getLineNumber() + ":" + sax.getColumnNumber() + ": " + clean(sax.getMessage());
		}
		return file + ": " + clean(String.valueOf(cause.getMessage()));
	}

	private static String clean(String message) {
		return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
	}
}
