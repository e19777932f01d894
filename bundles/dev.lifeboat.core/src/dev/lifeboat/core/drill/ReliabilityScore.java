package dev.lifeboat.core.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import dev.lifeboat.core.drill.DrillResult.VmResult;

/**
 * The backup data reliability score of a DR plan, as the source document defines it:
 *
 * <pre>
 * score                  = verification frequency x 60% + drill-environment readiness x 40%
 * verification frequency = tier 1 x 40% + tier 2 x 35% + tier 3 x 25%
 * </pre>
 *
 * Every input, precisely:
 * <ul>
 * <li><b>Required restores</b>: the policy is one verified restore per VM of the plan per
 * {@link #VERIFICATION_PERIOD} (30 days). In the period that ends when the drill ends, a tier therefore requires as
 * many verified restores as the plan has VMs of that tier (the VM's {@code tier} attribute, 1 to 3).</li>
 * <li><b>Verified restore</b>: a VM restored by a drill whose checks all passed ({@link VmResult#passed()}), at the
 * drill's end. Achieved restores of a tier = the number of its VMs with at least one verified restore in the period
 * (this drill's plus earlier drills' handed in by the caller). A VM verified twice counts once, so extra drills of
 * one VM cannot hide another VM never verified; the tier frequency achieved / required is thus at most 1 (and is
 * capped at 1 all the same).</li>
 * <li><b>Missing tier</b> (no VM of that tier in the plan): it is left out and its weight is redistributed over the
 * present tiers in proportion to their weights (tiers 1 and 3 only: 40/65 and 25/65), so a plan is not punished
 * for having no VM of a tier.</li>
 * <li><b>Readiness</b>: the share of the plan's VMs that the drill's bubble restored and verified in this drill
 * (all checks passed), from 0 to 1.</li>
 * <li><b>No VM at all</b>: nothing was verified and nothing could be; frequency, readiness and score are all 0.</li>
 * </ul>
 * The score and its inputs are fractions from 0 to 1; reports show them as percentages.
 *
 * @param tiers                 the present tiers with their counts and weights, tier 1 first
 * @param verificationFrequency the tier-weighted verification frequency
 * @param periodStart           the start of the verification period (exclusive)
 * @param periodEnd             the end of the verification period (the drill's end, inclusive)
 * @param planVms               how many VMs the plan has
 * @param readyVms              how many of them this drill restored and verified
 * @param readiness             readyVms / planVms (0 when the plan has no VM)
 * @param score                 the backup data reliability
 */
public record ReliabilityScore(List<TierFrequency> tiers, double verificationFrequency, Instant periodStart,
		Instant periodEnd, int planVms, int readyVms, double readiness, double score) {

	/** The policy: every VM of a plan needs one verified restore per this period. */
	public static final Duration VERIFICATION_PERIOD = Duration.ofDays(30);
	public static final double FREQUENCY_WEIGHT = 0.60;
	public static final double READINESS_WEIGHT = 0.40;
	private static final double[] TIER_WEIGHTS = { 0.40, 0.35, 0.25 };

	/**
	 * One tier's share of the verification frequency.
	 *
	 * @param tier            1 to 3
	 * @param requiredRestores the plan's VMs of this tier (one verified restore each per period)
	 * @param achievedRestores those of them with a verified restore in the period
	 * @param nominalWeight   the weight the source document gives the tier
	 * @param weight          the weight used: nominal, redistributed over the present tiers
	 */
	public record TierFrequency(int tier, int requiredRestores, int achievedRestores, double nominalWeight,
			double weight) {

		/** achieved / required, capped at 1. */
		public double frequency() {
			return Math.min(1.0, (double) achievedRestores / requiredRestores);
		}
	}

	/** A restore of one VM that a drill verified (every check passed), at the end of that drill. */
	public record VerifiedRestore(String vm, Instant verifiedAt) {
	}

	/**
	 * The score of one drill: the plan's VMs and tiers and this drill's verified restores come from
	 * {@code result}; {@code earlierRestores} are the verified restores of earlier drills of the same plan (those
	 * outside the period are ignored).
	 *
	 * @throws IllegalArgumentException when a VM's tier is not 1, 2 or 3 (naming the VM)
	 */
	public static ReliabilityScore of(DrillResult result, Collection<VerifiedRestore> earlierRestores) {
		Map<String, Integer> tiers = new TreeMap<>();
		Set<String> ready = new HashSet<>();
		List<VerifiedRestore> restores = new ArrayList<>(earlierRestores);
		for (VmResult vm : result.vms()) {
			tiers.put(vm.vm(), vm.tier());
			if (vm.passed()) {
				ready.add(vm.vm());
				restores.add(new VerifiedRestore(vm.vm(), result.finishedAt()));
			}
		}
		return compute(tiers, restores, result.finishedAt(), ready);
	}

	/**
	 * The score from its raw inputs.
	 *
	 * @param planVmTiers each VM of the plan and its tier (1 to 3)
	 * @param restores    verified restores; those outside (periodEnd - 30 days, periodEnd] and of VMs outside the
	 *                    plan are ignored
	 * @param periodEnd   the end of the verification period (the drill's end)
	 * @param readyVms    the plan's VMs that this drill restored and verified
	 * @throws IllegalArgumentException when a VM's tier is not 1, 2 or 3 (naming the VM)
	 */
	public static ReliabilityScore compute(Map<String, Integer> planVmTiers, Collection<VerifiedRestore> restores,
			Instant periodEnd, Set<String> readyVms) {
		Instant periodStart = periodEnd.minus(VERIFICATION_PERIOD);
		int[] required = new int[3];
		int[] achieved = new int[3];
		Set<String> verified = new HashSet<>();
		for (VerifiedRestore restore : restores) {
			if (restore.verifiedAt().isAfter(periodStart) && !restore.verifiedAt().isAfter(periodEnd)) {
				verified.add(restore.vm());
			}
		}
		planVmTiers.forEach((vm, tier) -> {
			if (tier < 1 || tier > 3) {
				throw new IllegalArgumentException("VM '" + vm + "' has tier " + tier
						+ ": the reliability score knows tiers 1 to 3; set the VM's tier to 1, 2 or 3");
			}
			required[tier - 1]++;
			if (verified.contains(vm)) {
				achieved[tier - 1]++;
			}
		});
		double presentWeight = 0;
		for (int i = 0; i < 3; i++) {
			presentWeight += required[i] > 0 ? TIER_WEIGHTS[i] : 0;
		}
		List<TierFrequency> tiers = new ArrayList<>();
		double frequency = 0;
		for (int i = 0; i < 3; i++) {
			if (required[i] > 0) {
				TierFrequency tier = new TierFrequency(i + 1, required[i], achieved[i], TIER_WEIGHTS[i],
						TIER_WEIGHTS[i] / presentWeight);
				tiers.add(tier);
				frequency += tier.weight() * tier.frequency();
			}
		}
		int planVms = planVmTiers.size();
		int ready = (int) planVmTiers.keySet().stream().filter(readyVms::contains).count();
		double readiness = planVms == 0 ? 0 : (double) ready / planVms;
		double score = FREQUENCY_WEIGHT * frequency + READINESS_WEIGHT * readiness;
		return new ReliabilityScore(List.copyOf(tiers), frequency, periodStart, periodEnd, planVms, ready, readiness,
				score);
	}

	/** The tiers of 1 to 3 that the plan has no VM of. */
	public List<Integer> missingTiers() {
		List<Integer> missing = new ArrayList<>(List.of(1, 2, 3));
		tiers.forEach(tier -> missing.remove(Integer.valueOf(tier.tier())));
		return missing;
	}

	/**
	 * The arithmetic, one line per step, with every input: what a report prints so that a reader can redo the sum.
	 */
	public List<String> arithmetic() {
		List<String> lines = new ArrayList<>();
		lines.add("period: " + periodStart + " to " + periodEnd + " (" + VERIFICATION_PERIOD.toDays()
				+ " days; policy: one verified restore per VM per period)");
		for (TierFrequency tier : tiers) {
			lines.add(String.format(Locale.ROOT,
					"tier %d: %d of %d VMs verified in the period, frequency %d/%d = %.3f, weight %.0f%%%s", tier.tier(),
					tier.achievedRestores(), tier.requiredRestores(), tier.achievedRestores(), tier.requiredRestores(),
					tier.frequency(), tier.nominalWeight() * 100,
					tier.weight() == tier.nominalWeight() ? ""
							: String.format(Locale.ROOT, " redistributed to %.4f", tier.weight())));
		}
		for (int missing : missingTiers()) {
			lines.add(String.format(Locale.ROOT,
					"tier %d: no VM in the plan; its weight %.0f%% is redistributed over the present tiers", missing,
					TIER_WEIGHTS[missing - 1] * 100));
		}
		if (tiers.isEmpty()) {
			lines.add("verification frequency = 0 (no VM in the plan)");
		} else {
			StringJoiner terms = new StringJoiner(" + ", "verification frequency = ",
					String.format(Locale.ROOT, " = %.4f", verificationFrequency));
			tiers.forEach(tier -> terms
					.add(String.format(Locale.ROOT, "%.4f x %.3f", tier.weight(), tier.frequency())));
			lines.add(terms.toString());
		}
		lines.add(String.format(Locale.ROOT, "readiness = %d of %d VMs restored and verified in this drill = %.4f",
				readyVms, planVms, readiness));
		lines.add(String.format(Locale.ROOT, "score = 0.60 x %.4f + 0.40 x %.4f = %.4f (%s)", verificationFrequency,
				readiness, score, percent(score)));
		return lines;
	}

	/** A fraction as a percentage with one decimal: {@code 0.8125} is {@code 81.3 %}. */
	public static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
	}
}
