package dev.lifeboat.ui.workbench;

import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/** The console's instance area ({@code -data}, by default ~/.lifeboat/workspace): demo copy, last file. */
public final class InstanceArea {

	private InstanceArea() {
	}

	/** The instance area as a path. */
	public static Path path() {
		Location location = Platform.getInstanceLocation();
		URL url = location == null ? null : location.getURL();
		if (url == null) {
			return Path.of(System.getProperty("user.home"), ".lifeboat", "workspace");
		}
		return Path.of(url.getFile());
	}
}
