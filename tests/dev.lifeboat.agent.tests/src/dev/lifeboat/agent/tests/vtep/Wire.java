package dev.lifeboat.agent.tests.vtep;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import dev.lifeboat.agent.vtep.FrameSink;
import dev.lifeboat.agent.vtep.Underlay;

/** Captures what a segment writes to its TAP and sends to the underlay. */
final class Wire implements FrameSink, Underlay {

	record Datagram(int vtep, int flowHash, byte[] payload) {
	}

	final List<byte[]> tapFrames = new ArrayList<>();
	final List<Datagram> datagrams = new ArrayList<>();
	boolean keep = true;
	int tapWrites;
	int sends;

	@Override
	public boolean write(ByteBuffer buffer, int offset, int length) {
		tapWrites++;
		if (keep) {
			tapFrames.add(Frames.bytes(buffer, offset, length));
		}
		return true;
	}

	@Override
	public boolean send(ByteBuffer buffer, int offset, int length, int vtep, int flowHash) {
		sends++;
		if (keep) {
			datagrams.add(new Datagram(vtep, flowHash, Frames.bytes(buffer, offset, length)));
		}
		return true;
	}

	void clear() {
		tapFrames.clear();
		datagrams.clear();
	}
}
