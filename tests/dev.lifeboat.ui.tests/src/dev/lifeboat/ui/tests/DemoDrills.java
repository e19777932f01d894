package dev.lifeboat.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.Check;
import dev.lifeboat.core.drill.DrillResult.CheckKind;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillResult.VmResult;

/** Drill results of the demo's DR plan, as the drill runner fills them, for the console's drill tests. */
final class DemoDrills {

	static final String PLAN = "north-to-south";

	private DemoDrills() {
	}

	/** A drill of the demo plan: db-1 and web-1 verified, or web-1's file check failing. */
	static DrillResult drill(Instant start, boolean webPasses) {
		Instant end = start.plusSeconds(48);
		List<VmResult> vms = List.of(vm("db-1", "esx-n1", true, start), vm("web-1", "esx-n2", webPasses, start));
		List<TimelineStep> timeline = new ArrayList<>();
		timeline.add(new TimelineStep("preflight", "esx-s1", start, start.plusSeconds(4), CheckStatus.PASS, "ok"));
		timeline.add(new TimelineStep("restore and verify", "db-1", start.plusSeconds(4), start.plusSeconds(22),
				CheckStatus.PASS, "verified"));
		timeline.add(new TimelineStep("restore and verify", "web-1", start.plusSeconds(22), start.plusSeconds(40),
				webPasses ? CheckStatus.PASS : CheckStatus.FAIL, webPasses ? "verified" : "index.html changed"));
		timeline.add(new TimelineStep("tear down bubble", "esx-s1", start.plusSeconds(40), end, CheckStatus.PASS,
				"ov19999 removed"));
		return new DrillResult(PLAN, "operator@console", start, end, "latest", 19999, List.of("esx-s1"), vms, timeline,
				Duration.ofMinutes(20), Duration.ofMinutes(60), webPasses ? Duration.ofSeconds(36) : null,
				Duration.ofMinutes(15), List.of(), webPasses ? List.of() : List.of("web-1: index.html changed after restore"),
				List.of("esx-s1: no device ov19999 left"), Map.of("db-1 file manifest", "sha256:0f1e2d3c"));
	}

	private static VmResult vm(String name, String host, boolean passes, Instant start) {
		return new VmResult(name, host, "esx-s1", 1, "snap-" + name, start.minusSeconds(1200), List.of(
				new Check(CheckKind.REPOSITORY_CHECK, "tier1", CheckStatus.PASS, "no errors"),
				new Check(CheckKind.FILE_HASHES, "/srv/data", passes ? CheckStatus.PASS : CheckStatus.FAIL,
						passes ? "all files match" : "index.html differs from the snapshot")));
	}
}
