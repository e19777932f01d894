package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.core.drill.DrillHistory;
import dev.lifeboat.core.drill.DrillHistory.Entry;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.ui.parts.DrillHistoryPart;

/**
 * The Drill History part on a copy of the demo with three recorded drills of its plan: listed newest first with
 * RPO/RTO against the plan's targets and the chain verified, a report opened in the console, exported as HTML and
 * PDF, and a changed report file shown as a broken chain. Screenshots in target/screenshots.
 */
class DrillHistoryPartTest {

	private static final String PLAN = DemoDrills.PLAN;
	private static final Instant FIRST = Instant.parse("2026-11-02T09:00:00Z");

	@Test
	void listsOpensExportsAndShowsTampering() throws Exception {
		ConsoleDriver console = new ConsoleDriver();
		Path before = console.session().currentFile().orElse(null);
		Path folder = Files.createTempDirectory("drill-history-ui");
		Path file = DemoTopology.copyTo(folder.resolve("demo.lifeboat"));
		Topology topology = TopologyFiles.load(file);
		for (int week = 0; week < 3; week++) {
			DrillHistory.recordDrill(topology, DemoDrills.drill(FIRST.plus(Duration.ofDays(7L * week)), week != 1), folder
					.resolve("reports"), folder);
		}
		TopologyFiles.save(topology, file);
		try {
			console.session().open(file);
			console.command("dev.lifeboat.ui.command.drillHistory");
			DrillHistoryPart part = (DrillHistoryPart) console.partObject(DrillHistoryPart.ID);
			Table table = ConsoleDriver.find(console.part(DrillHistoryPart.ID), Table.class, candidate -> true);
			console.waitUntil("the chain to be verified in the background", () -> !part.refreshing());

			List<Entry> entries = part.entries();
			assertEquals(3, entries.size());
			assertEquals(3, table.getItemCount());
			assertEquals("2026-11-16 09:00", table.getItem(0).getText(0), "newest first");
			assertEquals("2026-11-02 09:00", table.getItem(2).getText(0));
			assertEquals(PLAN, table.getItem(0).getText(1));
			assertEquals("FAILED", table.getItem(1).getText(2));
			assertEquals("20 min / 1 h", table.getItem(0).getText(3), "RPO against tier1-hourly's 60 min");
			assertEquals("36 s / 15 min", table.getItem(0).getText(4), "RTO against the plan's 15 min");
			assertEquals("not measured / 15 min (missed)", table.getItem(1).getText(4));
			assertEquals("100.0 %", table.getItem(0).getText(5));
			assertEquals("verified", table.getItem(2).getText(6));
			assertTrue(part.summary().contains("hash chain verified"), part.summary());

			// maximized, as a user double-clicking the tab to read a report
			MPart model = console.context.get(EPartService.class).findPart(DrillHistoryPart.ID);
			model.getParent().getTags().add(IPresentationEngine.MAXIMIZED);
			part.select(entries.get(0));
			part.openReport(entries.get(0));
			console.settle();
			assertEquals(entries.get(0), part.shown().orElseThrow());
			if (!part.showsInBrowser()) {
				List<Label> pages = ConsoleDriver.findAll(console.part(DrillHistoryPart.ID), Label.class,
						label -> label.getImage() != null);
				assertTrue(pages.size() >= 2, "the report's pages are shown: " + pages.size());
				assertTrue(pages.get(0).isVisible() && pages.get(0).getSize().x > 400 && pages.get(0).getSize().y > 500,
						"page 1 is laid out at its size: " + pages.get(0).getSize());
			}
			console.screenshot("drill-history-report");

			Path html = folder.resolve("exported.html");
			Path pdf = folder.resolve("exported.pdf");
			part.export(entries.get(0), html, "html");
			part.export(entries.get(0), pdf, "pdf");
			assertArrayEquals(Files.readAllBytes(DrillHistory.reportFile(entries.get(0).record(), folder)),
					Files.readAllBytes(html));
			Process text = new ProcessBuilder("pdftotext", pdf.toString(), "-").start();
			String pdfText = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(0, text.waitFor());
			assertTrue(pdfText.contains("DR drill report: " + PLAN), pdfText);

			Path oldest = DrillHistory.reportFile(entries.get(2).record(), folder);
			Files.writeString(oldest, Files.readString(oldest).replace("FAILED", "PASSED").replace("<h1>", "<h1>OK "));
			console.session().open(file);
			console.waitUntil("the chain to be verified again", () -> !part.refreshing());
			assertTrue(part.summary().startsWith("Drill history BROKEN: drill record 1 (2026-11-02T09:00:00Z, plan "
					+ PLAN + "): report file changed"), part.summary());
			assertEquals("BROKEN: report file changed", table.getItem(2).getText(6));
			assertEquals("unverified (after a break)", table.getItem(0).getText(6));
			console.screenshot("drill-history-broken");
			assertEquals(entries.get(0).record().getId(), part.shown().orElseThrow().record().getId(),
					"reopening the same file keeps its report on view");

			Path other = DemoTopology.copyTo(Files.createTempDirectory("drill-history-ui-other").resolve("demo.lifeboat"));
			console.session().open(other);
			console.waitUntil("the other file's history", () -> !part.refreshing());
			assertTrue(part.entries().isEmpty());
			assertTrue(part.shown().isEmpty(), "no report of a drill the list does not have stays on view");
			model.getParent().getTags().remove(IPresentationEngine.MAXIMIZED);
		} finally {
			if (before != null) {
				console.session().open(before);
				console.pump();
			}
		}
	}
}
