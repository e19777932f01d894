package dev.lifeboat.agent.ha;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;

/**
 * Heartbeats over every path of an HA policy, over UDP: path i of a member is its i-th heartbeat address, and
 * this member sends from its i-th address to each peer's i-th address. A path is independent of the others
 * (its own socket, bound to its own address), so pulling one cable silences exactly one path.
 * <p>
 * Beats carry no secret: a beat only delays a failover, it cannot cause one, and a beat is accepted only
 * from the address of the path it claims to be on.
 */
public final class Heartbeats implements AutoCloseable {

	/** The UDP port heartbeats use on every heartbeat address. */
	public static final int PORT = 7946;

	private static final String MAGIC = "LBHB1";

	private final HaSpec spec;
	private final String self;
	private final long startNanos = System.nanoTime();
	private final List<DatagramSocket> sockets = new ArrayList<>();
	private final List<Thread> threads = new ArrayList<>();
	/** member -> path index -> nanoTime of the last beat. */
	private final Map<String, long[]> lastBeats = new ConcurrentHashMap<>();
	private volatile boolean open = true;

	/**
	 * Binds one socket per heartbeat address of {@code self} and starts sending and receiving.
	 *
	 * @param problems told about a path that cannot be bound or sent on (the others keep working)
	 */
	public Heartbeats(HaSpec spec, String self, Consumer<String> problems) {
		this.spec = spec;
		this.self = self;
		HaMember me = spec.member(self);
		for (HaMember member : spec.members()) {
			if (!member.hostName().equals(self)) {
				lastBeats.put(member.hostName(), new long[me.heartbeatAddresses().size()]);
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
		return now - last;
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

	/** The number of heartbeat paths of this member. */
	public int paths() {
		return spec.member(self).heartbeatAddresses().size();
	}

	private void send(Consumer<String> problems) {
		HaMember me = spec.member(self);
		long sequence = 0;
		boolean[] reported = new boolean[paths()];
		while (open) {
			sequence++;
			for (int path = 0; path < sockets.size(); path++) {
				DatagramSocket socket = sockets.get(path);
				if (socket == null) {
					continue;
				}
				byte[] beat = (MAGIC + " " + spec.policyName() + " " + self + " " + path + " " + sequence)
						.getBytes(StandardCharsets.UTF_8);
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
			try {
				Thread.sleep(spec.heartbeatIntervalMs());
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private void receive(DatagramSocket socket, int path) {
		byte[] buffer = new byte[512];
		while (open) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
			} catch (SocketException e) {
				return; // closed
			} catch (IOException e) {
				continue;
			}
			String[] words = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8).split(" ");
			if (words.length != 5 || !words[0].equals(MAGIC) || !words[1].equals(spec.policyName())
					|| !words[3].equals(Integer.toString(path))) {
				continue;
			}
			HaMember sender = spec.member(words[2]);
			long[] beats = lastBeats.get(words[2]);
			if (sender == null || beats == null || path >= sender.heartbeatAddresses().size()
					|| !packet.getAddress().getHostAddress().equals(sender.heartbeatAddresses().get(path))) {
				continue;
			}
			beats[path] = System.nanoTime();
		}
	}

	@Override
	public void close() {
		open = false;
		sockets.stream().filter(socket -> socket != null).forEach(DatagramSocket::close);
		threads.forEach(Thread::interrupt);
	}
}
