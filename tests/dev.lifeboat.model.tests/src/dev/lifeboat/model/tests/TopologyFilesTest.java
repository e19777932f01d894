package dev.lifeboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lifeboat.model.Host;
import dev.lifeboat.model.Identified;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyPackage;
import dev.lifeboat.model.resource.TopologyFiles;
import dev.lifeboat.model.resource.TopologyLoadException;

class TopologyFilesTest {

	@TempDir
	Path dir;

	@Test
	void everyConcreteClassRoundTripsWithAllItsAttributes() throws Exception {
		Topology topology = SampleTopology.withEveryClass();
		Path file = dir.resolve("all.lifeboat");
		TopologyFiles.save(topology, file);

		Topology loaded = TopologyFiles.load(file);
		assertTrue(EcoreUtil.equals(topology, loaded), "the loaded topology equals the saved one");

		Set<EClass> seen = new HashSet<>();
		loaded.eAllContents().forEachRemaining(element -> seen.add(element.eClass()));
		seen.add(loaded.eClass());
		for (EClassifier classifier : TopologyPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
				assertTrue(seen.contains(eClass), eClass.getName() + " is covered by the round trip");
			}
		}
	}

	@Test
	void everyElementGetsAStableIdThatSurvivesReloadAndRename() throws Exception {
		Topology topology = SampleTopology.withEveryClass();
		Path file = dir.resolve("ids.lifeboat");
		TopologyFiles.save(topology, file);
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> it = topology.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element) {
				assertNotNull(element.getId(), element.eClass().getName() + " got an id on save");
				assertTrue(ids.add(element.getId()), "ids are unique: " + element.getId());
			}
		}
		Host host = topology.getSites().get(0).getHosts().get(0);
		String hostId = host.getId();
		assertTrue(hostId.startsWith("host-"), "ids say what they identify: " + hostId);

		Topology loaded = TopologyFiles.load(file);
		Host reloaded = loaded.getSites().get(0).getHosts().get(0);
		assertEquals(hostId, reloaded.getId());
		reloaded.setName("renamed");
		TopologyFiles.save(loaded, file);
		assertEquals(hostId, TopologyFiles.load(file).getSites().get(0).getHosts().get(0).getId(),
				"renaming keeps the id");
	}

	@Test
	void savingTwiceWithoutChangesWritesIdenticalBytes() throws Exception {
		Path file = dir.resolve("stable.lifeboat");
		TopologyFiles.save(SampleTopology.withEveryClass(), file);
		byte[] first = Files.readAllBytes(file);

		Topology loaded = TopologyFiles.load(file);
		Path again = dir.resolve("again.lifeboat");
		TopologyFiles.save(loaded, again);
		assertArrayEquals(first, Files.readAllBytes(again), "load + save is byte-identical");
		TopologyFiles.save(loaded, again);
		assertArrayEquals(first, Files.readAllBytes(again), "a second save is byte-identical");
	}

	@Test
	void aChangeChangesOnlyItsOwnLine() throws Exception {
		Path file = dir.resolve("diff.lifeboat");
		TopologyFiles.save(SampleTopology.withEveryClass(), file);
		List<String> before = Files.readAllLines(file);
		Topology loaded = TopologyFiles.load(file);
		loaded.getOverlays().get(0).setVni(4242);
		TopologyFiles.save(loaded, file);
		List<String> after = Files.readAllLines(file);
		assertEquals(before.size(), after.size());
		int changed = 0;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed++;
				assertTrue(after.get(i).contains("vni=\"4242\""), after.get(i));
			}
		}
		assertEquals(1, changed, "one edit, one changed line");
	}

	@Test
	void referencesAreWrittenAsIds() throws Exception {
		Path file = dir.resolve("refs.lifeboat");
		Topology topology = SampleTopology.withEveryClass();
		TopologyFiles.save(topology, file);
		String xml = Files.readString(file);
		String overlayId = topology.getOverlays().get(0).getId();
		assertTrue(xml.contains("attachment=\"" + overlayId + "\""), "a NIC's attachment names the overlay id");
	}

	@Test
	void aTruncatedFileGivesOneLineWithThePosition() throws IOException {
		Path file = dir.resolve("truncated.lifeboat");
		Path whole = dir.resolve("whole.lifeboat");
		TopologyFiles.save(SampleTopology.withEveryClass(), whole);
		String text = Files.readString(whole);
		Files.writeString(file, text.substring(0, text.length() / 2));
		TopologyLoadException error = assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(file));
		assertTrue(error.getMessage().matches(".*truncated\\.lifeboat:\\d+:\\d+: .*"), error.getMessage());
		assertEquals(1, error.getMessage().lines().count(), "one line: " + error.getMessage());
	}

	@Test
	void aFileThatIsNotATopologyIsRefusedByName() throws IOException {
		Path file = dir.resolve("other.lifeboat");
		Files.writeString(file, "<?xml version=\"1.0\"?><html><body/></html>");
		TopologyLoadException error = assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(file));
		assertTrue(error.getMessage().contains("other.lifeboat"), error.getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		TopologyLoadException error = assertThrows(TopologyLoadException.class,
				() -> TopologyFiles.load(dir.resolve("nope.lifeboat")));
		assertTrue(error.getMessage().contains("nope.lifeboat: no such file"), error.getMessage());
	}

	@Test
	void newIdsDoNotCollideWithExistingOnes() throws Exception {
		Topology topology = SampleTopology.withEveryClass();
		Path file = dir.resolve("n.lifeboat");
		TopologyFiles.save(topology, file);
		Topology loaded = TopologyFiles.load(file);
		Host copy = EcoreUtil.copy(loaded.getSites().get(0).getHosts().get(0));
		copy.setId(null);
		loaded.getSites().get(0).getHosts().add(copy);
		TopologyFiles.save(loaded, file);
		assertNotEquals(loaded.getSites().get(0).getHosts().get(0).getId(), copy.getId());
		assertNotNull(copy.getId());
	}
}
