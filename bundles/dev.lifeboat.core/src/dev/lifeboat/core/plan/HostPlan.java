package dev.lifeboat.core.plan;

import java.util.List;

import dev.lifeboat.protocol.AgentConfig;

/** What a deploy will change on one host: empty {@link #changes()} means the host already matches. */
public record HostPlan(String hostName, AgentConfig config, List<Change> changes) {

	public HostPlan {
		changes = List.copyOf(changes);
	}

	public boolean unchanged() {
		return changes.isEmpty();
	}

	/** The plan as lines: the host, then one line per change (or "no changes"). */
	public String describe() {
		StringBuilder text = new StringBuilder(hostName).append(unchanged() ? ": no changes\n" : ":\n");
		for (Change change : changes) {
			text.append("  ").append(change).append('\n');
		}
		return text.toString();
	}
}
