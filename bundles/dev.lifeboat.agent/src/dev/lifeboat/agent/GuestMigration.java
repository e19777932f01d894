package dev.lifeboat.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.ProtocolException;

/**
 * {@code agent migration locate GUEST | park CONFIG.xml GUEST}: the agent's part of moving a guest, all of it
 * before the cutover (a JVM start is too slow for the cutover itself, which the console does with iproute2 over
 * open SSH sessions). {@code locate} tells where a guest lives on this host; {@code park} creates the guest of
 * the console's new configuration for this host with its workload running and its NICs down. Both print
 * {@code namespace=} and {@code data=} lines.
 */
final class GuestMigration {

	private final AgentHome home;
	private final Shell shell;
	private final ProtocolCodec codec;
	private final PrintStream out;
	private final PrintStream err;

	GuestMigration(AgentHome home, Shell shell, ProtocolCodec codec, PrintStream out, PrintStream err) {
		this.home = home;
		this.shell = shell;
		this.codec = codec;
		this.out = out;
		this.err = err;
	}

	int run(List<String> arguments, AgentConfig applied) throws Shell.CommandException {
		if (arguments.size() == 2 && arguments.get(0).equals("locate")) {
			if (applied == null) {
				err.println("lifeboat-agent: this host has no applied configuration: deploy it first");
				return 2;
			}
			print(driver(applied.hostName()), arguments.get(1));
			return 0;
		}
		if (arguments.size() == 3 && arguments.get(0).equals("park")) {
			return park(Path.of(arguments.get(1)), arguments.get(2));
		}
		err.println("usage: lifeboat-agent migration locate GUEST | park CONFIG.xml GUEST");
		return 2;
	}

	private int park(Path file, String guestName) throws Shell.CommandException {
		AgentConfig config;
		try {
			config = codec.fromXml(Files.readString(file), AgentConfig.class);
		} catch (IOException | ProtocolException e) {
			err.println("lifeboat-agent: cannot read " + file + ": " + e.getMessage());
			return 2;
		}
		GuestSpec guest = config.guests().stream().filter(g -> g.name().equals(guestName)).findFirst().orElse(null);
		if (guest == null) {
			err.println("lifeboat-agent: " + file + " has no guest '" + guestName + "' for " + config.hostName());
			return 2;
		}
		NamespaceGuestDriver driver = driver(config.hostName()).onlyProtecting(config);
		if (driver.exists(guest)) {
			// A parked copy left by an earlier attempt that did not cut over: replace it, its NICs are down.
			driver.remove(guest);
		}
		// Host ends left by an earlier copy of this guest whose namespace is still being torn down would be in the way.
		LinuxNetwork network = new LinuxNetwork(shell);
		for (var nic : guest.nics()) {
			network.deleteLink(NamespaceGuestDriver.hostVeth(guest.name(), nic.name()));
		}
		driver.createParked(guest);
		home.log("migration: parked guest " + guestName + " (NICs down) for a cutover");
		print(driver, guestName);
		return 0;
	}

	private NamespaceGuestDriver driver(String hostName) {
		return new NamespaceGuestDriver(new LinuxNetwork(shell), hostName, home);
	}

	private void print(NamespaceGuestDriver driver, String guestName) {
		out.println("namespace=" + driver.namespaceOf(guestName));
		out.println("data=" + driver.dataDirectory(guestName));
	}
}
