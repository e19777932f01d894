package dev.lifeboat.agent.tests.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.agent.ha.Heartbeats;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;

/**
 * Heartbeats over real UDP sockets on loopback addresses: a member hears a peer with the same key; beats signed
 * with another key, and real beats captured and sent again after the peer died, are refused and counted, and do
 * not keep the dead peer alive. A planned restart announced in the beats: while the announced window lasts a peer
 * does not count the member's silence; when the window runs out the silence counts from its end; the restarted
 * member's first plain beat ends the window at once. An unsigned beat of an agent older than beat authentication
 * is refused and counted as outdated, not as forged.
 */
class HeartbeatAuthenticationTest {

	private static final String A = "127.77.0.1";
	private static final String B = "127.77.0.2";
	/** A third member whose address the test binds itself, to capture A's real beats as a listener would. */
	private static final String C = "127.77.0.3";

	@Test
	void forgedAndReplayedBeatsDoNotKeepADeadMemberAlive() throws Exception {
		HaSpec spec = spec(100);
		byte[] key = key(1);
		List<String> refusals = new ArrayList<>();
		try (DatagramSocket capture = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(C), Heartbeats.PORT));
				Heartbeats b = new Heartbeats(spec, "b", key, refusal -> {
					synchronized (refusals) {
						refusals.add(refusal);
					}
				})) {
			Heartbeats a = new Heartbeats(spec, "a", key, problem -> {
			});
			await("b hears a", () -> b.heard("a") && b.silentNanos("a", System.nanoTime()) < millis(300));
			List<byte[]> captured = capture(capture, 5);
			a.close();

			try (DatagramSocket impostor = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(A), 0))) {
				InetSocketAddress toB = new InetSocketAddress(InetAddress.getByName(B), Heartbeats.PORT);
				long sequence = 1_000_000;
				long deadline = System.nanoTime() + millis(1500);
				while (System.nanoTime() < deadline) {
					for (byte[] beat : captured) {
						impostor.send(new DatagramPacket(beat, beat.length, toB));
					}
					byte[] forged = beat(key(2), "a", 0, System.currentTimeMillis(), sequence++);
					impostor.send(new DatagramPacket(forged, forged.length, toB));
					Thread.sleep(20);
				}
			}
			long silent = b.silentNanos("a", System.nanoTime());
			assertTrue(silent >= millis(1500), "a's last accepted beat is from before it died: silent " + silent / 1_000_000 + " ms");
			assertTrue(b.forgedBeats() > 10, "wrong-key beats are counted: " + b.forgedBeats());
			assertTrue(b.replayedBeats() > 10, "replayed beats are counted: " + b.replayedBeats());
			synchronized (refusals) {
				assertTrue(refusals.stream().anyMatch(line -> line.contains("wrong authentication code")), refusals::toString);
				assertTrue(refusals.stream().anyMatch(line -> line.contains("old sequence number")), refusals::toString);
				assertEquals(2, refusals.size(), () -> "one log line per kind and sender, the rest counted: " + refusals);
			}
		}
	}

	@Test
	void aMemberWithAnotherKeyIsNotHeard() throws Exception {
		HaSpec spec = spec(50);
		try (Heartbeats a = new Heartbeats(spec, "a", key(1), problem -> {
		}); Heartbeats b = new Heartbeats(spec, "b", key(2), problem -> {
		})) {
			await("b refuses a's beats", () -> b.forgedBeats() >= 5);
			assertTrue(!b.heard("a"), "a beat with another key never counts as heard");
		}
	}

	@Test
	void aMemberInItsAnnouncedWindowIsNotSilentAndItsSilenceCountsFromTheWindowsEnd() throws Exception {
		HaSpec spec = spec(50);
		try (Heartbeats b = new Heartbeats(spec, "b", key(1), problem -> {
		})) {
			Heartbeats a = new Heartbeats(spec, "a", key(1), problem -> {
			});
			await("b hears a", () -> b.heard("a") && b.silentNanos("a", System.nanoTime()) < millis(200));
			a.announceMaintenance(System.nanoTime() + millis(1500));
			await("b learns a's window", () -> b.inMaintenance("a", System.nanoTime()));
			a.close();
			long died = System.nanoTime();
			Thread.sleep(700);
			assertTrue(b.inMaintenance("a", System.nanoTime()), "a's window (1.5 s) still runs");
			assertEquals(0, b.silentNanos("a", System.nanoTime()), "inside its window a's silence does not count");
			await("a's window ends", () -> !b.inMaintenance("a", System.nanoTime()));
			Thread.sleep(400);
			long silent = b.silentNanos("a", System.nanoTime());
			long sinceDeath = System.nanoTime() - died;
			assertTrue(silent >= millis(400), "after the window a's silence counts: " + silent / 1_000_000 + " ms");
			assertTrue(silent < sinceDeath - millis(600), "counted from the window's end, not from a's last beat: silent "
					+ silent / 1_000_000 + " ms, dead for " + sinceDeath / 1_000_000 + " ms");
		}
	}

	@Test
	void theRestartedMembersFirstBeatEndsTheWindow() throws Exception {
		HaSpec spec = spec(50);
		try (Heartbeats b = new Heartbeats(spec, "b", key(1), problem -> {
		})) {
			Heartbeats a = new Heartbeats(spec, "a", key(1), problem -> {
			});
			a.announceMaintenance(System.nanoTime() + millis(60_000));
			await("b learns a's window", () -> b.inMaintenance("a", System.nanoTime()));
			a.close();
			Thread.sleep(300);
			assertTrue(b.inMaintenance("a", System.nanoTime()), "a restarts inside its window");
			try (Heartbeats restarted = new Heartbeats(spec, "a", key(1), problem -> {
			})) {
				await("a's new agent's plain beats end the window", () -> !b.inMaintenance("a", System.nanoTime()));
				assertTrue(b.silentNanos("a", System.nanoTime()) < millis(500), "a is heard again");
				assertEquals(0, b.forgedBeats() + b.replayedBeats(), "the restarted agent's beats are all accepted");
			}
		}
	}

	@Test
	void unsignedBeatsOfAnOlderAgentAreOutdatedNotForgedAndKeepNobodyAlive() throws Exception {
		HaSpec spec = spec(50);
		List<String> refusals = new ArrayList<>();
		try (Heartbeats b = new Heartbeats(spec, "b", key(1), refusal -> {
			synchronized (refusals) {
				refusals.add(refusal);
			}
		}); DatagramSocket old = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(A), Heartbeats.PORT))) {
			InetSocketAddress toB = new InetSocketAddress(InetAddress.getByName(B), Heartbeats.PORT);
			for (long sequence = 1; sequence <= 20; sequence++) {
				// The beat of the agent before authentication: magic, policy, sender, path, sequence; no code.
				byte[] beat = ("LBHB1 auth-test a 0 " + sequence).getBytes(StandardCharsets.UTF_8);
				old.send(new DatagramPacket(beat, beat.length, toB));
				Thread.sleep(10);
			}
			await("b counts the old agent's beats", () -> b.outdatedBeats() == 20);
			assertEquals(0, b.forgedBeats(), "an old agent's beat is not a forgery");
			assertFalse(b.heard("a"), "an unsigned beat never counts as heard");
			synchronized (refusals) {
				assertEquals(1, refusals.size(), refusals::toString);
				assertTrue(refusals.get(0).contains("older than beat authentication: restart that member's agent"), refusals::toString);
			}
		}
	}

	@Test
	void keyFileMustBeRootOnlyAndLongEnough(@TempDir Path directory) throws IOException {
		Path file = directory.resolve(HaSpec.keyFileName("web tier"));
		assertEquals("web_tier.ha-key", file.getFileName().toString());
		IOException missing = assertThrows(IOException.class, () -> Heartbeats.readKey(file));
		assertTrue(missing.getMessage().contains("deploy"), missing.getMessage());

		Files.writeString(file, Base64.getEncoder().encodeToString(key(3)) + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		IOException readable = assertThrows(IOException.class, () -> Heartbeats.readKey(file));
		assertTrue(readable.getMessage().contains("chmod 600"), readable.getMessage());

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		assertEquals(32, Heartbeats.readKey(file).length);

		Files.writeString(file, Base64.getEncoder().encodeToString(new byte[8]) + "\n");
		IOException shortKey = assertThrows(IOException.class, () -> Heartbeats.readKey(file));
		assertTrue(shortKey.getMessage().contains("fewer than 32"), shortKey.getMessage());
	}

	private static HaSpec spec(int intervalMs) {
		HaSpec spec = new HaSpec("auth-test", intervalMs, 4, true);
		for (String[] member : new String[][] { { "a", A }, { "b", B }, { "c", C } }) {
			HaMember haMember = new HaMember(member[0], member[1], 1, 1024);
			haMember.heartbeatAddresses().add(member[1]);
			spec.members().add(haMember);
		}
		return spec;
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		new java.util.Random(seed).nextBytes(key);
		return key;
	}

	/** A beat as a member with {@code key} would send it: the wire format of {@link Heartbeats}. */
	private static byte[] beat(byte[] key, String member, int path, long incarnation, long sequence) throws Exception {
		String text = "LBHB2 auth-test " + member + " " + path + " " + incarnation + " " + sequence + " "
				+ System.currentTimeMillis();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		String code = Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		return (text + " " + code).getBytes(StandardCharsets.UTF_8);
	}

	private static List<byte[]> capture(DatagramSocket socket, int count) throws IOException {
		List<byte[]> beats = new ArrayList<>();
		socket.setSoTimeout(5000);
		while (beats.size() < count) {
			DatagramPacket packet = new DatagramPacket(new byte[512], 512);
			socket.receive(packet);
			if (packet.getAddress().getHostAddress().equals(A)) {
				beats.add(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
			}
		}
		return beats;
	}

	private static long millis(long ms) {
		return TimeUnit.MILLISECONDS.toNanos(ms);
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(20);
		}
		fail("gave up waiting until " + what);
	}
}
