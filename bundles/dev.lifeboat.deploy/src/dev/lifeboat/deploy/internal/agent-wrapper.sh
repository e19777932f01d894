#!/bin/bash
# Runs the agent. When this host's resident agent ('agent serve') runs the installed jar, the command goes to
# it over loopback (no JVM starts: a deploy costs milliseconds, not a JVM's seconds of CPU); otherwise a JVM
# with a JDK >= 21 runs this one command. daemon.control (root only) holds the daemon's port, the token it
# wants, the token it answers with (so that a process squatting a dead daemon's port is never believed), the
# SHA-256 of the jar it runs and that jar file's identity when it was hashed (device, inode, size, modification
# and change times in nanoseconds): while the installed jar has that identity it is that jar, and no command
# hashes its 20 MB again (an upload or any write changes the identity). Only apply, state and version go there;
# every other command (serve, backup, drill, migration) runs in a JVM of its own.
H="${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}"
# The format is RemoteAgent.JAR_IDENTITY's; without GNU stat the identity is empty and the jar is hashed.
jar_identity() { stat -L -c '%d:%i:%s:%.9Y:%.9Z' "$H/lifeboat-agent.jar" 2>/dev/null; }
# OpenSSL uses the CPU's SHA instructions (a fifth of sha256sum's CPU for the jar); sha256sum where it is missing.
# The same text as RemoteAgent.SHA256_FUNCTION, which the deploy's scripts define.
sha256() { h=$(openssl dgst -sha256 -r "$1" 2>/dev/null) && [ -n "$h" ] || h=$(sha256sum "$1" 2>/dev/null); echo "${h%% *}"; }
jar_sha256() { sha256 "$H/lifeboat-agent.jar"; }
if [[ "${1:-}" =~ ^(apply|state|version)$ ]] && [ -z "${LIFEBOAT_AGENT_FAIL_AT_STEP:-}" ] && [ -r "$H/daemon.control" ] \
  && read -r port token answer jar identity _ < "$H/daemon.control" \
  && { { [ -n "$identity" ] && [ "$identity" = "$(jar_identity)" ]; } || [ "$jar" = "$(jar_sha256)" ]; } \
  && { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
  printf '%s\n' "$token" "$PWD" "$@" "" >&3
  IFS= read -r -t 10 line <&3
  if [ "$line" = "$answer" ]; then
    while IFS= read -r line <&3; do
      case "$line" in
        o*) printf '%s\n' "${line:1}" ;;
        e*) printf '%s\n' "${line:1}" >&2 ;;
        x*) exit "${line:1}" ;;
      esac
    done
    echo "lifeboat-agent: the resident agent closed the connection before it answered; see $H/serve.log" >&2
    exit 1
  fi
  exec 3>&-
fi
# The C1 compiler only and the serial collector: about half the CPU of a default start for a short command, and a
# quarter less for the daemon's start (20 starting at once: 1.40 -> 1.07 CPU-s each), unless this host's
# configuration (the one being applied or the one applied) has an overlay on the Java VTEP, whose forwarding loop
# wants C2. The daemon publishes which it runs, so that a deploy that brings a Java VTEP restarts it
# (ResidentAgentService).
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
export LIFEBOAT_AGENT_COMPILER=c1
if [ "${1:-}" = serve ] && grep -qs 'dataPlane="USERSPACE"' "$H/config.xml" "$H/applied.xml"; then
  flags= LIFEBOAT_AGENT_COMPILER=tiered
fi
# The jar's SHA-256 (and, for the daemon's control file, the identity it was taken at): the one the deploy checked
# after the upload (.jar.verified, RemoteAgent.JAR_VERIFIED) while the jar keeps the identity it had then, else
# its own hash (jar_sha256), a small part of the CPU of hashing it in a starting JVM.
if [[ "${1:-}" =~ ^(serve|version)$ ]]; then
  before=$(jar_identity)
  # The braces take the redirection's own error (no record yet) as well as read's.
  if [ -n "$before" ] && { read -r verified identity _ < "$H/.jar.verified"; } 2>/dev/null && [ "$identity" = "$before" ] \
    && [[ "$verified" =~ ^[0-9a-f]{64}$ ]]; then
    export LIFEBOAT_AGENT_JAR_SHA256=$verified LIFEBOAT_AGENT_JAR_IDENTITY=$before
  else
    LIFEBOAT_AGENT_JAR_SHA256=$(jar_sha256) && export LIFEBOAT_AGENT_JAR_SHA256
    [ -n "$before" ] && [ "$before" = "$(jar_identity)" ] && export LIFEBOAT_AGENT_JAR_IDENTITY=$before
  fi
fi
for java in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java /usr/bin/java; do
  [ -x "$java" ] || continue
  jdk=$(readlink -f "$java"); jdk=${jdk%/bin/java}
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null)
  [ -n "$major" ] || major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
    exec "$java" $flags --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "$H/lifeboat-agent.jar" "$@"
  fi
done
echo "lifeboat-agent: no JDK >= 21 on this host" >&2
exit 3
