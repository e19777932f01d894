package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One backup policy as a host runs it: which of its guests, how often, how many snapshots to keep, where the
 * restic repository is and, for D2D2C, where the second copy of the same snapshots goes. Never a password:
 * the agent reads it from {@link #passwordFileName()} in its home, which the console fills over SSH.
 */
public final class BackupSpec {

	/** Where the repository is. Restic encrypts every kind. */
	public enum Kind {
		/** A path on the host itself. */
		LOCAL,
		/** Another host over SFTP: {@code sftp:root@HOST:/path}. */
		D2D,
		/** D2D, plus a copy of the same snapshots to {@link BackupSpec#secondaryRepository()} with restic copy. */
		D2D2C
	}

	private String policyName;
	private Kind kind = Kind.LOCAL;
	private String repository;
	private String secondaryRepository;
	private int intervalMinutes;
	private int retentionCount;
	private int rpoMinutes;
	private List<String> guests = new ArrayList<>();

	/** For the codec, which fills the fields itself. */
	private BackupSpec() {
	}

	public BackupSpec(String policyName, Kind kind, String repository, String secondaryRepository, int intervalMinutes,
			int retentionCount, int rpoMinutes) {
		this.policyName = policyName;
		this.kind = kind;
		this.repository = repository;
		this.secondaryRepository = secondaryRepository;
		this.intervalMinutes = intervalMinutes;
		this.retentionCount = retentionCount;
		this.rpoMinutes = rpoMinutes;
	}

	public String policyName() {
		return policyName;
	}

	public Kind kind() {
		return kind == null ? Kind.LOCAL : kind;
	}

	/** The restic repository: a path (LOCAL) or {@code sftp:USER@HOST:/path} (D2D, D2D2C). */
	public String repository() {
		return repository;
	}

	/** The repository of the second copy (D2D2C), or null. */
	public String secondaryRepository() {
		return secondaryRepository;
	}

	public int intervalMinutes() {
		return intervalMinutes;
	}

	/** How many snapshots of each guest {@code restic forget --keep-last} keeps. */
	public int retentionCount() {
		return retentionCount;
	}

	/** The age the newest snapshot of a guest may reach before its RPO is missed. */
	public int rpoMinutes() {
		return rpoMinutes;
	}

	/** The guests of this host the policy covers, by name. */
	public List<String> guests() {
		return guests;
	}

	/**
	 * The file in the agent home's {@code secrets/} directory that holds the repositories' password: named
	 * after the policy, never containing it.
	 */
	public String passwordFileName() {
		return passwordFileName(policyName);
	}

	/** {@link #passwordFileName()} of the policy {@code policyName}; the console and agent agree through it. */
	public static String passwordFileName(String policyName) {
		return policyName.replaceAll("[^A-Za-z0-9_.-]", "_") + ".restic-password";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BackupSpec other && Objects.equals(policyName, other.policyName) && kind() == other.kind()
				&& Objects.equals(repository, other.repository)
				&& Objects.equals(secondaryRepository, other.secondaryRepository)
				&& intervalMinutes == other.intervalMinutes && retentionCount == other.retentionCount
				&& rpoMinutes == other.rpoMinutes && Objects.equals(guests, other.guests);
	}

	@Override
	public int hashCode() {
		return Objects.hash(policyName, kind(), repository, secondaryRepository, guests);
	}
}
