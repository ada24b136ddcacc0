# Sourced by ./coreset and ./run-tests: sets JAVA_HOME to a JDK 25 or newer.
# Uses $JAVA_HOME when it is recent enough, else the newest JDK in the system's JVM directory.
# A value from the JDK's release file (JAVA_VERSION="25.0.3", JAVA_RUNTIME_VERSION="25.0.3+9-LTS").
jdk_release() {
  sed -n "s/^$2=\"\(.*\)\"\$/\1/p" "$1/release" 2>/dev/null || true
}
# The feature release of a JDK, read from its release file (no JVM start) or else asked of its java.
java_major() {
  local version
  version=$(jdk_release "$1" JAVA_VERSION)
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = //p' | head -n 1)
  fi
  echo "${version%%[.+-]*}"
}
find_jdk25() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "coreset: needs a JDK 25 or newer; set JAVA_HOME to one (none found in /usr/lib/jvm)" >&2
  return 1
}
# Maven itself runs on JDK 25 too: keep its start-up quiet, also beside the user's MAVEN_OPTS. Its
# console library (jansi) writes a colour reset (ESC[0m) to stdout and stderr as it starts and exits,
# even with -q -B and colour off; jansi.noreset, read when the JVM starts, stops that.
export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow -Djansi.noreset=true"
# JVM flags every run needs: the Vector API module and native access for OpenBLAS and mapped files;
# Parquet's codecs free buffers through sun.misc.Unsafe, which JDK 25 would warn about on stderr.
CORESET_JVM_FLAGS=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
  --sun-misc-unsafe-memory-access=allow)
# Spark's own JVM options (its JavaModuleOptions list), for coreset spark-select.
SPARK_JVM_FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED)
for pkg in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.util.calendar; do
  SPARK_JVM_FLAGS+=("--add-opens=java.base/$pkg=ALL-UNNAMED")
done
