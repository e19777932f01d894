package dev.lifeboat.core.tests.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.ReliabilityScore;
import dev.lifeboat.core.drill.ReliabilityScore.VerifiedRestore;

/** The score against sums done by hand; each test writes its arithmetic out. */
class ReliabilityScoreTest {

	private static final double EXACT = 1e-9;

	@Test
	void allTiersPresent() {
		// Tier 1: a, b verified now -> 2/2 = 1. Tier 2: c verified now, d only 40 days ago (outside) -> 1/2 = 0.5.
		// Tier 3: e verified 31 days ago (outside) -> 0/1 = 0.
		// frequency = 0.40 x 1 + 0.35 x 0.5 + 0.25 x 0 = 0.575
		// readiness = a, b, c of 5 = 0.6
		// score = 0.60 x 0.575 + 0.40 x 0.6 = 0.345 + 0.24 = 0.585
		DrillResult drill = fiveVmDrill();
		ReliabilityScore score = ReliabilityScore.of(drill,
				List.of(new VerifiedRestore("d", drill.finishedAt().minus(Duration.ofDays(40))),
						new VerifiedRestore("e", drill.finishedAt().minus(Duration.ofDays(31)))));

		assertEquals(0.575, score.verificationFrequency(), EXACT);
		assertEquals(0.6, score.readiness(), EXACT);
		assertEquals(0.585, score.score(), EXACT);
		assertEquals(List.of(), score.missingTiers());
		assertTrue(score.arithmetic().contains("verification frequency = 0.4000 x 1.000 + 0.3500 x 0.500 + 0.2500 x 0.000 = 0.5750"),
				score.arithmetic()::toString);
		assertTrue(score.arithmetic().contains("score = 0.60 x 0.5750 + 0.40 x 0.6000 = 0.5850 (58.5 %)"),
				score.arithmetic()::toString);
	}

	@Test
	void earlierRestoreInsideThePeriodCounts() {
		// As allTiersPresent, but e was verified 29 days ago: tier 3 -> 1/1 = 1.
		// frequency = 0.40 x 1 + 0.35 x 0.5 + 0.25 x 1 = 0.825; readiness still 3/5 = 0.6 (e failed in this drill)
		// score = 0.60 x 0.825 + 0.40 x 0.6 = 0.495 + 0.24 = 0.735
		DrillResult drill = fiveVmDrill();
		ReliabilityScore score = ReliabilityScore.of(drill,
				List.of(new VerifiedRestore("e", drill.finishedAt().minus(Duration.ofDays(29)))));

		assertEquals(0.825, score.verificationFrequency(), EXACT);
		assertEquals(0.735, score.score(), EXACT);
	}

	/** a, b (tier 1) and c (tier 2) pass; d (tier 2) and e (tier 3) fail. */
	private static DrillResult fiveVmDrill() {
		return DrillFixtures.drill("plan", DrillFixtures.START,
				List.of(DrillFixtures.passing("a", 1), DrillFixtures.passing("b", 1), DrillFixtures.passing("c", 2),
						DrillFixtures.failing("d", 2), DrillFixtures.failing("e", 3)));
	}

	@Test
	void missingTierWeightIsRedistributedProportionally() {
		// No tier 2. Weights: tier 1 0.40 / 0.65 = 0.615385, tier 3 0.25 / 0.65 = 0.384615.
		// Tier 1: a -> 1/1 = 1. Tier 3: f verified, e not -> 1/2 = 0.5.
		// frequency = 0.40/0.65 x 1 + 0.25/0.65 x 0.5 = 0.525 / 0.65 = 0.807692...
		// readiness = a, f of 3 = 2/3
		// score = 0.60 x 0.525/0.65 + 0.40 x 2/3 = 0.484615... + 0.266666... = 0.751282...
		ReliabilityScore score = ReliabilityScore.compute(Map.of("a", 1, "e", 3, "f", 3),
				List.of(new VerifiedRestore("a", DrillFixtures.END), new VerifiedRestore("f", DrillFixtures.END)),
				DrillFixtures.END, Set.of("a", "f"));

		assertEquals(List.of(2), score.missingTiers());
		assertEquals(0.40 / 0.65, score.tiers().get(0).weight(), EXACT);
		assertEquals(0.25 / 0.65, score.tiers().get(1).weight(), EXACT);
		assertEquals(0.525 / 0.65, score.verificationFrequency(), EXACT);
		assertEquals(0.6 * 0.525 / 0.65 + 0.4 * 2 / 3.0, score.score(), EXACT);
		assertEquals(0.751282, score.score(), 1e-6);
		assertTrue(score.arithmetic().stream().anyMatch(line -> line.startsWith("tier 2: no VM in the plan")),
				score.arithmetic()::toString);
	}

	@Test
	void singleTierCarriesTheWholeFrequencyWeight() {
		// Only tier 2: its weight becomes 0.35 / 0.35 = 1. b verified, c not -> frequency 1/2 = 0.5.
		// readiness 1/2 = 0.5; score = 0.60 x 0.5 + 0.40 x 0.5 = 0.5
		ReliabilityScore score = ReliabilityScore.compute(Map.of("b", 2, "c", 2),
				List.of(new VerifiedRestore("b", DrillFixtures.END)), DrillFixtures.END, Set.of("b"));

		assertEquals(List.of(1, 3), score.missingTiers());
		assertEquals(1.0, score.tiers().get(0).weight(), EXACT);
		assertEquals(0.5, score.score(), EXACT);
	}

	@Test
	void aVmVerifiedTwiceCountsOnce() {
		// Tier 1: a verified now and 3 days ago, b never -> 1/2 (not 2/2). readiness 1/2.
		// frequency = 1 x 0.5 = 0.5; score = 0.60 x 0.5 + 0.40 x 0.5 = 0.5
		ReliabilityScore score = ReliabilityScore.compute(Map.of("a", 1, "b", 1),
				List.of(new VerifiedRestore("a", DrillFixtures.END),
						new VerifiedRestore("a", DrillFixtures.END.minus(Duration.ofDays(3)))),
				DrillFixtures.END, Set.of("a"));

		assertEquals(1, score.tiers().get(0).achievedRestores());
		assertEquals(0.5, score.score(), EXACT);
	}

	@Test
	void zeroVmsScoreZero() {
		// Nothing in the plan: no tier present, frequency 0, readiness 0/0 defined as 0, score 0.
		ReliabilityScore score = ReliabilityScore.of(DrillFixtures.drill("empty", DrillFixtures.START, List.of()),
				List.of());

		assertEquals(0, score.planVms());
		assertEquals(List.of(1, 2, 3), score.missingTiers());
		assertEquals(0.0, score.verificationFrequency(), EXACT);
		assertEquals(0.0, score.readiness(), EXACT);
		assertEquals(0.0, score.score(), EXACT);
		assertTrue(score.arithmetic().contains("verification frequency = 0 (no VM in the plan)"));
	}

	@Test
	void perfectDrillScoresOne() {
		// Every VM of every tier verified now: frequency 0.40 + 0.35 + 0.25 = 1, readiness 1, score 1.
		ReliabilityScore score = ReliabilityScore.of(DrillFixtures.drill("plan", DrillFixtures.START,
				List.of(DrillFixtures.passing("a", 1), DrillFixtures.passing("b", 2), DrillFixtures.passing("c", 3))),
				List.of());

		assertEquals(1.0, score.score(), EXACT);
		assertEquals("100.0 %", ReliabilityScore.percent(score.score()));
	}

	@Test
	void tierOutsideOneToThreeIsRefusedNamingTheVm() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> ReliabilityScore.compute(Map.of("db-1", 4), List.of(), DrillFixtures.END, Set.of()));
		assertTrue(error.getMessage().contains("'db-1'") && error.getMessage().contains("1, 2 or 3"),
				error.getMessage());
	}
}
