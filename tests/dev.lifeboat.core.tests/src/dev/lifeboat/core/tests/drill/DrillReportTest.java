package dev.lifeboat.core.tests.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.drill.DrillReport;
import dev.lifeboat.core.drill.DrillReport.ScorePoint;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.ReliabilityScore;

/**
 * Renders a drill with a passing and a failing VM to HTML and PDF, and reads the PDF back with poppler
 * (pdftoppm, pdftotext): the page is drawn, and the text a reader sees is there. The files stay in
 * target/drill-report for a person to look at.
 */
class DrillReportTest {

	private static final Path OUT = Path.of("target", "drill-report");
	private static DrillResult drill;
	private static ReliabilityScore score;
	private static DrillReport report;

	@BeforeAll
	static void render() throws IOException {
		Files.createDirectories(OUT);
		drill = DrillFixtures.drill("dr-demo", DrillFixtures.START, List.of(DrillFixtures.passing("web-1", 1),
				DrillFixtures.passing("files-1", 2), DrillFixtures.failing("db-1", 1)));
		score = ReliabilityScore.of(drill, List.of());
		report = DrillReport.render(drill, score,
				List.of(new ScorePoint(DrillFixtures.START.minus(Duration.ofDays(14)), 0.72),
						new ScorePoint(DrillFixtures.START.minus(Duration.ofDays(7)), 0.91)));
		report.writeHtml(OUT.resolve("report.html"));
		report.writePdf(OUT.resolve("report.pdf"));
	}

	@Test
	void htmlHasEveryVmRowAndTheArithmetic() {
		for (DrillResult.VmResult vm : drill.vms()) {
			assertTrue(report.html().contains("<tr id=\"vm-" + vm.vm() + "\""), vm.vm() + " has no row");
		}
		assertTrue(report.html().contains("data-vm=\"db-1\" data-tier=\"1\" data-verified=\"false\""));
		// tier 1: web-1 of web-1, db-1 -> 1/2; tier 2: files-1 -> 1/1; no tier 3 (weights 40/75, 35/75)
		// frequency = 0.5333 x 0.5 + 0.4667 x 1 = 0.7333; readiness 2/3; score = 0.44 + 0.2667 = 0.7067
		for (String line : score.arithmetic()) {
			assertTrue(report.html().contains(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),
					"missing arithmetic line: " + line);
		}
		assertTrue(report.html().contains("score = 0.60 x 0.7333 + 0.40 x 0.6667 = 0.7067 (70.7 %)"));
		assertTrue(report.html().contains("NOT RUN</b> 7: the files did not verify"));
		assertTrue(report.html().contains("index.html changed after restore"));
		assertTrue(report.html().contains("esx-b1: no device ov9000"));
	}

	@Test
	void htmlIsSelfContainedWellFormedXml() throws Exception {
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(report.html().getBytes(StandardCharsets.UTF_8)));
		assertEquals(3, report.html().split("<svg ").length - 1, "timeline, RPO/RTO and trend charts");
		assertTrue(!report.html().contains("src=\"http") && !report.html().contains("href=\"http")
				&& !report.html().contains("<link"), "no external resource");
	}

	@Test
	void pdfPageOneIsDrawnAndReadable() throws Exception {
		Path png = OUT.resolve("report-page1");
		run("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", OUT.resolve("report.pdf").toString(),
				png.toString());
		BufferedImage page = ImageIO.read(png.resolveSibling("report-page1.png").toFile());
		long nonWhite = 0;
		long chartTargetBar = 0;
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int rgb = page.getRGB(x, y) & 0xffffff;
				nonWhite += rgb != 0xffffff ? 1 : 0;
				chartTargetBar += near(rgb, 0xb0bec5) ? 1 : 0;
			}
		}
		double share = (double) nonWhite / (page.getWidth() * page.getHeight());
		System.out.printf("drill report page 1: %dx%d px, %.1f %% not white%n", page.getWidth(), page.getHeight(),
				share * 100);
		assertTrue(share > 0.02, "page 1 is (nearly) blank: " + share);
		// the grey-blue target bars exist only in the RPO/RTO chart (SVG, drawn by jsvg): the chart was drawn
		assertTrue(chartTargetBar > 100, "the RPO/RTO chart is not drawn on page 1: " + chartTargetBar + " px");

		Path text = OUT.resolve("report.txt");
		run("pdftotext", "-layout", OUT.resolve("report.pdf").toString(), text.toString());
		// the embedded DejaVu sets "fi" as a ligature; NFKC reads it back as the two letters, as a reader's search does
		String pdfText = Normalizer.normalize(Files.readString(text), Normalizer.Form.NFKC);
		for (String expected : List.of("DR drill report: dr-demo", "alice@console", "web-1", "files-1", "db-1",
				"0.7067", "Cleanup proof", "Evidence hashes")) {
			assertTrue(pdfText.contains(expected), "the PDF lacks '" + expected + "'");
		}
	}

	private static boolean near(int rgb, int expected) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs((rgb >> shift & 0xff) - (expected >> shift & 0xff)) > 6) {
				return false;
			}
		}
		return true;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
	}
}
