package dev.lifeboat.agent.ha;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;

/**
 * Heartbeats over every path of an HA policy, over UDP: path i of a member is its i-th heartbeat address, and
 * this member sends from its i-th address to each peer's i-th address. A path is independent of the others
 * (its own socket, bound to its own address), so pulling one cable silences exactly one path.
 * <p>
 * Beats are authenticated with the policy's key (HMAC-SHA256, see {@link HaSpec#keyFileName}): a forged beat
 * could keep a dead member "alive" and so delay its failover for as long as it is sent. Each beat carries the
 * sender's incarnation (its start time), a sequence number and its send time; a beat is accepted only if its code
 * is right, it is newer than the last one accepted from that member on that path, and it was sent less than
 * {@link #FRESHNESS_MS} ago by the receiver's clock (a receiver that restarted has no last beat to compare with),
 * and only from the address of the path it claims to be on. Refused beats are counted.
 * <p>
 * A planned restart of a member's agent is announced in its beats: while {@link #announceMaintenance} holds, each
 * beat is an {@code LBHB3} beat carrying the milliseconds left of a maintenance window, signed like the others; a
 * receiver does not count the sender's silence until that window ends (measured on its own clock from the beat's
 * arrival), and any later plain beat (the restarted agent's first) ends the window. Plain beats stay {@code LBHB2},
 * so that an agent of the previous release still hears a member that runs this one.
 */
public final class Heartbeats implements AutoCloseable {

	/** The UDP port heartbeats use on every heartbeat address. */
	public static final int PORT = 7946;

	private static final String MAGIC = "LBHB2";
	/** A beat announcing a maintenance window: {@link #MAGIC}'s words, then the window's remaining milliseconds. */
	private static final String MAINTENANCE_MAGIC = "LBHB3";
	/** The unsigned beats of agents older than beat authentication: refused, but named for what they are. */
	private static final String OUTDATED_MAGIC = "LBHB1";

	/** The longest maintenance window a receiver honours, whatever a beat claims. */
	public static final long MAX_MAINTENANCE_MS = 120_000;
	private static final String ALGORITHM = "HmacSHA256";

	/**
	 * How old (or how far in the future) a beat's send time may be by the receiver's clock: members' clocks must
	 * agree within it (NTP); a replayed beat is refused once it is older.
	 */
	public static final long FRESHNESS_MS = 30_000;

	private final HaSpec spec;
	private final String self;
	private final long startNanos = System.nanoTime();
	private final List<DatagramSocket> sockets = new ArrayList<>();
	private final List<Thread> threads = new ArrayList<>();
	/** member -> path index -> nanoTime of the last beat. */
	private final Map<String, long[]> lastBeats = new ConcurrentHashMap<>();
	/** member -> path index -> {incarnation, sequence} of the last beat accepted (each path has one receiver). */
	private final Map<String, long[][]> lastAccepted = new ConcurrentHashMap<>();
	private final SecretKeySpec key;
	private final long incarnation = System.currentTimeMillis();
	private final AtomicLong forged = new AtomicLong();
	private final AtomicLong replayed = new AtomicLong();
	private final AtomicLong outdated = new AtomicLong();
	private final AtomicLong beatNumber = new AtomicLong();
	/**
	 * member -> {incarnation, sequence, nanoTime until which its silence is not counted (0: none)}, from its newest
	 * beat on any path: a plain beat overtaken on another path must not end a window announced after it.
	 */
	private final Map<String, long[]> maintenance = new ConcurrentHashMap<>();
	/** nanoTime until which this member's own beats announce maintenance, or 0. */
	private volatile long announcingUntil;
	private final Consumer<String> problems;
	private final Set<String> reportedRefusals = ConcurrentHashMap.newKeySet();
	private volatile boolean open = true;

	/**
	 * Binds one socket per heartbeat address of {@code self} and starts sending and receiving.
	 *
	 * @param key      the policy's heartbeat key
	 * @param problems told about a path that cannot be bound or sent on (the others keep working), and about the
	 *                 first refused beat of each kind from each claimed sender
	 */
	public Heartbeats(HaSpec spec, String self, byte[] key, Consumer<String> problems) {
		this.spec = spec;
		this.self = self;
		this.key = new SecretKeySpec(key, ALGORITHM);
		this.problems = problems;
		HaMember me = spec.member(self);
		for (HaMember member : spec.members()) {
			if (!member.hostName().equals(self)) {
				lastBeats.put(member.hostName(), new long[me.heartbeatAddresses().size()]);
				lastAccepted.put(member.hostName(), new long[me.heartbeatAddresses().size()][2]);
			}
		}
		for (int path = 0; path < me.heartbeatAddresses().size(); path++) {
			String address = me.heartbeatAddresses().get(path);
			try {
				DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), PORT));
				sockets.add(socket);
				int index = path;
				threads.add(Thread.ofPlatform().daemon().name("heartbeat-rx-" + path).start(() -> receive(socket, index)));
			} catch (IOException e) {
				problems.accept("heartbeat path " + path + " (" + address + "): cannot listen on UDP " + PORT + ": "
						+ e.getMessage());
				sockets.add(null);
			}
		}
		threads.add(Thread.ofPlatform().daemon().name("heartbeat-tx").start(() -> send(problems)));
	}

	/**
	 * Nanoseconds since the last beat from {@code member} on {@code path}; measured from this object's start if
	 * none came yet, so that a restarted agent gives every peer a full detection time before suspecting it.
	 */
	public long silentNanos(String member, int path, long now) {
		long[] beats = lastBeats.get(member);
		long last = beats == null || path >= beats.length || beats[path] == 0 ? startNanos : beats[path];
		long[] window = maintenance.get(member);
		return Math.max(0, now - (window == null || window[2] == 0 ? last : Math.max(last, window[2])));
	}

	/** Whether {@code member} is inside a maintenance window it announced (its silence is not counted). */
	public boolean inMaintenance(String member, long now) {
		long[] window = maintenance.get(member);
		return window != null && window[2] != 0 && now - window[2] < 0;
	}

	/**
	 * Announces a planned restart of this member's agent: until {@code untilNanos} every beat carries the
	 * remaining window, and one round of beats goes out at once on every path (twice: UDP may lose one).
	 */
	public void announceMaintenance(long untilNanos) {
		announcingUntil = untilNanos;
		Mac mac = mac();
		for (int round = 0; round < 2; round++) {
			beatOnce(mac, problems, new boolean[paths()]);
		}
	}

	/** Whether any beat came from {@code member} since this object started. */
	public boolean heard(String member) {
		long[] beats = lastBeats.get(member);
		if (beats != null) {
			for (long beat : beats) {
				if (beat != 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** Nanoseconds since this object started. */
	public long uptimeNanos(long now) {
		return now - startNanos;
	}

	/** Nanoseconds since the last beat from {@code member} on any path. */
	public long silentNanos(String member, long now) {
		long silent = Long.MAX_VALUE;
		for (int path = 0; path < paths(); path++) {
			silent = Math.min(silent, silentNanos(member, path, now));
		}
		return silent;
	}

	/** Beats refused because their authentication code was wrong, since this object started. */
	public long forgedBeats() {
		return forged.get();
	}

	/** Correctly signed beats refused as replays (not newer than the last accepted, or stale), since start. */
	public long replayedBeats() {
		return replayed.get();
	}

	/** Unsigned beats of agents older than beat authentication, refused since start. */
	public long outdatedBeats() {
		return outdated.get();
	}

	/**
	 * Reads a policy's heartbeat key: base64 on the first line of a file that only its owner may read.
	 *
	 * @throws IOException naming the file and the fix when it is missing, readable by others or not a key
	 */
	public static byte[] readKey(Path file) throws IOException {
		if (!Files.exists(file)) {
			throw new IOException("no heartbeat key at " + file + ": deploy the topology from the console, which installs it");
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
			throw new IOException("the heartbeat key " + file + " is readable by others: chmod 600 " + file);
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		} catch (IllegalArgumentException e) {
			throw new IOException("the heartbeat key " + file + " is not base64: deploy again to replace it");
		}
		if (key.length < 32) {
			throw new IOException("the heartbeat key " + file + " has " + key.length + " bytes, fewer than 32: deploy again to replace it");
		}
		return key;
	}

	/** The number of heartbeat paths of this member. */
	public int paths() {
		return spec.member(self).heartbeatAddresses().size();
	}

	private void send(Consumer<String> problems) {
		Mac mac = mac();
		boolean[] reported = new boolean[paths()];
		while (open) {
			beatOnce(mac, problems, reported);
			try {
				Thread.sleep(spec.heartbeatIntervalMs());
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/**
	 * One beat on every path to every peer, each with a sequence number of its own. Synchronized: an announcement
	 * beats from the caller's thread while the sender thread beats too, and numbers taken in one order but sent in
	 * the other made receivers refuse the older one as a replay.
	 */
	private synchronized void beatOnce(Mac mac, Consumer<String> problems, boolean[] reported) {
		HaMember me = spec.member(self);
		long number = beatNumber.incrementAndGet();
		long maintenanceLeft = TimeUnit.NANOSECONDS.toMillis(announcingUntil - System.nanoTime());
		for (int path = 0; path < sockets.size(); path++) {
			DatagramSocket socket = sockets.get(path);
			if (socket == null) {
				continue;
			}
			String text = (maintenanceLeft > 0 ? MAINTENANCE_MAGIC : MAGIC) + " " + spec.policyName() + " " + self + " " + path
					+ " " + incarnation + " " + number + " " + System.currentTimeMillis() + (maintenanceLeft > 0 ? " " + maintenanceLeft : "");
			byte[] beat = (text + " " + sign(mac, text)).getBytes(StandardCharsets.UTF_8);
			for (HaMember peer : spec.members()) {
				if (peer == me || path >= peer.heartbeatAddresses().size()) {
					continue;
				}
				try {
					socket.send(new DatagramPacket(beat, beat.length,
							new InetSocketAddress(InetAddress.getByName(peer.heartbeatAddresses().get(path)), PORT)));
					reported[path] = false;
				} catch (IOException e) {
					// A cut cable makes sends fail (no route): that is what the receivers will notice.
					if (!reported[path]) {
						problems.accept("heartbeat path " + path + " to " + peer.hostName() + ": " + e.getMessage());
						reported[path] = true;
					}
				}
			}
		}
	}

	private void receive(DatagramSocket socket, int path) {
		byte[] buffer = new byte[512];
		Mac mac = mac();
		while (open) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
			} catch (SocketException e) {
				return; // closed
			} catch (IOException e) {
				continue;
			}
			String beat = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
			String[] words = beat.split(" ");
			if (words.length < 3 || !words[0].startsWith("LBHB") || !words[1].equals(spec.policyName())) {
				continue; // not a beat of this policy
			}
			HaMember sender = spec.member(words[2]);
			long[] beats = lastBeats.get(words[2]);
			if (sender == null || beats == null || path >= sender.heartbeatAddresses().size()
					|| !packet.getAddress().getHostAddress().equals(sender.heartbeatAddresses().get(path))) {
				continue;
			}
			if (words[0].equals(OUTDATED_MAGIC)) {
				refuse(outdated, "outdated", sender.hostName(), path, packet, "an unsigned beat of an agent older than beat"
						+ " authentication: restart that member's agent on the current jar (deploy)");
				continue;
			}
			boolean announcing = words[0].equals(MAINTENANCE_MAGIC);
			if (words.length != (announcing ? 9 : 8) || !(announcing || words[0].equals(MAGIC)) || !words[3].equals(Integer.toString(path))
					|| !MessageDigest.isEqual(sign(mac, beat.substring(0, beat.lastIndexOf(' '))).getBytes(StandardCharsets.UTF_8),
							words[words.length - 1].getBytes(StandardCharsets.UTF_8))) {
				refuse(forged, "forged", sender.hostName(), path, packet,
						"a wrong authentication code (another key, or an agent without heartbeat keys?)");
				continue;
			}
			long beatIncarnation;
			long sequence;
			long sent;
			long window;
			try {
				beatIncarnation = Long.parseLong(words[4]);
				sequence = Long.parseLong(words[5]);
				sent = Long.parseLong(words[6]);
				window = announcing ? Math.clamp(Long.parseLong(words[7]), 0, MAX_MAINTENANCE_MS) : 0;
			} catch (NumberFormatException e) {
				refuse(forged, "forged", sender.hostName(), path, packet, "unreadable numbers");
				continue;
			}
			long[] last = lastAccepted.get(sender.hostName())[path];
			// A sender restarted with its clock set back has a smaller incarnation: taken once it has been silent
			// longer than the freshness window (no replay is that old and still fresh).
			boolean newer = beatIncarnation > last[0] || beatIncarnation == last[0] && sequence > last[1]
					|| System.nanoTime() - beats[path] > TimeUnit.MILLISECONDS.toNanos(FRESHNESS_MS);
			if (!newer || Math.abs(System.currentTimeMillis() - sent) > FRESHNESS_MS) {
				refuse(replayed, "replayed", sender.hostName(), path, packet, newer ? "a send time " + (System.currentTimeMillis() - sent)
						+ " ms off this member's clock (more than " + FRESHNESS_MS + "; clocks must agree)" : "an old sequence number");
				continue;
			}
			last[0] = beatIncarnation;
			last[1] = sequence;
			long arrived = System.nanoTime();
			beats[path] = arrived;
			// A plain beat ends a window: the restarted agent beats again (or the restart was called off).
			long until = window > 0 ? arrived + TimeUnit.MILLISECONDS.toNanos(window) : 0L;
			// A plain beat cuts a running window short at its arrival (not to 0): the member's other paths count
			// their silence from then, as if the window had ended there, not from their last beat before it.
			maintenance.merge(sender.hostName(), new long[] { beatIncarnation, sequence, until },
					(held, fresh) -> fresh[0] > held[0] || fresh[0] == held[0] && fresh[1] > held[1]
							? new long[] { fresh[0], fresh[1], fresh[2] != 0 || held[2] == 0 ? fresh[2] : Math.min(held[2], arrived) }
							: held);
		}
	}

	/** Counts a refused beat; the first of each kind from each claimed sender and path goes to the log. */
	private void refuse(AtomicLong counter, String kind, String claimed, int path, DatagramPacket packet, String why) {
		counter.incrementAndGet();
		if (reportedRefusals.add(kind + " " + claimed + " " + path)) {
			problems.accept("refused a heartbeat claiming to come from " + claimed + " on path " + path + " (from "
					+ packet.getAddress().getHostAddress() + "): " + why + "; further ones are only counted in the state");
		}
	}

	private Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("this JDK has no " + ALGORITHM, e);
		}
	}

	private static String sign(Mac mac, String text) {
		return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public void close() {
		open = false;
		sockets.stream().filter(socket -> socket != null).forEach(DatagramSocket::close);
		threads.forEach(Thread::interrupt);
	}
}
