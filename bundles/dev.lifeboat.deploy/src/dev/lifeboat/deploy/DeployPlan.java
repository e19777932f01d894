package dev.lifeboat.deploy;

import java.util.ArrayList;
import java.util.List;

import dev.lifeboat.core.plan.HostPlan;

/** What a deploy would do, host by host, before anything is touched. */
public record DeployPlan(List<Entry> hosts) {

	public DeployPlan {
		hosts = List.copyOf(hosts);
	}

	/**
	 * One host's plan, or the reason it cannot be planned.
	 *
	 * @param hostName     the host
	 * @param address      where it is reached
	 * @param plan         the changes its agent would make, or {@code null} when {@code problem} is set
	 * @param problem      why the host cannot be deployed (which host, what, what to do), or {@code null}
	 * @param agentCurrent whether the host already runs this console's agent jar and wrapper
	 * @param agentVersion the installed agent's version, or {@code null} if none is installed
	 * @param unknownHostKey when the problem is a host key nobody trusts yet: its fingerprint ({@code SHA256:...}),
	 *                       which the user may check and accept ({@link SshSettings#acceptHostKey}); else {@code null}
	 * @param residentCurrent whether the resident agent ({@code agent serve}) runs the current jar; else the deploy
	 *                       (re)starts it
	 */
	public record Entry(String hostName, String address, HostPlan plan, String problem, boolean agentCurrent,
			String agentVersion, String unknownHostKey, boolean residentCurrent) {

		/** An entry whose resident agent needs nothing. */
		public Entry(String hostName, String address, HostPlan plan, String problem, boolean agentCurrent, String agentVersion,
				String unknownHostKey) {
			this(hostName, address, plan, problem, agentCurrent, agentVersion, unknownHostKey, true);
		}

		/** An entry whose problem, if any, is not an unknown host key. */
		public Entry(String hostName, String address, HostPlan plan, String problem, boolean agentCurrent, String agentVersion) {
			this(hostName, address, plan, problem, agentCurrent, agentVersion, null);
		}

		/** Whether the host can be deployed. */
		public boolean ok() {
			return problem == null;
		}

		/** Whether a deploy would leave this host alone. */
		public boolean unchanged() {
			return problem == null && plan.unchanged() && agentCurrent && residentCurrent;
		}
	}

	/** The hosts that can be deployed, by name, in topology order. */
	public List<String> deployableHosts() {
		return hosts.stream().filter(Entry::ok).map(Entry::hostName).toList();
	}

	/** This plan with each host that {@code newer} covers replaced by its newer entry (after a re-run preflight). */
	public DeployPlan updatedWith(DeployPlan newer) {
		List<Entry> merged = new ArrayList<>(hosts);
		for (Entry entry : newer.hosts()) {
			merged.replaceAll(old -> old.hostName().equals(entry.hostName()) ? entry : old);
		}
		return new DeployPlan(merged);
	}

	/** Whether any host cannot be deployed. */
	public boolean hasProblems() {
		return hosts.stream().anyMatch(entry -> entry.problem() != null);
	}

	/** The plan as text: per host its changes (or "no changes"), the agent upgrade, or the problem. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (Entry entry : hosts) {
			if (entry.problem() != null) {
				text.append(entry.hostName()).append(": cannot deploy: ").append(entry.problem()).append('\n');
				continue;
			}
			text.append(entry.plan().describe());
			if (!entry.agentCurrent()) {
				text.append("  + agent ").append(entry.agentVersion() == null ? "installed" : "upgraded from " + entry.agentVersion())
						.append('\n');
			}
			if (!entry.residentCurrent()) {
				text.append("  + resident agent (agent serve) ").append(entry.agentCurrent() ? "started" : "started on the new agent")
						.append('\n');
			}
		}
		long unchanged = hosts.stream().filter(Entry::unchanged).count();
		long blocked = hosts.stream().filter(entry -> entry.problem() != null).count();
		text.append(hosts.size()).append(" host(s): ").append(hosts.size() - unchanged - blocked).append(" to change, ")
				.append(unchanged).append(" unchanged, ").append(blocked).append(" with problems\n");
		return text.toString();
	}
}
