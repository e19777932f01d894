package dev.lifeboat.deploy.internal;

import java.util.concurrent.TimeUnit;

import dev.lifeboat.deploy.SshException;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.ProtocolException;

/**
 * Waits until a member whose agent was restarted has rejoined its HA policy, as its own {@code agent state} says:
 * its daemon hears a majority, has not fenced itself, and has heard every other member since it started (a daemon
 * counts silence from its own start, so "UP" alone proves nothing in its first seconds). Only then may the next
 * member of the policy restart.
 */
final class HaRejoin {

	/** How long a restarted member has to rejoin: the log's start and a few beats, on a busy host. */
	static final long TIMEOUT_MS = 60_000;

	private HaRejoin() {
	}

	/** {@code null} once rejoined; else what was last seen, when the time is up. */
	static String await(RemoteAgent agent, AgentConfig config) throws SshException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
		String seen = "no HA status yet";
		while (true) {
			try {
				AgentState state = agent.currentState();
				seen = problem(state == null ? null : state.ha(), config);
				if (seen == null) {
					return null;
				}
			} catch (SshException e) {
				if (e.isNetwork()) {
					throw e;
				}
				seen = e.getMessage();
			} catch (ProtocolException e) {
				seen = "unreadable state: " + e.getMessage();
			}
			if (System.nanoTime() - deadline > 0) {
				return "it did not rejoin HA policy " + config.ha().policyName() + " within " + TIMEOUT_MS / 1000 + " s (last seen: "
						+ seen + ")";
			}
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return "interrupted while waiting for it to rejoin HA policy " + config.ha().policyName();
			}
		}
	}

	/** What keeps {@code status} from counting as rejoined, or {@code null}. */
	static String problem(HaStatus status, AgentConfig config) {
		if (status == null || !config.ha().policyName().equals(status.policyName())) {
			return "its HA daemon reports no status for policy " + config.ha().policyName() + " yet";
		}
		if (status.selfFenced()) {
			return "it has fenced itself";
		}
		if (!status.majority()) {
			return "it hears no majority";
		}
		for (HaStatus.MemberState member : status.members()) {
			if (member.health() == HaStatus.MemberHealth.SELF) {
				continue;
			}
			if (!member.heard() || member.health() != HaStatus.MemberHealth.UP && member.health() != HaStatus.MemberHealth.DEGRADED) {
				return member.hostName() + " is " + member.health() + (member.heard() ? "" : ", not heard since the restart");
			}
		}
		return null;
	}
}
