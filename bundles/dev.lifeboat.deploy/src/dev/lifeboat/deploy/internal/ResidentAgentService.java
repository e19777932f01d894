package dev.lifeboat.deploy.internal;

/**
 * How a deploy keeps the resident agent ({@code agent serve}: HA, the Java VTEP, scheduled backups, and the
 * fast door for {@code apply} and {@code state}) running on a host: a systemd service when systemd runs the host,
 * otherwise a background process in a session of its own that a small shell loop restarts when it fails. The
 * preflight detects which ({@link #DETECT_SCRIPT}); the apply (re)starts it ({@link #restartScript}) whenever the
 * agent that runs is not the installed jar, so that no stale agent answers after an upgrade.
 */
public final class ResidentAgentService {

	/** The systemd unit's name. */
	public static final String UNIT = "lifeboat-agent.service";

	/** Where the unit file goes: the administrator's unit directory, which package updates never touch. */
	public static final String UNIT_PATH = "/etc/systemd/system/" + UNIT;

	/** The background process's pid file (the supervising loop's pid, which is also its process group). */
	public static final String PID_FILE = "serve.pid";

	/** The resident agent's log (standard output and error of {@code agent serve}). */
	public static final String LOG_FILE = "serve.log";

	/** What the daemon publishes when it listens: port, tokens and the SHA-256 of the jar it runs. */
	public static final String CONTROL_FILE = "daemon.control";

	/** What the HA daemon last saw ({@code agent state} reports it). */
	public static final String HA_STATUS_FILE = "ha-status.xml";

	/** Seconds a (re)started agent has to converge the applied configuration and publish its control file. */
	public static final int START_TIMEOUT_SECONDS = 60;

	/** The apply script's exit code when the resident agent did not come up. */
	public static final int NOT_STARTED = 8;

	/**
	 * The maintenance window an HA member announces before a planned restart of its agent: its peers do not count
	 * its silence for this long (see {@code Heartbeats}), its guests' lease is held as long. As long as the wait for
	 * the restarted agent ({@link #START_TIMEOUT_SECONDS}): a restart the deploy gives up on is a failure for HA too.
	 */
	public static final long MAINTENANCE_WINDOW_MS = START_TIMEOUT_SECONDS * 1000L;

	/** The line the apply prints when the running HA member's agent could not announce a planned restart. */
	public static final String KEPT_MARKER = "lifeboat: resident agent kept:";

	/** Seconds the running agent has to announce the window before the deploy keeps it running instead. */
	private static final int ANNOUNCE_TIMEOUT_SECONDS = 5;

	/** Seconds between two starts of a background agent that failed (systemd: RestartSec). */
	private static final int RESTART_DELAY_SECONDS = 5;

	/** The variables the (re)started agent must not inherit from the deploy's SSH session (test fault injection). */
	private static final String SESSION_ONLY = "LIFEBOAT_AGENT_FAIL_AT_STEP";

	/**
	 * A shell function: {@code is_agent PID} tells whether the process is the agent's supervising loop or its JVM.
	 * A pid file that outlived its process (a reboot) may name an unrelated process by now, which is never believed
	 * nor signalled.
	 */
	private static final String IS_AGENT_FUNCTION = "is_agent() { tr '\\0' ' ' < \"/proc/$1/cmdline\" 2>/dev/null"
			+ " | grep -q -e 'lifeboat-agent[.]jar serve' -e 'agent\" serve'; }\n";

	/** Who runs the resident agent on a host. */
	public enum Manager {
		/** systemd is PID 1: a unit file, enabled, {@code Restart=on-failure}. */
		SYSTEMD,
		/** Anything else: a background process restarted by a shell loop (it does not survive a reboot). */
		PROCESS
	}

	/**
	 * Preflight lines (with {@code $H} the agent home): {@code service=} the manager, {@code resident=running} when
	 * the agent serves, {@code resident-jar=} the SHA-256 of the jar it published, {@code resident-compiler=} the JIT
	 * compilers it runs ({@code c1}; {@code tiered} or empty: all of them), and {@code resident-session=yes}
	 * when this very SSH session is served by the agent's own SSH server (restarting it would cut the deploy off).
	 */
	public static final String DETECT_SCRIPT = IS_AGENT_FUNCTION + """
			if [ -d /run/systemd/system ] && [ "$(cat /proc/1/comm 2>/dev/null)" = systemd ]; then
			  echo service=systemd
			  systemctl is-active --quiet %1$s 2>/dev/null && echo resident=running
			else
			  echo service=process
			  [ -f "$H/%2$s" ] && is_agent "$(cat "$H/%2$s")" && echo resident=running
			fi
			[ -r "$H/%3$s" ] && read -r _ _ _ rjar _ rjit _ < "$H/%3$s" && echo "resident-jar=$rjar" && echo "resident-compiler=$rjit"
			p=$PPID
			while [ "${p:-1}" -gt 1 ]; do
			  comm=; { read -r comm < "/proc/$p/comm"; } 2>/dev/null
			  if [ "$comm" = java ] && tr '\\0' ' ' < /proc/$p/cmdline | grep -q 'lifeboat-agent[.]jar serve'; then
			    echo resident-session=yes; break
			  fi
			  parent=; { while read -r key value; do [ "$key" = PPid: ] && parent=$value && break; done < "/proc/$p/status"; } 2>/dev/null
			  p=$parent
			done
			""".formatted(UNIT, PID_FILE, CONTROL_FILE);

	private ResidentAgentService() {
	}

	/**
	 * The unit for an agent home. {@code KillMode=process}: a restart stops the agent's JVM only, never the guests'
	 * workloads or a backup it started (they live in the unit's cgroup too).
	 */
	public static String unitFile(String home) {
		return """
				[Unit]
				Description=Lifeboat host agent (HA, Java VTEP, backups; converges the host to its configuration)
				After=network-online.target
				Wants=network-online.target

				[Service]
				Type=simple
				Environment=%1$s
				ExecStart=%2$s serve
				Restart=on-failure
				RestartSec=%3$d
				KillMode=process

				[Install]
				WantedBy=multi-user.target
				""".formatted(systemdQuote("LIFEBOAT_AGENT_HOME=" + home), systemdQuote(home + "/" + RemoteAgent.WRAPPER),
				RESTART_DELAY_SECONDS);
	}

	/**
	 * Shell text (with {@code $H} the agent home) that (re)starts the resident agent and waits until it answers
	 * with the jar whose SHA-256 is {@code jarSha256}; exits {@link #NOT_STARTED} when it does not within
	 * {@link #START_TIMEOUT_SECONDS}.
	 */
	public static String restartScript(Manager manager, String home, String jarSha256) {
		return restartScript(manager, home, jarSha256, UNIT_PATH);
	}

	/** {@link #restartScript(Manager, String, String)} with the unit file at {@code unitPath}. */
	public static String restartScript(Manager manager, String home, String jarSha256, String unitPath) {
		String start = manager == Manager.SYSTEMD ? systemdRestart(home, unitPath) : processRestart();
		// The HA status the stopped agent wrote is not the restarted one's (a deploy waits for that to rejoin).
		return "rm -f \"$H/" + CONTROL_FILE + "\"\n" + start + "rm -f \"$H/" + HA_STATUS_FILE + "\"\n" + waitScript(manager, jarSha256);
	}

	/**
	 * {@link #restartScript(Manager, String, String)} for a member of an HA policy: when the running agent runs the
	 * HA daemon (its guests' lease exists), it is first asked to announce a maintenance window to its peers
	 * ({@code ha-maintenance.request}, answered by {@code ha-maintenance}); only then is it restarted. An agent that
	 * does not answer in {@link #ANNOUNCE_TIMEOUT_SECONDS} (one older than planned restarts) keeps running: the
	 * script prints {@link #KEPT_MARKER} and goes on without a restart (the apply then runs in a JVM of its own).
	 */
	public static String plannedRestartScript(Manager manager, String home, String jarSha256) {
		return """
				planned=1
				if [ -f "$H/ha-lease" ]; then
				  rm -f "$H/ha-maintenance"
				  printf '%%s\\n' %1$d > "$H/.ha-maintenance.request" && mv -f "$H/.ha-maintenance.request" "$H/ha-maintenance.request"
				  i=0
				  while [ ! -f "$H/ha-maintenance" ] && [ $i -lt %2$d ]; do sleep 0.1; i=$((i + 1)); done
				  [ -f "$H/ha-maintenance" ] || { planned=0; rm -f "$H/ha-maintenance.request"; }
				fi
				if [ $planned = 1 ]; then
				%3$s
				else
				  echo "%4$s the running agent announced no maintenance window to its HA peers within %5$d s (an agent older than planned restarts?)"
				fi
				""".formatted(MAINTENANCE_WINDOW_MS, ANNOUNCE_TIMEOUT_SECONDS * 10, restartScript(manager, home, jarSha256).strip(),
				KEPT_MARKER, ANNOUNCE_TIMEOUT_SECONDS);
	}

	/** The unit written atomically (and the daemon reloaded only when it changed), then enabled and (re)started. */
	private static String systemdRestart(String home, String unitPath) {
		return """
				u=%1$s
				t=$(mktemp "${u%%/*}/.%2$s.XXXXXX") || exit %3$d
				printf '%%s' %4$s > "$t" && chmod 644 "$t" || { rm -f "$t"; exit %3$d; }
				if cmp -s "$t" "$u"; then rm -f "$t"; else mv -f "$t" "$u" && systemctl daemon-reload || exit %3$d; fi
				if systemctl is-active --quiet %2$s; then systemctl restart %2$s; else systemctl enable --quiet --now %2$s; fi >/dev/null 2>&1 \\
				  || { echo "systemctl could not start %2$s: see journalctl -u %2$s" >&2; exit %3$d; }
				""".formatted(RemoteAgent.quote(unitPath), UNIT, NOT_STARTED, RemoteAgent.quote(unitFile(home)));
	}

	/**
	 * Stops the running agent (its whole process group, or the process alone when something else started it), then
	 * starts a loop in a new session that runs {@code agent serve} and restarts it after a failure.
	 */
	private static String processRestart() {
		return IS_AGENT_FUNCTION + """
				if [ -f "$H/%1$s" ] && is_agent "$(cat "$H/%1$s")"; then
				  p=$(cat "$H/%1$s")
				  kill -TERM "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null
				  i=0; while { kill -0 "-$p" || kill -0 "$p"; } 2>/dev/null && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
				  kill -KILL "-$p" 2>/dev/null || kill -KILL "$p" 2>/dev/null
				fi
				rm -f "$H/%1$s" "$H/%4$s"
				H="$H" env -u %3$s setsid sh -c 'echo $$ > "$H/%1$s"; while :; do "$H/agent" serve; [ $? -eq 0 ] && break; sleep %5$d; done' \\
				  < /dev/null >> "$H/%2$s" 2>&1 &
				""".formatted(PID_FILE, LOG_FILE, SESSION_ONLY, CONTROL_FILE, RESTART_DELAY_SECONDS);
	}

	private static String waitScript(Manager manager, String jarSha256) {
		String where = manager == Manager.SYSTEMD ? "journalctl -u " + UNIT : "$H/" + LOG_FILE;
		return """
				i=0
				until [ -r "$H/%1$s" ] && read -r _ _ _ j _ < "$H/%1$s" && [ "$j" = %2$s ]; do
				  i=$((i + 1))
				  [ $i -le %3$d ] || { echo "the resident agent did not start within %4$d s: see %5$s on the host" >&2; exit %6$d; }
				  sleep 0.1
				done
				""".formatted(CONTROL_FILE, jarSha256, START_TIMEOUT_SECONDS * 10, START_TIMEOUT_SECONDS, where, NOT_STARTED);
	}

	/** A value systemd reads as one word: double-quoted, backslashes and quotes escaped, no {@code %} specifiers. */
	private static String systemdQuote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + "\"";
	}
}
