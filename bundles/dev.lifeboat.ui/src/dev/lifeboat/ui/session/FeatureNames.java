package dev.lifeboat.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

/** Model feature names as a user reads them: {@code managementAddress} is "Management address". */
public final class FeatureNames {

	private static final Map<String, String> ACRONYMS = Map.ofEntries(
			Map.entry("vni", "VNI"),
			Map.entry("mtu", "MTU"),
			Map.entry("ip", "IP"),
			Map.entry("ssh", "SSH"),
			Map.entry("cpu", "CPU"),
			Map.entry("rpo", "RPO"),
			Map.entry("rto", "RTO"),
			Map.entry("udp", "UDP"),
			Map.entry("mac", "MAC"),
			Map.entry("id", "ID"),
			Map.entry("mib", "MiB"),
			Map.entry("gib", "GiB"));

	private FeatureNames() {
	}

	/** The label of {@code feature}, e.g. {@code Memory MiB}, {@code UDP port}. */
	public static String of(EStructuralFeature feature) {
		return humanize(feature.getName());
	}

	/** {@code rtoTargetMinutes} becomes {@code RTO target minutes}. */
	static String humanize(String name) {
		// Units are one word although their letters look like two camel-case humps.
		String spaced = name.replace("MiB", "_Mib").replace("GiB", "_Gib").replace("Ms", "_ms");
		List<String> words = new ArrayList<>();
		for (String word : spaced.split("(?<=[a-z])(?=[A-Z])|_")) {
			String lower = word.toLowerCase(Locale.ROOT);
			words.add(ACRONYMS.getOrDefault(lower, lower));
		}
		String joined = String.join(" ", words).strip();
		return joined.isEmpty() ? name : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
	}
}
