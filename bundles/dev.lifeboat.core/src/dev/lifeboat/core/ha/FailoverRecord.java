package dev.lifeboat.core.ha;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.lifeboat.model.OperationKind;
import dev.lifeboat.model.OperationRecord;
import dev.lifeboat.model.OperationStep;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.TopologyFactory;

/** The FAILOVER operation record: who, when, which host, and each step with its duration and outcome. */
public final class FailoverRecord {

	/** One step of a failover as it happened. */
	public record Step(String name, String target, Instant startedAt, Duration duration, Outcome outcome,
			String message) {
	}

	private FailoverRecord() {
	}

	/**
	 * The record of a failover of {@code host}, not yet part of any topology (the editor adds it through its
	 * command stack). Its outcome is the worst of its steps'.
	 */
	public static OperationRecord of(String host, boolean planned, List<Step> steps, String initiator,
			String topologyHash) {
		TopologyFactory factory = TopologyFactory.eINSTANCE;
		OperationRecord record = factory.createOperationRecord();
		record.setKind(OperationKind.FAILOVER);
		record.setInitiator(initiator);
		Instant started = steps.isEmpty() ? Instant.now() : steps.get(0).startedAt();
		Instant finished = steps.stream().map(step -> step.startedAt().plus(step.duration())).max(Instant::compareTo)
				.orElse(started);
		record.setStartedAt(iso(started));
		record.setFinishedAt(iso(finished));
		record.setTopologyHash(topologyHash);
		boolean failed = steps.stream()
				.anyMatch(step -> step.outcome() == Outcome.FAILED || step.outcome() == Outcome.ROLLED_BACK);
		record.setOutcome(failed ? Outcome.FAILED : Outcome.SUCCEEDED);
		record.setSummary((planned ? "planned failover (evacuation) of " : "unplanned failover of ") + host + ": "
				+ steps.size() + " step(s), " + (failed ? "failed" : "succeeded"));
		for (Step source : steps) {
			OperationStep step = factory.createOperationStep();
			step.setName(source.name());
			step.setTarget(source.target());
			step.setStartedAt(iso(source.startedAt()));
			step.setDurationMs(source.duration().toMillis());
			step.setOutcome(source.outcome());
			step.setMessage(source.message());
			record.getSteps().add(step);
		}
		return record;
	}

	private static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS).toString();
	}
}
