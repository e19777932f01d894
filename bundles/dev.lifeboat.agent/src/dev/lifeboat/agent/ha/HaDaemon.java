package dev.lifeboat.agent.ha;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.lifeboat.agent.AgentHome;
import dev.lifeboat.agent.LinuxNetwork;
import dev.lifeboat.agent.NamespaceGuestDriver;
import dev.lifeboat.agent.Shell;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaStatus;
import dev.lifeboat.protocol.HaTimings;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * The HA side of {@code agent serve} for one member of one policy. Every tick it reads the heartbeats and:
 * <ul>
 * <li>without a majority (all paths to too many members silent for the detection time), stops every protected
 * guest it runs, well before {@link HaTimings#selfFenceDeadlineMs()}, and starts none again until the log,
 * read through the majority, says what it owns;</li>
 * <li>as the log's leader, commits the failure of a member silent for {@link HaTimings#takeoverMs()}, with the
 * placement {@link FailoverPlacement#place} computes (the same function as the console's simulation);</li>
 * <li>applies the committed ownership: stops the guests it no longer owns, starts those it now owns (once the
 * old owner has been silent for the takeover time in its own view too), re-points the FDB of moved guests'
 * MACs on its VTEPs and sends gratuitous ARP from each restarted NIC.</li>
 * </ul>
 * Every decision goes to the agent log with its time since the last beat it rests on.
 */
public final class HaDaemon implements AutoCloseable {

	private final AgentHome home;
	private final AgentConfig config;
	private final HaSpec spec;
	private final String self;
	private final HaTimings timings;
	private final NamespaceGuestDriver guests;
	private final Shell shell;
	private final Consumer<AgentConfig> overlaysChanged;
	private final byte[] key;
	private final Heartbeats heartbeats;
	private final OwnershipLog log;
	private final Thread loop;
	private final Thread lease;
	/** Building XStream is costly: one for the daemon's life. */
	private final ProtocolCodec codec = new ProtocolCodec();
	private volatile boolean open = true;
	private volatile boolean renewing = true;
	/** Wall-clock end of the maintenance window this member announced (a planned restart), or 0. */
	private volatile long maintenanceUntilMillis;
	private final Object leaseLock = new Object();
	private boolean selfFenced;
	private boolean reportedNoFence;
	/**
	 * Whether this member has heard a majority of the policy's members, in this daemon or in an earlier one on
	 * this host ({@link AgentHome#haMembership()}): only then do its peers know it, and only then is silence a reason
	 * to fence before the start-up grace has passed.
	 */
	private boolean joined;
	private Ownership recorded;
	private long appliedIndex = -1;
	private final Set<String> waiting = new TreeSet<>();
	private final Set<String> suspected = new HashSet<>();
	private final Set<String> silentPaths = new HashSet<>();
	private final Set<String> maintaining = new HashSet<>();

	/**
	 * Starts heartbeats, joins the log and runs the loop.
	 *
	 * @param overlaysChanged called with the configuration as ownership rewrites it when moved guests change,
	 *                        so that the Java VTEP re-reads its forwarding table
	 */
	public HaDaemon(AgentHome home, Shell shell, AgentConfig config, Consumer<AgentConfig> overlaysChanged)
			throws IOException {
		this.home = home;
		this.shell = shell;
		this.config = config;
		this.spec = config.ha();
		this.self = config.hostName();
		this.timings = spec.timings();
		this.overlaysChanged = overlaysChanged;
		this.guests = new NamespaceGuestDriver(new LinuxNetwork(shell), self, home);
		this.selfFenced = Files.exists(home.haSelfFenced());
		this.joined = joinedBefore(home, spec);
		if (!joined) {
			recordMembership("waiting");
		}
		this.recorded = read(home);
		this.log = OwnershipLog.bundled();
		if (log == null) {
			throw new IOException("this agent has no replicated log bundled (use the standalone lifeboat-agent.jar)");
		}
		this.key = Heartbeats.readKey(keyFile());
		// A request or answer left by an earlier agent belongs to its restart, not to this one.
		Files.deleteIfExists(home.haMaintenanceRequest());
		Files.deleteIfExists(home.haMaintenance());
		this.heartbeats = new Heartbeats(spec, self, key, problem -> home.log("ha: " + problem));
		// The lease together with the beats (before the log, which takes a while to start): the others' takeover
		// counts from the last beat, the guests' watchdog from the last renewal.
		this.lease = Thread.ofPlatform().daemon().name("ha-lease").start(this::renewLease);
		try {
			log.start(spec, self, home.directory().resolve("ha").resolve("raft"));
		} catch (IOException | RuntimeException e) {
			open = false;
			renewing = false;
			lease.interrupt();
			heartbeats.close();
			throw e;
		}
		home.log("ha: member " + self + " of policy " + spec.policyName() + " (" + spec.members().size()
				+ " members, " + heartbeats.paths() + " heartbeat paths, every " + timings.intervalMs() + " ms; detection "
				+ timings.detectionMs() + " ms, self-fence by " + timings.selfFenceDeadlineMs() + " ms, takeover at "
				+ timings.takeoverMs() + " ms; beats authenticated with the policy's key)" + (selfFenced ? "; fenced until the log says what it owns" : ""));
		this.loop = Thread.ofPlatform().name("ha-" + spec.policyName()).start(this::run);
	}

	/**
	 * Renews the lease that keeps this member's protected guests running (see {@link AgentHome#haLease()}) while
	 * this daemon lives, on a thread of its own so that a slow tick never stops a guest. The lease expires at the
	 * self-fence deadline: a guest whose agent died stops itself before the others restart it at the takeover.
	 */
	private void renewLease() {
		Path file = home.haLease();
		String text = dev.lifeboat.agent.guest.GuestService.leaseText(timings.selfFenceDeadlineMs(),
				spec.protectedGuestNames());
		long period = Math.max(20, Math.min(100, timings.intervalMs() / 4));
		boolean written = false;
		while (renewing) {
			synchronized (leaseLock) {
				try {
					if (System.currentTimeMillis() < maintenanceUntilMillis) {
						// Held until the window's end by announceMaintenance: renewing would shorten it.
					} else if (written && Files.exists(file)) {
						Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
					} else {
						home.writeAtomically(file, text);
						written = true;
					}
				} catch (IOException | RuntimeException e) {
					home.log("ha: could not renew the guest lease " + file + ": " + e);
				}
			}
			try {
				Thread.sleep(period);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** Whether the HA policy of {@code config} is the one this daemon runs, with the heartbeat key it uses. */
	public boolean runs(AgentConfig other) {
		if (other.ha() == null || !other.ha().equals(spec) || !other.hostName().equals(self)) {
			return false;
		}
		try {
			return java.util.Arrays.equals(key, Heartbeats.readKey(keyFile()));
		} catch (IOException e) {
			return false;
		}
	}

	private Path keyFile() {
		return home.secrets().resolve(HaSpec.keyFileName(spec.policyName()));
	}

	private void run() {
		long tickMillis = Math.max(20, Math.min(100, timings.intervalMs() / 4));
		long lastStatus = 0;
		while (open) {
			long now = System.nanoTime();
			try {
				tick(now);
			} catch (RuntimeException | Shell.CommandException e) {
				home.log("ha: tick failed: " + e);
			}
			if (now - lastStatus >= TimeUnit.MILLISECONDS.toNanos(Math.min(200, timings.intervalMs()))) {
				writeStatus(now);
				lastStatus = now;
			}
			try {
				Thread.sleep(tickMillis);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/**
	 * Members start one after the other (a deploy reaches them in turn): a member never heard since this daemon
	 * started is not yet failed, and a member that never heard a majority of its policy does not fence itself,
	 * until this grace has passed.
	 */
	private long startupGraceNanos() {
		return 10 * millis(timings.takeoverMs());
	}

	private void tick(long now) throws Shell.CommandException {
		takeMaintenanceRequest();
		observe(now);
		long majoritySilence = majoritySilence(now);
		boolean majority = majoritySilence < millis(timings.detectionMs());
		if (!joined && majorityHeard(now)) {
			join();
		}
		if (!majority && !selfFenced && (joined || heartbeats.uptimeNanos(now) > startupGraceNanos())) {
			if (spec.selfFence()) {
				fence(majoritySilence);
			} else if (!reportedNoFence) {
				home.log("ha: no majority for " + ms(majoritySilence) + " ms, but policy " + spec.policyName()
						+ " does not self-fence: guests keep running");
				reportedNoFence = true;
			}
			return;
		}
		if (majority) {
			reportedNoFence = false;
		}
		if (selfFenced) {
			if (majority) {
				unfence();
			}
			return;
		}
		lead(now);
		applyOwnership(now, current(), false);
	}

	/**
	 * The ownership as applied from the log, unless the log is still behind what this member recorded before a
	 * restart (Ratis replays the log only once it knows the commit index): never act on an older state.
	 */
	private Ownership current() {
		Ownership applied = log.applied();
		return applied.index() < recorded.index() ? recorded : applied;
	}

	/**
	 * A planned restart of this agent (the deploy asks through {@link AgentHome#haMaintenanceRequest()}): the
	 * guests' lease is dated to the window's end, so that their watchdogs let them run while no agent renews it
	 * (and still stop them a self-fence deadline after the window, before the peers' takeover, which counts from
	 * the window's end as they received it, no earlier than here); then the beats announce the window; then the
	 * answer tells the deploy that it may stop this agent. A window that passes without a restart ends by itself:
	 * plain beats again, the lease renewed again.
	 */
	private void takeMaintenanceRequest() {
		Path request = home.haMaintenanceRequest();
		if (!Files.exists(request)) {
			return;
		}
		long window;
		try {
			window = Math.clamp(Long.parseLong(Files.readString(request).strip()), 1, Heartbeats.MAX_MAINTENANCE_MS);
			Files.deleteIfExists(request);
		} catch (IOException | NumberFormatException e) {
			home.log("ha: ignoring an unreadable maintenance request " + request + ": " + e.getMessage());
			try {
				Files.deleteIfExists(request);
			} catch (IOException ignored) {
				// Logged above; the deploy gets no answer and keeps the running agent.
			}
			return;
		}
		long startNanos = System.nanoTime();
		long until = System.currentTimeMillis() + window;
		synchronized (leaseLock) {
			maintenanceUntilMillis = until;
			try {
				Files.setLastModifiedTime(home.haLease(), java.nio.file.attribute.FileTime.fromMillis(until));
			} catch (IOException e) {
				maintenanceUntilMillis = 0;
				home.log("ha: maintenance refused: the guest lease " + home.haLease() + " cannot be held: " + e.getMessage());
				return;
			}
		}
		heartbeats.announceMaintenance(startNanos + millis(window));
		try {
			home.writeAtomically(home.haMaintenance(), "announced " + window + " ms until " + java.time.Instant.ofEpochMilli(until) + "\n");
		} catch (IOException e) {
			home.log("ha: could not answer the maintenance request: " + e.getMessage());
		}
		home.log("ha: MAINTENANCE announced for " + window + " ms (a planned restart of this agent): the peers do not count"
				+ " this member's silence until " + java.time.Instant.ofEpochMilli(until) + " or its restarted agent beats;"
				+ " the guests' lease is held until then");
	}

	/** Logs each path going silent or coming back, and each member becoming suspected or heard again. */
	private void observe(long now) {
		long detection = millis(timings.detectionMs());
		for (HaMember member : spec.members()) {
			String host = member.hostName();
			if (host.equals(self)) {
				continue;
			}
			for (int path = 0; path < heartbeats.paths(); path++) {
				long silent = heartbeats.silentNanos(host, path, now);
				if ((silent >= detection) != silentPaths.contains(host + "/" + path)) {
					if (silent >= detection) {
						silentPaths.add(host + "/" + path);
						home.log("ha: path " + path + " to " + host + " silent for " + ms(silent) + " ms");
					} else {
						silentPaths.remove(host + "/" + path);
						home.log("ha: path " + path + " to " + host + " answers again");
					}
				}
			}
			if (heartbeats.inMaintenance(host, now) != maintaining.contains(host)) {
				if (maintaining.add(host)) {
					home.log("ha: " + host + " announced a planned restart of its agent: its silence is not counted during"
							+ " the window");
				} else {
					maintaining.remove(host);
					home.log("ha: " + host + "'s maintenance window is over (last beat " + ms(heartbeats.silentNanos(host, now))
							+ " ms ago; a restarted agent's beat ends it, else its silence counts from the window's end)");
				}
			}
			long silent = heartbeats.silentNanos(host, now);
			if ((silent >= detection) != suspected.contains(host)) {
				if (silent >= detection) {
					suspected.add(host);
					home.log("ha: " + host + " SUSPECTED: every path silent for " + ms(silent) + " ms (detection "
							+ timings.detectionMs() + " ms)");
				} else {
					suspected.remove(host);
					home.log("ha: " + host + " heard again");
				}
			}
		}
	}

	/**
	 * Whether enough peers to form a majority with this member were heard since this daemon started, each within
	 * the detection time. Unlike {@link #majoritySilence}, which counts a peer not heard yet as silent only since
	 * the start, this is never presumed.
	 */
	private boolean majorityHeard(long now) {
		int heard = 0;
		for (HaMember member : spec.members()) {
			String host = member.hostName();
			if (!host.equals(self) && heartbeats.heard(host)
					&& heartbeats.silentNanos(host, now) < millis(timings.detectionMs())) {
				heard++;
			}
		}
		return heard >= spec.members().size() / 2;
	}

	/** Records that this member heard a majority, for this daemon and the next one on this host. */
	private void join() {
		joined = true;
		recordMembership("joined");
	}

	private void recordMembership(String standing) {
		try {
			home.writeAtomically(home.haMembership(), spec.policyName() + " " + standing + "\n");
		} catch (IOException e) {
			home.log("ha: could not record that " + self + " is " + standing + " in " + spec.policyName() + ": "
					+ e.getMessage());
		}
	}

	/**
	 * Whether an earlier daemon on this host heard a majority of {@code spec}'s policy. Where in doubt, yes: a
	 * member that fences itself too early loses its guests for a moment, one that fences too late may run them
	 * beside the copies its peers started. So an unreadable record counts as joined, and so does a missing one
	 * where an agent without the record ran HA before (its ownership file is there: an upgrade).
	 */
	private static boolean joinedBefore(AgentHome home, HaSpec spec) {
		try {
			if (!Files.exists(home.haMembership())) {
				return Files.exists(home.haOwnership());
			}
			return Files.readString(home.haMembership()).strip().equals(spec.policyName() + " joined");
		} catch (IOException e) {
			return true;
		}
	}

	/** Time since this member last heard enough peers to form a majority with itself. */
	private long majoritySilence(long now) {
		List<Long> silences = new ArrayList<>();
		for (HaMember member : spec.members()) {
			if (!member.hostName().equals(self)) {
				silences.add(heartbeats.silentNanos(member.hostName(), now));
			}
		}
		silences.sort(null);
		int needed = spec.members().size() / 2;
		return needed == 0 ? 0 : silences.get(needed - 1);
	}

	/**
	 * Stops every protected guest here at once, as a power-off would: their processes are killed first (that
	 * is the deadline that matters), then their namespaces are removed, in parallel.
	 */
	private void fence(long majoritySilence) {
		long started = System.nanoTime();
		try {
			home.writeAtomically(home.haSelfFenced(), "no majority since " + ms(majoritySilence) + " ms\n");
		} catch (IOException e) {
			home.log("ha: could not record the self-fence (a restart would still wait for the log): " + e.getMessage());
		}
		selfFenced = true;
		List<HaGuest> victims = spec.guests().stream().filter(HaGuest::protectedGuest).toList();
		int killed = guests.killWorkloads(victims.stream().map(HaGuest::name).toList());
		long killedAt = majoritySilence + (System.nanoTime() - started);
		List<String> stopped = java.util.Collections.synchronizedList(new ArrayList<>());
		victims.parallelStream().forEach(guest -> {
			try {
				if (guests.exists(guest.guest())) {
					guests.powerOff(guest.guest());
					stopped.add(guest.name());
				}
			} catch (Shell.CommandException e) {
				home.log("ha: could not remove " + guest.name() + " while fencing: " + e.getMessage());
			}
		});
		long done = majoritySilence + (System.nanoTime() - started);
		home.log("ha: SELF-FENCE " + self + ": no majority heard for " + ms(majoritySilence) + " ms (detection "
				+ timings.detectionMs() + " ms); " + killed + " guest process(es) killed " + ms(killedAt)
				+ " ms after the last majority beat (deadline " + timings.selfFenceDeadlineMs() + " ms)"
				+ (killedAt > millis(timings.selfFenceDeadlineMs()) ? " LATE" : "") + "; removed " + stopped + " by "
				+ ms(done) + " ms");
	}

	private void unfence() throws Shell.CommandException {
		Ownership committed;
		try {
			committed = log.readCommitted();
		} catch (IOException e) {
			return; // heard by a majority but the log has no leader yet: try next tick
		}
		selfFenced = false;
		try {
			Files.deleteIfExists(home.haSelfFenced());
		} catch (IOException e) {
			home.log("ha: could not clear the self-fence record: " + e.getMessage());
		}
		home.log("ha: rejoined: majority heard again; the log (index " + committed.index() + ") records "
				+ committed.moves().size() + " moved guest(s), failed members " + committed.failed());
		appliedIndex = -1;
		applyOwnership(System.nanoTime(), committed, true);
	}

	/** The leader's part: commit the failure of members silent for the takeover time, and their return. */
	private void lead(long now) {
		if (!log.isLeader()) {
			return;
		}
		Ownership current = log.applied();
		if (current.index() < recorded.index()) {
			return; // the log has not replayed yet
		}
		for (HaMember member : spec.members()) {
			String host = member.hostName();
			if (host.equals(self)) {
				continue;
			}
			long silent = heartbeats.silentNanos(host, now);
			boolean known = heartbeats.heard(host) || heartbeats.uptimeNanos(now) > startupGraceNanos();
			if (known && silent >= millis(timings.takeoverMs()) && !current.failed().contains(host)) {
				Set<String> failed = new HashSet<>(current.failed());
				failed.add(host);
				FailoverPlacement.Result placement = FailoverPlacement.place(spec, failed, current.owners());
				try {
					log.commit(Ownership.failure(host, placement));
					home.log("ha: FAILURE of " + host + " committed " + ms(silent + System.nanoTime() - now)
							+ " ms after its last beat (takeover " + timings.takeoverMs() + " ms): restarts "
							+ placement.restarts().stream().map(r -> r.guest().name() + "->" + r.toHost()).toList()
							+ ", unplaced " + placement.unplaced().stream().map(u -> u.guest().name() + " (" + u.reason() + ")").toList());
				} catch (IOException e) {
					home.log("ha: could not commit the failure of " + host + ": " + e.getMessage());
				}
				return;
			}
			if (current.failed().contains(host) && silent < millis(timings.detectionMs())) {
				try {
					log.commit(Ownership.rejoin(host));
					home.log("ha: " + host + " is heard again: committed its return (it runs none of the guests it lost)");
				} catch (IOException e) {
					home.log("ha: could not commit the return of " + host + ": " + e.getMessage());
				}
				return;
			}
		}
	}

	/**
	 * Makes this host run what {@code ownership} says it owns. On a change: stop what another member owns,
	 * re-point FDB, record the ownership in the agent home. Guests that came here wait until their old owner
	 * has been silent for the takeover time in this member's view as well.
	 *
	 * @param rejoining also start this member's own home guests (stopped when it fenced itself)
	 */
	private void applyOwnership(long now, Ownership ownership, boolean rejoining) throws Shell.CommandException {
		boolean changed = ownership.index() != appliedIndex;
		if (!changed && waiting.isEmpty()) {
			return;
		}
		if (changed) {
			appliedIndex = ownership.index();
			record(ownership);
			for (HaGuest guest : spec.guests()) {
				if (guest.protectedGuest() && !ownership.ownerOf(guest).equals(self) && cameFromHere(ownership, guest)
						&& guests.exists(guest.guest())) {
					guests.remove(guest.guest());
					home.log("ha: stopped " + guest.name() + ": the log (index " + ownership.index() + ") gives it to "
							+ ownership.ownerOf(guest));
				}
			}
			repointForwarding(ownership);
			waiting.clear();
			for (HaGuest guest : spec.guests()) {
				boolean moved = ownership.moveOf(guest) != null;
				if (guest.protectedGuest() && ownership.ownerOf(guest).equals(self) && (moved || rejoining)) {
					waiting.add(guest.name());
				}
			}
		}
		for (String name : List.copyOf(waiting)) {
			HaGuest guest = spec.guests().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
			Ownership.Move move = ownership.moveOf(guest);
			if (move != null && !move.fromHost().equals(self)) {
				long silent = heartbeats.silentNanos(move.fromHost(), now);
				if (silent < millis(timings.takeoverMs()) && ownership.failed().contains(move.fromHost())) {
					continue; // still hear the old owner: never risk two copies
				}
			}
			waiting.remove(name);
			if (guests.exists(guest.guest())) {
				continue;
			}
			guests.create(guest.guest());
			announce(guest);
			home.log("ha: started " + name + (move == null ? " (home guest, after rejoining)"
					: " (taken over from " + move.fromHost() + ", "
							+ ms(heartbeats.silentNanos(move.fromHost(), System.nanoTime())) + " ms after its last beat)"));
		}
	}

	/**
	 * Whether HA put {@code guest} on this host: its home is here, or the log moved it away from here. Only such
	 * a guest is HA's to stop. A guest HA never placed here (a migration parking its copy before the cutover,
	 * whose home the topology changes only afterwards) is left alone.
	 */
	private boolean cameFromHere(Ownership ownership, HaGuest guest) {
		Ownership.Move move = ownership.moveOf(guest);
		return move == null ? guest.homeHost().equals(self) : move.fromHost().equals(self);
	}

	/** Sends gratuitous ARP from each NIC of a restarted guest, so that bridges and neighbours learn it at once. */
	private void announce(HaGuest guest) {
		String namespace = guests.namespaceOf(guest.name());
		for (GuestNicSpec nic : guest.guest().nics()) {
			if (nic.address() == null) {
				continue;
			}
			// iputils-arping and Thomas Habets' arping both exist on Debian under the same name; try both.
			String script = "arping -U -c 2 -I " + nic.name() + " " + nic.address() + " >/dev/null 2>&1 || arping -U -c 2 -i "
					+ nic.name() + " -S " + nic.address() + " " + nic.address() + " >/dev/null 2>&1 || true";
			try {
				new ProcessBuilder("ip", "netns", "exec", namespace, "sh", "-c", script)
						.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
						.start();
			} catch (IOException e) {
				home.log("ha: no gratuitous ARP from " + guest.name() + "/" + nic.name() + ": " + e.getMessage());
			}
		}
	}

	/** Points each moved guest's MAC at its owner's VTEP on every overlay of this host (kernel data plane). */
	private void repointForwarding(Ownership ownership) {
		for (HaGuest guest : spec.guests()) {
			Ownership.Move move = ownership.moveOf(guest);
			HaMember owner = move == null ? null : spec.member(move.owner());
			if (owner == null) {
				continue;
			}
			for (GuestNicSpec nic : guest.guest().nics()) {
				for (VxlanSpec overlay : config.overlays()) {
					if (!overlay.bridge().equals(nic.bridge()) || overlay.dataPlane() != VxlanSpec.DataPlane.KERNEL) {
						continue;
					}
					String remote = owner.vtepAddress(nic.bridge());
					try {
						if (owner.hostName().equals(self) || remote == null) {
							shell.execute(List.of("bridge", "fdb", "del", nic.mac(), "dev", overlay.device()));
						} else {
							shell.run("bridge", "fdb", "replace", nic.mac(), "dev", overlay.device(), "dst", remote);
						}
					} catch (Shell.CommandException e) {
						home.log("ha: could not re-point " + nic.mac() + " on " + overlay.device() + ": " + e.getMessage());
					}
				}
			}
		}
		overlaysChanged.accept(ownership.respect(copyOf(config), false));
	}

	private AgentConfig copyOf(AgentConfig original) {
		try {
			return codec.fromXml(codec.toXml(original), AgentConfig.class);
		} catch (dev.lifeboat.protocol.ProtocolException e) {
			throw new IllegalStateException("a config this agent wrote cannot be read back", e);
		}
	}

	private static Ownership read(AgentHome home) {
		try {
			return Ownership.read(home.haOwnership());
		} catch (IOException | RuntimeException e) {
			home.log("ha: ignoring an unreadable " + home.haOwnership() + ": " + e.getMessage());
			return new Ownership();
		}
	}

	private void record(Ownership ownership) {
		recorded = ownership;
		try {
			home.writeAtomically(home.haOwnership(), ownership.toText());
		} catch (IOException e) {
			home.log("ha: could not record ownership in the agent home: " + e.getMessage());
		}
	}

	private void writeStatus(long now) {
		Ownership ownership = current();
		long majoritySilence = majoritySilence(now);
		HaStatus status = new HaStatus(spec.policyName(), self, System.currentTimeMillis()).quorum(log.isLeader(),
				majoritySilence < millis(timings.detectionMs()), selfFenced)
				.refusedBeats(heartbeats.forgedBeats(), heartbeats.replayedBeats()).outdatedBeats(heartbeats.outdatedBeats());
		HaMember me = spec.member(self);
		for (HaMember member : spec.members()) {
			if (member == me) {
				status.members().add(new HaStatus.MemberState(self, HaStatus.MemberHealth.SELF, 0));
				continue;
			}
			long silent = heartbeats.silentNanos(member.hostName(), now);
			HaStatus.MemberState state = new HaStatus.MemberState(member.hostName(), null, ms(silent));
			int up = 0;
			for (int path = 0; path < heartbeats.paths() && path < member.heartbeatAddresses().size(); path++) {
				long pathSilent = heartbeats.silentNanos(member.hostName(), path, now);
				boolean pathUp = pathSilent < millis(timings.detectionMs());
				up += pathUp ? 1 : 0;
				state.paths().add(new HaStatus.PathState(path, me.heartbeatAddresses().get(path),
						member.heartbeatAddresses().get(path), pathUp, ms(pathSilent)));
			}
			HaStatus.MemberHealth health = heartbeats.inMaintenance(member.hostName(), now) ? HaStatus.MemberHealth.MAINTENANCE
					: up == state.paths().size() && up > 0 ? HaStatus.MemberHealth.UP
					: up > 0 ? HaStatus.MemberHealth.DEGRADED
							: ownership.failed().contains(member.hostName()) ? HaStatus.MemberHealth.FENCED
									: HaStatus.MemberHealth.SUSPECTED;
			status.members().add(withHealth(state, health).heard(heartbeats.heard(member.hostName())));
		}
		ownership.moves().forEach((guest, move) -> status.owners().add(new HaStatus.Ownership(guest, move.owner(), move.fromHost())));
		status.fencedHosts().addAll(ownership.failed());
		ownership.unplaced().forEach((guest, reason) -> status.unplaced().add(guest + ": " + reason));
		try {
			home.writeAtomically(home.haStatus(), codec.toXml(status));
		} catch (IOException e) {
			// Status is best effort: the decisions are in the log.
		}
	}

	private static HaStatus.MemberState withHealth(HaStatus.MemberState state, HaStatus.MemberHealth health) {
		HaStatus.MemberState result = new HaStatus.MemberState(state.hostName(), health, state.silentMillis());
		result.paths().addAll(state.paths());
		return result;
	}

	private static long millis(long ms) {
		return TimeUnit.MILLISECONDS.toNanos(ms);
	}

	private static long ms(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	@Override
	public void close() {
		open = false;
		loop.interrupt();
		try {
			loop.join(2000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		// The lease ends with the beats, not before: a daemon restarted for a changed policy leaves its guests up.
		renewing = false;
		lease.interrupt();
		heartbeats.close();
		log.close();
	}
}
