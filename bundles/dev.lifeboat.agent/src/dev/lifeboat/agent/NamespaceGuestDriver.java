package dev.lifeboat.agent;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.lifeboat.agent.guest.GuestService;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;

/**
 * Guests as network namespaces: a VM stand-in with its own stack and processes. Each NIC is a veth pair whose
 * host end is a port of the NIC's bridge (the uplink, NAT, host-only or overlay bridge) and whose guest end
 * carries the model's MAC, address and MTU.
 */
public final class NamespaceGuestDriver implements GuestDriver {

	/** A NIC in {@code ip -o link} output: its name and MAC. */
	private static final Pattern GUEST_NIC = Pattern.compile("^\\d+: ([^:@\\s]+)@?\\S*: .*link/ether (\\S+)");


	/** Where iproute2 keeps named network namespaces (its NETNS_RUN_DIR). */
	private static final Path NETNS_RUN_DIRECTORY = Path.of("/run/netns");

	private final LinuxNetwork network;
	private final String namespacePrefix;
	private final AgentHome home;
	/** The guests an HA policy protects, when known; {@code null}: any guest may be one (see {@link #onlyProtecting}). */
	private final Set<String> protectedGuests;

	/**
	 * @param hostName namespaces are named after the host too, because namespace names are global to the
	 *                 machine and the lab runs several hosts on one
	 * @param home     where each guest's data directory and workload files live
	 */
	public NamespaceGuestDriver(LinuxNetwork network, String hostName, AgentHome home) {
		this(network, "lb." + sanitize(hostName) + ".", home, null);
	}

	private NamespaceGuestDriver(LinuxNetwork network, String namespacePrefix, AgentHome home, Set<String> protectedGuests) {
		this.network = network;
		this.namespacePrefix = namespacePrefix;
		this.home = home;
		this.protectedGuests = protectedGuests;
	}

	/**
	 * This driver, knowing which guests the HA policy of {@code config} protects (none without a policy): a guest
	 * without a workload gets the lease watchdog (a small JVM) only when it is one of them. Without this every such
	 * guest gets one, which is safe but costs each deploy of an unprotected guest a JVM start.
	 */
	public NamespaceGuestDriver onlyProtecting(AgentConfig config) {
		return new NamespaceGuestDriver(network, namespacePrefix, home,
				config.ha() == null ? Set.of() : Set.copyOf(config.ha().protectedGuestNames()));
	}

	/** The guest's data directory: what its workload serves, what backups copy and migrations move. */
	public Path dataDirectory(String guestName) {
		return guestDirectory(guestName).resolve("data");
	}

	private Path guestDirectory(String guestName) {
		return home.directory().resolve("guests").resolve(sanitize(guestName));
	}

	/** The namespace of a guest: {@code lb.<host>.<guest>}. */
	public String namespaceOf(String guestName) {
		return namespacePrefix + sanitize(guestName);
	}

	/** The host end of a guest NIC's veth pair: {@code lbv} and a hash, within the 15-character limit. */
	public static String hostVeth(String guestName, String nicName) {
		return "lbv" + hash(guestName + "/" + nicName);
	}

	@Override
	public boolean exists(GuestSpec guest) throws Shell.CommandException {
		return namespaces().contains(namespaceOf(guest.name()));
	}

	@Override
	public void create(GuestSpec guest) throws Shell.CommandException {
		create(guest, true);
	}

	/**
	 * Creates the guest with its workload running but every NIC of it down (plugged into its bridge, no carrier):
	 * a migration's target, which takes over the same MACs and addresses only when the cutover brings the NICs up
	 * (and adds the default route of a NAT NIC, which needs its link up).
	 */
	public void createParked(GuestSpec guest) throws Shell.CommandException {
		create(guest, false);
	}

	private void create(GuestSpec guest, boolean up) throws Shell.CommandException {
		String namespace = namespaceOf(guest.name());
		// Two iproute2 processes however many NICs: the host's side (namespace, veth pairs, bridge ports), then the
		// guest's (names, MACs, addresses, links, routes). Each NIC's host end joins its bridge before the guest end
		// is configured; no frame passes until the guest end is up (a veth has no carrier before both ends are).
		LinuxNetwork.IpCommands hostSide = new LinuxNetwork.IpCommands().add("netns", "add", namespace);
		LinuxNetwork.IpCommands guestSide = new LinuxNetwork.IpCommands().up("lo");
		for (GuestNicSpec nic : guest.nics()) {
			plug(namespace, guest.name(), nic, up, hostSide, guestSide);
		}
		try {
			network.ip(null, hostSide);
			network.ip(namespace, guestSide);
			// A guest without a workload still gets the lease watchdog: every protected guest stops itself alike.
			if (guest.workload() == GuestSpec.Workload.FILE_SERVICE) {
				startService(namespace, guest.name(), false);
			} else if (protectedGuests == null || protectedGuests.contains(guest.name())) {
				startService(namespace, guest.name(), true); // the lease watchdog alone
			}
		} catch (Shell.CommandException e) {
			remove(guest);
			throw e;
		}
	}

	/** Adds the commands that plug one NIC: its veth pair into the guest's namespace and the bridge. */
	private static void plug(String namespace, String guestName, GuestNicSpec nic, boolean up,
			LinuxNetwork.IpCommands hostSide, LinuxNetwork.IpCommands guestSide) {
		String hostEnd = hostVeth(guestName, nic.name());
		String guestEnd = "lbp" + hash(guestName + "/" + nic.name());
		hostSide.add("link", "add", hostEnd, "type", "veth", "peer", "name", guestEnd)
				.add("link", "set", "dev", guestEnd, "netns", namespace);
		List<String> configure = new ArrayList<>(List.of("link", "set", "dev", guestEnd, "name", nic.name(), "address",
				nic.mac()));
		if (nic.mtu() > 0) {
			configure.addAll(List.of("mtu", Integer.toString(nic.mtu())));
			hostSide.setMtu(hostEnd, nic.mtu());
		}
		hostSide.setMaster(hostEnd, nic.bridge()).up(hostEnd);
		guestSide.add(configure);
		if (nic.address() != null) {
			guestSide.addAddress(nic.name(), nic.address() + "/" + nic.prefixLength());
		}
		if (up) {
			guestSide.up(nic.name());
			if (nic.gateway() != null) {
				guestSide.add("route", "replace", "default", "via", nic.gateway(), "dev", nic.name());
			}
		}
	}

	@Override
	public void remove(GuestSpec guest) throws Shell.CommandException {
		remove(guest, false);
	}

	/**
	 * Removes {@code guest} as a power-off would: every process in its namespace is killed at once, not asked to
	 * stop first. Self-fencing needs this: once, a process in a fenced guest's namespace had not ended when the
	 * polite stop gave up two seconds later, and the namespace, with the guest's addresses on the overlay, outlived
	 * the others' takeover.
	 */
	public void powerOff(GuestSpec guest) throws Shell.CommandException {
		remove(guest, true);
	}

	private void remove(GuestSpec guest, boolean kill) throws Shell.CommandException {
		String namespace = namespaceOf(guest.name());
		// Removing the namespace removes the guest ends, and with them their host ends; delete host ends
		// explicitly as well in case the namespace was never created.
		if (namespaces().contains(namespace)) {
			if (kill) {
				killEverything(namespace);
			} else {
				stopProcesses(namespace);
			}
			network.shell().run("ip", "netns", "del", namespace);
		}
		for (GuestNicSpec nic : guest.nics()) {
			network.deleteLink(hostVeth(guest.name(), nic.name()));
		}
	}

	/**
	 * Starts the guest service inside the guest's namespace, detached from the agent (its own session), with
	 * the JVM and class path the agent runs on, watching the HA lease. Its output goes to {@code service.log}
	 * beside the data.
	 *
	 * @param watchdogOnly a guest without a workload: the lease watchdog alone (no HTTP, no echo, a smaller heap)
	 */
	private void startService(String namespace, String guestName, boolean watchdogOnly) throws Shell.CommandException {
		Path directory = guestDirectory(guestName);
		Path data = dataDirectory(guestName);
		List<String> command = List.of("setsid", "nsenter", "--net=/run/netns/" + namespace,
				ProcessHandle.current().info().command().orElse("java"), watchdogOnly ? "-Xmx8m" : "-Xmx32m", "-Xss256k",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-D" + GuestService.LEASE_PROPERTY + "=" + home.haLease(),
				"-D" + GuestService.WATCHDOG_ONLY_PROPERTY + "=" + watchdogOnly,
				"-D" + GuestService.NAMESPACE_PROPERTY + "=" + namespace, "-cp", System.getProperty("java.class.path"),
				GuestService.class.getName(), guestName, data.toString());
		try {
			Files.createDirectories(data);
			new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
					.redirectErrorStream(true).redirectOutput(directory.resolve("service.log").toFile()).start();
		} catch (IOException e) {
			throw new Shell.CommandException(command, -1, e.getMessage());
		}
	}

	/**
	 * Kills the workload processes of these guests at once (SIGKILL, no shutdown), found by their command line
	 * without starting any process: the fast first half of a fence. {@link #remove} does the rest.
	 *
	 * @return how many processes were killed
	 */
	public int killWorkloads(List<String> guestNames) {
		List<String> markers = guestNames.stream()
				.map(name -> GuestService.class.getName() + " " + name + " " + dataDirectory(name)).toList();
		List<ProcessHandle> victims = ProcessHandle.allProcesses()
				.filter(process -> process.info().commandLine().map(line -> markers.stream().anyMatch(line::endsWith))
						.orElse(false))
				.toList();
		victims.forEach(ProcessHandle::destroyForcibly);
		return victims.size();
	}

	/** A VM that stops takes its processes with it: everything running in the guest's namespace ends. */
	private void stopProcesses(String namespace) throws Shell.CommandException {
		List<ProcessHandle> processes = processesIn(namespace);
		processes.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		for (ProcessHandle process : processes) {
			try {
				process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			} catch (TimeoutException | ExecutionException e) {
				process.destroyForcibly();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

	/**
	 * Kills every process in {@code namespace}, again while any is left: one that was forking when the list was
	 * taken (a guest stopping itself runs {@code ip}) has a child the first list did not name. A few rounds at most.
	 */
	private void killEverything(String namespace) throws Shell.CommandException {
		for (int round = 0; round < 5; round++) {
			List<ProcessHandle> processes = processesIn(namespace);
			if (processes.isEmpty()) {
				return;
			}
			processes.forEach(ProcessHandle::destroyForcibly);
		}
	}

	private List<ProcessHandle> processesIn(String namespace) throws Shell.CommandException {
		List<ProcessHandle> processes = new ArrayList<>();
		for (String pid : network.shell().run("ip", "netns", "pids", namespace).split("\\s+")) {
			if (!pid.isBlank()) {
				ProcessHandle.of(Long.parseLong(pid)).ifPresent(processes::add);
			}
		}
		return processes;
	}

	@Override
	public List<AgentState.GuestState> inspect() throws Shell.CommandException {
		List<AgentState.GuestState> guests = new ArrayList<>();
		var links = network.links();
		for (String namespace : namespaces()) {
			if (!namespace.startsWith(namespacePrefix)) {
				continue;
			}
			String name = namespace.substring(namespacePrefix.length());
			AgentState.GuestState guest = new AgentState.GuestState(name, namespace, true);
			String listing = network.shell().run("ip", "-n", namespace, "-o", "link", "show");
			Map<String, List<String>> addresses = LinuxNetwork.addressesByDevice(
					network.shell().run("ip", "-n", namespace, "-o", "-4", "addr", "show"));
			for (String line : listing.split("\n")) {
				Matcher nic = GUEST_NIC.matcher(line);
				if (nic.find() && !nic.group(1).equals("lo")) {
					List<String> own = addresses.getOrDefault(nic.group(1), List.of());
					var host = links.get(hostVeth(name, nic.group(1)));
					guest.nics().add(new AgentState.GuestNicState(nic.group(1), nic.group(2), own.isEmpty() ? null : own.get(0),
							host == null ? null : host.master()));
				}
			}
			guests.add(guest);
		}
		return guests;
	}

	/**
	 * The named network namespaces, as {@code ip netns list} finds them: the entries of its run directory (read
	 * here rather than by starting {@code ip}, which every state report and apply would pay for).
	 */
	private List<String> namespaces() throws Shell.CommandException {
		if (!Files.isDirectory(NETNS_RUN_DIRECTORY)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(NETNS_RUN_DIRECTORY)) {
			return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new Shell.CommandException(List.of("ls", NETNS_RUN_DIRECTORY.toString()), 1, e.getMessage());
		}
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static String sanitize(String name) {
		return name.replaceAll("[^A-Za-z0-9_.-]", "_");
	}
}
