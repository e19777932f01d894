package dev.lifeboat.core.compile;

import java.util.Locale;
import java.util.Set;

/**
 * Linux interface names for what the agent creates. The kernel allows 15 characters; every name Lifeboat
 * creates starts with a prefix of its own so that the agent never touches what it did not create.
 */
public final class DeviceNames {

	/** IFNAMSIZ - 1. */
	public static final int MAX_LENGTH = 15;

	private DeviceNames() {
	}

	/** The VXLAN device of an overlay: {@code vx<vni>}. */
	public static String vxlan(int vni) {
		return "vx" + vni;
	}

	/** The bridge that carries an overlay on each member host: {@code ov<vni>}. */
	public static String overlayBridge(int vni) {
		return "ov" + vni;
	}

	/**
	 * The device of a model bridge: {@code lb} and the bridge's name reduced to letters and digits, made unique
	 * among {@code taken} (which it is added to).
	 */
	public static String bridge(String modelName, Set<String> taken) {
		String base = "lb" + sanitize(modelName);
		if (base.length() > MAX_LENGTH) {
			base = base.substring(0, MAX_LENGTH);
		}
		String name = base;
		for (int i = 1; !taken.add(name); i++) {
			String suffix = Integer.toString(i);
			name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
		}
		return name;
	}

	/** A NIC name inside a guest: the model's name if it is a valid interface name, else {@code eth<index>}. */
	public static String guestNic(String modelName, int index) {
		if (modelName != null && modelName.matches("[a-zA-Z][a-zA-Z0-9_.-]{0,14}")) {
			return modelName;
		}
		return "eth" + index;
	}

	private static String sanitize(String name) {
		String cleaned = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return cleaned.isEmpty() ? "br" : cleaned;
	}
}
