package dev.lifeboat.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link TopologyResource}s for {@code *.lifeboat} files. */
public class TopologyResourceFactory extends ResourceFactoryImpl {

	/** The file extension of topology files. */
	public static final String FILE_EXTENSION = "lifeboat";

	@Override
	public Resource createResource(URI uri) {
		return new TopologyResource(uri);
	}
}
