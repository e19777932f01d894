package dev.lifeboat.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.BridgeSpec;

/**
 * The agent's own nftables table, {@code ip lifeboat}: masquerading for NAT bridges and the isolation of NAT
 * and host-only guests. It is always replaced whole in one {@code nft -f} transaction, so it is never half
 * written, and nothing outside it is touched.
 */
public final class Firewall {

	static final String TABLE = "lifeboat";

	private final Shell shell;

	public Firewall(Shell shell) {
		this.shell = shell;
	}

	/** The table for {@code config}, or an empty string when it needs none. */
	public static String rulesFor(AgentConfig config) {
		StringBuilder nat = new StringBuilder();
		StringBuilder forward = new StringBuilder();
		for (BridgeSpec bridge : config.bridges()) {
			if (bridge.kind() == BridgeSpec.Kind.NAT && bridge.gatewayAddress() != null) {
				String subnet = bridge.gatewayAddress() + "/" + bridge.prefixLength();
				nat.append("    ip saddr ").append(subnet).append(" oifname != \"").append(bridge.device())
						.append("\" masquerade\n");
				// NAT guests may go out; from outside only replies come back in.
				forward.append("    iifname \"").append(bridge.device()).append("\" accept\n");
				forward.append("    oifname \"").append(bridge.device()).append("\" ct state established,related accept\n");
				forward.append("    oifname \"").append(bridge.device()).append("\" drop\n");
			} else if (bridge.kind() == BridgeSpec.Kind.HOST_ONLY) {
				forward.append("    iifname \"").append(bridge.device()).append("\" drop\n");
				forward.append("    oifname \"").append(bridge.device()).append("\" drop\n");
			}
		}
		if (nat.isEmpty() && forward.isEmpty()) {
			return "";
		}
		return "table ip " + TABLE + " {\n"
				+ "  chain postrouting {\n    type nat hook postrouting priority srcnat; policy accept;\n" + nat + "  }\n"
				+ "  chain forward {\n    type filter hook forward priority filter; policy accept;\n" + forward + "  }\n"
				+ "}\n";
	}

	/** The table as it is now, or an empty string. */
	public String current() throws Shell.CommandException {
		Shell.Result listing = shell.execute(List.of("nft", "list", "table", "ip", TABLE));
		return listing.exitCode() == 0 ? listing.stdout() : "";
	}

	/** Replaces the table with {@code rules} (or deletes it when empty), atomically. */
	public void replace(String rules) throws Shell.CommandException {
		boolean exists = shell.execute(List.of("nft", "list", "table", "ip", TABLE)).exitCode() == 0;
		StringBuilder script = new StringBuilder();
		if (exists) {
			script.append("delete table ip ").append(TABLE).append('\n');
		}
		script.append(rules);
		if (script.isEmpty()) {
			return;
		}
		load(script.toString());
	}

	private void load(String script) throws Shell.CommandException {
		List<String> command = List.of("nft", "-f", "-");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (OutputStream in = process.getOutputStream()) {
				in.write(script.getBytes(StandardCharsets.UTF_8));
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new Shell.CommandException(command, process.exitValue(), output);
			}
		} catch (IOException e) {
			throw new Shell.CommandException(command, -1, e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Shell.CommandException(command, -1, "interrupted");
		}
	}
}
