package dev.lifeboat.deploy;

import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.TopologyFactory;

/** The MIGRATION operation record of a migration: its steps with durations and the measured blackout. */
public final class MigrationRecords {

	/** The step that carries the blackout the observer measured (its duration), when there was one. */
	public static final String BLACKOUT_STEP = "blackout";

	private MigrationRecords() {
	}

	/** The record, not yet part of any topology (the migration command appends it with the move). */
	public static OperationRecord record(MigrationResult result, String initiator, String topologyHash) {
		TopologyFactory factory = TopologyFactory.eINSTANCE;
		OperationRecord record = factory.createOperationRecord();
		record.setKind(OperationKind.MIGRATION);
		record.setInitiator(initiator);
		record.setStartedAt(DeployRecords.iso(result.startedAt()));
		record.setFinishedAt(DeployRecords.iso(result.finishedAt()));
		record.setOutcome(result.outcome());
		record.setTopologyHash(topologyHash);
		record.setSummary(result.summary());
		for (HostStep step : result.steps()) {
			record.getSteps().add(DeployRecords.step(factory, step));
		}
		return record;
	}
}
