package dev.lifeboat.agent.tests.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.ha.Ownership;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.FailoverPlacement;
import dev.lifeboat.protocol.FdbEntry;
import dev.lifeboat.protocol.GuestNicSpec;
import dev.lifeboat.protocol.GuestSpec;
import dev.lifeboat.protocol.HaGuest;
import dev.lifeboat.protocol.HaMember;
import dev.lifeboat.protocol.HaSpec;
import dev.lifeboat.protocol.HaVtep;
import dev.lifeboat.protocol.VxlanSpec;

/**
 * The replicated ownership state: what a failure entry records, what a restarted agent and a later deploy do
 * with it (keep taken-over guests where the log put them, never start a second copy), and how the topology
 * takes back control by giving a guest another home.
 */
class OwnershipTest {

	private final HaSpec spec = spec();

	@Test
	void aFailureEntryMovesTheGuestsAsPlacedAndReportsWhatDidNotFit() {
		FailoverPlacement.Result placement = FailoverPlacement.place(spec, Set.of("a"), Map.of());
		Ownership ownership = new Ownership();
		ownership.apply(Ownership.failure("a", placement), 7);

		assertEquals(Set.of("a"), ownership.failed());
		assertEquals(7, ownership.index());
		for (FailoverPlacement.Restart restart : placement.restarts()) {
			assertEquals(restart.toHost(), ownership.ownerOf(restart.guest()));
		}
		assertEquals(Set.of("huge"), ownership.unplaced().keySet(), "the guest that fits nowhere is reported");
		assertTrue(ownership.unplaced().get("huge").contains("MiB"), ownership.unplaced().get("huge"));
		assertEquals("a", ownership.ownerOf(guest("huge")), "an unplaced guest stays with its failed home");

		Ownership reread = Ownership.fromText(ownership.toText());
		assertEquals(ownership.toText(), reread.toText());
		assertEquals(ownership.owners(), reread.owners());
	}

	@Test
	void aSecondFailureOfTheSameHostChangesNothingAndARejoinKeepsTheMoves() {
		Ownership ownership = new Ownership();
		ownership.apply(Ownership.failure("a", FailoverPlacement.place(spec, Set.of("a"), Map.of())), 1);
		Map<String, String> owners = ownership.owners();
		ownership.apply("FAIL a\nMOVE web-1 a c a\n", 2);
		assertEquals(owners, ownership.owners());
		ownership.apply(Ownership.rejoin("a"), 3);
		assertTrue(ownership.failed().isEmpty());
		assertEquals(owners, ownership.owners(), "a rejoined host runs none of the guests it lost");
	}

	@Test
	void aDeployRespectsTheMovesAndAFencedHostRunsNoProtectedGuest() {
		Ownership ownership = new Ownership();
		ownership.apply(Ownership.failure("a", FailoverPlacement.place(spec, Set.of("a"), Map.of())), 1);
		String newOwner = ownership.ownerOf(guest("web-1"));

		AgentConfig onA = ownership.respect(config("a"), false);
		assertEquals(List.of("huge", "plain"), names(onA), "a keeps its unprotected guest; the unplaced one stays home");
		AgentConfig onOwner = ownership.respect(config(newOwner), false);
		assertTrue(names(onOwner).contains("web-1"), "the new owner runs web-1: " + names(onOwner));
		assertTrue(onOwner.overlays().get(0).fdb().stream().noneMatch(entry -> entry.mac().equals(mac("web-1"))),
				"no FDB entry sends web-1's frames away from the host that runs it");
		String other = newOwner.equals("b") ? "c" : "b";
		FdbEntry pointed = ownership.respect(config(other), false).overlays().get(0).fdb().stream()
				.filter(entry -> entry.mac().equals(mac("web-1"))).findFirst().orElseThrow();
		assertEquals(spec.member(newOwner).vtepAddress("ov60"), pointed.remote());

		assertEquals(List.of("plain"), names(new Ownership().respect(config("a"), true)),
				"a fenced host starts no protected guest before it learns ownership from the log");
	}

	@Test
	void theTopologyTakesBackControlByGivingTheGuestAnotherHome() {
		Ownership ownership = new Ownership();
		ownership.apply("FAIL a\nMOVE web-1 b a a\n", 1);
		assertEquals("b", ownership.ownerOf(guest("web-1")));
		HaGuest rehomed = new HaGuest("c", true, guest("web-1").guest());
		assertEquals("c", ownership.ownerOf(rehomed), "the console placed web-1 on c since: its deploy wins");
	}

	private static List<String> names(AgentConfig config) {
		return config.guests().stream().map(GuestSpec::name).sorted().toList();
	}

	private HaGuest guest(String name) {
		return spec.guests().stream().filter(guest -> guest.name().equals(name)).findFirst().orElseThrow();
	}

	private static String mac(String guest) {
		return "52:54:00:00:00:0" + (guest.equals("web-1") ? 1 : guest.equals("web-2") ? 2 : 3);
	}

	private AgentConfig config(String host) {
		AgentConfig config = new AgentConfig(host, host, "t");
		VxlanSpec overlay = new VxlanSpec("ov", "ov", 60, 4789, 1450).devices("vx60", "ov60");
		for (HaGuest guest : spec.guests()) {
			if (guest.homeHost().equals(host)) {
				config.guests().add(guest.guest());
			} else {
				GuestNicSpec nic = guest.guest().nics().get(0);
				overlay.fdb().add(new FdbEntry(nic.mac(), spec.member(guest.homeHost()).vtepAddress("ov60"), nic.address()));
			}
		}
		config.overlays().add(overlay);
		config.setHa(spec);
		return config;
	}

	private static HaSpec spec() {
		HaSpec spec = new HaSpec("p", 500, 4, true);
		for (String host : List.of("a", "b", "c")) {
			HaMember member = new HaMember(host, "10.0.0." + (host.charAt(0) - 'a' + 1), 4, 4096);
			member.bridges().add("ov60");
			member.vteps().add(new HaVtep("ov60", 60, "10.1.0." + (host.charAt(0) - 'a' + 1)));
			spec.members().add(member);
		}
		spec.guests().add(new HaGuest("a", true, guestSpec("web-1", 512, "52:54:00:00:00:01")));
		spec.guests().add(new HaGuest("a", true, guestSpec("web-2", 512, "52:54:00:00:00:02")));
		spec.guests().add(new HaGuest("a", true, guestSpec("huge", 8192, "52:54:00:00:00:03")));
		spec.guests().add(new HaGuest("a", false, guestSpec("plain", 256, "52:54:00:00:00:04")));
		return spec;
	}

	private static GuestSpec guestSpec(String name, long memory, String mac) {
		GuestSpec guest = new GuestSpec(name, name, 1, memory, 10);
		guest.nics().add(new GuestNicSpec("eth0", mac, "10.60.0." + mac.substring(mac.length() - 1), 24,
				GuestNicSpec.Mode.OVERLAY, "ov60"));
		return guest;
	}
}
