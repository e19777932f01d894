package dev.lifeboat.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.lifeboat.deploy.internal.Hashes;
import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;

/** Writes a deploy into the topology's audit trail as an {@link OperationRecord}; the caller saves the file. */
public final class DeployRecords {

	private DeployRecords() {
	}

	/** {@code sha256:<hex>} of a topology file's bytes: which exact file was deployed. */
	public static String topologyHash(byte[] fileContent) {
		return "sha256:" + Hashes.sha256Hex(fileContent);
	}

	/**
	 * Appends a DEPLOY record: who, when, which file, the outcome, one step per host and phase.
	 *
	 * @return the record, already part of {@code topology}
	 */
	public static OperationRecord append(Topology topology, DeployResult result, String initiator, String topologyHash) {
		OperationRecord record = record(result, initiator, topologyHash);
		topology.getOperationRecords().add(record);
		return record;
	}

	/**
	 * The DEPLOY record of {@code result}, not yet part of any topology: for an editor that adds it through its
	 * command stack (undoable, marks the file dirty) rather than directly.
	 */
	public static OperationRecord record(DeployResult result, String initiator, String topologyHash) {
		TopologyFactory factory = TopologyFactory.eINSTANCE;
		OperationRecord record = factory.createOperationRecord();
		record.setKind(OperationKind.DEPLOY);
		record.setInitiator(initiator);
		record.setStartedAt(iso(result.startedAt()));
		record.setFinishedAt(iso(result.finishedAt()));
		record.setOutcome(outcome(result));
		record.setTopologyHash(topologyHash);
		record.setSummary("deploy: " + result.summary());
		for (HostResult host : result.hosts()) {
			for (HostStep step : host.steps()) {
				record.getSteps().add(step(factory, step));
			}
			record.getSteps().add(step(factory, new HostStep("result", host.hostName(), result.startedAt(), host.duration(),
					hostOutcome(host.outcome()), host.outcome() + ": " + host.reason())));
		}
		return record;
	}

	/**
	 * {@code sha256:<hex>} of the topology as it would be saved now (its resource serialized in memory): which
	 * exact content was deployed, also when it has unsaved changes.
	 *
	 * @throws IOException when the topology belongs to no resource or cannot be serialized
	 */
	public static String topologyHash(Topology topology) throws IOException {
		if (topology.eResource() == null) {
			throw new IOException("the topology '" + topology.getName() + "' belongs to no resource: save it first");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		topology.eResource().save(bytes, null);
		return topologyHash(bytes.toByteArray());
	}

	/** {@code source} as an operation step (shared with {@link MigrationRecords}). */
	static OperationStep step(TopologyFactory factory, HostStep source) {
		OperationStep step = factory.createOperationStep();
		step.setName(source.phase());
		step.setTarget(source.host());
		step.setStartedAt(iso(source.startedAt()));
		step.setDurationMs(source.duration().toMillis());
		step.setOutcome(source.outcome());
		step.setMessage(source.message());
		return step;
	}

	private static Outcome outcome(DeployResult result) {
		if (result.succeeded()) {
			return Outcome.SUCCEEDED;
		}
		boolean onlyRolledBack = result.hosts().stream()
				.allMatch(host -> host.outcome().ok() || host.outcome() == HostOutcome.ROLLED_BACK);
		return onlyRolledBack ? Outcome.ROLLED_BACK : Outcome.FAILED;
	}

	/** The outcome of a record step for a host that ended {@code outcome}. */
	public static Outcome hostOutcome(HostOutcome outcome) {
		return switch (outcome) {
		case APPLIED -> Outcome.SUCCEEDED;
		case UNCHANGED, CANCELLED -> Outcome.SKIPPED;
		case ROLLED_BACK -> Outcome.ROLLED_BACK;
		case UNREACHABLE, FAILED -> Outcome.FAILED;
		};
	}

	static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS).toString();
	}
}
