import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaVtep;
import dev.lifeboat.protocol.ProtocolCodec;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * Writes the agent configurations of releng/bench/ha: three lab hosts b1..b3 on one overlay (VNI 70), two
 * protected file-service guests on b1 and on b2, an unprotected probe guest on b3, and one HA policy with both
 * NICs of every host as heartbeat paths, and the policy's heartbeat key in each host's secrets. Run with the agent jar on the class path:
 * {@code java -cp lifeboat-agent.jar ha-configs.java LABDIR INTERVAL_MS MISSED_BEATS}.
 */
class HaBenchConfigs {

	record Guest(String host, String name, String mac, String address, boolean protectedGuest) {
	}

	static final List<String> HOSTS = List.of("b1", "b2", "b3");
	static final List<Guest> GUESTS = List.of(new Guest("b1", "web-1", "52:54:00:70:00:11", "10.70.0.11", true),
			new Guest("b1", "web-2", "52:54:00:70:00:12", "10.70.0.12", true),
			new Guest("b2", "app-1", "52:54:00:70:00:21", "10.70.0.21", true),
			new Guest("b2", "app-2", "52:54:00:70:00:22", "10.70.0.22", true),
			new Guest("b3", "probe", "52:54:00:70:00:31", "10.70.0.31", false));

	public static void main(String[] args) throws Exception {
		Path lab = Path.of(args[0]);
		HaSpec spec = new HaSpec("bench-ha", Integer.parseInt(args[1]), Integer.parseInt(args[2]), true);
		for (int i = 1; i <= HOSTS.size(); i++) {
			HaMember member = new HaMember("b" + i, mgmt(i), 2, 4096);
			member.heartbeatAddresses().addAll(List.of(mgmt(i), underlay(i)));
			member.bridges().add("ov70");
			member.vteps().add(new HaVtep("ov70", 70, underlay(i)));
			spec.members().add(member);
		}
		for (Guest guest : GUESTS) {
			spec.guests().add(new HaGuest(guest.host(), guest.protectedGuest(), guestSpec(guest)));
		}
		ProtocolCodec codec = new ProtocolCodec();
		// The heartbeat key, as a deploy installs it: one random key for the policy, root-only on every member.
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		for (String host : HOSTS) {
			Path secrets = lab.resolve("hosts.d").resolve(host).resolve("lifeboat").resolve("secrets");
			Files.createDirectories(secrets, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Path file = secrets.resolve(HaSpec.keyFileName(spec.policyName()));
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
		}
		for (int i = 1; i <= HOSTS.size(); i++) {
			String host = "b" + i;
			AgentConfig config = new AgentConfig(host, host, "bench-ha");
			VxlanSpec overlay = new VxlanSpec("ov70", "bench", 70, 4789, 1450)
					.transport(VxlanSpec.DataPlane.KERNEL, VxlanSpec.Replication.HEAD_END, null).devices("vx70", "ov70")
					.local(underlay(i), "eth1");
			for (int j = 1; j <= HOSTS.size(); j++) {
				if (j != i) {
					overlay.peers().add(underlay(j));
				}
			}
			for (Guest guest : GUESTS) {
				if (guest.host().equals(host)) {
					config.guests().add(guestSpec(guest));
				} else {
					overlay.fdb().add(new FdbEntry(guest.mac(), underlay(HOSTS.indexOf(guest.host()) + 1), guest.address()));
				}
			}
			config.overlays().add(overlay);
			config.setHa(spec);
			Files.writeString(lab.resolve("hosts.d").resolve(host).resolve("lifeboat").resolve("config.xml"),
					codec.toXml(config));
		}
	}

	static GuestSpec guestSpec(Guest guest) {
		GuestSpec spec = new GuestSpec(guest.name(), guest.name(), 1, 256, 10)
				.withWorkload(guest.protectedGuest() ? GuestSpec.Workload.FILE_SERVICE : GuestSpec.Workload.NONE);
		spec.nics().add(new GuestNicSpec("eth0", guest.mac(), guest.address(), 24, GuestNicSpec.Mode.OVERLAY, "ov70").mtu(1450));
		return spec;
	}

	static String mgmt(int i) {
		return "198.18.0.1" + i;
	}

	static String underlay(int i) {
		return "198.18.1.1" + i;
	}
}
