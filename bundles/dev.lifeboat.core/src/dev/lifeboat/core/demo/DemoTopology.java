package dev.lifeboat.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.model.resource.TopologyLoadException;

/**
 * The bundled demo topology: two sites, four hosts with two NICs each, eight VMs using all three NIC modes,
 * two overlays (one with a Java VTEP member), an HA policy, two backup policies and a DR plan. It is what a
 * new user sees first, and what the lab deploys.
 */
public final class DemoTopology {

	/** Where the demo lives inside this bundle (and on a plain classpath). */
	public static final String RESOURCE = "/demo/demo.lifeboat";

	private DemoTopology() {
	}

	/** Writes the demo to {@code target} (replacing it) and returns {@code target}. */
	public static Path copyTo(Path target) throws IOException {
		try (InputStream in = open()) {
			Path parent = target.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	/** A fresh, unattached copy of the demo, loaded from a temporary file. */
	public static Topology load() {
		try {
			Path file = Files.createTempFile("lifeboat-demo", ".lifeboat");
			try {
				return TopologyFiles.load(copyTo(file));
			} finally {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (TopologyLoadException e) {
			throw new IllegalStateException("The bundled demo topology is unreadable: " + e.getMessage(), e);
		}
	}

	/**
	 * The demo without the hosts named {@code dropped}: their VMs go with them and overlays forget them, so that
	 * the rest still validates (a lab with fewer hosts deploys it).
	 */
	public static Topology loadWithout(String... dropped) {
		Topology topology = load();
		List<String> names = List.of(dropped);
		List<Host> hosts = topology.getSites().stream().flatMap(site -> site.getHosts().stream())
				.filter(host -> names.contains(host.getName())).toList();
		for (OverlayNetwork overlay : topology.getOverlays()) {
			overlay.getMembers().removeIf(member -> hosts.contains(member.getHost()));
		}
		hosts.forEach(host -> EcoreUtil.delete(host, true));
		return topology;
	}

	private static InputStream open() throws IOException {
		InputStream in = DemoTopology.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IOException("The demo topology " + RESOURCE + " is missing from dev.lifeboat.core");
		}
		return in;
	}
}
