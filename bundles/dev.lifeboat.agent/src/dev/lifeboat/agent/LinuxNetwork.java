package dev.lifeboat.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's network as iproute2 shows and changes it. Every method is one small, checkable operation; the
 * agent composes them into {@link Step}s.
 */
public class LinuxNetwork {

	private static final Pattern LINK_LINE = Pattern.compile("^\\d+: ([^:@\\s]+)(?:@[^:\\s]+)?: <([^>]*)> mtu (\\d+)");
	private static final Pattern MASTER = Pattern.compile(" master (\\S+)");
	private static final Pattern VXLAN = Pattern.compile(
			"vxlan id (\\d+)(?: group (\\S+))?(?: remote \\S+)?(?: local (\\S+))?(?: dev (\\S+))?.*? dstport (\\d+)");
	private static final Pattern ADDRESS = Pattern.compile(" inet (\\S+) ");
	/** A line of {@code ip -o -4 addr}: index, device, then {@code inet} and the CIDR. */
	private static final Pattern DEVICE_ADDRESS = Pattern.compile("(?m)^\\d+: ([^\\s@]+)\\S*\\s+inet (\\S+) ");
	/** What {@code ip -batch} prints after the error of the line that failed (input from standard input). */
	private static final Pattern BATCH_FAILURE = Pattern.compile("(?m)^Command failed -:(\\d+)\\s*$");
	/** Characters that {@code ip -batch} reads as syntax (quotes, escapes, comments, separators), never in a value of ours. */
	private static final Pattern BATCH_UNSAFE = Pattern.compile("[\\s\"'\\\\#]");

	private final Shell shell;

	public LinuxNetwork(Shell shell) {
		this.shell = shell;
	}

	public Shell shell() {
		return shell;
	}

	/**
	 * Runs iproute2 commands ({@code ip}'s arguments, without the program name) in order, in {@code namespace} (the
	 * host's when {@code null}), with one {@code ip -batch} process rather than one process each: creating an overlay
	 * or a guest takes up to a dozen commands, and starting a process is most of what each costs. Stops at the first
	 * command that fails, like the separate commands would; the exception names that command and its error (its
	 * exit status is the batch's). A value {@code ip -batch} would read as syntax (a space, a quote, {@code #})
	 * cannot occur in the names and addresses a configuration allows; should one, the commands run one by one.
	 */
	public void ip(String namespace, List<List<String>> commands) throws Shell.CommandException {
		if (commands.isEmpty()) {
			return;
		}
		List<String> program = namespace == null ? List.of("ip") : List.of("ip", "-n", namespace);
		if (commands.size() == 1 || commands.stream().flatMap(List::stream)
				.anyMatch(argument -> argument.isEmpty() || BATCH_UNSAFE.matcher(argument).find())) {
			for (List<String> command : commands) {
				shell.run(concat(program, command));
			}
			return;
		}
		List<String> lines = commands.stream().map(command -> String.join(" ", command)).toList();
		List<String> batch = concat(program, List.of("-batch", "-"));
		Shell.Result result = shell.execute(batch, String.join("\n", lines) + "\n");
		if (result.exitCode() != 0) {
			Matcher failed = BATCH_FAILURE.matcher(result.stderr());
			int line = failed.find() ? Integer.parseInt(failed.group(1)) : 0;
			String error = BATCH_FAILURE.matcher(result.stderr()).replaceAll("").strip();
			if (error.isEmpty()) {
				error = result.stdout().strip();
			}
			if (line >= 1 && line <= commands.size()) {
				throw new Shell.CommandException(concat(program, commands.get(line - 1)), result.exitCode(), error);
			}
			// iproute2 exits at once on an argument it cannot use (a missing bridge or namespace, say), without
			// naming the line: name the commands, in order; those before the failing one took effect.
			throw new Shell.CommandException(batch, result.exitCode(),
					error + " (in one of these, run in order: " + String.join("; ", lines) + ")");
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * iproute2 commands to run together with {@link LinuxNetwork#ip}. A method named like one of
	 * {@link LinuxNetwork}'s adds the command(s) that method runs: each of those is spelled here only.
	 */
	public static final class IpCommands {

		private final List<List<String>> commands = new ArrayList<>();

		public IpCommands add(String... command) {
			return add(List.of(command));
		}

		public IpCommands add(List<String> command) {
			commands.add(List.copyOf(command));
			return this;
		}

		/** A bridge, up. */
		public IpCommands addBridge(String name, int mtu) {
			List<String> command = new ArrayList<>(List.of("link", "add", name));
			if (mtu > 0) {
				command.addAll(List.of("mtu", Integer.toString(mtu)));
			}
			command.addAll(List.of("type", "bridge"));
			return add(command).up(name);
		}

		public IpCommands addTap(String name, int mtu) {
			return add("tuntap", "add", "dev", name, "mode", "tap").setMtu(name, mtu);
		}

		/** See {@link LinuxNetwork#addVxlan}. */
		public IpCommands addVxlan(String name, int vni, int port, String local, String underlay, String group, int mtu) {
			List<String> command = new ArrayList<>(List.of("link", "add", name, "type", "vxlan", "id", Integer.toString(vni),
					"dstport", Integer.toString(port), "srcport", "49152", "65535", "local", local, "dev", underlay,
					"nolearning"));
			if (group != null) {
				command.addAll(List.of("group", group));
			}
			return add(command).setMtu(name, mtu);
		}

		public IpCommands setMtu(String device, int mtu) {
			return add("link", "set", "dev", device, "mtu", Integer.toString(mtu));
		}

		public IpCommands up(String name) {
			return add("link", "set", "dev", name, "up");
		}

		public IpCommands setMaster(String device, String bridge) {
			return add("link", "set", "dev", device, "master", bridge);
		}

		public IpCommands addAddress(String device, String cidr) {
			return add("addr", "add", cidr, "dev", device);
		}

		public List<List<String>> list() {
			return List.copyOf(commands);
		}
	}

	/** Runs {@code commands} as {@link #ip(String, List)} does. */
	public void ip(String namespace, IpCommands commands) throws Shell.CommandException {
		ip(namespace, commands.list());
	}

	/** A link as {@code ip -d -o link} reports it. */
	public record Link(String name, boolean up, int mtu, String master, String kind, int vni, String local,
			int dstPort, String underlay) {
	}

	/** Every link of this network namespace, by name. */
	public Map<String, Link> links() throws Shell.CommandException {
		Map<String, Link> links = new LinkedHashMap<>();
		for (String line : shell.run("ip", "-d", "-o", "link", "show").split("\n")) {
			Matcher head = LINK_LINE.matcher(line);
			if (!head.find()) {
				continue;
			}
			String name = head.group(1);
			boolean up = List.of(head.group(2).split(",")).contains("UP");
			Matcher master = MASTER.matcher(line);
			Matcher vxlan = VXLAN.matcher(line);
			String kind = line.contains(" vxlan id ") ? "vxlan"
					: line.contains(" tun type tap") || line.contains("tun type tap") ? "tap"
							: line.contains(" bridge forward_delay") ? "bridge" : line.contains(" veth ") ? "veth" : "other";
			if (vxlan.find()) {
				links.put(name, new Link(name, up, Integer.parseInt(head.group(3)), master.find() ? master.group(1) : null,
						kind, Integer.parseInt(vxlan.group(1)), vxlan.group(3), Integer.parseInt(vxlan.group(5)),
						vxlan.group(4)));
			} else {
				links.put(name, new Link(name, up, Integer.parseInt(head.group(3)),
						master.find() ? master.group(1) : null, kind, -1, null, -1, null));
			}
		}
		return links;
	}

	public boolean linkExists(String name) throws Shell.CommandException {
		return shell.execute(List.of("ip", "link", "show", "dev", name)).exitCode() == 0;
	}

	public int mtu(String device) throws Shell.CommandException {
		Link link = links().get(device);
		if (link == null) {
			throw new Shell.CommandException(List.of("ip", "link", "show", device), 1, "no device " + device);
		}
		return link.mtu();
	}

	public void addBridge(String name, int mtu) throws Shell.CommandException {
		ip(null, new IpCommands().addBridge(name, mtu));
	}

	public void addTap(String name, int mtu) throws Shell.CommandException {
		ip(null, new IpCommands().addTap(name, mtu));
	}

	/** A kernel VXLAN device as RFC 7348 and the issue ask: fixed dstport, srcport range, no learning. */
	public void addVxlan(String name, int vni, int port, String local, String underlay, String group, int mtu)
			throws Shell.CommandException {
		ip(null, new IpCommands().addVxlan(name, vni, port, local, underlay, group, mtu));
	}

	/** Deletes a link if it exists. A link that vanishes meanwhile (a veth whose peer's namespace is going) is fine. */
	public void deleteLink(String name) throws Shell.CommandException {
		if (!linkExists(name)) {
			return;
		}
		try {
			shell.run("ip", "link", "del", "dev", name);
		} catch (Shell.CommandException e) {
			if (linkExists(name)) {
				throw e;
			}
		}
	}

	public void up(String name) throws Shell.CommandException {
		ip(null, new IpCommands().up(name));
	}

	public void setMaster(String device, String bridge) throws Shell.CommandException {
		ip(null, new IpCommands().setMaster(device, bridge));
	}

	public void noMaster(String device) throws Shell.CommandException {
		shell.run("ip", "link", "set", "dev", device, "nomaster");
	}

	/** The IPv4 addresses of {@code device} as {@code address/prefix}. */
	public List<String> addresses(String device) throws Shell.CommandException {
		List<String> addresses = new ArrayList<>();
		Matcher matcher = ADDRESS.matcher(shell.run("ip", "-o", "-4", "addr", "show", "dev", device));
		while (matcher.find()) {
			addresses.add(matcher.group(1));
		}
		return addresses;
	}

	/** The IPv4 addresses (CIDR) of every device, by device, from one {@code ip addr}. */
	public Map<String, List<String>> addressesByDevice() throws Shell.CommandException {
		return addressesByDevice(shell.run("ip", "-o", "-4", "addr", "show"));
	}

	/** {@code ip -o -4 addr show} output (of any namespace) as the addresses (CIDR) of each device, in order. */
	public static Map<String, List<String>> addressesByDevice(String ipOutput) {
		Map<String, List<String>> addresses = new LinkedHashMap<>();
		Matcher matcher = DEVICE_ADDRESS.matcher(ipOutput);
		while (matcher.find()) {
			addresses.computeIfAbsent(matcher.group(1), device -> new ArrayList<>()).add(matcher.group(2));
		}
		return addresses;
	}

	public void addAddress(String device, String cidr) throws Shell.CommandException {
		ip(null, new IpCommands().addAddress(device, cidr));
	}

	public void deleteAddress(String device, String cidr) throws Shell.CommandException {
		shell.run("ip", "addr", "del", cidr, "dev", device);
	}

	/** Routes of {@code device} that were added by someone (not the kernel's connected routes). */
	public List<String> staticRoutes(String device) throws Shell.CommandException {
		List<String> routes = new ArrayList<>();
		for (String line : shell.run("ip", "-4", "-o", "route", "show", "dev", device).split("\n")) {
			if (!line.isBlank() && !line.contains("proto kernel")) {
				routes.add(line.strip());
			}
		}
		return routes;
	}

	public void addRoute(String route, String device) throws Shell.CommandException {
		List<String> command = new ArrayList<>(List.of("ip", "route", "replace"));
		command.addAll(List.of(route.split("\\s+")));
		command.addAll(List.of("dev", device));
		shell.run(command);
	}

	/**
	 * Programs many VXLAN FDB entries with one {@code bridge -batch} process (a deploy to a large overlay would
	 * otherwise start one process per peer and MAC): each change is {@code append}, {@code replace} or {@code del}, a MAC and
	 * a destination. Stops at the first failing line.
	 */
	public void fdbBatch(String device, List<FdbChange> changes) throws Shell.CommandException {
		if (changes.isEmpty()) {
			return;
		}
		StringBuilder lines = new StringBuilder();
		for (FdbChange change : changes) {
			lines.append("fdb ").append(change.op().verb).append(' ').append(change.mac()).append(" dev ").append(device)
					.append(" dst ").append(change.destination())
					.append(change.op() == FdbOp.DELETE ? " self\n" : " self permanent\n");
		}
		shell.run(List.of("bridge", "-batch", "-"), lines.toString());
	}

	/**
	 * One FDB change of {@link #fdbBatch}. A moved guest's MAC needs {@link FdbOp#REPLACE}: {@code append} on a
	 * MAC that already has an entry silently keeps the old destination (only the all-zeros MAC takes several).
	 */
	public record FdbChange(FdbOp op, String mac, String destination) {
	}

	/** What {@link #fdbBatch} does with one entry. */
	public enum FdbOp {
		APPEND("append"), REPLACE("replace"), DELETE("del");

		private final String verb;

		FdbOp(String verb) {
			this.verb = verb;
		}
	}

	/** The VXLAN FDB of {@code device}: MAC to destination, in kernel order. */
	public List<String[]> fdb(String device) throws Shell.CommandException {
		List<String[]> entries = new ArrayList<>();
		for (String line : shell.run("bridge", "fdb", "show", "dev", device).split("\n")) {
			String[] words = line.strip().split("\\s+");
			int dst = List.of(words).indexOf("dst");
			if (words.length > 0 && dst > 0 && dst + 1 < words.length) {
				entries.add(new String[] { words[0], words[dst + 1] });
			}
		}
		return entries;
	}

	/** A device's counters in one direction, as the kernel keeps them. */
	public record Counters(long bytes, long packets, long errors, long dropped) {

		static final Counters UNKNOWN = new Counters(-1, -1, -1, -1);
	}

	/**
	 * The kernel's counters of {@code device}: received ({@code [0]}) and transmitted ({@code [1]}), from one
	 * {@code ip -s} (read through netlink rather than /sys, which may belong to another namespace).
	 */
	public Counters[] statistics(String device) throws Shell.CommandException {
		String[] sections = shell.run("ip", "-s", "-o", "link", "show", "dev", device).split("\\\\");
		return new Counters[] { counters(sections, "RX:"), counters(sections, "TX:") };
	}

	private static Counters counters(String[] sections, String direction) {
		for (int i = 0; i + 1 < sections.length; i++) {
			if (sections[i].strip().startsWith(direction)) {
				String[] numbers = sections[i + 1].strip().split("\\s+");
				long[] values = { -1, -1, -1, -1 };
				for (int k = 0; k < values.length && k < numbers.length; k++) {
					values[k] = Long.parseLong(numbers[k]);
				}
				return new Counters(values[0], values[1], values[2], values[3]);
			}
		}
		return Counters.UNKNOWN;
	}

	/** Reads a sysctl of this network namespace. */
	public String sysctl(String key) throws Shell.CommandException {
		return shell.run("sysctl", "-n", key).strip();
	}

	public void setSysctl(String key, String value) throws Shell.CommandException {
		shell.run("sysctl", "-q", "-w", key + "=" + value);
	}
}
