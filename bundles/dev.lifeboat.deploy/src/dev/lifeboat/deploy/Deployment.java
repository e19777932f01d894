package dev.lifeboat.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.lifeboat.core.compile.CompileException;
import dev.lifeboat.core.compile.CompiledTopology;
import dev.lifeboat.core.compile.TopologyCompiler;
import dev.lifeboat.deploy.internal.CipherWarmup;
import dev.lifeboat.deploy.internal.HaKeys;
import dev.lifeboat.deploy.internal.HostRun;
import dev.lifeboat.deploy.internal.RemoteAgent;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.Topology;
import dev.lifeboat.protocol.AgentConfig;
import dev.lifeboat.protocol.ProtocolCodec;

/**
 * Deploys a topology to its hosts over SSH: {@link #plan} (preflight, state, diff; read only) and
 * {@link #apply} (upload, apply, verify, roll back on failure), hosts in parallel, each independent of the
 * others. Record the result with {@link DeployRecords#append}.
 */
public final class Deployment {

	private final CompiledTopology compiled;
	private final DeployOptions options;
	private final List<Host> hosts;
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final ProtocolCodec codec = new ProtocolCodec();

	/**
	 * @throws CompileException         when the topology has errors
	 * @throws IllegalArgumentException when {@link DeployOptions#hosts()} names a host the topology lacks
	 */
	public Deployment(Topology topology, DeployOptions options) throws CompileException {
		this.compiled = TopologyCompiler.compile(topology);
		this.options = options;
		this.hosts = selectHosts(compiled.configs().keySet(), options.hosts());
	}

	/** The hosts this deployment covers, in topology order. */
	public List<SshTarget> targets() {
		return hosts.stream().map(SshTarget::of).toList();
	}

	/**
	 * What a deploy would change on each host; nothing is changed.
	 *
	 * @throws SshException when the SSH key cannot be used (no host was contacted)
	 * @throws IOException  when the agent jar cannot be read
	 */
	public DeployPlan plan(DeployListener listener) throws SshException, IOException {
		HostRun.Context context = context(listener, Map.of());
		return new DeployPlan(runAll(host -> run(host, context)::plan));
	}

	/**
	 * Deploys every host: those already matching are left alone, the others get the current agent and their
	 * configuration, applied and verified, or are rolled back.
	 *
	 * @throws SshException when the SSH key cannot be used (no host was contacted)
	 * @throws IOException  when the agent jar cannot be read
	 */
	public DeployResult apply(DeployListener listener) throws SshException, IOException {
		Instant started = Instant.now();
		SshClient client = SshClient.create(options.ssh());
		Map<String, AgentConfig> all = new java.util.LinkedHashMap<>();
		compiled.configs().forEach((host, config) -> all.put(host.getName(), config));
		Map<String, byte[]> haKeys = HaKeys.resolve(client, all, configs().keySet(), name -> compiled.configs().keySet()
				.stream().filter(host -> host.getName().equals(name)).findFirst().map(SshTarget::of).orElse(null));
		HostRun.Context context = context(listener, haKeys);
		if (Math.min(options.parallelism(), hosts.size()) > Runtime.getRuntime().availableProcessors()) {
			// More hosts at once than cores: their uploads would leave the JIT no time to compile the SSH cipher.
			CipherWarmup.run();
		}
		List<HostResult> results = runAll(host -> run(host, context)::deploy);
		return new DeployResult(started, Instant.now(), results);
	}

	/** Starts no further host; hosts already running finish (or roll back). Safe from any thread. */
	public void cancel() {
		cancelled.set(true);
	}

	public boolean isCancelled() {
		return cancelled.get();
	}

	private HostRun run(Host host, HostRun.Context context) {
		return new HostRun(SshTarget.of(host), compiled.configs().get(host), context);
	}

	private HostRun.Context context(DeployListener listener, Map<String, byte[]> haKeys) throws SshException, IOException {
		Path jar = options.agentJar();
		if (jar == null || !Files.isRegularFile(jar)) {
			throw new IOException("the agent jar " + jar + " does not exist: build it (./mvnw verify) or name it with --agent-jar");
		}
		RemoteAgent.Payload wrapper = RemoteAgent.Payload.of(RemoteAgent.WRAPPER, wrapperScript());
		return new HostRun.Context(SshClient.create(options.ssh()), codec, RemoteAgent.Payload.of(RemoteAgent.JAR, jar),
				wrapper, listener, cancelled::get, haKeys,
				new dev.lifeboat.deploy.internal.PlannedRestarts());
	}

	private <T> List<T> runAll(Function<Host, Callable<T>> work) {
		if (hosts.isEmpty()) {
			return List.of();
		}
		AtomicInteger threads = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(Math.min(options.parallelism(), hosts.size()), runnable -> {
			Thread thread = new Thread(runnable, "lifeboat-deploy-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Host host : hosts) {
				futures.add(workers.submit(work.apply(host)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancel();
			throw new IllegalStateException("interrupted while deploying", e);
		} catch (ExecutionException e) {
			// HostRun turns every expected failure into a result; anything else is a bug worth its stack trace.
			throw new IllegalStateException("a host's deploy failed unexpectedly: " + e.getCause(), e.getCause());
		} finally {
			workers.shutdown();
		}
	}

	private static List<Host> selectHosts(java.util.Set<Host> all, java.util.Set<String> wanted) {
		List<String> names = all.stream().map(Host::getName).toList();
		List<String> unknown = wanted.stream().filter(name -> !names.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("no host named " + String.join(", ", unknown) + " in the topology. Hosts: "
					+ String.join(", ", names));
		}
		return all.stream().filter(host -> wanted.isEmpty() || wanted.contains(host.getName())).toList();
	}

	/** The agent wrapper script every host gets (the same one the lab installs). */
	public static byte[] wrapperScript() throws IOException {
		try (InputStream in = RemoteAgent.class.getResourceAsStream("agent-wrapper.sh")) {
			if (in == null) {
				throw new IOException("agent-wrapper.sh is missing from the dev.lifeboat.deploy bundle");
			}
			return in.readAllBytes();
		}
	}

	/** The compiled configuration of each covered host, by host name. */
	public Map<String, AgentConfig> configs() {
		java.util.LinkedHashMap<String, AgentConfig> configs = new java.util.LinkedHashMap<>();
		hosts.forEach(host -> configs.put(host.getName(), compiled.configs().get(host)));
		return configs;
	}
}
