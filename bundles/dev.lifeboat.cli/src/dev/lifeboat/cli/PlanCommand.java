package dev.lifeboat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.ConfigText;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.core.validation.Problem;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.ProtocolCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lifeboat plan FILE}: each host's compiled configuration, readable or as the agent's XML. */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = "Compile a topology and print each host's configuration.")
final class PlanCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The *.lifeboat topology file.")
	private Path file;

	@Option(names = "--xml", description = "Print the exact XML each agent receives.")
	private boolean xml;

	@Option(names = "--host", paramLabel = "NAME", description = "Only this host.")
	private String host;

	@Option(names = "--out", paramLabel = "DIR", description = "Write each host's XML to DIR/<host>.xml instead.")
	private Path outDir;

	@Override
	public Integer call() throws IOException {
		Topology topology = TopologyArgument.load(spec, file);
		PrintWriter out = spec.commandLine().getOut();
		CompiledTopology compiled;
		try {
			compiled = TopologyCompiler.compile(topology);
		} catch (CompileException e) {
			PrintWriter err = spec.commandLine().getErr();
			err.println(file + ": cannot plan: the topology has " + e.errors().size() + " error(s):");
			for (Problem problem : e.errors()) {
				err.println(file + ": error: " + problem.elementLabel() + ": " + problem.message());
			}
			return LifeboatCli.EXIT_FAILED;
		}
		List<AgentConfig> configs = compiled.all();
		if (host != null) {
			AgentConfig only = compiled.config(host);
			if (only == null) {
				spec.commandLine().getErr().println(file + ": no host named '" + host + "'. Hosts: "
						+ String.join(", ", configs.stream().map(AgentConfig::hostName).toList()));
				return LifeboatCli.EXIT_UNUSABLE;
			}
			configs = List.of(only);
		}
		ProtocolCodec codec = new ProtocolCodec();
		if (outDir != null) {
			Files.createDirectories(outDir);
			for (AgentConfig config : configs) {
				Path target = outDir.resolve(config.hostName() + ".xml");
				Files.writeString(target, codec.toXml(config));
				out.println("wrote " + target);
			}
			return 0;
		}
		for (AgentConfig config : configs) {
			if (xml) {
				if (configs.size() > 1) {
					out.println("<!-- host " + config.hostName() + " -->");
				}
				out.print(codec.toXml(config));
			} else {
				out.println(ConfigText.describe(config));
			}
		}
		return 0;
	}
}
