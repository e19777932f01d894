package dev.lifeboat.deploy.internal;

import static dev.lifeboat.deploy.internal.RemoteAgent.quote;

import java.util.List;

import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;

/**
 * The shell a migration runs on the hosts. The cutover scripts use iproute2 only (no JVM start), each host's part
 * in one command over a session that is already open, so that the blackout is a few round trips long.
 */
public final class MigrationScripts {

	/** The file in a delta that lists every file the source has, so that the target drops the ones it lacks. */
	static final String FILE_LIST = ".lifeboat-files";

	/** The migrated topology's configuration for a host, in its agent home until the migration records it. */
	public static final String MIGRATED_CONFIG = "migration.xml";

	/** A FDB change on one VTEP: {@code mac} on {@code device} now goes to {@code remote}. */
	public record FdbMove(String device, String mac, String remote) {
	}

	private MigrationScripts() {
	}

	/** Where the guest lives on a host, as {@code agent migration locate|park} prints it. */
	public record Location(String namespace, String data) {

		/** The guest's directory (its data directory's parent): the migration's mark file lives there. */
		String mark() {
			return data.substring(0, data.lastIndexOf('/')) + "/.migration-mark";
		}

		public static Location parse(String output) {
			String namespace = null;
			String data = null;
			for (String line : output.split("\n")) {
				if (line.startsWith("namespace=")) {
					namespace = line.substring("namespace=".length()).strip();
				} else if (line.startsWith("data=")) {
					data = line.substring("data=".length()).strip();
				}
			}
			return namespace == null || data == null ? null : new Location(namespace, data);
		}
	}

	/** Source side of the pre-copy: marks the time, then streams the whole data directory as tar. */
	public static String precopySend(Location source) {
		return "D=" + quote(source.data()) + "; mkdir -p \"$D\" && touch " + quote(source.mark())
				+ " && tar -C \"$D\" -cf - .";
	}

	/** Target side of the pre-copy: an empty data directory filled from the stream. */
	public static String precopyReceive(Location target) {
		return "D=" + quote(target.data()) + "; rm -rf \"$D\" && mkdir -p \"$D\" && tar -C \"$D\" -xf -";
	}

	/**
	 * Source side of the cutover: NICs down (the network stops at once), the workload killed, the source's own
	 * FDB entries pointed at the target, then the files changed since the pre-copy (and the list of all files)
	 * as tar on stdout.
	 */
	public static String cutoverSend(Location source, GuestSpec guest, List<FdbMove> fdb) {
		StringBuilder script = new StringBuilder("NS=").append(quote(source.namespace())).append("; D=")
				.append(quote(source.data())).append("; M=").append(quote(source.mark())).append('\n');
		script.append("[ -e \"/run/netns/$NS\" ] || { echo \"the guest's namespace $NS is gone\" >&2; exit 4; }\n");
		for (GuestNicSpec nic : guest.nics()) {
			script.append("ip -n \"$NS\" link set dev ").append(quote(nic.name())).append(" down >&2\n");
		}
		script.append("for p in $(ip netns pids \"$NS\"); do kill -9 \"$p\" 2>/dev/null; done\n");
		fdb.forEach(move -> script.append(replace(move)).append(" >&2\n"));
		script.append("L=$(mktemp -d) && cd \"$D\" && find . -type f > \"$L/").append(FILE_LIST)
				.append("\" && find . -type f -cnewer \"$M\" > \"$L/changed\" && tar -cf - -C \"$L\" ").append(FILE_LIST)
				.append(" -C \"$D\" -T \"$L/changed\"; s=$?; rm -rf \"$L\"; exit $s\n");
		return script.toString();
	}

	/**
	 * Target side of the cutover: the delta unpacked (files the source no longer has removed), NICs up, NAT
	 * routes, the stale FDB entries for the guest's MACs dropped, gratuitous ARP from each address.
	 */
	public static String cutoverReceive(Location target, GuestSpec guest, List<FdbMove> staleOnTarget) {
		StringBuilder script = new StringBuilder("NS=").append(quote(target.namespace())).append("; D=")
				.append(quote(target.data())).append('\n');
		script.append("tar -C \"$D\" -xf - || exit 7\n");
		script.append("if [ -f \"$D/").append(FILE_LIST).append("\" ]; then (cd \"$D\" && find . -type f ! -path ./")
				.append(FILE_LIST).append(" | grep -vxF -f ").append(FILE_LIST).append(" | while IFS= read -r f; do rm -f \"$f\"; done); rm -f \"$D/")
				.append(FILE_LIST).append("\"; fi\n");
		for (GuestNicSpec nic : guest.nics()) {
			script.append("ip -n \"$NS\" link set dev ").append(quote(nic.name())).append(" up || exit 8\n");
			if (nic.gateway() != null) {
				script.append("ip -n \"$NS\" route replace default via ").append(quote(nic.gateway())).append(" dev ")
						.append(quote(nic.name())).append('\n');
			}
		}
		for (FdbMove stale : staleOnTarget) {
			script.append("bridge fdb del ").append(quote(stale.mac())).append(" dev ").append(quote(stale.device()))
					.append(" dst ").append(quote(stale.remote())).append(" self 2>/dev/null\n");
		}
		for (GuestNicSpec nic : guest.nics()) {
			if (nic.address() != null) {
				// Unsolicited ARP: every neighbour on the segment updates its cache and every bridge on the path
				// learns where the MAC is now. In the background: nothing waits for it.
				script.append("(ip netns exec \"$NS\" arping -q -U -c 2 -i 0.05 -I ").append(quote(nic.name())).append(' ')
						.append(quote(nic.address())).append(" </dev/null >/dev/null 2>&1 &)\n");
			}
		}
		return script.append("exit 0\n").toString();
	}

	/** Another VTEP of the guest's overlays: its MACs now go to the target's VTEP. */
	public static String repoint(List<FdbMove> moves) {
		StringBuilder script = new StringBuilder();
		moves.forEach(move -> script.append(replace(move)).append(" || exit 5\n"));
		return script.toString();
	}

	/**
	 * A host whose Java VTEP forwards to the guest: applies {@link #MIGRATED_CONFIG}. The resident agent serves the
	 * apply in its running JVM and its VTEP follows the new FDB before the apply returns (no JVM starts, no poll).
	 */
	public static String applyMigrated() {
		return "\"${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/agent\" apply \"${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/"
				+ MIGRATED_CONFIG + "\" >&2 || exit\n"; // with the apply's own exit code
	}

	/**
	 * After the cutover: the guest leaves the source, its namespace, processes and files with it. Its NICs are deleted
	 * first: a namespace outlives 'ip netns del' while anything still refers to it, and with it the host ends of its
	 * veth pairs, which would be in the way when the guest comes back to this host.
	 */
	public static String removeFromSource(Location source, GuestSpec guest) {
		String directory = source.data().substring(0, source.data().lastIndexOf('/'));
		StringBuilder nics = new StringBuilder();
		guest.nics().forEach(nic -> nics.append("ip -n \"$NS\" link del dev ").append(quote(nic.name())).append(" 2>/dev/null; "));
		return "NS=" + quote(source.namespace()) + "; if [ -e \"/run/netns/$NS\" ]; then for p in $(ip netns pids \"$NS\"); "
				+ "do kill -9 \"$p\" 2>/dev/null; done; " + nics + "ip netns del \"$NS\" || exit 6; fi; rm -rf " + quote(directory);
	}

	/** Removes a parked guest from the target when the migration stops before the cutover. */
	public static String removeParked(Location target) {
		return "NS=" + quote(target.namespace()) + "; if [ -e \"/run/netns/$NS\" ]; then for p in $(ip netns pids \"$NS\"); "
				+ "do kill -9 \"$p\" 2>/dev/null; done; ip netns del \"$NS\"; fi; true";
	}

	/** Starts a 10 ms ping of {@code address} from inside {@code namespace}, in the background; prints its log file. */
	public static String startPing(String namespace, String address) {
		return "F=$(mktemp /tmp/lifeboat-ping.XXXXXX) || exit 1; setsid sh -c 'echo $$ > \"$1.pid\"; exec ip netns exec \"$2\" ping -D -n -i 0.01 -W 1 \"$3\"'"
				+ " sh \"$F\" " + quote(namespace) + " " + quote(address) + " > \"$F\" 2>&1 < /dev/null & sleep 0.2; echo \"$F\"";
	}

	/** Stops the ping started by {@link #startPing} and prints its output. */
	public static String stopPing(String logFile) {
		String file = quote(logFile);
		return "kill -INT $(cat " + file + ".pid) 2>/dev/null; sleep 0.1; cat " + file + "; rm -f " + file + " " + file + ".pid";
	}

	private static String replace(FdbMove move) {
		return "bridge fdb replace " + quote(move.mac()) + " dev " + quote(move.device()) + " dst " + quote(move.remote())
				+ " self permanent";
	}
}
