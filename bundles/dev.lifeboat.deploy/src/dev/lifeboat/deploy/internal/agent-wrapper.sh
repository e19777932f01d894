#!/bin/sh
# Runs the agent with a JDK >= 21 of this host.
for java in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java /usr/bin/java; do
  [ -x "$java" ] || continue
  major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
    exec "$java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
      -jar "${LIFEBOAT_AGENT_HOME:-/var/lib/lifeboat}/lifeboat-agent.jar" "$@"
  fi
done
echo "lifeboat-agent: no JDK >= 21 on this host" >&2
exit 3
