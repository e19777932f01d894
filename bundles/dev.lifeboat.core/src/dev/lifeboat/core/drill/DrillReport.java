package dev.lifeboat.core.drill;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.lifeboat.core.drill.DrillResult.Check;
import dev.lifeboat.core.drill.DrillResult.CheckKind;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.DrillResult.VmResult;

/**
 * The report of one DR drill: a self-contained XHTML document (inline CSS, inline SVG charts, no external
 * resource) that is kept as evidence, and the same document as PDF. Rendering only: every figure comes from the
 * {@link DrillResult}, the {@link ReliabilityScore} and the earlier scores handed in.
 *
 * @param html the whole document; well-formed XML, so that the PDF renderer reads it as it is
 */
public record DrillReport(String html) {

	/** One earlier drill's score, for the trend chart. */
	public record ScorePoint(Instant finishedAt, double score) {
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);
	private static final String PASS_COLOR = "#2e7d32";
	private static final String FAIL_COLOR = "#c62828";
	private static final String NOT_RUN_COLOR = "#8d8d8d";

	/**
	 * Renders the report of {@code result}.
	 *
	 * @param earlierScores the scores of earlier drills of the same plan, any order (the trend chart sorts them)
	 */
	public static DrillReport render(DrillResult result, ReliabilityScore score, List<ScorePoint> earlierScores) {
		return new DrillReport(new Writer(result, score, earlierScores).document());
	}

	/** Writes the HTML document, UTF-8. */
	public void writeHtml(Path file) throws IOException {
		Files.writeString(file, html, StandardCharsets.UTF_8);
	}

	/** Writes the same document as PDF (A4), charts included as vector graphics. */
	public void writePdf(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			writePdf(html, out);
		}
	}

	/**
	 * Renders a drill report's HTML (as {@link #html()} made it, e.g. read back from a kept report file) to PDF.
	 *
	 * @throws IOException when the document cannot be rendered (it names the cause) or written
	 */
	public static void writePdf(String reportHtml, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useSVGDrawer(new JsvgDrawer());
		embedFonts(builder);
		builder.withHtmlContent(reportHtml, null);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException e) {
			throw new IOException("the drill report could not be rendered as PDF: " + e.getMessage(), e);
		}
	}

	/**
	 * Embeds DejaVu (Debian's fonts-dejavu-core) when installed, so the PDF carries its fonts; without them the
	 * renderer falls back to the PDF base fonts, which readers substitute (monospace text then loses its columns).
	 */
	private static void embedFonts(PdfRendererBuilder builder) {
		Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu");
		String[][] fonts = { { "DejaVuSans.ttf", "DejaVu Sans", "400" }, { "DejaVuSans-Bold.ttf", "DejaVu Sans", "700" },
				{ "DejaVuSansMono.ttf", "DejaVu Sans Mono", "400" } };
		for (String[] font : fonts) {
			Path file = dejavu.resolve(font[0]);
			if (Files.isRegularFile(file)) {
				builder.useFont(file.toFile(), font[1], Integer.valueOf(font[2]), FontStyle.NORMAL, true);
			}
		}
	}

	/**
	 * The pages of a drill report's PDF as images, for showing a kept report where no HTML browser is available.
	 *
	 * @param dotsPerInch 96 shows the page at its CSS size
	 */
	public static List<BufferedImage> pageImages(String reportHtml, float dotsPerInch) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		writePdf(reportHtml, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			PDFRenderer renderer = new PDFRenderer(document);
			List<BufferedImage> pages = new ArrayList<>();
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				pages.add(renderer.renderImageWithDPI(page, dotsPerInch, ImageType.RGB));
			}
			return pages;
		}
	}

	/** Builds the document section by section. */
	private static final class Writer {
		private final DrillResult result;
		private final ReliabilityScore score;
		private final List<ScorePoint> trend;
		private final StringBuilder out = new StringBuilder(32_000);

		Writer(DrillResult result, ReliabilityScore score, List<ScorePoint> earlierScores) {
			this.result = result;
			this.score = score;
			this.trend = new ArrayList<>(earlierScores);
			this.trend.sort(Comparator.comparing(ScorePoint::finishedAt));
			this.trend.add(new ScorePoint(result.finishedAt(), score.score()));
		}

		String document() {
			out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
					.append("<meta charset=\"UTF-8\"/>\n<title>DR drill report: ").append(esc(result.planName()))
					.append(", ").append(TIME.format(result.startedAt())).append("</title>\n<style>\n").append(CSS)
					.append("</style>\n</head>\n<body>\n");
			header();
			scoreSection();
			objectives();
			timeline();
			matrix();
			trendSection();
			list("Warnings", "warnings", result.warnings(), "none");
			list("Errors", "errors", result.errors(), "none");
			list("Cleanup proof", "cleanup", result.cleanup(), "no cleanup proof was recorded");
			evidence();
			out.append("<p class=\"foot\">Generated by Lifeboat from the drill's measured results. The drill history "
					+ "chains this file's SHA-256 into its record: an edit of this file is detected.</p>\n");
			out.append("</body>\n</html>\n");
			return out.toString();
		}

		private void header() {
			boolean passed = result.passed();
			out.append("<h1>DR drill report: ").append(esc(result.planName())).append("</h1>\n");
			out.append("<p class=\"outcome ").append(passed ? "pass" : "fail").append("\">")
					.append(passed ? "PASSED: every VM restored and verified" : "FAILED: see the errors and the test matrix")
					.append("</p>\n<table class=\"facts\">\n");
			fact("Plan", result.planName());
			fact("Initiator", result.initiator());
			fact("Started", TIME.format(result.startedAt()));
			fact("Finished", TIME.format(result.finishedAt()) + " (" + human(
					Duration.between(result.startedAt(), result.finishedAt())) + ")");
			fact("Restore point", result.restorePoint());
			fact("Bubble VNI", Integer.toString(result.bubbleVni()));
			fact("Recovery hosts", String.join(", ", result.recoveryHosts()));
			out.append("</table>\n");
		}

		private void fact(String name, String value) {
			out.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
		}

		private void scoreSection() {
			out.append("<h2>Reliability score</h2>\n<p class=\"score\">")
					.append(ReliabilityScore.percent(score.score())).append("</p>\n<table class=\"grid\">\n")
					.append("<tr><th class=\"input\">input</th><th class=\"value\">value</th><th>definition</th></tr>\n");
			for (ReliabilityScore.TierFrequency tier : score.tiers()) {
				out.append("<tr><td>tier ").append(tier.tier()).append(" frequency</td><td>")
						.append(tier.achievedRestores()).append(" / ").append(tier.requiredRestores()).append(" = ")
						.append(fixed(tier.frequency(), 3)).append("</td><td>VMs of tier ").append(tier.tier())
						.append(" with a verified restore in the period / VMs of tier ").append(tier.tier())
						.append(" in the plan (one verified restore per VM per ")
						.append(ReliabilityScore.VERIFICATION_PERIOD.toDays()).append(" days), capped at 1; weight ")
						.append(fixed(tier.weight(), 4)).append("</td></tr>\n");
			}
			for (int tier : score.missingTiers()) {
				out.append("<tr><td>tier ").append(tier).append(" frequency</td><td>no VM</td><td>")
						.append("no VM of this tier in the plan: its weight is redistributed over the present tiers in ")
						.append("proportion to their weights</td></tr>\n");
			}
			out.append("<tr><td>verification frequency</td><td>").append(fixed(score.verificationFrequency(), 4))
					.append("</td><td>tier 1 x 40% + tier 2 x 35% + tier 3 x 25% (weights of present tiers)</td></tr>\n")
					.append("<tr><td>readiness</td><td>").append(score.readyVms()).append(" / ").append(score.planVms())
					.append(" = ").append(fixed(score.readiness(), 4))
					.append("</td><td>share of the plan's VMs that this drill's bubble restored and verified (every ")
					.append("check passed)</td></tr>\n<tr><td>score</td><td>").append(fixed(score.score(), 4))
					.append("</td><td>verification frequency x 60% + readiness x 40%</td></tr>\n</table>\n")
					.append("<p>Arithmetic:</p>\n<pre class=\"arithmetic\">");
			score.arithmetic().forEach(line -> out.append(esc(line)).append('\n'));
			out.append("</pre>\n");
		}

		private void objectives() {
			out.append("<h2>RPO and RTO: actual against target</h2>\n");
			Duration rpo = result.actualRpo();
			Duration rto = result.actualRto();
			long scale = 1;
			for (Duration value : new Duration[] { rpo, result.rpoTarget(), rto, result.rtoTarget() }) {
				scale = Math.max(scale, value == null ? 0 : value.toSeconds());
			}
			Svg svg = new Svg(700, 130);
			objectiveBars(svg, 10, "RPO", rpo, result.rpoTarget(), scale * 1.1);
			objectiveBars(svg, 70, "RTO", rto, result.rtoTarget(), scale * 1.1);
			out.append(svg.close());
			out.append("<table class=\"grid\">\n<tr><th></th><th>actual</th><th>target</th><th>met</th></tr>\n");
			objectiveRow("RPO (age of the restored point at the drill's start)", rpo, result.rpoTarget());
			objectiveRow("RTO (start of the first restore to the last VM verified)", rto, result.rtoTarget());
			for (VmResult vm : result.vms()) {
				objectiveRow("RPO of " + vm.vm() + " (its snapshot "
						+ (vm.snapshotId() == null ? "none" : RestorePoint.shortId(vm.snapshotId())
								+ " of " + TIME.format(vm.snapshotTime()))
						+ ")", vm.rpo(result.startedAt()), result.rpoTarget());
			}
			out.append("</table>\n");
		}

		private static void objectiveBars(Svg svg, double y, String name, Duration actual, Duration target,
				double scaleSeconds) {
			double width = 440;
			svg.text(10, y + 14, name + " target", "start");
			svg.rect(160, y + 2, width * target.toSeconds() / scaleSeconds, 16, "#b0bec5");
			svg.text(166 + width * target.toSeconds() / scaleSeconds, y + 14, human(target), "start");
			svg.text(10, y + 38, name + " actual", "start");
			if (actual == null) {
				svg.text(160, y + 38, "not measured", "start");
			} else {
				double bar = width * actual.toSeconds() / scaleSeconds;
				svg.rect(160, y + 26, Math.max(1, bar), 16, met(actual, target) ? PASS_COLOR : FAIL_COLOR);
				svg.text(166 + bar, y + 38, human(actual), "start");
			}
		}

		private void objectiveRow(String name, Duration actual, Duration target) {
			out.append("<tr><td>").append(esc(name)).append("</td><td>")
					.append(actual == null ? "not measured" : human(actual)).append("</td><td>").append(human(target))
					.append("</td><td>").append(actual == null ? "no" : met(actual, target) ? "yes" : "no")
					.append("</td></tr>\n");
		}

		private void timeline() {
			out.append("<h2>Timeline</h2>\n");
			List<TimelineStep> steps = result.timeline();
			double total = Math.max(1, Duration.between(result.startedAt(), result.finishedAt()).toMillis());
			Svg svg = new Svg(700, 24 + 20 * steps.size());
			svg.text(230, 12, "0 s", "start");
			svg.text(690, 12, human(Duration.ofMillis((long) total)), "end");
			int row = 0;
			for (TimelineStep step : steps) {
				double y = 18 + 20 * row++;
				double x = 230 + 460 * Duration.between(result.startedAt(), step.startedAt()).toMillis() / total;
				double width = Math.max(2, 460 * step.duration().toMillis() / total);
				svg.text(224, y + 12, shorten(step.name() + " " + step.target(), 34), "end");
				svg.rect(x, y, width, 15, color(step.status()));
			}
			out.append(svg.close());
			out.append("<table class=\"grid\">\n<tr><th>step</th><th>target</th><th>start</th><th>duration</th>")
					.append("<th>status</th><th>message</th></tr>\n");
			for (TimelineStep step : steps) {
				out.append("<tr><td>").append(esc(step.name())).append("</td><td>").append(esc(step.target()))
						.append("</td><td>+").append(human(Duration.between(result.startedAt(), step.startedAt())))
						.append("</td><td>").append(human(step.duration())).append("</td>");
				status(step.status());
				out.append("<td>").append(esc(step.message())).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

		private void matrix() {
			List<CheckKind> kinds = Arrays.stream(CheckKind.values()).filter(kind -> result.vms().stream()
					.anyMatch(vm -> vm.checks().stream().anyMatch(check -> check.kind() == kind))).toList();
			out.append("<h2>Test matrix</h2>\n<table class=\"grid matrix\">\n<tr><th class=\"vm\">VM</th>");
			kinds.forEach(kind -> out.append("<th>").append(kindName(kind)).append("</th>"));
			out.append("<th class=\"result\">result</th></tr>\n");
			for (VmResult vm : result.vms()) {
				out.append("<tr id=\"vm-").append(esc(vm.vm())).append("\" data-vm=\"").append(esc(vm.vm()))
						.append("\" data-tier=\"").append(vm.tier()).append("\" data-verified=\"").append(vm.passed())
						.append("\"><td><b>").append(esc(vm.vm())).append("</b><br/>tier ").append(vm.tier())
						.append(", ").append(esc(vm.sourceHost())).append(" to ").append(esc(vm.recoveryHost()))
						.append("<br/>snapshot ").append(esc(vm.snapshotId() == null ? "none" : vm.snapshotId()))
						.append(vm.snapshotTime() == null ? "" : " of " + TIME.format(vm.snapshotTime()) + "<br/>RPO "
								+ human(vm.rpo(result.startedAt())))
						.append("</td>");
				Map<CheckKind, List<Check>> byKind = new EnumMap<>(CheckKind.class);
				vm.checks().forEach(check -> byKind.computeIfAbsent(check.kind(), kind -> new ArrayList<>()).add(check));
				for (CheckKind kind : kinds) {
					List<Check> checks = byKind.getOrDefault(kind, List.of());
					if (checks.isEmpty()) {
						out.append("<td class=\"none\">not planned</td>");
						continue;
					}
					CheckStatus worst = checks.stream().map(Check::status).reduce(CheckStatus.PASS, Writer::worse);
					out.append("<td class=\"").append(cssClass(worst)).append("\">");
					for (Check check : checks) {
						out.append("<b>").append(label(check.status())).append("</b> ").append(esc(check.target()))
								.append(": ").append(esc(check.reason())).append("<br/>");
					}
					out.append("</td>");
				}
				status(vm.passed() ? CheckStatus.PASS : CheckStatus.FAIL);
				out.append("</tr>\n");
			}
			if (result.vms().isEmpty()) {
				out.append("<tr><td colspan=\"").append(kinds.size() + 2)
						.append("\">the plan has no VM: nothing was restored</td></tr>\n");
			}
			out.append("</table>\n");
		}

		private void trendSection() {
			out.append("<h2>Score trend</h2>\n");
			List<ScorePoint> shown = trend.subList(Math.max(0, trend.size() - 12), trend.size());
			Svg svg = new Svg(700, 170);
			svg.line(40, 130, 690, 130);
			svg.text(34, 134, "0 %", "end");
			svg.text(34, 24, "100 %", "end");
			svg.line(40, 20, 690, 20, "#dddddd");
			double slot = 650.0 / Math.max(1, shown.size());
			for (int i = 0; i < shown.size(); i++) {
				ScorePoint point = shown.get(i);
				double height = 110 * Math.max(0, Math.min(1, point.score()));
				double x = 40 + slot * i + slot * 0.2;
				boolean current = i == shown.size() - 1;
				svg.rect(x, 130 - height, slot * 0.6, Math.max(1, height), current ? "#1565c0" : "#90caf9");
				svg.text(x + slot * 0.3, 125 - height, ReliabilityScore.percent(point.score()), "middle");
				svg.text(x + slot * 0.3, 146, DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC)
						.format(point.finishedAt()), "middle");
			}
			svg.text(40, 164, "last " + shown.size() + " drills of this plan, this drill in dark blue", "start");
			out.append(svg.close());
		}

		private void list(String title, String cssClass, List<String> lines, String whenEmpty) {
			out.append("<h2>").append(title).append("</h2>\n<ul class=\"").append(cssClass).append("\">\n");
			if (lines.isEmpty()) {
				out.append("<li class=\"none\">").append(esc(whenEmpty)).append("</li>\n");
			}
			lines.forEach(line -> out.append("<li>").append(esc(line)).append("</li>\n"));
			out.append("</ul>\n");
		}

		private void evidence() {
			out.append("<h2>Evidence hashes</h2>\n<table class=\"grid evidence\">\n<tr><th>evidence</th>")
					.append("<th>SHA-256</th></tr>\n");
			result.evidence().forEach((name, hash) -> out.append("<tr><td>").append(esc(name))
					.append("</td><td class=\"hash\">").append(esc(hash)).append("</td></tr>\n"));
			if (result.evidence().isEmpty()) {
				out.append("<tr><td colspan=\"2\">no evidence was recorded</td></tr>\n");
			}
			out.append("</table>\n");
		}

		private void status(CheckStatus status) {
			out.append("<td class=\"").append(cssClass(status)).append("\"><b>").append(label(status))
					.append("</b></td>");
		}

		private static CheckStatus worse(CheckStatus a, CheckStatus b) {
			return a == CheckStatus.FAIL || b == CheckStatus.FAIL ? CheckStatus.FAIL
					: a == CheckStatus.NOT_RUN || b == CheckStatus.NOT_RUN ? CheckStatus.NOT_RUN : CheckStatus.PASS;
		}
	}

	/** An inline SVG chart, written as XML text. */
	private static final class Svg {
		private final StringBuilder svg = new StringBuilder();

		Svg(int width, int height) {
			svg.append(String.format(Locale.ROOT,
					"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
							+ "font-family=\"DejaVu Sans, Helvetica, sans-serif\" font-size=\"11\">%n",
					width, height, width, height));
		}

		void rect(double x, double y, double width, double height, String fill) {
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", x, y, width, height,
					fill));
		}

		void line(double x1, double y1, double x2, double y2) {
			line(x1, y1, x2, y2, "#555555");
		}

		void line(double x1, double y1, double x2, double y2, String stroke) {
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", x1, y1, x2, y2, stroke));
		}

		void text(double x, double y, String text, String anchor) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y,
					anchor, esc(text)));
		}

		String close() {
			return "<div class=\"chart\">" + svg + "</svg></div>\n";
		}
	}

	private static boolean met(Duration actual, Duration target) {
		return actual.compareTo(target) <= 0;
	}

	private static String color(CheckStatus status) {
		return switch (status) {
		case PASS -> PASS_COLOR;
		case FAIL -> FAIL_COLOR;
		case NOT_RUN -> NOT_RUN_COLOR;
		};
	}

	private static String label(CheckStatus status) {
		return status == CheckStatus.NOT_RUN ? "NOT RUN" : status.name();
	}

	private static String cssClass(CheckStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String kindName(CheckKind kind) {
		return switch (kind) {
		case REPOSITORY_CHECK -> "repository check";
		case FILE_HASHES -> "file hashes";
		case TCP_PORT -> "TCP port";
		case HTTP -> "HTTP";
		case COMMAND -> "command";
		};
	}

	/** {@code 48 s}, {@code 12 min 5 s}, {@code 2 h 3 min}. */
	public static String human(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return duration.toMillis() < 10_000 && duration.toMillis() % 1000 != 0
					? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
					: seconds + " s";
		}
		if (seconds < 3600) {
			return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
		}
		return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 3) + "...";
	}

	/** Escapes text for XML content and attribute values. */
	private static String esc(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
				.replace("\"", "&quot;");
	}

	private static final String CSS = """
			@page { size: A4; margin: 14mm 12mm; }
			body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 10pt; color: #222222; }
			h1 { font-size: 17pt; margin: 0 0 4pt 0; }
			h2 { font-size: 12.5pt; margin: 14pt 0 5pt 0; border-bottom: 1px solid #bbbbbb; page-break-after: avoid; }
			.outcome { font-weight: bold; padding: 4pt 6pt; color: #ffffff; }
			.outcome.pass { background: #2e7d32; }
			.outcome.fail { background: #c62828; }
			.score { font-size: 22pt; font-weight: bold; margin: 2pt 0; color: #1565c0; }
			table { border-collapse: collapse; width: 100%; }
			table.facts th { text-align: left; width: 25%; padding: 2pt 4pt; color: #555555; font-weight: normal; }
			table.facts td { padding: 2pt 4pt; }
			table.grid th, table.grid td { border: 1px solid #cccccc; padding: 3pt 4pt; vertical-align: top;
				text-align: left; word-wrap: break-word; }
			table.grid th { background: #eeeeee; }
			th.input { width: 21%; }
			th.value { width: 14%; }
			table.matrix { font-size: 8.5pt; }
			table.matrix th.vm { width: 24%; }
			table.matrix th.result { width: 9%; }
			td.pass b { color: #2e7d32; }
			td.fail { background: #fdecea; }
			td.fail b { color: #c62828; }
			td.not-run b { color: #6d6d6d; }
			td.none, li.none { color: #888888; }
			td.hash { font-family: 'DejaVu Sans Mono', Courier, monospace; font-size: 8pt; }
			pre.arithmetic { font-family: 'DejaVu Sans Mono', Courier, monospace; font-size: 8.5pt; background: #f5f5f5;
				padding: 5pt; white-space: pre-wrap; }
			div.chart { margin: 4pt 0 6pt 0; }
			p.foot { margin-top: 16pt; color: #777777; font-size: 8pt; }
			""";
}
