package dev.lifeboat.deploy.tests.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lifeboat.core.demo.DemoTopology;
import dev.lifeboat.deploy.DeployListener;
import dev.lifeboat.deploy.DeployOptions;
import dev.lifeboat.deploy.DeployResult;
import dev.lifeboat.deploy.Deployment;
import dev.lifeboat.deploy.HostOutcome;
import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.Topology;

/**
 * Hosts without OpenSSH: the agent serves SSH itself ({@code agent serve --ssh}), with its own host key pinned
 * in the topology, and the same deploy works against it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedServerDeployTest {

	private static final List<String> HOSTS = List.of("esx-n1", "esx-n2");
	@RegisterExtension
	static final Lab lab = Lab.of(HOSTS.toArray(String[]::new));
	private static final int PORT = 2222;

	@BeforeAll
	static void startLabWithAgentSshOnly() throws Exception {
		for (String host : HOSTS) {
			lab.killSshdSessions(host);
			Path home = lab.agentHome(host);
			// Replace the lab's agent daemon by one that also serves SSH on the management address.
			lab.sh("sh", "-c", "kill $(cat " + home.resolve("serve.pid") + ") 2>/dev/null; true");
			Lab.Result started = lab.exec(host, "sh", "-c", "nohup \"$LIFEBOAT_AGENT_HOME/agent\" serve --ssh " + PORT
					+ " --ssh-address " + lab.host(host).managementAddress() + " --authorized-keys "
					+ lab.hostDirectory(host).resolve("root/.ssh/authorized_keys")
					+ " > \"$LIFEBOAT_AGENT_HOME/serve.log\" 2>&1 & echo $! > \"$LIFEBOAT_AGENT_HOME/serve.pid\"");
			assertTrue(started.ok(), started::toString);
		}
		for (String host : HOSTS) {
			waitFor(lab.agentHome(host).resolve("ssh_host_key.pub"));
		}
	}

	@Test
	@Order(1)
	void theSameDeployWorksAgainstTheAgentsOwnSshServer() throws Exception {
		Topology topology = topology();
		for (String host : HOSTS) {
			assertFalse(lab.exec(host, "sh", "-c", "pgrep -x sshd -n >/dev/null && ip netns identify $(pgrep -x sshd -n)")
					.out().contains(lab.host(host).namespace()), "no OpenSSH is left on " + host);
		}
		DeployResult first = new Deployment(topology, options()).apply(DeployListener.NONE);
		for (String host : HOSTS) {
			assertEquals(HostOutcome.APPLIED, first.host(host).outcome(), host + ":\n" + first.describe());
		}
		Lab.Result ping = lab.inGuest("esx-n1", "web-1", "ping", "-c", "3", "-W", "2", "-q", "10.10.0.12");
		assertTrue(ping.ok(), "web-1 on esx-n1 reaches web-2 on esx-n2 over the overlay: " + ping);

		DeployResult second = new Deployment(topology, options()).apply(DeployListener.NONE);
		for (String host : HOSTS) {
			assertEquals(HostOutcome.UNCHANGED, second.host(host).outcome(), host + ":\n" + second.describe());
		}
	}

	@Test
	@Order(2)
	void aFingerprintOtherThanThePinnedOneIsRefused() throws Exception {
		Topology topology = topology();
		Host n2 = topology.getSites().get(0).getHosts().get(1);
		n2.setHostKeyFingerprint(fingerprint("esx-n1"));
		topology.getOverlays().get(0).setVni(10011); // a change, so that esx-n1 is applied while esx-n2 is refused
		DeployResult result = new Deployment(topology, options()).apply(DeployListener.NONE);
		assertEquals(HostOutcome.APPLIED, result.host("esx-n1").outcome(), result.describe());
		assertEquals(HostOutcome.FAILED, result.host("esx-n2").outcome(), result.describe());
		assertTrue(result.host("esx-n2").reason().contains(fingerprint("esx-n2")), result.host("esx-n2").reason());
	}

	/** The demo's two north hosts, reached on the agent's port and pinned to the agent's own host keys. */
	private static Topology topology() throws Exception {
		Topology topology = DemoTopology.load();
		for (Host dropped : topology.getSites().get(1).getHosts().toArray(Host[]::new)) {
			for (OverlayNetwork overlay : topology.getOverlays()) {
				overlay.getMembers().removeIf(member -> member.getHost() == dropped);
			}
			EcoreUtil.delete(dropped, true);
		}
		for (Host host : topology.getSites().get(0).getHosts()) {
			host.setSshPort(PORT);
			host.setHostKeyFingerprint(fingerprint(host.getName()));
		}
		return topology;
	}

	private static String fingerprint(String host) throws Exception {
		String line = Files.readString(lab.agentHome(host).resolve("ssh_host_key.pub"));
		return KnownHosts.fingerprint(Base64.getDecoder().decode(line.split(" ")[1]));
	}

	/** Trusting the agents' own host keys as the topology pins them: a known_hosts without the lab's OpenSSH keys. */
	private static DeployOptions options() {
		return lab.deployOptions().ssh(lab.ssh().lifeboatKnownHosts(lab.work().resolve("agents_known_hosts")));
	}

	private static void waitFor(Path file) throws InterruptedException {
		for (int i = 0; i < 100 && !Files.exists(file); i++) {
			Thread.sleep(200);
		}
		assertTrue(Files.exists(file), file + " was written by the agent's SSH server");
	}
}
