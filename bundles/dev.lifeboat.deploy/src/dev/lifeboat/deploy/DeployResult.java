package dev.lifeboat.deploy;

import java.time.Instant;
import java.util.List;

/** How a deploy ended: every host's result, in topology order. */
public record DeployResult(Instant startedAt, Instant finishedAt, List<HostResult> hosts) {

	public DeployResult {
		hosts = List.copyOf(hosts);
	}

	/** Whether every host is now UNCHANGED or APPLIED. */
	public boolean succeeded() {
		return hosts.stream().allMatch(host -> host.outcome().ok());
	}

	/** The result for {@code hostName}, or {@code null}. */
	public HostResult host(String hostName) {
		return hosts.stream().filter(host -> host.hostName().equals(hostName)).findFirst().orElse(null);
	}

	public long count(HostOutcome outcome) {
		return hosts.stream().filter(host -> host.outcome() == outcome).count();
	}

	/** One line: how many hosts ended how. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		for (HostOutcome outcome : HostOutcome.values()) {
			long count = count(outcome);
			if (count > 0) {
				text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
			}
		}
		return hosts.size() + " host(s): " + text;
	}

	/** One line per host, then the summary. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		hosts.forEach(host -> text.append(host.describe()).append('\n'));
		return text.append(summary()).append('\n').toString();
	}
}
