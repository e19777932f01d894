package dev.lifeboat.agent.ratis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.netty.NettyConfigKeys;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
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
	private final OwnershipStateMachine machine = new OwnershipStateMachine();

	@Override
	public void start(HaSpec spec, String self, Path storage) throws IOException {
		NETTY_LOG.setLevel(java.util.logging.Level.WARNING);
		List<RaftPeer> peers = spec.members().stream().map(member -> RaftPeer.newBuilder()
				.setId(RaftPeerId.valueOf(member.hostName())).setAddress(address(member) + ":" + PORT).build())
				.toList();
		UUID id = UUID.nameUUIDFromBytes(("lifeboat-ha:" + spec.policyName()).getBytes(StandardCharsets.UTF_8));
		group = RaftGroup.valueOf(RaftGroupId.valueOf(id), peers);

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
		// Requests go to this member first: the leader commits through its own server, and a follower is told
		// who leads. A client that first tried a dead leader would wait for TCP to give up on it.
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

	@Override
	public void commit(String entry) throws IOException {
		RaftClientReply reply = client.io().send(Message.valueOf(entry));
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
