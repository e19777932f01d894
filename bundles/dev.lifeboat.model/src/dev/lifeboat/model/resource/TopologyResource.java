package dev.lifeboat.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A topology file: XMI whose references are written as the elements' stable ids, so that the file diffs
 * cleanly in git and saving an unchanged model writes the same bytes.
 */
public class TopologyResource extends XMIResourceImpl {

	public TopologyResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().putAll(saveOptions());
		getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		getDefaultLoadOptions().put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.TRUE);
	}

	private static Map<Object, Object> saveOptions() {
		return Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
				XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100),
				XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE,
				XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE,
				XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
	}

	/** Ids are plain attributes of the elements; the resource keeps no extra xmi:ids. */
	@Override
	protected boolean useIDs() {
		return false;
	}

	/**
	 * Resolves references through an id map filled during the load. Without it every reference searches the
	 * whole file for its id, so loading grows with the square of its size (500 hosts took 28 s, now well under
	 * a second). The map is dropped after the load: edits change ids and contents, and a stale map would lie.
	 */
	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		setIntrinsicIDToEObjectMap(new HashMap<>());
		try {
			super.doLoad(inputStream, options);
		} finally {
			setIntrinsicIDToEObjectMap(null);
		}
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		getContents().forEach(StableIds::assignMissing);
		super.doSave(outputStream, options);
	}
}
