package dev.lifeboat.core.validation;

import static dev.lifeboat.core.validation.ElementLabels.describe;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.VirtualMachine;

/** Cheap checks of single fields that would otherwise fail late, on a host or in a report. */
final class SanityRules {

	private SanityRules() {
	}

	/** Hosts are addressed by name in agent configs and reports, so names in a site must be set and unique. */
	static void checkSite(Site site, Findings findings) {
		Map<String, Host> byName = new HashMap<>();
		for (Host host : site.getHosts()) {
			String name = host.getName();
			if (name == null || name.isBlank()) {
				findings.error(host, "host.name.missing", "The host has no name. Give it the name it is known by"
						+ " (e.g. its hostname).");
				continue;
			}
			Host first = byName.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), host);
			if (first != null) {
				findings.error(host, "host.name.duplicate", "The name '" + name + "' is also the name of another host"
						+ " in " + describe(site) + ". Give each host of a site its own name.", first);
			}
		}
	}

	static void checkVm(VirtualMachine vm, Findings findings) {
		if (vm.getTier() < 1 || vm.getTier() > 3) {
			findings.error(vm, "vm.tier.range", "Tier " + vm.getTier() + " is outside 1..3. Set tier 1 (most critical),"
					+ " 2 or 3.");
		}
	}
}
