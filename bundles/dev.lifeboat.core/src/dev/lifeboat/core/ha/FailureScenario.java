package dev.lifeboat.core.ha;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A failure to simulate: a host dies, one NIC of a host is cut, or the network splits the hosts into sides.
 * {@link #parse} reads the forms the CLI and the console accept.
 */
public sealed interface FailureScenario {

	/** A one-line description, e.g. {@code host esx-n1 fails}. */
	String describe();

	/** The host stops: power, kernel panic, its agent and every NIC gone at once. */
	record HostFailure(String host) implements FailureScenario {
		@Override
		public String describe() {
			return "host " + host + " fails";
		}
	}

	/** One physical NIC of a host loses its link; the host and its other NICs keep running. */
	record NicCut(String host, String nic) implements FailureScenario {
		@Override
		public String describe() {
			return "NIC " + nic + " of host " + host + " is cut";
		}
	}

	/** The hosts are split into sides that cannot reach each other; every host keeps running. */
	record Partition(List<Set<String>> sides) implements FailureScenario {
		public Partition {
			sides = sides.stream().map(side -> (Set<String>) new LinkedHashSet<>(side)).toList();
		}

		@Override
		public String describe() {
			return "the network splits into " + String.join(" | ",
					sides.stream().map(side -> "{" + String.join(", ", side) + "}").toList());
		}
	}

	/** {@code HOST} as a host failure. */
	static FailureScenario fail(String host) {
		return new HostFailure(required(host, "--fail", "HOST"));
	}

	/** {@code HOST:NIC} as a NIC cut. */
	static FailureScenario cut(String hostAndNic) {
		String value = required(hostAndNic, "--cut", "HOST:NIC");
		int colon = value.indexOf(':');
		if (colon <= 0 || colon == value.length() - 1) {
			throw new ScenarioException("'" + value + "' is not HOST:NIC. Write the host and the NIC with a colon,"
					+ " e.g. esx-n1:eth1.");
		}
		return new NicCut(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
	}

	/** {@code A|B,C} as a partition into {A} and {B, C}; each host on one side only. */
	static FailureScenario partition(String sides) {
		String value = required(sides, "--partition", "A|B,C");
		List<Set<String>> parsed = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String side : value.split("\\|", -1)) {
			Set<String> hosts = new LinkedHashSet<>();
			for (String host : side.split(",")) {
				if (!host.isBlank()) {
					if (!seen.add(host.trim())) {
						throw new ScenarioException("Host '" + host.trim() + "' is on two sides of '" + value
								+ "'. Put each host on one side only.");
					}
					hosts.add(host.trim());
				}
			}
			if (hosts.isEmpty()) {
				throw new ScenarioException("'" + value + "' has an empty side. Write the sides as hosts separated by"
						+ " commas, the sides separated by '|', e.g. esx-n1|esx-n2,esx-s1.");
			}
			parsed.add(hosts);
		}
		if (parsed.size() < 2) {
			throw new ScenarioException("'" + value + "' has one side only. Separate the sides with '|', e.g."
					+ " esx-n1|esx-n2,esx-s1.");
		}
		return new Partition(parsed);
	}

	private static String required(String value, String option, String form) {
		if (value == null || value.isBlank()) {
			throw new ScenarioException(option + " needs a value: " + option + " " + form + ".");
		}
		return value.trim();
	}
}
