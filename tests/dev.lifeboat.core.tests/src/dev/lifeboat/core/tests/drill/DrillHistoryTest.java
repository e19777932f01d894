package dev.lifeboat.core.tests.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillHistory.Break;
import dev.lifeboat.core.drill.DrillHistory.Problem;
import dev.lifeboat.core.drill.DrillHistory.Recorded;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.tests.TopologyFixtures;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;

/**
 * Three drills recorded into a real topology file with their reports beside it; each kind of tampering, done to
 * the saved files as someone editing them would, is detected and named.
 */
class DrillHistoryTest {

	@TempDir
	Path folder;
	private Path topologyFile;
	private List<Recorded> recorded;

	@BeforeEach
	void recordThreeDrills() throws Exception {
		topologyFile = folder.resolve("lab.lifeboat");
		Topology topology = TopologyFixtures.valid().topology;
		TopologyFiles.save(topology, topologyFile);
		// week 1: db failed its file check; weeks 2 and 3: both verified
		DrillResult first = DrillFixtures.drill("dr-a", DrillFixtures.START,
				List.of(DrillFixtures.failing("db", 1), DrillFixtures.passing("web", 2)));
		DrillResult second = DrillFixtures.drill("dr-a", DrillFixtures.START.plus(Duration.ofDays(7)),
				List.of(DrillFixtures.passing("db", 1), DrillFixtures.passing("web", 2)));
		DrillResult third = DrillFixtures.drill("dr-a", DrillFixtures.START.plus(Duration.ofDays(14)),
				List.of(DrillFixtures.passing("db", 1), DrillFixtures.failing("web", 2)));
		recorded = List.of(record(first), record(second), record(third));
	}

	private Recorded record(DrillResult drill) throws Exception {
		Topology topology = TopologyFiles.load(topologyFile);
		Recorded result = DrillHistory.recordDrill(topology, drill, folder.resolve("reports"), folder);
		TopologyFiles.save(topology, topologyFile);
		return result;
	}

	@Test
	void intactHistoryVerifiesAndChains() throws Exception {
		Topology topology = TopologyFiles.load(topologyFile);
		List<DrillRecord> records = topology.getDrillRecords();

		assertEquals(3, records.size());
		assertEquals(Optional.empty(), DrillHistory.verify(topology, folder));
		assertEquals(DrillHistory.GENESIS, records.get(0).getPreviousHash());
		assertEquals(records.get(0).getHash(), records.get(1).getPreviousHash());
		assertEquals(records.get(1).getHash(), records.get(2).getPreviousHash());
		assertEquals("reports/" + recorded.get(0).html().getFileName(), records.get(0).getReportPath());
		assertEquals(Outcome.FAILED, records.get(0).getOutcome());
		assertEquals(Outcome.SUCCEEDED, records.get(1).getOutcome());
		assertEquals(1200, records.get(1).getActualRpoSeconds());
		assertEquals(36, records.get(1).getActualRtoSeconds());
		assertEquals(-1, records.get(0).getActualRtoSeconds(), "not all verified: no RTO");
		assertTrue(Files.size(recorded.get(2).pdf()) > 10_000, "the PDF report is written");
	}

	@Test
	void scoreCountsEarlierVerifiedRestoresFromTheHistory() {
		// drill 3: db (tier 1) verified now; web (tier 2) failed now but was verified by drill 2, 7 days earlier.
		// frequency = 0.40/0.75 x 1 + 0.35/0.75 x 1 = 1; readiness = 1/2; score = 0.60 + 0.20 = 0.80
		assertEquals(0.80, recorded.get(2).score().score(), 1e-9);
		// drill 1 had no history: tier 1 0/1, tier 2 1/1 -> frequency 0.35/0.75; readiness 1/2
		// score = 0.60 x 0.466667 + 0.40 x 0.5 = 0.28 + 0.2 = 0.48
		assertEquals(0.48, recorded.get(0).score().score(), 1e-9);
	}

	@Test
	void reportShowsTheTrendOfEarlierDrills() throws Exception {
		String html = Files.readString(recorded.get(2).html());
		assertTrue(html.contains(">48.0 %</text>") && html.contains(">100.0 %</text>")
				&& html.contains(">80.0 %</text>"), "trend bars of the three drills");
	}

	@Test
	void editedOldRecordIsDetected() throws Exception {
		Topology topology = TopologyFiles.load(topologyFile);
		String before = Double.toString(topology.getDrillRecords().get(0).getScore());
		// someone raises drill 1's score in the file itself
		String text = Files.readString(topologyFile);
		String edited = text.replaceFirst("score=\"" + before.replace(".", "\\.") + "\"", "score=\"0.95\"");
		assertNotEquals(text, edited, "the score attribute was found in the file");
		Files.writeString(topologyFile, edited);

		Break found = DrillHistory.verify(TopologyFiles.load(topologyFile), folder).orElseThrow();

		assertEquals(0, found.index());
		assertEquals(Problem.RECORD_EDITED, found.problem());
		assertTrue(found.message().startsWith("drill record 1 (2026-11-20T10:00:00Z, plan dr-a): record edited"),
				found.message());
	}

	@Test
	void changedReportFileIsDetected() throws Exception {
		Path report = recorded.get(1).html();
		Files.writeString(report, Files.readString(report).replace("FAILED", "PASSED"));
		Files.writeString(report, Files.readString(report).replace("<h1>", "<h1>Certified "));

		Break found = DrillHistory.verify(TopologyFiles.load(topologyFile), folder).orElseThrow();

		assertEquals(1, found.index());
		assertEquals(Problem.REPORT_CHANGED, found.problem());
		assertTrue(found.detail().contains(report.getFileName().toString()), found.detail());
		assertTrue(found.message().startsWith("drill record 2 (2026-11-27T10:00:00Z, plan dr-a): report file changed: "),
				found.message());
	}

	@Test
	void missingReportFileIsDetected() throws Exception {
		Files.delete(recorded.get(0).html());

		Break found = DrillHistory.verify(TopologyFiles.load(topologyFile), folder).orElseThrow();

		assertEquals(0, found.index());
		assertEquals(Problem.REPORT_MISSING, found.problem());
	}

	@Test
	void removedRecordIsDetected() throws Exception {
		Topology topology = TopologyFiles.load(topologyFile);
		topology.getDrillRecords().remove(1);
		TopologyFiles.save(topology, topologyFile);

		Break found = DrillHistory.verify(TopologyFiles.load(topologyFile), folder).orElseThrow();

		assertEquals(1, found.index(), "the record after the removed one");
		assertEquals(Problem.CHAIN_BROKEN, found.problem());
		assertEquals(recorded.get(2).record().getHash(), found.record().getHash());
	}

	@Test
	void drillOfAnUnknownPlanIsRefused() throws Exception {
		Topology topology = TopologyFiles.load(topologyFile);
		DrillResult drill = DrillFixtures.drill("no-such-plan", DrillFixtures.START, List.of());
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> DrillHistory.recordDrill(topology, drill, folder.resolve("reports"), folder));
		assertTrue(error.getMessage().contains("'no-such-plan'"), error.getMessage());
		assertEquals(3, topology.getDrillRecords().size(), "nothing appended");
	}
}
