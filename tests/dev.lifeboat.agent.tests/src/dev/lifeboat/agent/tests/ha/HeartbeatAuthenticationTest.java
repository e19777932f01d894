package dev.lifeboat.agent.tests.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * not keep the dead peer alive.
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
