package dev.lifeboat.agent.vtep;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The receive side of a VTEP socket, free of I/O: decodes the VXLAN header of each datagram and hands the inner
 * frame to the segment of its VNI, counting what it cannot attribute. One thread calls {@link #fromNetwork};
 * segments are added and removed from any one other thread without stopping it.
 */
public final class Ingress {

	private static final Segment[] NONE = new Segment[0];

	private final Counters unattributed = new Counters();
	private volatile Segment[] segments = NONE;
	/** Odd while a datagram is being forwarded: lets {@link #remove} wait until its segment is no longer in use. */
	private volatile long busy;

	/**
	 * Forwards the UDP payload {@code buffer[offset, offset + length)} that came from {@code sourceVtep} (an IPv4
	 * address as int). Never throws for any content. Socket thread only.
	 */
	public void fromNetwork(ByteBuffer buffer, int offset, int length, int sourceVtep) {
		busy++;
		try {
			int vni = VxlanCodec.decode(buffer, offset, length);
			if (vni == VxlanCodec.ERROR_SHORT) {
				unattributed.drop(DropReason.SHORT_PACKET);
				return;
			}
			if (vni == VxlanCodec.ERROR_NO_VNI_FLAG) {
				unattributed.drop(DropReason.NO_VNI_FLAG);
				return;
			}
			Segment segment = find(vni);
			if (segment == null) {
				unattributed.drop(DropReason.UNKNOWN_VNI);
				return;
			}
			forward(segment, buffer, offset, length, sourceVtep);
		} finally {
			busy++;
		}
	}

	/** Adds a segment, or replaces the one with the same VNI and returns once the old one is no longer in use. */
	public synchronized void put(Segment segment) {
		Segment[] next = Arrays.copyOf(segments, segments.length + 1);
		int at = indexOf(segments, segment.vni());
		if (at >= 0) {
			next = segments.clone();
			next[at] = segment;
		} else {
			next[next.length - 1] = segment;
			Arrays.sort(next, (a, b) -> Integer.compare(a.vni(), b.vni()));
		}
		segments = next;
		awaitQuiescence();
	}

	/**
	 * Removes the segment of {@code vni} and returns once the socket thread no longer uses it, so its TAP can be
	 * closed safely.
	 *
	 * @return the segment removed, or null
	 */
	public synchronized Segment remove(int vni) {
		int at = indexOf(segments, vni);
		if (at < 0) {
			return null;
		}
		Segment gone = segments[at];
		List<Segment> rest = new ArrayList<>(Arrays.asList(segments));
		rest.remove(at);
		segments = rest.toArray(NONE);
		awaitQuiescence();
		return gone;
	}

	/** The segment of {@code vni}, or null. */
	public Segment find(int vni) {
		Segment[] current = segments;
		int at = indexOf(current, vni);
		return at < 0 ? null : current[at];
	}

	/** The segments served, sorted by VNI. */
	public List<Segment> segments() {
		return List.of(segments);
	}

	/** Drops that happened before a VNI was known (or for a VNI no segment serves). */
	public VtepCounters unattributedCounters() {
		return Counters.snapshot(UserspaceVtep.NO_SEGMENT, unattributed);
	}

	private static void forward(Segment segment, ByteBuffer buffer, int offset, int length, int sourceVtep) {
		try {
			segment.fromNetwork(buffer, offset + VxlanCodec.HEADER_LENGTH, length - VxlanCodec.HEADER_LENGTH,
					sourceVtep);
		} catch (RuntimeException bug) {
			// A forwarding bug must cost one packet, not the VTEP.
			segment.dropFromNetwork(DropReason.INTERNAL_ERROR);
		}
	}

	/**
	 * The segment array was swapped before this reads {@code busy}; a datagram that started after that sees the
	 * new array (volatile accesses are totally ordered), so only one in flight now can still hold the old one.
	 */
	private void awaitQuiescence() {
		long seen = busy;
		if ((seen & 1) == 0) {
			return;
		}
		while (busy == seen) {
			Thread.onSpinWait();
		}
	}

	private static int indexOf(Segment[] sorted, int vni) {
		int low = 0;
		int high = sorted.length - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int at = sorted[mid].vni();
			if (at < vni) {
				low = mid + 1;
			} else if (at > vni) {
				high = mid - 1;
			} else {
				return mid;
			}
		}
		return -1;
	}
}
