package dev.lifeboat.deploy;

import java.time.Duration;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;

/** Writes a drill into the topology's history as a {@link DrillRecord}; the caller saves the file. */
public final class DrillRecords {

	private DrillRecords() {
	}

	/**
	 * Appends the record of {@code result}. Its score, report path and hash chain are left unset here: the drill
	 * report and the hash-chained history fill them (TODO for the lead: chain with the history's code when it lands).
	 *
	 * @return the record, already part of {@code topology}
	 */
	public static DrillRecord append(Topology topology, DrPlan plan, DrillResult result) {
		DrillRecord record = TopologyFactory.eINSTANCE.createDrillRecord();
		record.setPlan(plan);
		record.setInitiator(result.initiator());
		record.setStartedAt(result.startedAt().toString());
		record.setFinishedAt(result.finishedAt().toString());
		record.setOutcome(result.passed() ? Outcome.SUCCEEDED : Outcome.FAILED);
		record.setRestorePoint(result.restorePoint());
		record.setActualRpoSeconds(seconds(result.actualRpo()));
		record.setActualRtoSeconds(seconds(result.actualRto()));
		topology.getDrillRecords().add(record);
		return record;
	}

	private static long seconds(Duration duration) {
		return duration == null ? -1 : duration.toSeconds();
	}
}
