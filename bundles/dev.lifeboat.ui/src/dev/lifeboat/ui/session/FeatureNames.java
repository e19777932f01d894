package dev.lifeboat.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

/** Model feature names as a user reads them: {@code managementAddress} is "Management address". */
public final class FeatureNames {

	private static final Map<String, String> ACRONYMS = Map.of("vni", "VNI", "mtu", "MTU", "ip", "IP", "ssh",
			"SSH", "cpu", "CPU", "rpo", "RPO", "rto", "RTO", "udp", "UDP", "mac", "MAC", "id", "ID");

	private FeatureNames() {
	}

	/** The label of {@code feature}, e.g. {@code Memory MiB}, {@code UDP port}. */
	public static String of(EStructuralFeature feature) {
		return humanize(feature.getName());
	}

	/** {@code rtoTargetMinutes} becomes {@code RTO target minutes}. */
	static String humanize(String name) {
		String spaced = name.replace("MiB", "_MiB").replace("GiB", "_GiB").replace("Ms", "_ms");
		List<String> words = new ArrayList<>();
		for (String word : spaced.split("(?<=[a-z])(?=[A-Z])|_")) {
			String lower = word.toLowerCase(Locale.ROOT);
			words.add(ACRONYMS.getOrDefault(lower, word.endsWith("iB") ? word : lower));
		}
		String joined = String.join(" ", words).strip();
		return joined.isEmpty() ? name : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
	}
}
