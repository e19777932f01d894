package dev.lifeboat.agent.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Who runs the protected guests that left their home host, and which members are recorded as failed: the
 * state of the replicated log, rebuilt on every member by applying the same entries in the same order. The
 * same text form is kept in the agent home, so that a restarted agent and a later deploy respect it before the
 * log has been read again.
 * <p>
 * Entries: {@code FAIL host} followed by {@code MOVE guest owner from} and {@code UNPLACED guest from reason}
 * lines (the failure and its placement, committed together); {@code REJOIN host} (a failed member is back: it
 * runs nothing it lost, but counts again as a place to restart guests).
 */
public final class Ownership {

	/**
	 * A protected guest running away from its home host.
	 *
	 * @param home the guest's home host when it moved: once the topology gives the guest another home, the
	 *             console's placement wins again and the move no longer applies
	 */
	public record Move(String owner, String fromHost, String home) {
	}

	private final Map<String, Move> moves = new TreeMap<>();
	private final Set<String> failed = new TreeSet<>();
	private final Map<String, String> unplaced = new TreeMap<>();
	private long index;

	/** The guests running away from home, by name. */
	public Map<String, Move> moves() {
		return moves;
	}

	/** Members recorded as failed and not yet rejoined. */
	public Set<String> failed() {
		return failed;
	}

	/** Protected guests that fit nowhere, with the reason: reported, never dropped. */
	public Map<String, String> unplaced() {
		return unplaced;
	}

	/** The log index of the last entry applied (0 for none). */
	public long index() {
		return index;
	}

	/** Where a guest runs: its committed owner, or its home host (also when the topology re-homed it since). */
	public String ownerOf(HaGuest guest) {
		Move move = moveOf(guest);
		return move == null ? guest.homeHost() : move.owner();
	}

	/** The guest's move if it still applies (the topology has not given the guest another home since), or null. */
	public Move moveOf(HaGuest guest) {
		Move move = moves.get(guest.name());
		return move == null || !move.home().equals(guest.homeHost()) ? null : move;
	}

	/** Guest name to current host, as {@link FailoverPlacement#place} takes it. */
	public Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		moves.forEach((guest, move) -> owners.put(guest, move.owner()));
		return owners;
	}

	/** The entry that records {@code host} as failed with the placement of its guests. */
	public static String failure(String host, FailoverPlacement.Result placement) {
		StringBuilder entry = new StringBuilder("FAIL ").append(host).append('\n');
		for (FailoverPlacement.Restart restart : placement.restarts()) {
			entry.append("MOVE ").append(restart.guest().name()).append(' ').append(restart.toHost()).append(' ')
					.append(restart.fromHost()).append(' ').append(restart.guest().homeHost()).append('\n');
		}
		for (FailoverPlacement.Unplaced guest : placement.unplaced()) {
			entry.append("UNPLACED ").append(guest.guest().name()).append(' ').append(guest.fromHost()).append(' ')
					.append(guest.reason().replace('\n', ' ')).append('\n');
		}
		return entry.toString();
	}

	public static String rejoin(String host) {
		return "REJOIN " + host + "\n";
	}

	/** Applies one committed entry; entries that change nothing (a second FAIL of the same host) are ignored. */
	public synchronized void apply(String entry, long entryIndex) {
		String[] lines = entry.split("\n");
		String[] head = lines[0].split(" ");
		if (head.length == 2 && head[0].equals("FAIL") && failed.add(head[1])) {
			for (int i = 1; i < lines.length; i++) {
				String[] words = lines[i].split(" ", 5);
				if (words[0].equals("MOVE") && words.length == 5) {
					moves.put(words[1], new Move(words[2], words[3], words[4]));
					unplaced.remove(words[1]);
				} else if (words[0].equals("UNPLACED") && words.length >= 4) {
					unplaced.put(words[1], "was on " + words[2] + ": " + lines[i].split(" ", 4)[3]);
				}
			}
		} else if (head.length == 2 && head[0].equals("REJOIN")) {
			failed.remove(head[1]);
		}
		index = Math.max(index, entryIndex);
	}

	/** The text form: the entries that rebuild this state, preceded by the index. */
	public synchronized String toText() {
		StringBuilder text = new StringBuilder("INDEX ").append(index).append('\n');
		for (String host : failed) {
			text.append("FAILED ").append(host).append('\n');
		}
		moves.forEach((guest, move) -> text.append("MOVE ").append(guest).append(' ').append(move.owner()).append(' ')
				.append(move.fromHost()).append(' ').append(move.home()).append('\n'));
		unplaced.forEach((guest, reason) -> text.append("UNPLACED ").append(guest).append(' ').append(reason)
				.append('\n'));
		return text.toString();
	}

	/** The ownership recorded in {@code file}, or an empty one when there is none. */
	public static Ownership read(java.nio.file.Path file) throws java.io.IOException {
		return java.nio.file.Files.exists(file) ? fromText(java.nio.file.Files.readString(file)) : new Ownership();
	}

	public static Ownership fromText(String text) {
		Ownership ownership = new Ownership();
		for (String line : text.split("\n")) {
			String[] words = line.split(" ", 5);
			switch (words[0]) {
			case "INDEX" -> ownership.index = Long.parseLong(words[1]);
			case "FAILED" -> ownership.failed.add(words[1]);
			case "MOVE" -> ownership.moves.put(words[1], new Move(words[2], words[3], words[4]));
			case "UNPLACED" -> ownership.unplaced.put(words[1], line.substring("UNPLACED ".length() + words[1].length() + 1));
			default -> {
				// blank line
			}
			}
		}
		return ownership;
	}

	/**
	 * {@code config} as this host must run it given the ownership: without the protected guests that run on
	 * another member now, and with the guests this member took over (specs from the HA policy). A deploy and a
	 * restarted agent converge to this, so they never start a second copy nor stop a guest taken over.
	 *
	 * @param fenced this member stopped its protected guests and has not yet learned ownership from the log:
	 *               it runs none of them
	 */
	public AgentConfig respect(AgentConfig config, boolean fenced) {
		if (config.ha() == null) {
			return config;
		}
		String self = config.hostName();
		AgentConfig result = new AgentConfig(config.hostName(), config.hostId(), config.topologyName());
		result.bridges().addAll(config.bridges());
		result.overlays().addAll(config.overlays());
		result.setHa(config.ha());
		List<GuestSpec> guests = new ArrayList<>();
		for (GuestSpec guest : config.guests()) {
			HaGuest ha = config.ha().guests().stream().filter(g -> g.name().equals(guest.name())).findFirst()
					.orElse(null);
			if (ha == null || !ha.protectedGuest() || (!fenced && ownerOf(ha).equals(self))) {
				guests.add(guest);
			}
		}
		if (!fenced) {
			for (HaGuest ha : config.ha().guests()) {
				if (ha.protectedGuest() && !ha.homeHost().equals(self) && ownerOf(ha).equals(self)) {
					guests.add(ha.guest());
				}
			}
		}
		result.guests().addAll(guests);
		repointForwarding(config, fenced);
		return result;
	}

	/**
	 * The static FDB entries of moved guests' MACs name the new owner's VTEP (none on the owner itself: the
	 * guest is local there), so that a later reprogramming of the overlay does not point them back.
	 * Changes the overlays of {@code config} in place.
	 */
	private void repointForwarding(AgentConfig config, boolean fenced) {
		String self = config.hostName();
		for (HaGuest ha : config.ha().guests()) {
			Move move = moveOf(ha);
			if (fenced || move == null) {
				continue;
			}
			for (GuestNicSpec nic : ha.guest().nics()) {
				for (VxlanSpec overlay : config.overlays()) {
					if (!overlay.bridge().equals(nic.bridge())) {
						continue;
					}
					FdbEntry old = overlay.fdb().stream().filter(entry -> entry.mac().equalsIgnoreCase(nic.mac()))
							.findFirst().orElse(null);
					overlay.fdb().removeIf(entry -> entry.mac().equalsIgnoreCase(nic.mac()));
					String remote = config.ha().member(move.owner()) == null ? null
							: config.ha().member(move.owner()).vtepAddress(nic.bridge());
					if (!move.owner().equals(self) && remote != null) {
						overlay.fdb().add(new FdbEntry(nic.mac(), remote, old == null ? nic.address() : old.ip()));
						overlay.fdb().sort(java.util.Comparator.comparing(FdbEntry::mac));
					}
				}
			}
		}
	}
}
