package dev.lifeboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.lifeboat.model.TopologyPackage.Literals;
import dev.lifeboat.ui.session.AttributeValues;
import dev.lifeboat.ui.session.FeatureNames;
import dev.lifeboat.ui.session.StartupTopology;

/** The display-free decisions behind the console: startup file, field parsing, field names. */
class SessionLogicTest {

	@Test
	void startupPrefersTheArgumentThenTheLastFileThenTheDemo() throws Exception {
		Path area = Files.createTempDirectory("lifeboat-instance");
		Path last = Files.writeString(area.resolve("last.lifeboat"), "x");
		assertEquals(Path.of("/x/y.lifeboat"),
				StartupTopology.choose(List.of("--topology", "/x/y.lifeboat"), Optional.of(last), area));
		assertEquals(Path.of("/x/z.lifeboat"),
				StartupTopology.choose(List.of("-topology", "/x/z.lifeboat"), Optional.empty(), area));
		assertEquals(last, StartupTopology.choose(List.of(), Optional.of(last), area));
		Path demo = StartupTopology.choose(List.of(), Optional.of(area.resolve("gone.lifeboat")), area);
		assertEquals(area.resolve(StartupTopology.DEMO_FILE), demo);
		assertTrue(Files.readString(demo).contains("esx-n1"));
	}

	@Test
	void numbersAreParsedOrExplained() {
		assertEquals(10010, AttributeValues.parse(Literals.OVERLAY_NETWORK__VNI, " 10010 ").value());
		AttributeValues.Parsed bad = AttributeValues.parse(Literals.OVERLAY_NETWORK__VNI, "12x");
		assertFalse(bad.ok());
		assertTrue(bad.error().contains("'12x' is not a whole number"));
		assertEquals(65536L, AttributeValues.parse(Literals.HOST__MEMORY_MI_B, "65536").value());
	}

	@Test
	void featureNamesReadAsWords() {
		assertEquals("Management address", FeatureNames.of(Literals.HOST__MANAGEMENT_ADDRESS));
		assertEquals("Memory MiB", FeatureNames.of(Literals.HOST__MEMORY_MI_B));
		assertEquals("VNI", FeatureNames.of(Literals.OVERLAY_NETWORK__VNI));
		assertEquals("RTO target minutes", FeatureNames.of(Literals.DR_PLAN__RTO_TARGET_MINUTES));
	}
}
