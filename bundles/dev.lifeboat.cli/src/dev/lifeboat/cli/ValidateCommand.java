package dev.lifeboat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.core.validation.Severity;
import dev.lifeboat.core.validation.Validation;
import dev.lifeboat.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lifeboat validate FILE}: one line per problem, exit 1 if any is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check a topology. Prints 'file: severity: element: message' per problem; exits 1 on errors.")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The *.lifeboat topology file.")
	private Path file;

	@Override
	public Integer call() {
		Topology topology = TopologyArgument.load(spec, file);
		List<Problem> problems = Validation.validate(topology);
		PrintWriter out = spec.commandLine().getOut();
		for (Problem problem : problems) {
			out.println(file + ": " + problem.severity().name().toLowerCase(Locale.ROOT) + ": "
					+ problem.elementLabel() + ": " + problem.message());
		}
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		if (problems.isEmpty()) {
			out.println(file + ": valid");
		} else {
			out.println(file + ": " + errors + " error(s), " + (problems.size() - errors) + " other problem(s)");
		}
		return errors > 0 ? LifeboatCli.EXIT_FAILED : 0;
	}
}
