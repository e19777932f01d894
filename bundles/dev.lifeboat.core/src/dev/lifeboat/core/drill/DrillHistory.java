package dev.lifeboat.core.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lifeboat.core.drill.DrillReport.ScorePoint;
import dev.lifeboat.core.drill.ReliabilityScore.VerifiedRestore;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.DrillRecord;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.resource.StableIds;

/**
 * The drill history of a topology: one {@link DrillRecord} per drill, in the order run, chained by hash so that a
 * later edit of an old record, a change of its report file or a removed record is detected.
 * <p>
 * A record's hash is {@code sha256:<hex>} of the SHA-256 of its {@link #canonicalText(DrillRecord) canonical text}:
 * every field of the record (the plan by its stable id), the SHA-256 of its report file and the previous record's
 * hash, one {@code name=value} line each in a fixed order. The first record's previous hash is {@link #GENESIS}.
 * Report paths are kept relative to the topology file's folder when the report lies under it.
 */
public final class DrillHistory {

	/** The previous hash of the first record. */
	public static final String GENESIS = "genesis";
	private static final String FORMAT = "lifeboat-drill-record-v1";
	/** A VM row of a report (see {@link DrillReport}) whose checks all passed. */
	private static final Pattern VERIFIED_ROW = Pattern
			.compile("<tr id=\"vm-[^\"]*\" data-vm=\"([^\"]*)\" data-tier=\"\\d\" data-verified=\"true\"");
	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);

	private DrillHistory() {
	}

	/** Why a record does not verify. */
	public enum Problem {
		/** a field of the record differs from what its hash covers. */
		RECORD_EDITED("record edited"),
		/** the report file's content differs from the hash the record keeps. */
		REPORT_CHANGED("report file changed"),
		/** the report file is not there. */
		REPORT_MISSING("report file missing"),
		/** the record's previous hash is not the hash of the record before it: a record was removed or reordered. */
		CHAIN_BROKEN("chain broken");

		private final String label;

		Problem(String label) {
			this.label = label;
		}

		/** A few words for lists: "report file changed". */
		public String label() {
			return label;
		}
	}

	/**
	 * The first record of the history that does not verify.
	 *
	 * @param index  its position in the history, 0 for the oldest
	 * @param record the record
	 * @param problem what is wrong
	 * @param detail what was expected and found, for the administrator
	 */
	public record Break(int index, DrillRecord record, Problem problem, String detail) {

		/** One line naming the record and the problem, with the details. */
		public String message() {
			return headline() + ": " + detail;
		}

		/** The record and the problem in a few words: "drill record 2 (2026-..., plan p): record edited". */
		public String headline() {
			return "drill record " + (index + 1) + " (" + record.getStartedAt() + ", plan "
					+ (record.getPlan() == null ? "?" : record.getPlan().getName()) + "): " + problem.label();
		}
	}

	/**
	 * Appends the record of a drill whose report was written to {@code reportFile}.
	 *
	 * @param baseDirectory the folder of the topology file, against which the report path is kept
	 * @return the record, already the last of {@code topology}'s drill records; the caller saves the topology
	 * @throws IllegalArgumentException when the topology has no DR plan named as the drill's
	 * @throws IOException              when the report file cannot be read
	 */
	public static DrillRecord append(Topology topology, DrillResult result, ReliabilityScore score, Path reportFile,
			Path baseDirectory) throws IOException {
		DrillRecord record = record(topology, result, score, reportFile, baseDirectory);
		topology.getDrillRecords().add(record);
		return record;
	}

	/**
	 * The record {@link #append} would add, chained to the last record of {@code topology} but not yet added:
	 * for an editor that adds it through its command stack.
	 */
	public static DrillRecord record(Topology topology, DrillResult result, ReliabilityScore score, Path reportFile,
			Path baseDirectory) throws IOException {
		DrPlan plan = topology.getDrPlans().stream().filter(candidate -> result.planName().equals(candidate.getName()))
				.findFirst().orElseThrow(() -> new IllegalArgumentException("the drill was of plan '"
						+ result.planName() + "', which the topology '" + topology.getName()
						+ "' does not have: record it in the topology that holds the plan"));
		if (plan.getId() == null || plan.getId().isEmpty()) {
			StableIds.assignMissing(topology);
		}
		DrillRecord record = TopologyFactory.eINSTANCE.createDrillRecord();
		record.setPlan(plan);
		record.setInitiator(result.initiator());
		record.setStartedAt(iso(result.startedAt()));
		record.setFinishedAt(iso(result.finishedAt()));
		record.setOutcome(result.passed() ? Outcome.SUCCEEDED : Outcome.FAILED);
		record.setRestorePoint(result.restorePoint());
		record.setActualRpoSeconds(result.actualRpo() == null ? -1 : result.actualRpo().toSeconds());
		record.setActualRtoSeconds(result.actualRto() == null ? -1 : result.actualRto().toSeconds());
		record.setScore(score.score());
		Path absoluteBase = baseDirectory.toAbsolutePath().normalize();
		Path absoluteReport = reportFile.toAbsolutePath().normalize();
		record.setReportPath((absoluteReport.startsWith(absoluteBase) ? absoluteBase.relativize(absoluteReport)
				: absoluteReport).toString());
		record.setReportHash(sha256(Files.readAllBytes(reportFile)));
		List<DrillRecord> records = topology.getDrillRecords();
		record.setPreviousHash(records.isEmpty() ? GENESIS : records.get(records.size() - 1).getHash());
		record.setHash(sha256(canonicalText(record).getBytes(StandardCharsets.UTF_8)));
		return record;
	}

	/**
	 * Verifies the whole chain, oldest record first.
	 *
	 * @param baseDirectory the folder of the topology file, against which relative report paths are resolved
	 * @return the first record that does not verify, or empty when every record and report is intact
	 */
	public static Optional<Break> verify(Topology topology, Path baseDirectory) {
		List<DrillRecord> records = topology.getDrillRecords();
		String expectedPrevious = GENESIS;
		for (int i = 0; i < records.size(); i++) {
			DrillRecord record = records.get(i);
			Optional<Break> problem = check(i, record, expectedPrevious, baseDirectory);
			if (problem.isPresent()) {
				return problem;
			}
			expectedPrevious = record.getHash();
		}
		return Optional.empty();
	}

	private static Optional<Break> check(int index, DrillRecord record, String expectedPrevious, Path baseDirectory) {
		if (!expectedPrevious.equals(record.getPreviousHash())) {
			return Optional.of(new Break(index, record, Problem.CHAIN_BROKEN,
					"its previous hash is " + record.getPreviousHash() + " but the record before it "
							+ (index == 0 ? "is none (expected '" + GENESIS + "')" : "has hash " + expectedPrevious)
							+ ": a record was removed or reordered"));
		}
		String recomputed = sha256(canonicalText(record).getBytes(StandardCharsets.UTF_8));
		if (!recomputed.equals(record.getHash())) {
			return Optional.of(new Break(index, record, Problem.RECORD_EDITED, "its fields hash to "
					+ recomputed + ", the chain holds " + record.getHash()));
		}
		Path report = reportFile(record, baseDirectory);
		try {
			String reportHash = sha256(Files.readAllBytes(report));
			if (!reportHash.equals(record.getReportHash())) {
				return Optional.of(new Break(index, record, Problem.REPORT_CHANGED, report.toString()
						+ " hashes to " + reportHash + ", the record holds " + record.getReportHash()));
			}
		} catch (NoSuchFileException e) {
			return Optional.of(new Break(index, record, Problem.REPORT_MISSING,
					report + " is not there; restore it from a backup of the reports"));
		} catch (IOException e) {
			return Optional.of(new Break(index, record, Problem.REPORT_MISSING,
					report + " cannot be read: " + e.getMessage()));
		}
		return Optional.empty();
	}

	/**
	 * One recorded drill as a history list shows it.
	 *
	 * @param index       its position in the history, 0 for the oldest
	 * @param record      the record
	 * @param chainStatus "verified", "BROKEN: ..." for the first record that does not verify, "unverified (after
	 *                    a break)" for the records after it
	 * @param rpoTarget   the strictest RPO of the backup policies of the plan's VMs (null when none covers them)
	 * @param rtoTarget   the plan's RTO target
	 */
	public record Entry(int index, DrillRecord record, String chainStatus, Duration rpoTarget, Duration rtoTarget) {

		public boolean verified() {
			return VERIFIED.equals(chainStatus);
		}
	}

	/** The chain status of a record that verifies. */
	public static final String VERIFIED = "verified";

	/** Every record with its chain status and its plan's targets, newest first. */
	public static List<Entry> entries(Topology topology, Path baseDirectory) {
		Optional<Break> broken = verify(topology, baseDirectory);
		List<Entry> entries = new ArrayList<>();
		List<DrillRecord> records = topology.getDrillRecords();
		for (int i = records.size() - 1; i >= 0; i--) {
			DrillRecord record = records.get(i);
			String status = broken.isEmpty() || i < broken.get().index() ? VERIFIED
					: i == broken.get().index() ? "BROKEN: " + broken.get().problem().label()
							: "unverified (after a break)";
			DrPlan plan = record.getPlan();
			entries.add(new Entry(i, record, status, plan == null ? null : rpoTarget(topology, plan),
					plan == null ? null : Duration.ofMinutes(plan.getRtoTargetMinutes())));
		}
		return entries;
	}

	/** The strictest RPO of the backup policies that cover a VM of {@code plan}; null when none does. */
	public static Duration rpoTarget(Topology topology, DrPlan plan) {
		return topology.getBackupPolicies().stream()
				.filter(policy -> policy.getVms().stream().anyMatch(plan.getVms()::contains))
				.map(policy -> Duration.ofMinutes(policy.getRpoMinutes())).min(Duration::compareTo).orElse(null);
	}

	/** Where a record's report file is: its path, resolved against the topology file's folder when relative. */
	public static Path reportFile(DrillRecord record, Path baseDirectory) {
		return baseDirectory.resolve(record.getReportPath() == null ? "" : record.getReportPath());
	}

	/**
	 * What {@link #recordDrill} wrote and appended.
	 *
	 * @param record the record, already the last of the topology's drill records
	 * @param score  the drill's score
	 * @param html   the report
	 * @param pdf    the same report as PDF
	 */
	public record Recorded(DrillRecord record, ReliabilityScore score, Path html, Path pdf) {
	}

	/**
	 * Everything that follows a drill, in one call: the score (with the plan's earlier verified restores from the
	 * history), the report with the score trend, written as HTML and PDF into {@code reportDirectory}, and the
	 * record appended. The caller saves the topology.
	 *
	 * @param baseDirectory the folder of the topology file
	 * @throws IllegalArgumentException when the topology has no DR plan named as the drill's
	 * @throws IOException              when a report cannot be written
	 */
	public static Recorded recordDrill(Topology topology, DrillResult result, Path reportDirectory,
			Path baseDirectory) throws IOException {
		Recorded recorded = prepare(topology, result, reportDirectory, baseDirectory);
		topology.getDrillRecords().add(recorded.record());
		return recorded;
	}

	/**
	 * As {@link #recordDrill}, but the record is not added: for an editor that adds it through its command stack.
	 * The reports are written.
	 */
	public static Recorded prepare(Topology topology, DrillResult result, Path reportDirectory, Path baseDirectory)
			throws IOException {
		ReliabilityScore score = ReliabilityScore.of(result,
				verifiedRestores(topology, result.planName(), baseDirectory));
		DrillReport report = DrillReport.render(result, score, scores(topology, result.planName()));
		Files.createDirectories(reportDirectory);
		String name = "drill-" + result.planName().replaceAll("[^A-Za-z0-9_.-]", "_") + "-"
				+ FILE_TIME.format(result.startedAt());
		Path html = reportDirectory.resolve(name + ".html");
		Path pdf = reportDirectory.resolve(name + ".pdf");
		report.writeHtml(html);
		report.writePdf(pdf);
		return new Recorded(record(topology, result, score, html, baseDirectory), score, html, pdf);
	}

	/**
	 * The verified restores that the recorded drills of plan {@code planName} report: every VM row of their reports
	 * marked verified, at the drill's end. Reports that are missing are skipped; verify the chain first to trust the
	 * rest.
	 */
	public static List<VerifiedRestore> verifiedRestores(Topology topology, String planName, Path baseDirectory) {
		List<VerifiedRestore> restores = new ArrayList<>();
		for (DrillRecord record : topology.getDrillRecords()) {
			if (record.getPlan() == null || !planName.equals(record.getPlan().getName())) {
				continue;
			}
			try {
				Matcher row = VERIFIED_ROW.matcher(Files.readString(reportFile(record, baseDirectory)));
				while (row.find()) {
					restores.add(new VerifiedRestore(row.group(1), Instant.parse(record.getFinishedAt())));
				}
			} catch (IOException e) {
				// a missing report verified nothing that can be shown; verify() names it
			}
		}
		return restores;
	}

	/** The scores of the recorded drills of plan {@code planName}, oldest first: the report's trend. */
	public static List<ScorePoint> scores(Topology topology, String planName) {
		List<ScorePoint> points = new ArrayList<>();
		for (DrillRecord record : topology.getDrillRecords()) {
			if (record.getPlan() != null && planName.equals(record.getPlan().getName())) {
				points.add(new ScorePoint(Instant.parse(record.getFinishedAt()), record.getScore()));
			}
		}
		return points;
	}

	/**
	 * The text a record's hash is computed over: a format line, then every field, the report's hash and the
	 * previous hash as {@code name=value} lines in a fixed order. Values have backslashes and line breaks escaped so
	 * that no value can forge another line.
	 */
	public static String canonicalText(DrillRecord record) {
		StringBuilder text = new StringBuilder(FORMAT).append('\n');
		line(text, "plan", record.getPlan() == null ? "" : record.getPlan().getId());
		line(text, "initiator", record.getInitiator());
		line(text, "startedAt", record.getStartedAt());
		line(text, "finishedAt", record.getFinishedAt());
		line(text, "outcome", record.getOutcome().getLiteral());
		line(text, "restorePoint", record.getRestorePoint());
		line(text, "actualRpoSeconds", Long.toString(record.getActualRpoSeconds()));
		line(text, "actualRtoSeconds", Long.toString(record.getActualRtoSeconds()));
		line(text, "score", Double.toString(record.getScore()));
		line(text, "reportPath", record.getReportPath());
		line(text, "reportHash", record.getReportHash());
		line(text, "previousHash", record.getPreviousHash());
		return text.toString();
	}

	private static void line(StringBuilder text, String name, String value) {
		String escaped = value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
		text.append(name).append('=').append(escaped).append('\n');
	}

	/** {@code sha256:<hex>} of {@code content}. */
	static String sha256(byte[] content) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	private static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS).toString();
	}
}
