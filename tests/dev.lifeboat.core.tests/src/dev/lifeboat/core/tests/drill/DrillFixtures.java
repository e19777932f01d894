package dev.lifeboat.core.tests.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.Check;
import dev.lifeboat.core.drill.DrillResult.CheckKind;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillResult.VmResult;

/** Drill results built in code, as the drill runner fills them, for the score, report and history tests. */
final class DrillFixtures {

	static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
	static final Instant END = START.plusSeconds(48);

	private DrillFixtures() {
	}

	/** A VM whose every check passed. */
	static VmResult passing(String vm, int tier) {
		return new VmResult(vm, "esx-a1", "esx-b1", tier, "snap-" + vm, START.minusSeconds(900), List.of(
				new Check(CheckKind.REPOSITORY_CHECK, "repo", CheckStatus.PASS, "restic check: no errors"),
				new Check(CheckKind.FILE_HASHES, "/data", CheckStatus.PASS, "12 of 12 files match the snapshot"),
				new Check(CheckKind.HTTP, "GET / 200 " + vm, CheckStatus.PASS, "200, first line '" + vm + "'")));
	}

	/** A VM whose file check failed and whose probe therefore did not run. */
	static VmResult failing(String vm, int tier) {
		return new VmResult(vm, "esx-a2", "esx-b2", tier, "snap-" + vm, START.minusSeconds(1200), List.of(
				new Check(CheckKind.REPOSITORY_CHECK, "repo", CheckStatus.PASS, "restic check: no errors"),
				new Check(CheckKind.FILE_HASHES, "/data", CheckStatus.FAIL,
						"index.html: sha256 3f2a... after restore, 9c41... in the snapshot"),
				new Check(CheckKind.TCP_PORT, "7", CheckStatus.NOT_RUN, "the files did not verify")));
	}

	/** A drill of plan {@code plan} over {@code vms}, with a timeline step per VM and evidence per VM. */
	static DrillResult drill(String plan, Instant start, List<VmResult> vms) {
		Instant end = start.plusSeconds(48);
		List<TimelineStep> timeline = new ArrayList<>();
		timeline.add(new TimelineStep("preflight", "esx-b1", start, start.plusSeconds(3), CheckStatus.PASS,
				"repository reachable, capacity ok, VNI 9000 free"));
		timeline.add(new TimelineStep("build bubble", "esx-b1,esx-b2", start.plusSeconds(3), start.plusSeconds(6),
				CheckStatus.PASS, "overlay ov9000 up"));
		Instant at = start.plusSeconds(6);
		Map<String, String> evidence = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (VmResult vm : vms) {
			Instant done = at.plusSeconds(30 / Math.max(1, vms.size()));
			timeline.add(new TimelineStep("restore and verify", vm.vm(), at, done,
					vm.passed() ? CheckStatus.PASS : CheckStatus.FAIL, vm.passed() ? "verified" : "check failed"));
			evidence.put(vm.vm() + " file manifest", "sha256:" + Integer.toHexString(vm.vm().hashCode()) + "e3b0c442");
			if (!vm.passed()) {
				errors.add(vm.vm() + ": file check failed: index.html changed after restore");
			}
			at = done;
		}
		timeline.add(new TimelineStep("tear down bubble", "esx-b1,esx-b2", at, end, CheckStatus.PASS,
				"ov9000 removed"));
		boolean allVerified = !vms.isEmpty() && vms.stream().allMatch(VmResult::passed);
		return new DrillResult(plan, "alice@console", start, end, "latest", 9000, List.of("esx-b1", "esx-b2"), vms,
				timeline, vms.isEmpty() ? null : Duration.ofSeconds(1200), Duration.ofMinutes(60),
				allVerified ? Duration.ofSeconds(36) : null, Duration.ofMinutes(30),
				List.of("esx-b2 has 512 MiB free after the restore"), errors,
				List.of("esx-b1: no device ov9000, no guest namespace left", "esx-b2: no device ov9000"), evidence);
	}
}
