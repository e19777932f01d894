package dev.lifeboat.deploy.internal;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.SshTarget;

/**
 * JSch's view of {@link KnownHosts} for one connection: the host it checks is always the target's, whatever
 * name JSch passes, and the verdict is kept so that a refusal can be explained in full. JSch never writes
 * through it ({@link #add} is ignored): only {@link KnownHosts} records keys, and only accepted ones.
 */
public final class VerifyingHostKeyRepository implements HostKeyRepository {

	private final KnownHosts knownHosts;
	private final SshTarget target;
	private final String accepted;
	private volatile KnownHosts.Verdict verdict;

	public VerifyingHostKeyRepository(KnownHosts knownHosts, SshTarget target, String accepted) {
		this.knownHosts = knownHosts;
		this.target = target;
		this.accepted = accepted;
	}

	/** The decision about the key the host presented, or {@code null} before the key exchange. */
	public KnownHosts.Verdict verdict() {
		return verdict;
	}

	@Override
	public int check(String host, byte[] key) {
		verdict = knownHosts.check(target, key, accepted);
		return switch (verdict.status()) {
		case TRUSTED, ACCEPTED -> OK;
		case CHANGED -> CHANGED;
		case UNKNOWN -> NOT_INCLUDED;
		};
	}

	@Override
	public void add(HostKey hostkey, UserInfo ui) {
		// Never learned from the network: see the class comment.
	}

	@Override
	public void remove(String host, String type) {
		// Lifeboat never deletes a user's known host.
	}

	@Override
	public void remove(String host, String type, byte[] key) {
		// Lifeboat never deletes a user's known host.
	}

	@Override
	public String getKnownHostsRepositoryID() {
		return "lifeboat-known-hosts";
	}

	@Override
	public HostKey[] getHostKey() {
		return new HostKey[0];
	}

	@Override
	public HostKey[] getHostKey(String host, String type) {
		return new HostKey[0];
	}
}
