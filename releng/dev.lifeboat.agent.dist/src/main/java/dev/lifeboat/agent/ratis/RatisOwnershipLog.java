package dev.lifeboat.agent.ratis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.netty.NettyConfigKeys;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.util.TimeDuration;

import dev.lifeboat.agent.ha.Ownership;
import dev.lifeboat.agent.ha.OwnershipLog;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;

/**
 * {@link OwnershipLog} on Apache Ratis: one Raft group per HA policy whose peers are the policy's members, on
 * their management addresses (the first heartbeat address when a member has none), over Ratis' Netty
 * transport. Election timeouts follow the heartbeat interval, so that a new leader exists well before the
 * takeover deadline when the old one dies.
 */
public final class RatisOwnershipLog implements OwnershipLog {

	/** Ratis' Netty server logs every connection at INFO through java.util.logging: keep the agent's log readable. */
	private static final java.util.logging.Logger NETTY_LOG = java.util.logging.Logger
			.getLogger("org.apache.ratis.thirdparty.io.netty.handler.logging.LoggingHandler");

	private RaftServer server;
	private RaftClient client;
	private RaftGroup group;
	private RaftPeerId selfId;
	/** Identifies this member's own commits to its server (Ratis' retry cache is per client id). */
	private final ClientId localClient = ClientId.randomId();
	private final AtomicLong callIds = new AtomicLong();
	private long commitBoundMs;
	private final OwnershipStateMachine machine = new OwnershipStateMachine();

	@Override
	public void start(HaSpec spec, String self, Path storage) throws IOException {
		NETTY_LOG.setLevel(java.util.logging.Level.WARNING);
		List<RaftPeer> peers = spec.members().stream().map(member -> RaftPeer.newBuilder()
				.setId(RaftPeerId.valueOf(member.hostName())).setAddress(address(member) + ":" + PORT).build())
				.toList();
		UUID id = UUID.nameUUIDFromBytes(("lifeboat-ha:" + spec.policyName()).getBytes(StandardCharsets.UTF_8));
		group = RaftGroup.valueOf(RaftGroupId.valueOf(id), peers);
		selfId = RaftPeerId.valueOf(self);
		commitBoundMs = spec.timings().intervalMs();

		RaftProperties properties = new RaftProperties();
		RaftConfigKeys.Rpc.setType(properties, SupportedRpcType.NETTY);
		NettyConfigKeys.Server.setHost(properties, address(spec.member(self)));
		NettyConfigKeys.Server.setPort(properties, PORT);
		Files.createDirectories(storage);
		RaftServerConfigKeys.setStorageDir(properties, List.of(storage.toFile()));
		int interval = spec.heartbeatIntervalMs();
		RaftServerConfigKeys.Rpc.setTimeoutMin(properties, TimeDuration.valueOf(Math.max(150, interval), TimeUnit.MILLISECONDS));
		RaftServerConfigKeys.Rpc.setTimeoutMax(properties, TimeDuration.valueOf(Math.max(300, 2L * interval), TimeUnit.MILLISECONDS));
		RaftClientConfigKeys.Rpc.setRequestTimeout(properties, TimeDuration.valueOf(1, TimeUnit.SECONDS));

		boolean formatted = Files.isDirectory(storage.resolve(id.toString()));
		server = RaftServer.newBuilder().setServerId(RaftPeerId.valueOf(self)).setGroup(group)
				.setProperties(properties).setStateMachine(machine)
				.setOption(formatted ? RaftStorage.StartupOption.RECOVER : RaftStorage.StartupOption.FORMAT).build();
		server.start();
		// Only a fenced member's reads go through a client (to whoever leads); commits go to this member's own
		// server (see commit).
		client = RaftClient.newBuilder().setProperties(properties).setRaftGroup(group)
				.setLeaderId(RaftPeerId.valueOf(self))
				.setRetryPolicy(RetryPolicies.retryUpToMaximumCountWithFixedSleep(3,
						TimeDuration.valueOf(100, TimeUnit.MILLISECONDS)))
				.build();
	}

	private static String address(HaMember member) {
		return member.managementAddress() != null ? member.managementAddress() : member.heartbeatAddresses().get(0);
	}

	@Override
	public boolean isLeader() {
		try {
			return server.getDivision(group.getGroupId()).getInfo().isLeaderReady();
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public Ownership applied() {
		return machine.applied();
	}

	@Override
	public Ownership readCommitted() throws IOException {
		RaftClientReply reply = client.io().sendReadOnly(Message.valueOf("ownership"));
		if (!reply.isSuccess()) {
			throw new IOException("the log did not answer: " + reply.getException());
		}
		return Ownership.fromText(reply.getMessage().getContent().toStringUtf8());
	}

	/**
	 * Submits the entry to this member's own server, which only the leader calls: a {@link RaftClient} would go
	 * to the peer it last took for the leader and, after one slow answer, to a random other peer - possibly the
	 * member that just failed, whose TCP connect times out (a failover once took 12 s instead of 3 that way).
	 * The wait is bounded by one heartbeat interval: a leader that cannot commit by then has lost its majority or
	 * its leadership, and the daemon decides again on its next tick (a second FAIL of a host is ignored).
	 */
	@Override
	public void commit(String entry) throws IOException {
		RaftClientRequest request = RaftClientRequest.newBuilder().setClientId(localClient).setServerId(selfId)
				.setGroupId(group.getGroupId()).setCallId(callIds.incrementAndGet()).setMessage(Message.valueOf(entry))
				.setType(RaftClientRequest.writeRequestType()).setTimeoutMs(commitBoundMs).build();
		RaftClientReply reply;
		try {
			reply = server.submitClientRequestAsync(request).get(commitBoundMs, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new IOException("not committed within " + commitBoundMs + " ms (one heartbeat interval)");
		} catch (ExecutionException e) {
			throw new IOException("not committed: " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while committing");
		}
		if (!reply.isSuccess()) {
			throw new IOException("not committed: " + reply.getException());
		}
	}

	@Override
	public void close() {
		try {
			if (client != null) {
				client.close();
			}
			if (server != null) {
				server.close();
			}
		} catch (IOException e) {
			// Closing on the way out: nothing left to do with the error.
		}
	}
}
