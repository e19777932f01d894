package dev.lifeboat.agent.ratis;

import java.util.concurrent.CompletableFuture;

import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;

import dev.lifeboat.agent.ha.Ownership;

/**
 * The Raft state machine of an HA policy: applies committed ownership entries to an {@link Ownership}, and
 * answers queries (linearizable reads through the leader) with its text form. Without snapshots, a restarted
 * member rebuilds it by replaying its log, which is short (one entry per failure or return).
 */
final class OwnershipStateMachine extends BaseStateMachine {

	private final Ownership ownership = new Ownership();

	@Override
	public CompletableFuture<Message> applyTransaction(TransactionContext transaction) {
		LogEntryProto entry = transaction.getLogEntry();
		ownership.apply(entry.getStateMachineLogEntry().getLogData().toStringUtf8(), entry.getIndex());
		updateLastAppliedTermIndex(entry.getTerm(), entry.getIndex());
		return CompletableFuture.completedFuture(Message.valueOf("applied " + entry.getIndex()));
	}

	@Override
	public CompletableFuture<Message> query(Message request) {
		return CompletableFuture.completedFuture(Message.valueOf(ownership.toText()));
	}

	/** A copy of the state as applied here. */
	Ownership applied() {
		return Ownership.fromText(ownership.toText());
	}
}
