package dev.lifeboat.deploy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.DeviceNames;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.drill.DrillResult;
import dev.lifeboat.core.drill.DrillResult.Check;
import dev.lifeboat.core.drill.DrillResult.CheckKind;
import dev.lifeboat.core.drill.DrillResult.CheckStatus;
import dev.lifeboat.core.drill.DrillResult.TimelineStep;
import dev.lifeboat.core.drill.RestorePoint;
import dev.lifeboat.deploy.internal.Hashes;
import dev.lifeboat.deploy.internal.RemoteAgent;
import dev.lifeboat.model.BackupPolicy;
import dev.lifeboat.model.DrPlan;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.NicRole;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VerificationProbe;
import dev.lifeboat.model.VirtualMachine;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Runs one disaster-recovery drill of a {@link DrPlan} end to end over SSH and fills a {@link DrillResult}:
 * preflight (repositories reachable and the restore point resolved per VM from its snapshots there: each VM's
 * newest at or before the point, {@link RestorePoint}; recovery hosts with capacity; drill VNI free) -> the bubble
 * (an overlay on the plan's drill VNI across the recovery site's hosts, with no uplink, gateway or route to production)
 * -> each VM's snapshot restored into a drill guest that keeps the production IP and MAC, started in the plan's
 * order -> verification (restic check, every file's SHA-256 against the snapshot, the plan's probes) -> the
 * bubble torn down and its absence proven.
 * <p>
 * The bubble is built with the agent's transactional {@code apply}: a recovery host's drill configuration is
 * its applied configuration plus the bubble and the drill guests, so a failed apply leaves the host as it was,
 * and the teardown applies the original configuration again.
 */
public final class DrillExecution {

	/** The prefix of a drill guest's name: {@code drill-<vm>}. */
	public static final String DRILL_PREFIX = "drill-";

	/** Progress and test seams, called on the drill's thread. */
	public interface Listener {
		Listener NONE = new Listener() {
		};

		/** A step of the timeline ended. */
		default void step(TimelineStep step) {
		}

		/** Every VM's data is restored (before any verification). */
		default void restored(Map<String, String> drillGuestHosts) {
		}

		/** Every restorable VM runs in the bubble (before any verification): drill guest name to recovery host. */
		default void bubbleUp(Map<String, String> drillGuestHosts) {
		}
	}

	/** What a drill needs besides the topology and the plan. */
	public record Options(SshSettings ssh, BackupPasswords passwords, String restorePoint, String initiator,
			Listener listener) {
	}

	private final Topology topology;
	private final DrPlan plan;
	private final Options options;
	private final ProtocolCodec codec = new ProtocolCodec();
	private final List<TimelineStep> timeline = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final List<String> errors = new ArrayList<>();
	// Steps on different hosts (and VMs) run at once, on worker threads: what they fill is thread-safe, and the
	// timeline, the errors and the listener are touched only by the drill's own thread.
	private final List<String> cleanup = Collections.synchronizedList(new ArrayList<>());
	private final Map<String, String> evidence = new ConcurrentHashMap<>();
	private final Map<Host, Remote> remotes = new LinkedHashMap<>();
	private final Map<VirtualMachine, Host> placement = new LinkedHashMap<>();
	private final Map<VirtualMachine, Restored> restored = new ConcurrentHashMap<>();
	private final Map<VirtualMachine, String> restoreFailures = new ConcurrentHashMap<>();
	// What the restore point resolves to per VM, read from its repository on its recovery host by the preflight.
	private final Map<VirtualMachine, RestorePoint.Snapshot> chosen = new ConcurrentHashMap<>();
	private final Map<String, String> unknownHostKeys = new ConcurrentHashMap<>();
	private Map<Host, AgentConfig> compiled;

	/** A recovery host over SSH: its connection, agent home, and the configuration applied before the drill. */
	private record Remote(Host host, SshConnection connection, String home, String originalXml) {
		String hostName() {
			return host.getName();
		}
	}

	/** A VM whose snapshot was restored. */
	private record Restored(String snapshotId, Instant snapshotTime) {
	}

	public DrillExecution(Topology topology, DrPlan plan, Options options) {
		this.topology = topology;
		this.plan = plan;
		this.options = options;
	}

	/** Runs the drill; never throws for a failure of the drill itself, which the result reports. */
	public DrillResult run() {
		Instant started = Instant.now();
		Instant restoreStarted = null;
		Instant verified = null;
		boolean bubbleBuilt = false;
		try {
			if (preflight()) {
				restoreStarted = Instant.now();
				restoreAll();
				bubbleBuilt = true;
				startInOrder();
				verified = verifyAll();
			}
		} catch (DrillAbort e) {
			errors.add(e.getMessage());
		} finally {
			if (bubbleBuilt) {
				tearDown();
			}
			remotes.values().forEach(remote -> remote.connection().close());
		}
		return result(started, restoreStarted, verified);
	}

	/**
	 * Runs only the preflight (placement, connections, the drill VNI, the repositories) and disconnects: nothing is
	 * built. The passwords of the placed VMs' policies are installed on the recovery hosts, as {@link #run()} does.
	 *
	 * @return the preflight's steps, then one failed step per error no step recorded (e.g. a plan without VMs)
	 */
	public List<TimelineStep> preflightOnly() {
		Instant started = Instant.now();
		try {
			preflight();
		} catch (DrillAbort e) {
			errors.add(e.getMessage());
		} finally {
			remotes.values().forEach(remote -> remote.connection().close());
		}
		List<TimelineStep> steps = new ArrayList<>(timeline);
		for (String error : errors) {
			if (steps.stream().noneMatch(step -> error.equals(step.message()))) {
				steps.add(new TimelineStep("preflight", plan.getName(), started, Instant.now(), CheckStatus.FAIL, error));
			}
		}
		return steps;
	}

	/**
	 * The recovery hosts whose key nobody trusts yet, by name, with the fingerprint each presented ({@code SHA256:...}),
	 * as the last {@link #preflightOnly()} or {@link #run()} met them.
	 */
	public Map<String, String> unknownHostKeys() {
		return Map.copyOf(unknownHostKeys);
	}

	/** The snapshots in the output of {@code agent drill list} ({@code snapshot=ID TIME} lines). */
	public static List<RestorePoint.Snapshot> snapshotsListed(String output) {
		List<RestorePoint.Snapshot> snapshots = new ArrayList<>();
		output.lines().filter(line -> line.startsWith("snapshot=")).forEach(line -> {
			String[] fields = line.substring("snapshot=".length()).strip().split("\\s+");
			snapshots.add(new RestorePoint.Snapshot(fields[0], OffsetDateTime.parse(fields[1]).toInstant()));
		});
		return snapshots;
	}

	// ---------------------------------------------------------------- preflight

	private boolean preflight() throws DrillAbort {
		if (plan.getVms().isEmpty()) {
			throw new DrillAbort("plan '" + plan.getName() + "' has no VMs: add the VMs to recover, in start order");
		}
		if (plan.getRecoverySite() == null || plan.getRecoverySite().getHosts().isEmpty()) {
			throw new DrillAbort("plan '" + plan.getName() + "' has no recovery site with hosts: set its recovery site");
		}
		try {
			RestorePoint.parse(options.restorePoint(), plan);
		} catch (IllegalArgumentException e) {
			throw new DrillAbort(e.getMessage());
		}
		try {
			compiled = TopologyCompiler.compile(topology).configs();
		} catch (CompileException e) {
			throw new DrillAbort("the topology has errors, so no drill can run: " + e.getMessage());
		}
		int failuresBefore = errors.size();
		step("preflight: capacity", plan.getRecoverySite().getName(), () -> {
			place();
			return placement.entrySet().stream().map(e -> e.getKey().getName() + " -> " + e.getValue().getName())
					.collect(Collectors.joining(", "));
		});
		connectAll();
		stepsAtOnce("preflight: drill VNI free", List.copyOf(remotes.values()), Remote::hostName, remote -> () -> {
			CommandResult links = remote.connection().run("ip -d -o link show");
			String bridge = DeviceNames.overlayBridge(plan.getDrillVni());
			String vxlan = DeviceNames.vxlan(plan.getDrillVni());
			for (String line : links.out().split("\n")) {
				if (line.contains(": " + bridge + ":") || line.contains(": " + vxlan + ":")
						|| line.contains(" vxlan id " + plan.getDrillVni() + " ")) {
					throw new DrillAbort("the drill VNI " + plan.getDrillVni() + " is in use on recovery host "
							+ remote.host().getName() + " (" + line.strip().split("\\s+")[1]
							+ "): another drill is running or was not cleaned up; set another drill VNI or remove it");
				}
			}
			return "VNI " + plan.getDrillVni() + " unused";
		});
		stepsAtOnce("preflight: repository", List.copyOf(placement.keySet()), VirtualMachine::getName, vm -> () -> {
			BackupPolicy policy = policyOf(vm);
			Remote remote = remotes.get(placement.get(vm));
			CommandResult listed = agent(remote, "drill", "list", policy.getName(), policy.getTargetLocation().strip(),
					vm.getName());
			if (!listed.ok()) {
				restoreFailures.put(vm, "repository " + policy.getTargetLocation() + " is not reachable from "
						+ remote.host().getName() + ": " + listed.lastLine());
				throw new StepFailure(vm.getName() + ": " + restoreFailures.get(vm));
			}
			List<RestorePoint.Snapshot> snapshots = snapshotsListed(listed.out());
			RestorePoint.VmSnapshot point = RestorePoint.resolve(options.restorePoint(), vm.getName(), snapshots);
			if (point.snapshot() == null) {
				restoreFailures.put(vm, point.problem());
				throw new StepFailure(vm.getName() + ": " + point.problem());
			}
			chosen.put(vm, point.snapshot());
			return policy.getTargetLocation() + " reachable, " + snapshots.size() + " snapshot(s) of " + vm.getName()
					+ "; restore point " + options.restorePoint().strip() + ": snapshot " + point.snapshot().shortId()
					+ " of " + RestorePoint.readable(point.snapshot().time());
		});
		return errors.size() == failuresBefore || !restoreFailures.isEmpty() && errors.size() - failuresBefore
				== restoreFailures.size();
	}

	/** Each VM of the plan, in order, on the recovery host with the most memory left that can take it. */
	private void place() throws StepFailure {
		Map<Host, Long> free = new LinkedHashMap<>();
		for (Host host : plan.getRecoverySite().getHosts()) {
			free.put(host, host.getMemoryMiB() - host.getVms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum());
		}
		List<String> unplaced = new ArrayList<>();
		for (VirtualMachine vm : new LinkedHashSet<>(plan.getVms())) {
			Host best = free.entrySet().stream().filter(entry -> entry.getValue() >= vm.getMemoryMiB())
					.max(Comparator.comparing((Map.Entry<Host, Long> entry) -> entry.getValue())
							.thenComparing(entry -> entry.getKey().getName(), Comparator.reverseOrder()))
					.map(Map.Entry::getKey).orElse(null);
			if (best == null) {
				unplaced.add(vm.getName() + " (" + vm.getMemoryMiB() + " MiB)");
				continue;
			}
			placement.put(vm, best);
			free.merge(best, -vm.getMemoryMiB(), Long::sum);
		}
		if (!unplaced.isEmpty()) {
			throw new StepFailure("the recovery site " + plan.getRecoverySite().getName() + " has no host with memory for "
					+ String.join(", ", unplaced) + ": add a host to the site or free memory");
		}
	}

	private void connectAll() throws DrillAbort {
		SshClient client;
		try {
			client = SshClient.create(options.ssh());
		} catch (SshException e) {
			throw new DrillAbort(e.getMessage());
		}
		List<Host> hosts = List.copyOf(new LinkedHashSet<>(placement.values()));
		Map<Host, Remote> connected = new ConcurrentHashMap<>();
		stepsAtOnce("preflight: connect", hosts, Host::getName, host -> () -> {
			SshConnection connection;
			try {
				connection = client.connect(SshTarget.of(host));
			} catch (SshException e) {
				if (e.kind() == SshException.Kind.HOST_KEY_UNKNOWN && e.hostKeyFingerprint() != null) {
					unknownHostKeys.put(host.getName(), e.hostKeyFingerprint());
				}
				throw e;
			}
			try {
				RemoteAgent agent = new RemoteAgent(connection, codec);
				String home = agent.facts(true).home();
				CommandResult applied = connection.run("cat " + RemoteAgent.quote(home + "/applied.xml"));
				if (!applied.ok()) {
					throw new StepFailure("recovery host " + host.getName() + " has no deployed configuration ("
							+ applied.lastLine() + "): deploy the topology before drilling");
				}
				codec.fromXml(applied.out(), AgentConfig.class);
				Set<String> policies = new LinkedHashSet<>();
				placement.forEach((vm, on) -> {
					if (on == host) {
						policies.add(policyOf(vm).getName());
					}
				});
				BackupPasswords.install(connection, home, policies, options.passwords());
				connected.put(host, new Remote(host, connection, home, applied.out()));
				return "agent home " + home + ", passwords of " + String.join(", ", policies) + " installed";
			} catch (SshException | ProtocolException | StepFailure | RuntimeException e) {
				connection.close();
				throw e;
			}
		});
		hosts.stream().filter(connected::containsKey).forEach(host -> remotes.put(host, connected.get(host)));
		if (remotes.size() != hosts.size()) {
			throw new DrillAbort("not every recovery host could be prepared (see the preflight steps); nothing was changed");
		}
	}

	// ---------------------------------------------------------------- restore and bubble

	/** Every VM's snapshot at once (each restore is its recovery host's work). */
	private void restoreAll() {
		// A VM whose snapshot the preflight could not choose has its failure recorded already.
		List<VirtualMachine> restorable = placement.keySet().stream().filter(chosen::containsKey).toList();
		stepsAtOnce("restore", restorable, VirtualMachine::getName, vm -> () -> {
			BackupPolicy policy = policyOf(vm);
			Remote remote = remotes.get(placement.get(vm));
			CommandResult result = agent(remote, "drill", "restore", policy.getName(),
					policy.getTargetLocation().strip(), chosen.get(vm).id(), vm.getName(), drillName(vm));
			Map<String, String> values = values(result.out());
			if (!result.ok() || !values.containsKey("snapshot")) {
				restoreFailures.put(vm, "restore failed: " + reason(result));
				throw new StepFailure(vm.getName() + ": " + restoreFailures.get(vm));
			}
			Restored done = new Restored(values.get("snapshot"), OffsetDateTime.parse(values.get("time")).toInstant());
			restored.put(vm, done);
			// restic's full ids: the snapshot's SHA-256 and its root tree's (which names every file's content).
			evidence.put("snapshot " + vm.getName(), done.snapshotId());
			if (values.containsKey("tree")) {
				evidence.put("snapshot tree " + vm.getName(), values.get("tree"));
			}
			return "snapshot " + done.snapshotId().substring(0, 8) + " of " + done.snapshotTime() + " into "
					+ drillName(vm) + " on " + remote.host().getName();
		});
		options.listener().restored(drillGuestHosts());
	}

	/** One apply per VM in the plan's order: each drill guest starts after the ones before it are up. */
	private void startInOrder() {
		Map<Host, List<VirtualMachine>> started = new LinkedHashMap<>();
		remotes.keySet().forEach(host -> started.put(host, new ArrayList<>()));
		stepsAtOnce("bubble", List.copyOf(remotes.values()), Remote::hostName, remote -> () -> {
			apply(remote, List.of());
			return DeviceNames.overlayBridge(plan.getDrillVni()) + " on VNI " + plan.getDrillVni()
					+ ", no uplink, no gateway; peers " + String.join(" ", peersOf(remote.host()));
		});
		for (VirtualMachine vm : restoredInPlanOrder()) {
			Host host = placement.get(vm);
			Remote remote = remotes.get(host);
			step("start", vm.getName(), () -> {
				List<VirtualMachine> onHost = started.get(host);
				List<VirtualMachine> wanted = new ArrayList<>(onHost);
				wanted.add(vm);
				try {
					apply(remote, wanted);
				} catch (StepFailure e) {
					restoreFailures.put(vm, e.getMessage());
					restored.remove(vm);
					throw new StepFailure(vm.getName() + ": " + e.getMessage());
				}
				onHost.add(vm);
				return drillName(vm) + " runs on " + host.getName() + " in the bubble";
			});
		}
		options.listener().bubbleUp(drillGuestHosts());
	}

	/** Applies the host's original configuration plus the bubble and {@code guests} as drill guests. */
	private void apply(Remote remote, List<VirtualMachine> guests) throws SshException, StepFailure, ProtocolException {
		AgentConfig drill = codec.fromXml(remote.originalXml(), AgentConfig.class);
		drill.overlays().add(bubble(remote.host()));
		for (VirtualMachine vm : guests) {
			drill.guests().add(drillGuest(vm));
		}
		byte[] xml = codec.toXml(drill).getBytes(StandardCharsets.UTF_8);
		String file = remote.home() + "/drill.xml";
		remote.connection().upload(new ByteArrayInputStream(xml), xml.length, file, 0600, fraction -> {
		});
		CommandResult applied = remote.connection().run(RemoteAgent.quote(remote.home() + "/agent") + " apply "
				+ RemoteAgent.quote(file));
		if (!applied.ok()) {
			throw new StepFailure("the agent on " + remote.host().getName() + " could not apply the drill configuration"
					+ " and left the host as it was: " + reason(applied));
		}
	}

	/** The bubble's VXLAN endpoint on {@code host}: kernel data plane, peers only the other recovery hosts. */
	private VxlanSpec bubble(Host host) throws StepFailure {
		PhysicalNic underlay = underlayOf(host);
		int mtu = Math.max(1280, underlay.getMtu() - 50);
		VxlanSpec spec = new VxlanSpec("drill-" + plan.getId(), "drill " + plan.getName(), plan.getDrillVni(), bubblePort(), mtu)
				.transport(VxlanSpec.DataPlane.KERNEL, VxlanSpec.Replication.HEAD_END, null)
				.devices(DeviceNames.vxlan(plan.getDrillVni()), DeviceNames.overlayBridge(plan.getDrillVni()))
				.local(underlay.getAddress(), underlay.getName());
		spec.peers().addAll(peersOf(host));
		return spec;
	}

	/**
	 * The bubble's UDP port: VXLAN's 4789 unless a Java VTEP of a recovery host holds it (its own socket, which a
	 * kernel VXLAN device cannot share), then the next port none holds. Kernel devices share a port by VNI.
	 */
	private int bubblePort() {
		Set<Integer> taken = new java.util.HashSet<>();
		for (Host host : remotes.keySet()) {
			compiled.get(host).overlays().stream().filter(overlay -> overlay.dataPlane() == VxlanSpec.DataPlane.USERSPACE)
					.forEach(overlay -> taken.add(overlay.udpPort()));
		}
		int port = 4789;
		while (taken.contains(port)) {
			port++;
		}
		return port;
	}

	private List<String> peersOf(Host host) throws StepFailure {
		List<String> peers = new ArrayList<>();
		for (Host other : remotes.keySet()) {
			if (other != host) {
				peers.add(underlayOf(other).getAddress());
			}
		}
		peers.sort(Comparator.naturalOrder());
		return peers;
	}

	private static PhysicalNic underlayOf(Host host) throws StepFailure {
		return host.getNics().stream().filter(nic -> nic.getRoles().contains(NicRole.UNDERLAY) && nic.getAddress() != null)
				.findFirst().orElseThrow(() -> new StepFailure("recovery host " + host.getName()
						+ " has no NIC with the UNDERLAY role and an address for the drill bubble: give it one"));
	}

	/** The VM's production guest, renamed, with every NIC moved onto the bubble (same MAC and IP, no gateway). */
	private GuestSpec drillGuest(VirtualMachine vm) throws StepFailure {
		GuestSpec production = compiled.get(vm.getHost()).guests().stream().filter(g -> g.name().equals(vm.getName()))
				.findFirst().orElseThrow(() -> new StepFailure(vm.getName() + " is not compiled for " + vm.getHost().getName()));
		int mtu = Math.max(1280, underlayOf(placement.get(vm)).getMtu() - 50);
		GuestSpec drill = new GuestSpec(drillName(vm), production.modelId(), production.vcpus(), production.memoryMiB(),
				production.restartPriority()).withWorkload(production.workload());
		for (GuestNicSpec nic : production.nics()) {
			drill.nics().add(new GuestNicSpec(nic.name(), nic.mac(), nic.address(), nic.prefixLength(),
					GuestNicSpec.Mode.OVERLAY, DeviceNames.overlayBridge(plan.getDrillVni()))
					.mtu(nic.mtu() > 0 ? Math.min(nic.mtu(), mtu) : mtu));
		}
		return drill;
	}

	// ---------------------------------------------------------------- verification

	/**
	 * Verifies every VM; returns when the last verification ended, or null when not all passed. First restic's
	 * check of each repository (once each, the repositories at once: a check locks its repository exclusively),
	 * then each VM's files and probes, the VMs at once.
	 */
	private Instant verifyAll() {
		List<VirtualMachine> vms = restoredInPlanOrder();
		Map<String, VirtualMachine> checkedBy = new LinkedHashMap<>();
		vms.forEach(vm -> checkedBy.putIfAbsent(policyOf(vm).getTargetLocation().strip(), vm));
		Map<String, Check> repositoryChecks = new LinkedHashMap<>();
		checksAtOnce(List.copyOf(checkedBy.entrySet()), entry -> {
			VirtualMachine vm = entry.getValue();
			Remote remote = remotes.get(placement.get(vm));
			String repository = entry.getKey();
			return List.of(check(vm, CheckKind.REPOSITORY_CHECK, repository, () -> {
				CommandResult checked = agent(remote, "drill", "check", policyOf(vm).getName(), repository);
				return checked.ok() ? null : reason(checked);
			}, "restic check --read-data: every pack read and decrypted"));
		}, (entry, checks) -> repositoryChecks.put(entry.getKey(), checks.get(0)));
		checksAtOnce(vms, vm -> verifyFilesAndProbes(vm), (vm, checks) -> {
			List<Check> all = new ArrayList<>();
			all.add(repositoryChecks.get(policyOf(vm).getTargetLocation().strip()));
			all.addAll(checks);
			vmChecks.put(vm, all);
		});
		boolean allPassed = restoreFailures.isEmpty() && vmChecks.values().stream().flatMap(List::stream)
				.allMatch(check -> check.status() == CheckStatus.PASS);
		return allPassed ? Instant.now() : null;
	}

	/** One VM's file hashes against its snapshot, then its probes in the plan's order. */
	private List<TimedCheck> verifyFilesAndProbes(VirtualMachine vm) {
		BackupPolicy policy = policyOf(vm);
		Remote remote = remotes.get(placement.get(vm));
		String repository = policy.getTargetLocation().strip();
		Restored snapshot = restored.get(vm);
		List<TimedCheck> checks = new ArrayList<>();
		checks.add(check(vm, CheckKind.FILE_HASHES, snapshot.snapshotId().substring(0, 8), () -> {
			CommandResult verified = agent(remote, "drill", "verify", policy.getName(), repository,
					snapshot.snapshotId(), drillName(vm));
			Map<String, String> values = values(verified.out());
			if (values.containsKey("manifest")) {
				evidence.put("file manifest " + vm.getName(), values.get("manifest"));
			}
			List<String> problems = verified.out().lines().filter(line -> line.startsWith("problem="))
					.map(line -> line.substring("problem=".length())).toList();
			if (!problems.isEmpty()) {
				return problems.size() + " of " + values.getOrDefault("files", "?")
						+ " file(s) differ from the snapshot: " + String.join("; ", problems);
			}
			return verified.ok() ? PASSED + values.getOrDefault("files", "?") + " file(s) match the snapshot (SHA-256 each)"
					: reason(verified);
		}, null));
		for (VerificationProbe probe : plan.getProbes()) {
			if (probe.getVm() == vm) {
				checks.add(probe(vm, remote, probe));
			}
		}
		return checks;
	}

	private final Map<VirtualMachine, List<Check>> vmChecks = new LinkedHashMap<>();

	private TimedCheck probe(VirtualMachine vm, Remote remote, VerificationProbe probe) {
		String kind = switch (probe.getKind()) {
		case TCP_PORT -> "tcp";
		case HTTP -> "http";
		case COMMAND -> "command";
		};
		CheckKind checkKind = switch (probe.getKind()) {
		case TCP_PORT -> CheckKind.TCP_PORT;
		case HTTP -> CheckKind.HTTP;
		case COMMAND -> CheckKind.COMMAND;
		};
		String target = probe.getTarget() == null ? "" : probe.getTarget();
		return check(vm, checkKind, probe.getName() + " (" + target + ")", () -> {
			List<String> arguments = new ArrayList<>(List.of("drill", "probe", namespaceOf(remote.host(), drillName(vm)),
					drillName(vm), kind, target));
			if (probe.getExpected() != null && !probe.getExpected().isBlank()) {
				arguments.add(probe.getExpected());
			}
			CommandResult result = agent(remote, arguments.toArray(String[]::new));
			evidence.put("probe " + vm.getName() + " " + probe.getName(),
					Hashes.sha256Hex((result.out() + result.err()).getBytes(StandardCharsets.UTF_8)));
			return result.ok() ? null : reason(result);
		}, null);
	}

	/** A check with its timeline step, and the error it adds when it failed (naming the VM). */
	private record TimedCheck(Check check, TimelineStep step, String error) {
	}

	/** Runs one check; the drill's thread records it ({@link #checksAtOnce}). */
	private TimedCheck check(VirtualMachine vm, CheckKind kind, String target, CheckBody body, String passReason) {
		Instant started = Instant.now();
		String failure;
		try {
			failure = body.run();
		} catch (SshException | RuntimeException e) {
			failure = e.getMessage();
		}
		if (failure != null && failure.startsWith(PASSED)) {
			passReason = failure.substring(PASSED.length());
			failure = null;
		}
		CheckStatus status = failure == null ? CheckStatus.PASS : CheckStatus.FAIL;
		String reason = failure == null ? (passReason == null ? "passed" : passReason) : failure;
		return new TimedCheck(new Check(kind, target, status, reason),
				new TimelineStep("verify " + kind, vm.getName() + " " + target, started, Instant.now(), status, reason),
				failure == null ? null : vm.getName() + ": " + kind + " " + target + " failed: " + failure);
	}

	/**
	 * Runs {@code checks} for every item at once, one worker each; as each item's checks end, the drill's thread
	 * records their steps and errors and hands the checks to {@code done}.
	 */
	private <T> void checksAtOnce(List<T> items, Function<T, List<TimedCheck>> checks, BiConsumer<T, List<Check>> done) {
		atOnce(items, checks, (item, timed) -> {
			timed.forEach(check -> {
				record(check.step());
				if (check.error() != null) {
					errors.add(check.error());
				}
			});
			done.accept(item, timed.stream().map(TimedCheck::check).toList());
		});
	}

	// ---------------------------------------------------------------- teardown

	/** Applies each host's original configuration, removes the drill data, and proves the bubble is gone. */
	private void tearDown() {
		stepsAtOnce("teardown", List.copyOf(remotes.values()), Remote::hostName, remote -> () -> {
			String original = remote.home() + "/drill-original.xml";
			byte[] xml = remote.originalXml().getBytes(StandardCharsets.UTF_8);
			remote.connection().upload(new ByteArrayInputStream(xml), xml.length, original, 0600, fraction -> {
			});
			CommandResult applied = remote.connection().run(RemoteAgent.quote(remote.home() + "/agent") + " apply "
					+ RemoteAgent.quote(original));
			StringBuilder removal = new StringBuilder("rm -rf");
			placement.forEach((vm, host) -> {
				if (host == remote.host()) {
					removal.append(' ').append(RemoteAgent.quote(remote.home() + "/guests/" + drillName(vm)));
				}
			});
			remote.connection().run(removal + " " + RemoteAgent.quote(remote.home() + "/drill.xml"));
			String proof = prove(remote);
			if (!applied.ok() || proof.contains("STILL PRESENT")) {
				throw new StepFailure("the bubble on " + remote.host().getName() + " is not fully gone: "
						+ (applied.ok() ? proof : reason(applied)));
			}
			return proof;
		});
	}

	private String prove(Remote remote) throws SshException {
		String bridge = DeviceNames.overlayBridge(plan.getDrillVni());
		String vxlan = DeviceNames.vxlan(plan.getDrillVni());
		CommandResult links = remote.connection().run("ip -o link show; echo ---; ip netns list");
		String[] parts = links.out().split("\n---\n", 2);
		List<String> found = new ArrayList<>();
		for (String line : parts[0].split("\n")) {
			if (line.contains(": " + bridge + ":") || line.contains(": " + vxlan + ":") || line.contains(": " + vxlan + "@")) {
				found.add(line.strip().split("\\s+")[1].replace(":", ""));
			}
		}
		List<String> drillNamespaces = new ArrayList<>();
		placement.forEach((vm, host) -> {
			if (host == remote.host()) {
				drillNamespaces.add(namespaceOf(host, drillName(vm)));
			}
		});
		for (String line : (parts.length > 1 ? parts[1] : "").split("\n")) {
			String namespace = line.strip().split("\\s+")[0];
			if (drillNamespaces.contains(namespace)) {
				found.add("namespace " + namespace);
			}
		}
		String line = remote.host().getName() + ": " + (found.isEmpty()
				? bridge + ", " + vxlan + " and namespaces " + String.join(", ", drillNamespaces)
						+ " absent (ip -o link show, ip netns list); drill data removed"
				: "STILL PRESENT: " + String.join(", ", found));
		cleanup.add(line);
		return line;
	}

	// ---------------------------------------------------------------- result

	private DrillResult result(Instant started, Instant restoreStarted, Instant verified) {
		List<DrillResult.VmResult> vms = new ArrayList<>();
		for (VirtualMachine vm : new LinkedHashSet<>(plan.getVms())) {
			Host host = placement.get(vm);
			Restored snapshot = restored.get(vm);
			List<Check> checks = vmChecks.getOrDefault(vm, new ArrayList<>());
			if (checks.isEmpty()) {
				String why = restoreFailures.getOrDefault(vm, "the drill stopped before " + vm.getName() + " was restored");
				checks = new ArrayList<>(List.of(new Check(CheckKind.REPOSITORY_CHECK, "", CheckStatus.NOT_RUN, why),
						new Check(CheckKind.FILE_HASHES, "", CheckStatus.NOT_RUN, why)));
				for (VerificationProbe probe : plan.getProbes()) {
					if (probe.getVm() == vm) {
						checks.add(new Check(CheckKind.valueOf(probe.getKind().getName()), probe.getName(), CheckStatus.NOT_RUN, why));
					}
				}
				if (restoreFailures.containsKey(vm) && errors.stream().noneMatch(e -> e.startsWith(vm.getName() + ":"))) {
					errors.add(vm.getName() + ": " + why);
				}
			}
			vms.add(new DrillResult.VmResult(vm.getName(), vm.getHost() == null ? null : vm.getHost().getName(),
					host == null ? null : host.getName(), vm.getTier(), snapshot == null ? null : snapshot.snapshotId(),
					snapshot == null ? null : snapshot.snapshotTime(), List.copyOf(checks)));
		}
		Duration rpo = restored.values().stream().map(Restored::snapshotTime).min(Comparator.naturalOrder())
				.map(oldest -> Duration.between(oldest, started)).orElse(null);
		Duration rpoTarget = plan.getVms().stream().map(this::policyOf).filter(java.util.Objects::nonNull)
				.map(policy -> Duration.ofMinutes(policy.getRpoMinutes())).min(Comparator.naturalOrder()).orElse(null);
		Duration rto = restoreStarted != null && verified != null ? Duration.between(restoreStarted, verified) : null;
		if (rto != null && rto.compareTo(Duration.ofMinutes(plan.getRtoTargetMinutes())) > 0) {
			warnings.add("the drill's RTO " + rto.toSeconds() + " s exceeds the plan's target of "
					+ plan.getRtoTargetMinutes() + " min");
		}
		if (rpo != null && rpoTarget != null && rpo.compareTo(rpoTarget) > 0) {
			warnings.add("the restored point is " + rpo.toMinutes() + " min old, beyond the RPO of "
					+ rpoTarget.toMinutes() + " min");
		}
		return new DrillResult(plan.getName(), options.initiator(), started, Instant.now(), options.restorePoint(),
				plan.getDrillVni(), remotes.keySet().stream().map(Host::getName).toList(), vms, List.copyOf(timeline), rpo,
				rpoTarget, rto, Duration.ofMinutes(plan.getRtoTargetMinutes()), List.copyOf(warnings),
				List.copyOf(errors), List.copyOf(cleanup), Collections.unmodifiableMap(new TreeMap<>(evidence)));
	}

	// ---------------------------------------------------------------- helpers

	private BackupPolicy policyOf(VirtualMachine vm) {
		return policyOf(topology, vm);
	}

	/** The backup policy that covers {@code vm}, or {@code null}. */
	static BackupPolicy policyOf(Topology topology, VirtualMachine vm) {
		return topology.getBackupPolicies().stream().filter(policy -> policy.getVms().contains(vm)).findFirst()
				.orElse(null);
	}

	private Map<String, String> drillGuestHosts() {
		Map<String, String> hosts = new LinkedHashMap<>();
		restoredInPlanOrder().forEach(vm -> hosts.put(drillName(vm), placement.get(vm).getName()));
		return hosts;
	}

	/** The VMs restored (and not dropped since), in the plan's start order. */
	private List<VirtualMachine> restoredInPlanOrder() {
		return placement.keySet().stream().filter(restored::containsKey).toList();
	}

	/** The drill guest's name for {@code vm}. */
	public static String drillName(VirtualMachine vm) {
		return DRILL_PREFIX + vm.getName();
	}

	/** The namespace the agent gives a guest: {@code lb.<host>.<guest>} (see the agent's NamespaceGuestDriver). */
	public static String namespaceOf(Host host, String guest) {
		return "lb." + host.getName().replaceAll("[^A-Za-z0-9_.-]", "_") + "." + guest.replaceAll("[^A-Za-z0-9_.-]", "_");
	}

	private CommandResult agent(Remote remote, String... arguments) throws SshException {
		StringBuilder command = new StringBuilder(RemoteAgent.quote(remote.home() + "/agent"));
		for (String argument : arguments) {
			command.append(' ').append(RemoteAgent.quote(argument));
		}
		return remote.connection().run(command.toString(), Duration.ofMinutes(30));
	}

	private static Map<String, String> values(String output) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.putIfAbsent(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
			}
		}
		return values;
	}

	private static String reason(CommandResult result) {
		String err = result.err() == null ? "" : result.err().lines()
				.filter(line -> !line.startsWith("WARNING:")).collect(Collectors.joining(" / ")).strip();
		return err.isEmpty() ? "exit " + result.exitCode() + ": " + result.lastLine() : err;
	}

	private void step(String name, String target, StepBody body) {
		finish(attempt(name, target, body));
	}

	/** What one step did: its timeline entry, the error it adds, or the abort it raises. */
	private record StepOutcome(TimelineStep step, String error, DrillAbort abort) {
	}

	/** Runs a step's body (on any thread); {@link #finish} records it on the drill's thread. */
	private static StepOutcome attempt(String name, String target, StepBody body) {
		Instant started = Instant.now();
		try {
			String message = body.run();
			return new StepOutcome(new TimelineStep(name, target, started, Instant.now(), CheckStatus.PASS, message), null, null);
		} catch (DrillAbort e) {
			return new StepOutcome(new TimelineStep(name, target, started, Instant.now(), CheckStatus.FAIL, e.getMessage()),
					null, e);
		} catch (StepFailure | SshException | ProtocolException | RuntimeException e) {
			return new StepOutcome(new TimelineStep(name, target, started, Instant.now(), CheckStatus.FAIL, e.getMessage()),
					e.getMessage(), null);
		}
	}

	private void finish(StepOutcome outcome) {
		record(outcome.step());
		if (outcome.error() != null) {
			errors.add(outcome.error());
		}
		if (outcome.abort() != null) {
			throw outcome.abort();
		}
	}

	/**
	 * The step {@code name} for every item at once (each on its own recovery host, or for its own VM): the
	 * drill waits for the slowest, not for the sum. Steps are recorded as they end; an abort is raised once all
	 * have ended.
	 */
	private <T> void stepsAtOnce(String name, List<T> items, Function<T, String> target, Function<T, StepBody> body) {
		DrillAbort[] abort = new DrillAbort[1];
		atOnce(items, item -> attempt(name, target.apply(item), body.apply(item)), (item, outcome) -> {
			try {
				finish(outcome);
			} catch (DrillAbort e) {
				abort[0] = abort[0] == null ? e : abort[0];
			}
		});
		if (abort[0] != null) {
			throw abort[0];
		}
	}

	/**
	 * Runs {@code work} for every item on a worker thread each and hands each answer to {@code done} on the
	 * drill's thread as it comes (so the listener, the timeline and the errors see one thread only).
	 */
	private static <T, R> void atOnce(List<T> items, Function<T, R> work, BiConsumer<T, R> done) {
		if (items.size() == 1) {
			done.accept(items.get(0), work.apply(items.get(0)));
			return;
		}
		ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, items.size()),
				runnable -> Thread.ofPlatform().daemon().name("lifeboat-drill").unstarted(runnable));
		try {
			CompletionService<Map.Entry<T, R>> answers = new ExecutorCompletionService<>(workers);
			for (T item : items) {
				answers.submit(() -> Map.entry(item, work.apply(item)));
			}
			for (int i = 0; i < items.size(); i++) {
				Map.Entry<T, R> answer = answers.take().get();
				done.accept(answer.getKey(), answer.getValue());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DrillAbort("the drill was interrupted");
		} catch (ExecutionException e) {
			throw new IllegalStateException("a drill step failed unexpectedly: " + e.getCause(), e.getCause());
		} finally {
			workers.shutdown();
		}
	}

	private void record(TimelineStep step) {
		timeline.add(step);
		options.listener().step(step);
	}

	@FunctionalInterface
	private interface StepBody {
		String run() throws StepFailure, SshException, ProtocolException;
	}

	/** A check body's answer that starts with this passed, and says how. */
	private static final String PASSED = "passed: ";

	@FunctionalInterface
	private interface CheckBody {
		/** null (or {@link #PASSED} and how) when the check passed, else why it failed. */
		String run() throws SshException;
	}

	/** A step failed; the drill goes on with what it can still do. */
	private static final class StepFailure extends Exception {
		private static final long serialVersionUID = 1L;

		StepFailure(String message) {
			super(message);
		}
	}

	/** The drill cannot go on at all. */
	private static final class DrillAbort extends RuntimeException {
		private static final long serialVersionUID = 1L;

		DrillAbort(String message) {
			super(message);
		}
	}
}
