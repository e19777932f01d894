package dev.lifeboat.agent.ha;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;

import dev.lifeboat.protocol.HaSpec;

/**
 * The replicated log in which the members of an HA policy agree on ownership: a consensus library (Apache
 * Raft through Ratis in the agent jar), never home-made. The implementation is found with
 * {@link ServiceLoader} because the consensus library is bundled only into the standalone agent jar.
 */
public interface OwnershipLog extends AutoCloseable {

	/** The TCP port the log's members talk on, on their management addresses. */
	int PORT = 7947;

	/** Joins the policy's group as {@code self}, keeping the log under {@code storage}. */
	void start(HaSpec spec, String self, Path storage) throws IOException;

	/** Whether this member leads the group now (only the leader commits failures). */
	boolean isLeader();

	/** The state as applied locally: up to date on the majority side, possibly stale on a minority. */
	Ownership applied();

	/**
	 * The state as committed by the majority, read through the leader: fails when this member cannot reach
	 * a majority, so a member that fenced itself learns ownership only from here.
	 */
	Ownership readCommitted() throws IOException;

	/**
	 * Commits an entry (see {@link Ownership}) through the majority, submitted by the leader to itself; returns
	 * once it is committed, or fails after a bound derived from the policy (one heartbeat interval).
	 */
	void commit(String entry) throws IOException;

	@Override
	void close();

	/** The implementation bundled with this agent, or {@code null} if none is. */
	static OwnershipLog bundled() {
		return ServiceLoader.load(OwnershipLog.class, OwnershipLog.class.getClassLoader()).findFirst().orElse(null);
	}
}
