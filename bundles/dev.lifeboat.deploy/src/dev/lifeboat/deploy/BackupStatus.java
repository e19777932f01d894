package dev.lifeboat.deploy;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.lifeboat.deploy.internal.RemoteAgent;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

/**
 * RPO compliance as the hosts report it: for every VM of every backup policy, what its host's agent says of the
 * VM's last backup ({@code agent state}), read over SSH from each host at once. Reading changes nothing on a host.
 */
public final class BackupStatus {

	/** How a VM stands against its policy's RPO. */
	public enum Compliance {
		/** The last snapshot is younger than the RPO. */
		MET,
		/** The last snapshot is older than the RPO. */
		MISSED,
		/** The agent has no snapshot of the VM (yet). */
		NO_BACKUP,
		/** The host could not be asked (unreachable, no agent, ...): see the row's problem. */
		UNKNOWN
	}

	/**
	 * One VM of one policy.
	 *
	 * @param snapshotTime {@code null} without a snapshot
	 * @param age          the snapshot's age when the host was asked, {@code null} without a snapshot
	 * @param problem      why the compliance is not MET, in words (the host's error or the agent's last backup
	 *                     error), or {@code null}
	 */
	public record Row(String vm, String host, String policy, Duration rpo, Compliance compliance, String snapshotId,
			Instant snapshotTime, Duration age, long sizeBytes, long durationMs, String problem) {
	}

	private BackupStatus() {
	}

	/** Asks every host that runs a VM of a backup policy (in parallel) and lists the VMs, worst first. */
	public static List<Row> read(Topology topology, SshSettings ssh) {
		Map<Host, List<Member>> byHost = new LinkedHashMap<>();
		for (BackupPolicy policy : topology.getBackupPolicies()) {
			for (VirtualMachine vm : policy.getVms()) {
				if (vm.getHost() != null) {
					byHost.computeIfAbsent(vm.getHost(), host -> new ArrayList<>()).add(new Member(vm, policy));
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		if (byHost.isEmpty()) {
			return rows;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(16, byHost.size()),
				Thread.ofPlatform().daemon().name("lifeboat-backup-status-", 0).factory());
		try {
			Map<Host, Future<List<Row>>> asked = new LinkedHashMap<>();
			byHost.forEach((host, members) -> asked.put(host, pool.submit(() -> ask(host, members, ssh))));
			for (Future<List<Row>> answer : asked.values()) {
				rows.addAll(answer.get());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		rows.sort(Comparator.comparing(Row::compliance, Comparator.comparingInt(BackupStatus::severity))
				.thenComparing(Row::vm));
		return rows;
	}

	private record Member(VirtualMachine vm, BackupPolicy policy) {
	}

	private static List<Row> ask(Host host, List<Member> members, SshSettings ssh) {
		AgentState state;
		Instant asked;
		try (SshConnection connection = SshClient.create(ssh).connect(SshTarget.of(host))) {
			RemoteAgent agent = new RemoteAgent(connection, new ProtocolCodec());
			state = agent.state(agent.facts(false));
			asked = Instant.now();
		} catch (SshException | ProtocolException | RuntimeException e) {
			return unknown(host, members, host.getName() + " could not be asked: " + e.getMessage());
		}
		if (state == null) {
			return unknown(host, members, "no agent on " + host.getName() + ": deploy the topology first");
		}
		Map<String, AgentState.BackupState> reported = new HashMap<>();
		state.backups().forEach(backup -> reported.put(backup.guest() + "\n" + backup.policyName(), backup));
		List<Row> rows = new ArrayList<>();
		for (Member member : members) {
			rows.add(row(host, member, reported.get(member.vm().getName() + "\n" + member.policy().getName()), asked));
		}
		return rows;
	}

	private static Row row(Host host, Member member, AgentState.BackupState backup, Instant asked) {
		Duration rpo = Duration.ofMinutes(member.policy().getRpoMinutes());
		String vm = member.vm().getName();
		String policy = member.policy().getName();
		Instant time = backup == null ? null : parse(backup.snapshotTime());
		if (backup == null || backup.snapshotId() == null || time == null) {
			String error = backup == null ? null : backup.lastError();
			return new Row(vm, host.getName(), policy, rpo, Compliance.NO_BACKUP, null, null, null, 0, 0,
					error != null ? "no snapshot; the last backup failed: " + error
							: "no snapshot yet: the agent backs up every " + member.policy().getIntervalMinutes()
									+ " min, or run 'agent backup " + vm + "' on " + host.getName());
		}
		Duration age = Duration.between(time, asked);
		boolean met = age.compareTo(rpo) <= 0;
		String problem = met ? null
				: "the last snapshot is " + age.toMinutes() + " min old, RPO " + rpo.toMinutes() + " min"
						+ (backup.lastError() == null ? "" : "; the last backup failed: " + backup.lastError());
		return new Row(vm, host.getName(), policy, rpo, met ? Compliance.MET : Compliance.MISSED, backup.snapshotId(),
				time, age, backup.sizeBytes(), backup.durationMs(), problem);
	}

	private static List<Row> unknown(Host host, List<Member> members, String problem) {
		return members.stream().map(member -> new Row(member.vm().getName(), host.getName(), member.policy().getName(),
				Duration.ofMinutes(member.policy().getRpoMinutes()), Compliance.UNKNOWN, null, null, null, 0, 0, problem))
				.toList();
	}

	private static Instant parse(String time) {
		try {
			return time == null ? null : Instant.parse(time);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Worst first: what needs the administrator's attention leads the list. */
	private static int severity(Compliance compliance) {
		return switch (compliance) {
		case UNKNOWN -> 0;
		case MISSED -> 1;
		case NO_BACKUP -> 2;
		case MET -> 3;
		};
	}
}
