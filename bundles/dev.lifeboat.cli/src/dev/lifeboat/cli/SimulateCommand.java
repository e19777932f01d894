package dev.lifeboat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.ha.FailoverSimulation;
import dev.lifeboat.core.ha.FailureScenario;
import dev.lifeboat.core.ha.ScenarioException;
import dev.lifeboat.core.ha.SimulationResult;
import dev.lifeboat.core.ha.SimulationResult.LostPath;
import dev.lifeboat.core.ha.SimulationResult.MemberStatus;
import dev.lifeboat.core.ha.SimulationResult.OverlayLoss;
import dev.lifeboat.core.ha.SimulationResult.PolicyOutcome;
import dev.lifeboat.core.ha.SimulationResult.Restart;
import dev.lifeboat.core.ha.SimulationResult.Unplaced;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.model.Topology;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat simulate FILE --fail HOST | --cut HOST:NIC | --partition A|B,C}: what a failure would do,
 * computed as the agents compute it, without touching a host. Exits 0 once simulated (whatever the outcome),
 * 1 if the topology has errors, 2 if the scenario names an unknown host or NIC.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Simulate a host failure, a cut NIC or a network partition: which VMs restart where, what"
				+ " does not fit, and how long it takes.")
final class SimulateCommand implements Callable<Integer> {

	static final class Scenario {
		@Option(names = "--fail", paramLabel = "HOST", description = "The host stops.")
		String fail;

		@Option(names = "--cut", paramLabel = "HOST:NIC", description = "One NIC of a host loses its link.")
		String cut;

		@Option(names = "--partition", paramLabel = "A|B,C",
				description = "The network splits: hosts separated by commas, sides by '|'.")
		String partition;

		FailureScenario toScenario() {
			if (fail != null) {
				return FailureScenario.fail(fail);
			}
			return cut != null ? FailureScenario.cut(cut) : FailureScenario.partition(partition);
		}
	}

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The *.lifeboat topology file.")
	private Path file;

	@ArgGroup(exclusive = true, multiplicity = "1")
	private Scenario scenario;

	@Override
	public Integer call() {
		Topology topology = TopologyArgument.load(spec, file);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SimulationResult result;
		try {
			result = FailoverSimulation.simulate(topology, scenario.toScenario());
		} catch (ScenarioException e) {
			err.println(file + ": " + e.getMessage());
			return LifeboatCli.EXIT_UNUSABLE;
		} catch (CompileException e) {
			err.println(file + ": cannot simulate: the topology has " + e.errors().size() + " error(s):");
			for (Problem problem : e.errors()) {
				err.println(file + ": error: " + problem.elementLabel() + ": " + problem.message());
			}
			return LifeboatCli.EXIT_FAILED;
		}
		print(result, out);
		return 0;
	}

	private static void print(SimulationResult result, PrintWriter out) {
		out.println("Simulation: " + result.scenario().describe() + " (no host is touched)");
		if (result.policies().isEmpty()) {
			out.println("No HA policy: nothing restarts anywhere.");
		}
		for (PolicyOutcome policy : result.policies()) {
			out.println();
			out.println("HA policy " + policy.policy() + " (fencing " + (policy.selfFence() ? "SELF_FENCE" : "NONE")
					+ ", heartbeat " + policy.timings().intervalMs() + " ms x " + policy.timings().missedBeats() + ")");
			for (MemberStatus member : policy.members()) {
				out.printf("  %-12s %-11s %s%n", member.host(), member.state(), member.why());
			}
			for (String warning : policy.warnings()) {
				out.println("  WARNING: " + warning);
			}
			if (!policy.restarts().isEmpty()) {
				out.println(policy.automatic() ? "  Restarts, in order:" : "  Restarts after an administrator confirms"
						+ " the host is off (not automatic):");
				for (Restart restart : policy.restarts()) {
					out.printf("  %3d. %-12s %s -> %s%s%n", restart.order(), restart.vm(), restart.fromHost(),
							restart.toHost(), policy.automatic() ? ", answering at ~" + seconds(restart.answeringMs()) : "");
				}
			}
			for (Unplaced unplaced : policy.unplaced()) {
				out.println("  Not restarted: " + unplaced.vm() + " (from " + unplaced.fromHost() + "): "
						+ unplaced.reason());
			}
			out.println("  Timings after the last heartbeat: detection " + seconds(policy.timings().detectionMs())
					+ ", self-fence deadline " + seconds(policy.timings().selfFenceDeadlineMs()) + ", takeover "
					+ seconds(policy.timings().takeoverMs())
					+ (policy.automatic() && !policy.restarts().isEmpty()
							? ", all guests answering ~" + seconds(policy.allAnsweringMs()) : ""));
			out.println("  Guest start estimate: " + FailoverSimulation.GUEST_START_SOURCE);
		}
		if (!result.lostPaths().isEmpty()) {
			out.println();
			out.println("Heartbeat paths lost:");
			for (LostPath path : result.lostPaths()) {
				out.println("  " + path.host() + " " + path.nic() + " (" + path.address() + "): " + path.why());
			}
		}
		if (!result.overlayLosses().isEmpty()) {
			out.println();
			out.println("Overlays losing a member:");
			for (OverlayLoss loss : result.overlayLosses()) {
				out.println("  " + loss.overlay() + " (VNI " + loss.vni() + "): " + loss.host() + ": " + loss.why());
			}
		}
		for (String note : result.notes()) {
			out.println();
			out.println("Note: " + note);
		}
	}

	private static String seconds(long millis) {
		return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
	}
}
