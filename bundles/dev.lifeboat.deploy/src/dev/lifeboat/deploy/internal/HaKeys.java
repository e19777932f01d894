package dev.lifeboat.deploy.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import dev.lifeboat.deploy.CommandResult;
import dev.lifeboat.deploy.SshClient;
import dev.lifeboat.deploy.SshConnection;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.deploy.SshTarget;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.HaSpec;

/**
 * The heartbeat keys of the HA policies (HMAC-SHA256, 32 random bytes): made by the deploy, kept only on the
 * members, in a root-only file ({@code secrets/POLICY.ha-key}, 0600 in the 0700 secrets directory of the agent
 * home, beside the backup passwords), never in the topology, a configuration, a command line or a log.
 * <p>
 * All members of a policy must share one key, and a member with another key is deaf to the others: so a deploy
 * first looks for the key a member already has (every member of the policy is asked, in topology order, until
 * one has it) and installs that one where it is missing; only a policy no member has a key for gets a new one.
 */
public final class HaKeys {

	private static final int KEY_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private HaKeys() {
	}

	/**
	 * The key of each HA policy that a host of {@code covered} is a member of: the one a member already has,
	 * else a new one.
	 *
	 * @param all     the compiled configuration of every host of the topology (members outside this deploy may
	 *                hold the key)
	 * @param targets how to reach a host by name
	 */
	public static Map<String, byte[]> resolve(SshClient client, Map<String, AgentConfig> all, Collection<String> covered,
			Function<String, SshTarget> targets) {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		for (String host : covered) {
			HaSpec spec = all.get(host) == null ? null : all.get(host).ha();
			if (spec == null || keys.containsKey(spec.policyName())) {
				continue;
			}
			byte[] key = null;
			for (var member : spec.members()) {
				key = read(client, targets.apply(member.hostName()), spec.policyName());
				if (key != null) {
					break;
				}
			}
			if (key == null) {
				key = new byte[KEY_BYTES];
				RANDOM.nextBytes(key);
			}
			keys.put(spec.policyName(), key);
		}
		return keys;
	}

	/** The key a host has for {@code policy}, or {@code null} (none, unreadable, or the host unreachable). */
	private static byte[] read(SshClient client, SshTarget target, String policy) {
		if (target == null) {
			return null;
		}
		try (SshConnection connection = client.connect(target)) {
			CommandResult result = connection.run("cat \"${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/secrets/\""
					+ RemoteAgent.quote(HaSpec.keyFileName(policy)) + " 2>/dev/null");
			byte[] key = result.ok() ? Base64.getDecoder().decode(result.out().strip()) : null;
			return key != null && key.length >= KEY_BYTES ? key : null;
		} catch (SshException | IllegalArgumentException e) {
			return null; // a member this deploy cannot read from does not decide the key
		}
	}

	/**
	 * Installs {@code key} as {@code policy}'s heartbeat key in the agent home {@code home} unless the host has
	 * that key already: uploaded to a temporary 0600 file in the secrets directory, then renamed.
	 *
	 * @return whether the host's key changed
	 */
	public static boolean install(SshConnection connection, String home, String policy, byte[] key) throws SshException {
		String secrets = home + "/secrets";
		String file = secrets + "/" + HaSpec.keyFileName(policy);
		byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
		try {
			CommandResult made = connection.run("umask 077; mkdir -p " + RemoteAgent.quote(secrets) + " && chmod 700 "
					+ RemoteAgent.quote(secrets));
			if (!made.ok()) {
				throw new SshException(SshException.Kind.OTHER, connection.target() + ": cannot create " + secrets + ": "
						+ made.lastLine());
			}
			connection.upload(new ByteArrayInputStream(text), text.length, file + ".new", 0600, fraction -> {
			});
			// The key is compared on the host, so that it never travels back; an unchanged key keeps its file
			// (and the running HA daemon keeps running).
			CommandResult moved = connection.run("if cmp -s " + RemoteAgent.quote(file + ".new") + " " + RemoteAgent.quote(file)
					+ "; then rm -f " + RemoteAgent.quote(file + ".new") + "; echo same; else mv -f " + RemoteAgent.quote(file + ".new")
					+ " " + RemoteAgent.quote(file) + " && echo changed; fi");
			if (!moved.ok()) {
				throw new SshException(SshException.Kind.OTHER, connection.target() + ": cannot install " + file + ": "
						+ moved.lastLine());
			}
			return moved.out().contains("changed");
		} finally {
			Arrays.fill(text, (byte) 0);
		}
	}
}
