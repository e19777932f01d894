package dev.lifeboat.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.KnownHosts.Status;
import dev.lifeboat.deploy.SshTarget;

/** Host key decisions against known_hosts files, without a network. */
class KnownHostsTest {

	@TempDir
	Path dir;

	private final byte[] key = ed25519(1);
	private final byte[] otherKey = ed25519(2);
	private final SshTarget host = new SshTarget("esx-n1", "198.18.9.1", 22, "root", null);
	private final SshTarget onPort = new SshTarget("esx-n2", "198.18.9.2", 2222, "root", null);

	@Test
	void aKeyInThePlainFileIsTrusted() throws IOException {
		KnownHosts known = known(line("198.18.9.1", key), line("[198.18.9.2]:2222", otherKey));
		assertEquals(Status.TRUSTED, known.check(host, key, null).status());
		assertEquals(Status.TRUSTED, known.check(onPort, otherKey, null).status());
	}

	@Test
	void hashedEntriesAreMatchedLikeOpenSsh() throws Exception {
		Path file = Files.writeString(dir.resolve("hashed"), line("198.18.9.1", key) + line("[198.18.9.2]:2222", otherKey));
		Process hash = new ProcessBuilder("ssh-keygen", "-q", "-H", "-f", file.toString()).redirectErrorStream(true).start();
		assertEquals(0, hash.waitFor(), new String(hash.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertTrue(Files.readString(file).startsWith("|1|"), "ssh-keygen -H hashes the names");
		KnownHosts known = new KnownHosts(List.of(file), dir.resolve("lifeboat"));
		assertEquals(Status.TRUSTED, known.check(host, key, null).status());
		assertEquals(Status.TRUSTED, known.check(onPort, otherKey, null).status());
		assertEquals(Status.CHANGED, known.check(host, otherKey, null).status());
	}

	@Test
	void aPortOtherThan22NeedsTheBracketForm() throws IOException {
		KnownHosts known = known(line("198.18.9.2", key));
		assertEquals(Status.UNKNOWN, known.check(onPort, key, null).status());
	}

	@Test
	void aDifferentKeyOfTheSameTypeIsChangedAndTheMessageSaysWhatToCheck() throws IOException {
		KnownHosts known = known(line("198.18.9.1", key));
		KnownHosts.Verdict verdict = known.check(host, otherKey, null);
		assertEquals(Status.CHANGED, verdict.status());
		assertTrue(verdict.message().contains("esx-n1"), verdict.message());
		assertTrue(verdict.message().contains(KnownHosts.fingerprint(key)), verdict.message());
		assertTrue(verdict.message().contains(KnownHosts.fingerprint(otherKey)), verdict.message());
		assertTrue(verdict.message().contains("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"), verdict.message());
		assertTrue(verdict.message().contains("remove the old line from " + dir.resolve("user")), verdict.message());
	}

	@Test
	void evenAnAcceptedFingerprintDoesNotOverrideAChangedKey() throws IOException {
		KnownHosts known = known(line("198.18.9.1", key));
		assertEquals(Status.CHANGED, known.check(host, otherKey, KnownHosts.fingerprint(otherKey)).status());
	}

	@Test
	void anUnknownKeyIsRefusedWithItsFingerprintAndNothingIsWritten() throws IOException {
		KnownHosts known = known();
		KnownHosts.Verdict verdict = known.check(host, key, null);
		assertEquals(Status.UNKNOWN, verdict.status());
		assertTrue(verdict.message().contains("--accept-host-key esx-n1=" + KnownHosts.fingerprint(key)), verdict.message());
		assertFalse(Files.exists(dir.resolve("lifeboat")));
	}

	@Test
	void acceptingTheWrongFingerprintIsStillARefusal() throws IOException {
		assertEquals(Status.UNKNOWN, known().check(host, key, KnownHosts.fingerprint(otherKey)).status());
	}

	@Test
	void anAcceptedKeyIsWrittenToLifeboatsFileAndTrustedNextTime() throws IOException {
		KnownHosts known = known();
		assertEquals(Status.ACCEPTED, known.check(host, key, KnownHosts.fingerprint(key)).status());
		assertTrue(Files.readString(dir.resolve("lifeboat")).startsWith("198.18.9.1 ssh-ed25519 "));
		assertEquals(Status.TRUSTED, known.check(host, key, null).status());
	}

	@Test
	void thePinDecidesForAnUnknownHostAndRefusesADifferentKey() throws IOException {
		SshTarget pinned = new SshTarget("esx-n1", "198.18.9.1", 22, "root", KnownHosts.fingerprint(key));
		assertEquals(Status.CHANGED, known(line("198.18.9.1", otherKey)).check(pinned, otherKey, null).status());
		KnownHosts fresh = new KnownHosts(List.of(), dir.resolve("pinned"));
		assertEquals(Status.ACCEPTED, fresh.check(pinned, key, null).status());
		KnownHosts.Verdict wrong = fresh.check(pinned, otherKey, KnownHosts.fingerprint(otherKey));
		assertEquals(Status.CHANGED, wrong.status());
		assertTrue(wrong.message().contains("the topology pins " + KnownHosts.fingerprint(key)), wrong.message());
	}

	@Test
	void wildcardsAndNegationFollowOpenSsh() throws IOException {
		KnownHosts known = known(line("198.18.9.*,!198.18.9.7", key));
		assertEquals(Status.TRUSTED, known.check(host, key, null).status());
		assertEquals(Status.UNKNOWN, known.check(new SshTarget("x", "198.18.9.7", 22, "root", null), key, null).status());
	}

	@Test
	void theFingerprintIsWhatSshKeygenPrints() throws Exception {
		Path keyFile = dir.resolve("id");
		Process generate = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", keyFile.toString()).start();
		assertEquals(0, generate.waitFor());
		Process print = new ProcessBuilder("ssh-keygen", "-lf", keyFile + ".pub").start();
		String printed = new String(print.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split(" ")[1];
		byte[] blob = Base64.getDecoder().decode(Files.readString(Path.of(keyFile + ".pub")).split(" ")[1]);
		assertEquals(printed, KnownHosts.fingerprint(blob));
		assertEquals("ssh-ed25519", KnownHosts.keyType(blob));
	}

	private KnownHosts known(String... lines) throws IOException {
		Path user = Files.writeString(dir.resolve("user"), String.join("", lines));
		return new KnownHosts(List.of(user, dir.resolve("lifeboat")), dir.resolve("lifeboat"));
	}

	private static String line(String hosts, byte[] blob) {
		return hosts + " ssh-ed25519 " + Base64.getEncoder().encodeToString(blob) + "\n";
	}

	/** A well-formed ed25519 public key blob with pseudo-random key bytes. */
	static byte[] ed25519(int seed) {
		byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
		byte[] point = new byte[32];
		new Random(seed).nextBytes(point);
		return ByteBuffer.allocate(4 + type.length + 4 + 32).putInt(type.length).put(type).putInt(32).put(point).array();
	}
}
