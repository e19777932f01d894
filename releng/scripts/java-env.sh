# Sourced by Lifeboat's scripts: finds a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*) and exports
# JAVA_HOME and PATH for it, or stops with what to install.
lifeboat_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}
lifeboat_find_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(lifeboat_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! LIFEBOAT_JDK=$(lifeboat_find_jdk); then
  echo "Lifeboat needs a JDK 21 or newer (the Eclipse 4.41 platform requires it)." >&2
  echo "None found in JAVA_HOME or /usr/lib/jvm. Install one, e.g. 'apt-get install openjdk-21-jdk'" >&2
  echo "or Temurin 21+, then set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$LIFEBOAT_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
# JVM options for Lifeboat JVMs that encrypt megabytes over SSH (deploys, migrations, drills): the JDK's cipher
# classes compiled by C2 after a hundredth of the usual calls. Until C2 compiles them, with the CPU's AES and GHASH
# instructions, AES-GCM runs at about 45 MB/s against 1.5-2.5 GB/s; with this it does after 3-5 MB instead of
# 35-70, which CipherWarmup makes happen before a many-host deploy's uploads start. 'quiet' keeps stdout clean.
# (tests/pom.xml spells the same options for the test JVMs: lifeboat.cipher.jit.)
LIFEBOAT_CIPHER_JIT=(-XX:CompileCommand=quiet "-XX:CompileCommand=CompileThresholdScaling,com.sun.crypto.provider.*::*,0.01")
