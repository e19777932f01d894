package dev.lifeboat.core.tests.validation;

import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertNoProblem;
import static dev.lifeboat.core.tests.validation.ProblemAssertions.assertProblem;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;

import dev.lifeboat.core.tests.TopologyFixtures;
import dev.lifeboat.core.tests.TopologyFixtures.Fixture;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.TopologyFactory;
import dev.lifeboat.model.VirtualMachine;

class SanityRulesTest {

	private final Fixture f = TopologyFixtures.valid();

	@Test
	void hostWithoutNameIsAnError() {
		assertNoProblem(f.topology, "host.name.missing");

		f.host(2).setName(" ");
		assertProblem(f.topology, "host.name.missing", Severity.ERROR, f.host(2), "no name", "Give it the name");
	}

	@Test
	void duplicateHostNameInASiteIsAnError() {
		TopologyFixtures.host(f.siteB, "esx-a1", 9);
		assertNoProblem(f.topology, "host.name.duplicate");

		Host twin = TopologyFixtures.host(f.siteA, "ESX-A1", 10);
		assertProblem(f.topology, "host.name.duplicate", Severity.ERROR, twin, "'ESX-A1'", "site 'dc-a'",
				"Give each host of a site its own name");
	}

	@Test
	void vmTierOutsideOneToThreeIsAnError() {
		f.db.setTier(3);
		assertNoProblem(f.topology, "vm.tier.range");

		for (int tier : new int[] { 0, 4 }) {
			f.db.setTier(tier);
			assertProblem(f.topology, "vm.tier.range", Severity.ERROR, f.db, "Tier " + tier, "Set tier 1");
		}
	}

	@Test
	void vmTwiceInADrPlanIsAnError() {
		assertNoProblem(f.topology, "dr.vm.duplicate");

		// EMF's list refuses a second add of the same VM, but a hand-edited file can still hold it twice.
		@SuppressWarnings("unchecked")
		InternalEList<VirtualMachine> vms = (InternalEList<VirtualMachine>) f.dr.getVms();
		vms.addUnique(f.db);
		assertProblem(f.topology, "dr.vm.duplicate", Severity.ERROR, f.dr, "VM 'db-1'", "Keep it once");
	}

	@Test
	void duplicateIdIsAnError() {
		assertNoProblem(f.topology, "structure.id.duplicate");

		f.db.setId(f.web.getId());
		assertProblem(f.topology, "structure.id.duplicate", Severity.ERROR, f.db, "'" + f.web.getId() + "'",
				"VM 'web-1'", "Remove the id of one of them");
	}

	@Test
	void referenceToARemovedElementIsAnError() {
		assertNoProblem(f.topology, "structure.reference.dangling");

		EcoreUtil.remove(f.host(3));
		assertProblem(f.topology, "structure.reference.dangling", Severity.ERROR, f.ha, "hosts", "host 'esx-a3'",
				"no longer part of the topology", "Pick an existing element");
	}

	@Test
	void unresolvedReferenceIsAnError() {
		assertNoProblem(f.topology, "structure.reference.unresolved");

		Host missing = TopologyFactory.eINSTANCE.createHost();
		((InternalEObject) missing).eSetProxyURI(URI.createURI("lab.lifeboat#host-gone"));
		f.ha.getHosts().add(missing);
		assertProblem(f.topology, "structure.reference.unresolved", Severity.ERROR, f.ha, "'host-gone'",
				"Pick an existing element");
	}
}
