package dev.lifeboat.deploy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.migrate.MigrationPlan;
import dev.lifeboat.core.plan.HostPlan;
import dev.lifeboat.core.plan.StateDiff;
import dev.lifeboat.deploy.internal.Hashes;
import dev.lifeboat.deploy.internal.MigrationScripts;
import dev.lifeboat.deploy.internal.MigrationScripts.FdbMove;
import dev.lifeboat.deploy.internal.MigrationScripts.Location;
import dev.lifeboat.deploy.internal.PingLog;
import dev.lifeboat.deploy.internal.RemoteAgent;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Outcome;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Executes a {@link MigrationPlan} for a namespace guest over SSH: stage the target into the overlays it joins,
 * pre-copy the guest's data while it runs, park a copy on the target with its NICs down, cut over (source down,
 * delta, target up, every VTEP re-pointed, gratuitous ARP) in one round trip per host over sessions already open,
 * then remove the guest from the source and leave every changed host's applied configuration equal to the new
 * topology's, verified the way a deploy verifies. Failures before the cutover restore the hosts.
 */
public final class Migration {

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
	/** How long the observer keeps pinging after the cutover, so that the first replies are seen. */
	private static final long OBSERVE_AFTER_MILLIS = 1000;

	private final MigrationPlan plan;
	private final MigrationOptions options;
	private final ProtocolCodec codec = new ProtocolCodec();
	private final List<HostStep> steps = new ArrayList<>();
	private final Map<String, SshConnection> connections = new LinkedHashMap<>();
	private final Map<String, RemoteAgent> agents = new LinkedHashMap<>();
	private MigrationListener listener = MigrationListener.NONE;

	public Migration(MigrationPlan plan, MigrationOptions options) {
		this.plan = plan;
		this.options = options;
	}

	/**
	 * Runs the migration; never throws for a host's failure (the result says what happened).
	 *
	 * @throws IllegalStateException when the plan has errors
	 * @throws CompileException      when the topology (before or after) does not compile
	 * @throws SshException          when the SSH key cannot be used (no host was contacted)
	 */
	public MigrationResult run(MigrationListener progress) throws CompileException, SshException {
		if (plan.hasErrors()) {
			throw new IllegalStateException("the migration plan has errors; fix them first: " + plan.findings());
		}
		this.listener = progress;
		Instant started = Instant.now();
		Compiled compiled = new Compiled(TopologyCompiler.compile(plan.topology()),
				TopologyCompiler.compile(plan.stagedTopology()), TopologyCompiler.compile(plan.migratedTopology()));
		SshClient client = SshClient.create(options.ssh());
		String vm = plan.vm().getName();
		String source = plan.source().getName();
		String target = plan.target().getName();
		Run run = new Run(compiled, vm, source, target);
		try {
			return run.execute(client, started);
		} finally {
			connections.values().forEach(SshConnection::close);
		}
	}

	/** The three compilations: as deployed, staged (target in its new overlays), and migrated. */
	private record Compiled(CompiledTopology before, CompiledTopology staged, CompiledTopology after) {
	}

	/** One execution, step by step. */
	private final class Run {
		private final Compiled compiled;
		private final String vm;
		private final String source;
		private final String target;
		private final GuestSpec guest;
		private final List<String> staged = new ArrayList<>();
		private Location at;
		private Location to;
		private boolean parked;
		private Duration cutover;
		private PingLog.Gap blackout;
		private int pingLost;

		Run(Compiled compiled, String vm, String source, String target) {
			this.compiled = compiled;
			this.vm = vm;
			this.source = source;
			this.target = target;
			this.guest = compiled.after().config(target).guests().stream().filter(g -> g.name().equals(vm)).findFirst()
					.orElseThrow();
		}

		MigrationResult execute(SshClient client, Instant started) {
			try {
				connect(client);
				progress(0.15);
				locate();
				stage();
				progress(0.3);
				precopy();
				progress(0.5);
				park();
				prepareJavaVteps();
				progress(0.6);
			} catch (Failure failure) {
				String restored = restore();
				return finish(started, Outcome.ROLLED_BACK, vm + " stays on " + source + ": " + failure.getMessage() + restored);
			}
			try {
				cutover();
				progress(0.8);
			} catch (Failure failure) {
				return finish(started, Outcome.FAILED, vm + ": the cutover from " + source + " to " + target + " failed: "
						+ failure.getMessage() + "; the guest may be down on both hosts: look at them, then migrate again or deploy");
			}
			try {
				finalizeHosts();
				progress(0.9);
				verify();
			} catch (Failure failure) {
				return finish(started, Outcome.FAILED, vm + " runs on " + target + " but " + failure.getMessage()
						+ ": deploy the migrated topology to settle the hosts");
			}
			return finish(started, Outcome.SUCCEEDED, vm + " moved from " + source + " to " + target + " keeping "
					+ addresses() + "; cutover " + cutover.toMillis() + " ms" + blackoutText());
		}

		private void connect(SshClient client) throws Failure {
			Set<String> hosts = new LinkedHashSet<>(List.of(source, target));
			hosts.addAll(changedHosts());
			if (options.observed()) {
				hosts.add(options.observerHost());
			}
			Map<String, Host> byName = new LinkedHashMap<>();
			plan.topology().getSites().forEach(site -> site.getHosts().forEach(host -> byName.put(host.getName(), host)));
			List<Callable<Void>> work = new ArrayList<>();
			for (String name : hosts) {
				Host host = Objects.requireNonNull(byName.get(name), name);
				work.add(() -> {
					step("connect", name, () -> {
						SshConnection connection = client.connect(SshTarget.of(host));
						RemoteAgent agent = new RemoteAgent(connection, codec);
						agent.facts(true);
						synchronized (connections) {
							connections.put(name, connection);
							agents.put(name, agent);
						}
						return "connected to " + connection.target();
					});
					return null;
				});
			}
			parallel(work);
		}

		private void locate() throws Failure {
			at = step("locate", source, () -> {
				Location location = locate(source, "locate " + RemoteAgent.quote(vm));
				CommandResult exists = connections.get(source).run("[ -e " + RemoteAgent.quote("/run/netns/" + location.namespace()) + " ]");
				if (!exists.ok()) {
					throw new Failure(vm + " does not run on " + source + " (no namespace " + location.namespace()
							+ "): deploy the topology first");
				}
				return location;
			}, location -> vm + " runs here in namespace " + location.namespace() + "; its data is in " + location.data());
			to = step("locate", target, () -> {
				Location location = locate(target, "locate " + RemoteAgent.quote(vm));
				CommandResult exists = connections.get(target).run("[ -e " + RemoteAgent.quote("/run/netns/" + location.namespace()) + " ]");
				if (exists.ok()) {
					throw new Failure(target + " already runs a guest '" + vm + "' (namespace " + location.namespace()
							+ "): remove it (deploy) before migrating there");
				}
				return location;
			}, location -> "free for " + vm + ": it will run in namespace " + location.namespace() + ", its data in "
					+ location.data());
		}

		/** Hosts whose staged configuration differs from the deployed one get it applied before anything moves. */
		private void stage() throws Failure {
			for (AgentConfig config : compiled.staged().all()) {
				AgentConfig before = compiled.before().config(config.hostName());
				if (!codec.toXml(config).equals(codec.toXml(before))) {
					staged.add(config.hostName());
				}
			}
			List<Callable<Void>> work = new ArrayList<>();
			for (String host : staged) {
				work.add(() -> {
					step("stage overlays", host, () -> {
						RemoteAgent agent = agents.get(host);
						agent.install(RemoteAgent.Payload.of(RemoteAgent.CONFIG, xml(compiled.staged().config(host))), 0600,
								fraction -> {
								});
						CommandResult applied = agent.apply(List.of()).result();
						if (!applied.ok()) {
							throw new Failure(host + ": applying the staged configuration failed (exit " + applied.exitCode()
									+ ": " + applied.lastLine() + ")");
						}
						return "joined " + String.join(", ", plan.overlayJoins().stream().map(j -> j.overlay().getName()).toList());
					});
					return null;
				});
			}
			parallel(work);
		}

		private void precopy() throws Failure {
			step("pre-copy", source + "->" + target, () -> {
				List<CommandResult> results = connections.get(source).pipe(MigrationScripts.precopySend(at),
						connections.get(target), MigrationScripts.precopyReceive(to), COMMAND_TIMEOUT);
				requireOk(results, "the pre-copy of " + vm + "'s data");
				return "data of " + vm + " copied while it runs";
			});
		}

		private void park() throws Failure {
			step("prepare on target", target, () -> {
				RemoteAgent agent = agents.get(target);
				agent.install(RemoteAgent.Payload.of(MigrationScripts.MIGRATED_CONFIG, xml(compiled.after().config(target))), 0600, f -> {
				});
				parked = true;
				Location parkedAt = locate(target, "park \"${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/" + MigrationScripts.MIGRATED_CONFIG + "\" "
						+ RemoteAgent.quote(vm));
				if (!parkedAt.equals(to)) {
					throw new Failure(target + ": the parked guest is at " + parkedAt + ", expected " + to);
				}
				return vm + " runs its workload on " + target + " with its NICs down";
			});
		}

		/**
		 * Hosts whose Java VTEP forwards the guest's MACs get the migrated configuration as {@code migration.xml}
		 * before the cutover, which then applies it: the resident agent's VTEP follows an apply at once.
		 */
		private void prepareJavaVteps() throws Failure {
			List<Callable<Void>> work = new ArrayList<>();
			for (String host : javaVteps()) {
				work.add(() -> {
					step("prepare Java VTEP", host, () -> {
						agents.get(host).install(RemoteAgent.Payload.of(MigrationScripts.MIGRATED_CONFIG,
								xml(compiled.after().config(host))), 0600, f -> {
								});
						return "the migrated configuration waits for the cutover";
					});
					return null;
				});
			}
			parallel(work);
		}

		private void cutover() throws Failure {
			String observerLog = options.observed() ? startObserver() : null;
			Map<String, List<FdbMove>> moves = fdbMoves();
			List<FdbMove> sourceMoves = moves.remove(source);
			List<FdbMove> stale = staleOnTarget();
			moves.remove(target);
			Map<String, String> repoints = new LinkedHashMap<>();
			moves.forEach((host, hostMoves) -> repoints.put(host, MigrationScripts.repoint(hostMoves)));
			javaVteps().forEach(host -> repoints.merge(host, MigrationScripts.applyMigrated(), String::concat));
			long start = System.nanoTime();
			Instant startedAt = Instant.now();
			List<Callable<Void>> work = new ArrayList<>();
			work.add(() -> {
				List<CommandResult> results = connections.get(source).pipe(
						MigrationScripts.cutoverSend(at, guest, sourceMoves == null ? List.of() : sourceMoves),
						connections.get(target), MigrationScripts.cutoverReceive(to, guest, stale), COMMAND_TIMEOUT);
				requireOk(results, "the cutover");
				return null;
			});
			repoints.forEach((host, script) -> work.add(() -> {
				CommandResult result = connections.get(host).run(script, COMMAND_TIMEOUT);
				if (!result.ok()) {
					throw new Failure(host + ": re-pointing the FDB failed (exit " + result.exitCode() + ": " + result.lastLine() + ")");
				}
				return null;
			}));
			Failure failed = null;
			try {
				parallel(work);
			} catch (Failure failure) {
				failed = failure;
			}
			cutover = Duration.ofNanos(System.nanoTime() - start);
			steps.add(new HostStep("cutover", source + "->" + target, startedAt, cutover,
					failed == null ? Outcome.SUCCEEDED : Outcome.FAILED, failed == null ? "source down, delta copied, target up, "
							+ repoints.size() + " other VTEP(s) re-pointed, gratuitous ARP sent" : failed.getMessage()));
			listener.step("cutover", source + "->" + target, true, cutover.toMillis() + " ms");
			if (observerLog != null) {
				stopObserver(observerLog, startedAt);
			}
			if (failed != null) {
				throw failed;
			}
		}

		private String startObserver() {
			try {
				String namespace = locate(options.observerHost(), "locate " + RemoteAgent.quote(options.observerGuest())).namespace();
				String address = guest.nics().stream().map(GuestNicSpec::address).filter(Objects::nonNull).findFirst()
						.orElseThrow(() -> new Failure(vm + " has no address to ping"));
				CommandResult started = connections.get(options.observerHost()).run(MigrationScripts.startPing(namespace, address));
				return started.ok() ? started.out().strip() : null;
			} catch (Failure | SshException e) {
				listener.step("observe", options.observerHost(), true, "no observer: " + e.getMessage());
				return null;
			}
		}

		private void stopObserver(String logFile, Instant cutoverStarted) {
			Instant startedAt = Instant.now();
			long start = System.nanoTime();
			try {
				Thread.sleep(OBSERVE_AFTER_MILLIS);
				CommandResult log = connections.get(options.observerHost()).run(MigrationScripts.stopPing(logFile));
				PingLog ping = PingLog.parse(log.out(), Duration.ofMillis(10));
				blackout = ping.longestGap();
				pingLost = ping.lost();
				String observer = options.observerGuest() + " on " + options.observerHost();
				steps.add(new HostStep(MigrationRecords.BLACKOUT_STEP, options.observerHost(), cutoverStarted,
						blackout == null ? Duration.ZERO : blackout.length(), blackout == null ? Outcome.FAILED : Outcome.SUCCEEDED,
						blackout == null ? "no ping reply from " + vm + " seen by " + observer + " after the cutover"
								: "ping every 10 ms from " + observer + ": longest gap " + blackout.length().toMillis() + " ms, "
										+ pingLost + " of " + ping.sent() + " unanswered"));
			} catch (SshException e) {
				steps.add(new HostStep(MigrationRecords.BLACKOUT_STEP, options.observerHost(), startedAt,
						Duration.ofNanos(System.nanoTime() - start), Outcome.FAILED, "the observer's ping log is unreadable: " + e.getMessage()));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		/** After the cutover: the guest leaves the source, and every changed host records its new configuration. */
		private void finalizeHosts() throws Failure {
			step("remove from source", source, () -> {
				CommandResult removed = connections.get(source).run(MigrationScripts.removeFromSource(at, guest));
				if (!removed.ok()) {
					throw new Failure(source + ": removing the guest failed (exit " + removed.exitCode() + ": " + removed.lastLine() + ")");
				}
				return "namespace " + at.namespace() + " and " + vm + "'s files removed";
			});
			List<Callable<Void>> work = new ArrayList<>();
			for (String host : changedHosts()) {
				work.add(() -> {
					step("record configuration", host, () -> {
						RemoteAgent agent = agents.get(host);
						byte[] xml = xml(compiled.after().config(host));
						agent.install(RemoteAgent.Payload.of(RemoteAgent.CONFIG, xml), 0600, f -> {
						});
						agent.install(RemoteAgent.Payload.of("applied.xml", xml), 0600, f -> {
						});
						connections.get(host).run("rm -f \"${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/" + MigrationScripts.MIGRATED_CONFIG + "\"");
						return "applied configuration is the migrated topology's";
					});
					return null;
				});
			}
			parallel(work);
		}

		/** Every changed host must match the migrated topology as a deploy would check it. */
		private void verify() throws Failure {
			List<Callable<Void>> work = new ArrayList<>();
			for (String host : changedHosts()) {
				work.add(() -> {
					step("verify", host, () -> {
						AgentConfig config = compiled.after().config(host);
						AgentState state = agents.get(host).state(agents.get(host).facts(false));
						HostPlan differences = StateDiff.plan(config, state);
						if (!differences.unchanged()) {
							throw new Failure(host + " differs from the migrated topology: "
									+ differences.changes().stream().limit(3).map(Object::toString).toList());
						}
						if (!("sha256:" + Hashes.sha256Hex(xml(config))).equals(state.appliedConfigHash())) {
							throw new Failure(host + ": the applied configuration is not the migrated topology's");
						}
						return "matches the migrated topology";
					});
					return null;
				});
			}
			parallel(work);
		}

		/** Undoes what ran before a failed cutover: the parked guest, and the staged hosts' configurations. */
		private String restore() {
			List<String> notes = new ArrayList<>();
			if (parked && connections.containsKey(target)) {
				try {
					connections.get(target).run(MigrationScripts.removeParked(to));
					notes.add("the parked copy on " + target + " was removed");
				} catch (SshException e) {
					notes.add("the parked copy on " + target + " could not be removed: " + e.getMessage());
				}
			}
			for (String host : staged) {
				try {
					CommandResult result = agents.get(host).rollback(true, null);
					notes.add(host + (result.ok() ? " was restored" : " could not be restored: " + result.lastLine()));
				} catch (SshException e) {
					notes.add(host + " could not be restored: " + e.getMessage());
				}
			}
			return notes.isEmpty() ? "; nothing was changed" : "; " + String.join(", ", notes);
		}

		/** Hosts whose configuration the move changes (the overlays' VTEPs, HA members), plus source and target. */
		private List<String> changedHosts() {
			Set<String> hosts = new LinkedHashSet<>(List.of(source, target));
			for (AgentConfig config : compiled.after().all()) {
				if (!codec.toXml(config).equals(codec.toXml(compiled.before().config(config.hostName())))) {
					hosts.add(config.hostName());
				}
			}
			return List.copyOf(hosts);
		}

		/** For each kernel VTEP of the guest's overlays, the guest's MACs to point at the target's VTEP. */
		private Map<String, List<FdbMove>> fdbMoves() {
			// The Java VTEP's hosts apply the migrated configuration instead (javaVteps).
			return guestEntries(VxlanSpec.DataPlane.KERNEL);
		}

		/**
		 * The hosts other than source and target whose Java VTEP has a static FDB entry for one of the guest's MACs
		 * after the move. Its static entries override what it learns, so the gratuitous ARP alone would not
		 * re-point it.
		 */
		private List<String> javaVteps() {
			Set<String> hosts = new LinkedHashSet<>(guestEntries(VxlanSpec.DataPlane.USERSPACE).keySet());
			hosts.remove(source);
			hosts.remove(target);
			return List.copyOf(hosts);
		}

		/** Per host, the FDB entries for the guest's MACs after the move, on that host's overlays of {@code plane}. */
		private Map<String, List<FdbMove>> guestEntries(VxlanSpec.DataPlane plane) {
			Map<String, List<FdbMove>> entries = new LinkedHashMap<>();
			Set<String> macs = new LinkedHashSet<>(guest.nics().stream().map(GuestNicSpec::mac).toList());
			for (AgentConfig config : compiled.after().all()) {
				for (VxlanSpec overlay : config.overlays()) {
					if (overlay.dataPlane() != plane) {
						continue;
					}
					for (FdbEntry entry : overlay.fdb()) {
						if (macs.contains(entry.mac())) {
							entries.computeIfAbsent(config.hostName(), key -> new ArrayList<>())
									.add(new FdbMove(overlay.device(), entry.mac(), entry.remote()));
						}
					}
				}
			}
			return entries;
		}

		/** The target's entries that sent the guest's MACs to the source: the guest is local there now. */
		private List<FdbMove> staleOnTarget() {
			Set<String> macs = new LinkedHashSet<>(guest.nics().stream().map(GuestNicSpec::mac).toList());
			List<FdbMove> stale = new ArrayList<>();
			for (VxlanSpec overlay : compiled.staged().config(target).overlays()) {
				if (overlay.dataPlane() == VxlanSpec.DataPlane.KERNEL) {
					overlay.fdb().stream().filter(entry -> macs.contains(entry.mac()))
							.forEach(entry -> stale.add(new FdbMove(overlay.device(), entry.mac(), entry.remote())));
				}
			}
			return stale;
		}

		private Location locate(String host, String arguments) throws SshException, Failure {
			CommandResult result = connections.get(host).run(
					"\"${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/agent\" migration " + arguments, COMMAND_TIMEOUT);
			Location location = result.ok() ? Location.parse(result.out()) : null;
			if (location == null) {
				throw new Failure(host + ": 'agent migration " + arguments + "' failed (exit " + result.exitCode() + ": "
						+ result.lastLine() + "): deploy the current agent to the host");
			}
			return location;
		}

		private String addresses() {
			return String.join(", ", guest.nics().stream().filter(nic -> nic.address() != null)
					.map(nic -> nic.name() + " " + nic.address() + " (" + nic.mac() + ")").toList());
		}

		private String blackoutText() {
			if (!options.observed()) {
				return "";
			}
			return blackout == null ? "; the observer saw no reply after the cutover"
					: "; blackout " + blackout.length().toMillis() + " ms (10 ms ping from " + options.observerGuest() + " on "
							+ options.observerHost() + ")";
		}

		private MigrationResult finish(Instant started, Outcome outcome, String summary) {
			progress(1);
			return new MigrationResult(vm, source, target, started, Instant.now(), outcome, summary, steps, cutover,
					blackout == null ? null : blackout.length(), pingLost);
		}
	}

	private byte[] xml(AgentConfig config) {
		return codec.toXml(config).getBytes(StandardCharsets.UTF_8);
	}

	private static void requireOk(List<CommandResult> results, String what) throws Failure {
		String[] sides = { "source", "target" };
		for (int i = 0; i < results.size(); i++) {
			CommandResult result = results.get(i);
			if (!result.ok()) {
				throw new Failure(what + " failed on the " + sides[i] + " (exit " + result.exitCode() + ": " + result.lastLine() + ")");
			}
		}
	}

	/** A timed step: recorded with its outcome, reported to the listener, its failure a {@link Failure}. */
	private <T> T step(String name, String host, Body<T> body) throws Failure {
		return step(name, host, body, value -> value instanceof String text ? text : String.valueOf(value));
	}

	/** @param message what the step found, as the wizard's row and the record say it */
	private <T> T step(String name, String host, Body<T> body, java.util.function.Function<T, String> message)
			throws Failure {
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		listener.step(name, host, false, "");
		try {
			T value = body.run();
			String said = message.apply(value);
			record(new HostStep(name, host, startedAt, Duration.ofNanos(System.nanoTime() - start), Outcome.SUCCEEDED, said));
			listener.step(name, host, true, said);
			return value;
		} catch (SshException | ProtocolException | Failure e) {
			record(new HostStep(name, host, startedAt, Duration.ofNanos(System.nanoTime() - start), Outcome.FAILED, e.getMessage()));
			listener.step(name, host, true, "failed: " + e.getMessage());
			throw e instanceof Failure failure ? failure : new Failure(e.getMessage());
		}
	}

	private void record(HostStep step) {
		synchronized (steps) {
			steps.add(step);
		}
	}

	private void progress(double fraction) {
		listener.progress(fraction);
	}

	/** Runs the work on one thread per item (hosts are independent), then throws the first failure. */
	private static void parallel(List<Callable<Void>> work) throws Failure {
		if (work.isEmpty()) {
			return;
		}
		ExecutorService threads = Executors.newFixedThreadPool(work.size(), runnable -> {
			Thread thread = new Thread(runnable, "lifeboat-migrate");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Void>> futures = new ArrayList<>();
			work.forEach(item -> futures.add(threads.submit(item)));
			Failure first = null;
			for (Future<Void> future : futures) {
				try {
					future.get();
				} catch (ExecutionException e) {
					if (first == null) {
						first = e.getCause() instanceof Failure failure ? failure : new Failure(String.valueOf(e.getCause().getMessage()));
					}
				}
			}
			if (first != null) {
				throw first;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Failure("interrupted");
		} finally {
			threads.shutdown();
		}
	}

	@FunctionalInterface
	private interface Body<T> {
		T run() throws SshException, ProtocolException, Failure;
	}

	/** Stops the migration with a reason that names the host and what to do. */
	private static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message, null, false, false);
		}
	}
}
