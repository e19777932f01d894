package dev.lifeboat.deploy;

import java.time.Duration;
import java.time.Instant;

import dev.lifeboat.model.Outcome;

/**
 * One phase of one host's deploy (connect, preflight, plan, upload agent, upload config, apply, verify,
 * rollback), as it goes into the operation record.
 */
public record HostStep(String phase, String host, Instant startedAt, Duration duration, Outcome outcome, String message) {
}
