package dev.lifeboat.core.compile;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.lifeboat.model.Host;
import dev.lifeboat.protocol.AgentConfig;

/** One agent configuration per host, in the order the hosts appear in the topology. */
public record CompiledTopology(Map<Host, AgentConfig> configs) {

	public CompiledTopology {
		configs = Collections.unmodifiableMap(configs);
	}

	/** The configuration of the host named {@code hostName}, or {@code null}. */
	public AgentConfig config(String hostName) {
		return configs.values().stream().filter(config -> config.hostName().equals(hostName)).findFirst()
				.orElse(null);
	}

	/** All configurations in host order. */
	public List<AgentConfig> all() {
		return List.copyOf(configs.values());
	}
}
