package dev.lifeboat.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.lifeboat.agent.backup.Backups;
import dev.lifeboat.agent.backup.Restic;
import dev.lifeboat.agent.ha.HaDaemon;
import dev.lifeboat.agent.vtep.UserspaceVtep;
import dev.lifeboat.agent.vtep.VtepCounters;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * {@code agent serve}: the long-running side of the agent. On start it converges the host to the last good
 * configuration (so a rebooted host comes back as it was), then carries the frames of every overlay whose
 * data plane is the Java VTEP, following each new applied configuration.
 */
final class AgentDaemon {

	private static final long POLL_MILLIS = 500;

	private final AgentHome home;
	private final Shell shell;
	private final ProtocolCodec codec;
	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, UserspaceVtep> vteps = new HashMap<>();
	private final Map<String, Set<Integer>> segments = new HashMap<>();
	/** Java VTEP endpoints an apply in progress let go of (see {@link #releaseVteps}): nothing reopens them until it ends. */
	private final Set<String> released = new HashSet<>();
	/** Java VTEP endpoints the applied configuration wants that could not be opened: the poll tries again. */
	private final Set<String> unopened = new HashSet<>();
	private String publishedCounters;
	private final Map<String, Instant> lastFailure = new ConcurrentHashMap<>();
	private CompletableFuture<Void> backupRun;
	private HaDaemon ha;

	AgentDaemon(AgentHome home, Shell shell, ProtocolCodec codec, PrintStream out, PrintStream err) {
		this.home = home;
		this.shell = shell;
		this.codec = codec;
		this.out = out;
		this.err = err;
	}

	int serve(List<String> options) throws Shell.CommandException {
		fenceIfLeaseExpired();
		AgentSshServer ssh;
		try {
			ssh = startSsh(options);
		} catch (IllegalArgumentException | IOException e) {
			err.println("lifeboat-agent: cannot serve SSH: " + e.getMessage());
			return 2;
		}
		// The daemon's own codec: every XStream it builds costs tens of milliseconds of CPU, and the first much more.
		Agent agent = new Agent(home, out, err, codec);
		AgentConfig last = agent.previous();
		if (last != null) {
			try {
				agent.converge(last, home.readApplied(), out, err);
			} catch (IOException e) {
				err.println("lifeboat-agent: cannot re-read " + home.appliedConfig() + ": " + e.getMessage());
			}
		}
		ControlSocket control = startControl(new ControlSocket.ApplyHooks() {
			@Override
			public void before(AgentConfig next) {
				releaseVteps(next);
			}

			@Override
			public void after() {
				retakeVteps(agent);
			}
		});
		out.println("lifeboat-agent " + Agent.VERSION + " serving from " + home.directory());
		out.flush();
		List<FileTime> seen = null;
		// The applied configuration, parsed again only when its file (or a secret) changes: parsing it on every
		// poll cost an idle agent a steady share of a core.
		AgentConfig applied = null;
		while (!Thread.currentThread().isInterrupted()) {
			List<FileTime> modified = modified();
			if (modified == null) {
				applied = null; // nothing applied (any more): no backups to schedule
				seen = null;
			} else if (!modified.equals(seen)) {
				seen = modified;
				applied = agent.previous();
				followHa(applied);
				followForwarding(agent);
			} else if (hasUnopenedVteps()) {
				followForwarding(agent);
			}
			publishCounters();
			scheduleBackups(agent, applied);
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (ha != null) {
			ha.close();
		}
		vteps.values().forEach(UserspaceVtep::close);
		if (control != null) {
			control.close();
		}
		if (ssh != null) {
			ssh.close();
		}
		return 0;
	}

	/**
	 * If the HA lease expired while the agent was down, the guests have stopped themselves and the others may run
	 * them now: the member counts as self-fenced, starting no protected guest until the log, read through the
	 * majority, says what it owns. Only the HA daemon renews the lease, together with its heartbeats: a lease
	 * renewed while no beat goes out would let a guest outlive the others' takeover.
	 */
	private void fenceIfLeaseExpired() {
		java.nio.file.Path lease = home.haLease();
		try {
			if (!Files.exists(lease)) {
				return;
			}
			long age = System.currentTimeMillis() - Files.getLastModifiedTime(lease).toMillis();
			long deadline = dev.lifeboat.agent.guest.GuestService.leaseDeadlineMs(Files.readAllLines(lease));
			if (age > deadline && !Files.exists(home.haSelfFenced())) {
				home.writeAtomically(home.haSelfFenced(), "the agent was down for " + age + " ms, longer than the lease ("
						+ deadline + " ms): its protected guests stopped themselves\n");
				home.log("ha: the guest lease is " + age + " ms old (deadline " + deadline
						+ " ms): fenced until the log says what this member owns");
			}
		} catch (IOException | RuntimeException e) {
			home.log("ha: could not read the guest lease: " + e.getMessage());
		}
	}

	/**
	 * The Java VTEP's segments follow the applied configuration (as HA ownership rewrites it). The poll calls this
	 * when the file changed, and so does an apply the control socket served, before it answers: the VTEP then
	 * forwards by the new FDB (a migration's cutover) when the apply returns, not a poll later. HA follows at the
	 * poll only: starting its log inside an apply would make every deploy wait for it.
	 */
	private void followForwarding(Agent agent) {
		AgentConfig forwarding = agent.previous();
		follow(forwarding == null ? null : agent.recordedOwnership().respect(forwarding, false));
	}

	/** The wrapper's door into this JVM; without it every command starts a JVM of its own, which still works. */
	private ControlSocket startControl(ControlSocket.ApplyHooks applyHooks) {
		try {
			return ControlSocket.start(home, codec, applyHooks);
		} catch (IOException e) {
			err.println("lifeboat-agent: no control socket (commands will start their own JVM): " + e.getMessage());
			return null;
		}
	}

	/**
	 * Starts the backups that are due (no snapshot yet, or the newest one interval old), one run at a time in
	 * the background so that the data plane never waits for restic.
	 */
	private void scheduleBackups(Agent agent, AgentConfig config) {
		if (backupRun != null && !backupRun.isDone()) {
			return;
		}
		if (config == null || config.backups().isEmpty()) {
			return;
		}
		Backups backups = agent.backups(new NamespaceGuestDriver(new LinuxNetwork(shell),
				config.hostName(), home));
		Instant now = Instant.now();
		List<Runnable> due = new ArrayList<>();
		for (var spec : config.backups()) {
			for (String guest : spec.guests()) {
				if (backups.due(spec, guest, now) && !failedRecently(guest, now)) {
					due.add(() -> {
						try {
							backups.backUp(config.hostName(), spec, guest);
						} catch (Restic.ResticException e) {
							lastFailure.put(guest, Instant.now());
							home.log("scheduled backup failed: " + e.getMessage());
						}
					});
				}
			}
		}
		if (!due.isEmpty()) {
			backupRun = CompletableFuture.runAsync(() -> due.forEach(Runnable::run),
					runnable -> Thread.ofPlatform().daemon().name("lifeboat-backup").start(runnable));
		}
	}

	/** A guest whose backup just failed is retried after a minute, not in a tight loop. */
	private boolean failedRecently(String guest, Instant now) {
		Instant failed = lastFailure.get(guest);
		return failed != null && failed.plusSeconds(60).isAfter(now);
	}

	/** {@code --ssh PORT --authorized-keys FILE [--ssh-address ADDRESS]}: the embedded SSH server, or none. */
	private AgentSshServer startSsh(List<String> options) throws IOException {
		String port = option(options, "--ssh");
		if (port == null) {
			return null;
		}
		String keys = option(options, "--authorized-keys");
		if (keys == null) {
			throw new IllegalArgumentException("--ssh needs --authorized-keys FILE (the public keys allowed to log in)");
		}
		int number;
		try {
			number = Integer.parseInt(port);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--ssh " + port + " is not a port number");
		}
		AgentSshServer server = AgentSshServer.start(home, option(options, "--ssh-address"), number,
				java.nio.file.Path.of(keys));
		out.println("lifeboat-agent: SSH on port " + server.port() + ", host key " + home.directory().resolve("ssh_host_key.pub"));
		return server;
	}

	private static String option(List<String> options, String name) {
		int index = options.indexOf(name);
		return index >= 0 && index + 1 < options.size() ? options.get(index + 1) : null;
	}

	/** Starts, restarts (the policy changed) or stops the HA daemon to match {@code config}. */
	private void followHa(AgentConfig config) {
		if (ha != null && config != null && ha.runs(config)) {
			return;
		}
		if (ha != null) {
			ha.close();
			ha = null;
		}
		if (config == null || config.ha() == null || config.ha().member(config.hostName()) == null) {
			try {
				// No policy covers this host any more: its guests must not wait for a lease nobody renews, and a
				// policy deployed later starts as new here.
				Files.deleteIfExists(home.haLease());
				Files.deleteIfExists(home.haMembership());
			} catch (IOException e) {
				home.log("ha: could not remove the guest lease or the membership record: " + e.getMessage());
			}
			return;
		}
		try {
			ha = new HaDaemon(home, shell, config, this::follow);
		} catch (IOException | RuntimeException e) {
			err.println("lifeboat-agent: HA for policy " + config.ha().policyName() + " could not start: " + e);
			home.log("ha: could not start: " + e);
		}
	}

	/**
	 * Closes the Java VTEPs whose endpoint {@code next} does not keep on the Java VTEP, before it is applied: a
	 * kernel VXLAN device that takes the overlay over binds the same UDP port, which the Java VTEP's socket would
	 * still hold until the apply is followed. Until the apply ends, nothing opens them again (the poll following a
	 * changed secret, HA following moved guests); then following the applied configuration does, if the apply
	 * failed and restored the previous one.
	 */
	private synchronized void releaseVteps(AgentConfig next) {
		Set<String> kept = new HashSet<>();
		for (VxlanSpec overlay : next.overlays()) {
			if (overlay.dataPlane() == VxlanSpec.DataPlane.USERSPACE) {
				kept.add(endpoint(overlay));
			}
		}
		for (String endpoint : Set.copyOf(vteps.keySet())) {
			if (!kept.contains(endpoint)) {
				vteps.remove(endpoint).close();
				segments.remove(endpoint);
				released.add(endpoint);
				home.log("Java VTEP on " + endpoint + " closed: the configuration being applied does not keep it");
			}
		}
	}

	/** The apply that released Java VTEPs has ended: follow what it applied (or restored), released ones included. */
	private void retakeVteps(Agent agent) {
		synchronized (this) {
			released.clear();
		}
		followForwarding(agent);
	}

	/** A Java VTEP's UDP socket: one per local address and port, carrying every overlay configured on it. */
	private static String endpoint(VxlanSpec overlay) {
		return overlay.localAddress() + ":" + overlay.udpPort();
	}

	private synchronized boolean hasUnopenedVteps() {
		return !unopened.isEmpty();
	}

	/** Opens, updates and closes Java VTEP segments to match {@code config}. */
	private synchronized void follow(AgentConfig config) {
		Map<String, Set<Integer>> wanted = new HashMap<>();
		Set<String> failed = new HashSet<>();
		if (config != null) {
			for (VxlanSpec overlay : config.overlays()) {
				String endpoint = endpoint(overlay);
				if (overlay.dataPlane() != VxlanSpec.DataPlane.USERSPACE || released.contains(endpoint)) {
					continue;
				}
				try {
					UserspaceVtep vtep = vteps.get(endpoint);
					if (vtep == null) {
						vtep = UserspaceVtep.open(InetAddress.getByName(overlay.localAddress()), overlay.udpPort());
						vteps.put(endpoint, vtep);
					}
					vtep.addOrUpdateSegment(overlay);
					wanted.computeIfAbsent(endpoint, key -> new HashSet<>()).add(overlay.vni());
				} catch (IOException e) {
					failed.add(endpoint);
					if (!unopened.contains(endpoint)) { // once, not at every poll that tries again
						err.println("lifeboat-agent: Java VTEP for overlay " + overlay.overlayName() + " on " + endpoint
								+ " could not start (tried again while the configuration wants it): " + e.getMessage());
					}
				}
			}
		}
		unopened.clear();
		unopened.addAll(failed);
		for (var endpoint : Map.copyOf(segments).entrySet()) {
			Set<Integer> keep = wanted.getOrDefault(endpoint.getKey(), Set.of());
			for (int vni : endpoint.getValue()) {
				if (!keep.contains(vni)) {
					vteps.get(endpoint.getKey()).removeSegment(vni);
				}
			}
			if (keep.isEmpty()) {
				vteps.remove(endpoint.getKey()).close();
			}
		}
		segments.clear();
		segments.putAll(wanted);
		publishForwarding(config);
	}

	/** What the Java VTEPs now do with each MAC of their static FDB, read back from their tables. */
	private void publishForwarding(AgentConfig config) {
		StringBuilder text = new StringBuilder();
		if (config != null) {
			for (VxlanSpec overlay : config.overlays()) {
				UserspaceVtep vtep = vteps.get(endpoint(overlay));
				if (overlay.dataPlane() != VxlanSpec.DataPlane.USERSPACE || vtep == null) {
					continue;
				}
				for (var entry : overlay.fdb()) {
					String where = vtep.forwardsTo(overlay.vni(), entry.mac());
					if (where != null) {
						text.append(overlay.vni()).append(' ').append(entry.mac()).append(' ').append(where).append('\n');
					}
				}
			}
		}
		try {
			home.writeAtomically(home.vtepForwarding(), text.toString());
		} catch (IOException e) {
			home.log("could not publish the Java VTEP's forwarding: " + e.getMessage());
		}
	}

	private synchronized void publishCounters() {
		StringBuilder text = new StringBuilder();
		for (UserspaceVtep vtep : vteps.values()) {
			for (Map.Entry<Integer, VtepCounters> entry : vtep.counters().entrySet()) {
				text.append(entry.getKey()).append(' ').append(entry.getValue()).append('\n');
			}
		}
		if (text.toString().equals(publishedCounters)) {
			return; // idle hosts write nothing twice a second
		}
		try {
			home.writeAtomically(home.vtepCounters(), text.toString());
			publishedCounters = text.toString();
		} catch (IOException e) {
			// Counters are best effort; the data plane is what matters.
		}
	}

	/**
	 * When the applied configuration or the secrets directory (a heartbeat key installed or replaced by a deploy
	 * that changed nothing else) last changed.
	 */
	private List<FileTime> modified() {
		try {
			if (!Files.exists(home.appliedConfig())) {
				return null;
			}
			FileTime secrets = Files.exists(home.secrets()) ? Files.getLastModifiedTime(home.secrets()) : null;
			return java.util.Arrays.asList(Files.getLastModifiedTime(home.appliedConfig()), secrets);
		} catch (IOException e) {
			return null;
		}
	}
}
