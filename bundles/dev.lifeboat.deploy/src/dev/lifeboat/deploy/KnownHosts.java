package dev.lifeboat.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Host keys in OpenSSH known_hosts format: the user's {@code ~/.ssh/known_hosts} and Lifeboat's own file,
 * plain and hashed ({@code |1|salt|hash}) entries, {@code [host]:port} names and wildcard patterns. A key is
 * trusted when a file has it for the host and the topology's pin (if any) agrees; it is never trusted merely
 * because it was presented. A new key is written to Lifeboat's file only when the user (or the pin) named
 * exactly its fingerprint.
 */
public final class KnownHosts {

	/** The decision about a presented host key. */
	public enum Status {
		/** A known_hosts file has exactly this key for the host. */
		TRUSTED,
		/** Unknown until now, but the user or the topology named this fingerprint: written to Lifeboat's file. */
		ACCEPTED,
		/** Not known and not accepted: refused. */
		UNKNOWN,
		/** Differs from the key on record or from the pin: refused. */
		CHANGED
	}

	/** A decision, with the key's fingerprint and, when refused, what to do. */
	public record Verdict(Status status, String fingerprint, String message) {
		public boolean trusted() {
			return status == Status.TRUSTED || status == Status.ACCEPTED;
		}
	}

	private static final Object APPEND_LOCK = new Object();
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final List<Path> files;
	private final Path lifeboatFile;

	/** Reads {@code files} (missing ones are skipped) and appends accepted keys to {@code lifeboatFile}. */
	public KnownHosts(List<Path> files, Path lifeboatFile) {
		this.files = List.copyOf(files);
		this.lifeboatFile = lifeboatFile;
	}

	/** The user's and Lifeboat's files as the settings name them. */
	public static KnownHosts of(SshSettings settings) {
		return new KnownHosts(settings.knownHostsFiles(), settings.lifeboatKnownHosts());
	}

	/**
	 * Decides about the key {@code blob} (SSH wire format) that {@code target} presented.
	 *
	 * @param accepted the fingerprint the user accepted for this host, or {@code null}
	 */
	public Verdict check(SshTarget target, byte[] blob, String accepted) {
		String fingerprint = fingerprint(blob);
		String type = keyType(blob);
		if (target.pinnedFingerprint() != null && !same(target.pinnedFingerprint(), fingerprint)) {
			return new Verdict(Status.CHANGED, fingerprint, changed(target, type, fingerprint,
					target.pinnedFingerprint(), "the topology pins", "then update the host's pinned fingerprint in the topology"));
		}
		List<Entry> entries = entriesFor(target.knownHostsName());
		Optional<Entry> revoked = entries.stream().filter(entry -> entry.revoked() && Arrays.equals(entry.key(), blob)).findFirst();
		if (revoked.isPresent()) {
			return new Verdict(Status.CHANGED, fingerprint, target + ": its host key " + fingerprint + " is marked @revoked in "
					+ revoked.get().where() + ": the host must get a new key before Lifeboat connects to it");
		}
		if (entries.stream().anyMatch(entry -> !entry.revoked() && Arrays.equals(entry.key(), blob))) {
			return new Verdict(Status.TRUSTED, fingerprint, "");
		}
		Optional<Entry> other = entries.stream().filter(entry -> !entry.revoked() && entry.type().equals(type)).findFirst();
		if (other.isPresent()) {
			return new Verdict(Status.CHANGED, fingerprint, changed(target, type, fingerprint, fingerprint(other.get().key()),
					other.get().where() + " has", "then remove the old line from " + other.get().file()));
		}
		if (same(target.pinnedFingerprint(), fingerprint) || same(accepted, fingerprint)) {
			return accept(target, type, blob, fingerprint);
		}
		return new Verdict(Status.UNKNOWN, fingerprint, target + ": unknown host key " + type + " " + fingerprint
				+ ". Check it on the host (ssh-keygen -lf " + hostKeyFile(type) + "), then " + howToAccept(target.hostName(), fingerprint));
	}

	/**
	 * The end of an unknown key's message: how the command line accepts it. A console that accepts keys its own way
	 * replaces exactly this text.
	 */
	public static String howToAccept(String hostName, String fingerprint) {
		return "accept it with --accept-host-key " + hostName + "=" + fingerprint + " or pin it in the topology";
	}

	/** OpenSSH's fingerprint of a key: {@code SHA256:} and the unpadded base64 of the SHA-256 of its blob. */
	public static String fingerprint(byte[] blob) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
			return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** The algorithm name a key blob starts with, e.g. {@code ssh-ed25519}. */
	public static String keyType(byte[] blob) {
		ByteBuffer buffer = ByteBuffer.wrap(blob);
		if (blob.length < 4) {
			return "unknown";
		}
		int length = buffer.getInt();
		if (length < 0 || length > blob.length - 4) {
			return "unknown";
		}
		return new String(blob, 4, length, StandardCharsets.US_ASCII);
	}

	private Verdict accept(SshTarget target, String type, byte[] blob, String fingerprint) {
		String line = target.knownHostsName() + " " + type + " " + Base64.getEncoder().encodeToString(blob) + "\n";
		try {
			synchronized (APPEND_LOCK) {
				createParent(lifeboatFile);
				Files.writeString(lifeboatFile, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		} catch (IOException e) {
			return new Verdict(Status.UNKNOWN, fingerprint, target + ": accepted host key " + fingerprint
					+ " could not be recorded in " + lifeboatFile + " (" + e.getMessage() + "): make it writable and retry");
		}
		return new Verdict(Status.ACCEPTED, fingerprint, "");
	}

	private static String changed(SshTarget target, String type, String presented, String expected, String source, String fix) {
		return target + ": host key CHANGED: it presents " + type + " " + presented + " but " + source + " " + expected
				+ ". The host was reinstalled or someone is intercepting: verify with ssh-keygen -lf " + hostKeyFile(type)
				+ " on the host, " + fix + ". Nothing was sent to the host";
	}

	private static String hostKeyFile(String type) {
		String name = type.startsWith("ecdsa") ? "ecdsa" : type.equals("ssh-rsa") ? "rsa" : "ed25519";
		return "/etc/ssh/ssh_host_" + name + "_key.pub";
	}

	private static boolean same(String expected, String fingerprint) {
		if (expected == null) {
			return false;
		}
		String normalized = expected.strip().replaceAll("=+$", "");
		return normalized.equals(fingerprint);
	}

	private List<Entry> entriesFor(String name) {
		List<Entry> found = new ArrayList<>();
		for (Path file : files) {
			if (file != null && Files.isReadable(file)) {
				read(file).stream().filter(entry -> entry.matches(name)).forEach(found::add);
			}
		}
		return found;
	}

	private static List<Entry> read(Path file) {
		List<Entry> entries = new ArrayList<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return entries; // an unreadable file knows no keys: hosts then stay unknown, never trusted
		}
		for (int i = 0; i < lines.size(); i++) {
			Entry.parse(file, i + 1, lines.get(i)).ifPresent(entries::add);
		}
		return entries;
	}

	private static void createParent(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			Files.createDirectories(parent);
			try {
				Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
			} catch (UnsupportedOperationException e) {
				// not POSIX: nothing to restrict
			}
		}
	}

	/** One known_hosts line. */
	private record Entry(Path file, int line, String hosts, String type, byte[] key, boolean revoked) {

		static Optional<Entry> parse(Path file, int line, String text) {
			String trimmed = text.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				return Optional.empty();
			}
			String[] fields = WHITESPACE.split(trimmed);
			boolean revoked = false;
			int first = 0;
			if (fields[0].startsWith("@")) {
				if (!fields[0].equals("@revoked")) {
					return Optional.empty(); // @cert-authority: Lifeboat does not use host certificates
				}
				revoked = true;
				first = 1;
			}
			if (fields.length < first + 3) {
				return Optional.empty();
			}
			try {
				byte[] key = Base64.getDecoder().decode(fields[first + 2]);
				return Optional.of(new Entry(file, line, fields[first], fields[first + 1], key, revoked));
			} catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}

		boolean matches(String name) {
			if (hosts.startsWith("|1|")) {
				return hashedMatches(name);
			}
			boolean matched = false;
			for (String pattern : hosts.split(",")) {
				boolean negated = pattern.startsWith("!");
				if (glob(negated ? pattern.substring(1) : pattern, name)) {
					if (negated) {
						return false;
					}
					matched = true;
				}
			}
			return matched;
		}

		private boolean hashedMatches(String name) {
			String[] parts = hosts.split("\\|");
			if (parts.length != 4) {
				return false;
			}
			try {
				byte[] salt = Base64.getDecoder().decode(parts[2]);
				byte[] hash = Base64.getDecoder().decode(parts[3]);
				Mac mac = Mac.getInstance("HmacSHA1");
				mac.init(new SecretKeySpec(salt, "HmacSHA1"));
				return MessageDigest.isEqual(hash, mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
			} catch (IllegalArgumentException | GeneralSecurityException e) {
				return false;
			}
		}

		private static boolean glob(String pattern, String name) {
			if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
				return pattern.equalsIgnoreCase(name);
			}
			StringBuilder regex = new StringBuilder();
			for (char c : pattern.toCharArray()) {
				regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
			}
			return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(name).matches();
		}

		String where() {
			return file + ":" + line;
		}
	}
}
