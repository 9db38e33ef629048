# Sourced by ./mvnw and .ci/run. Vaadin 25 needs Java 21+, and Maven's enforcer checks the JVM
# Maven itself runs on, so the JDK must be chosen here, before Maven starts.
# Order: $JAVA_HOME, the java on the PATH, then the newest JDK 21+ in the usual install folders.

quire_jdk_major() {
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
  fi
}

quire_jdk_usable() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(quire_jdk_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

quire_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && quire_jdk_usable "$JAVA_HOME"; then
    return 0
  fi
  path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$path_java" ]; then
    path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")")
    if quire_jdk_usable "$path_home"; then
      JAVA_HOME=$path_home
      return 0
    fi
  fi
  best=""
  best_major=0
  # mvnw runs with "set -f"; the folder patterns below need globbing.
  case $- in *f*) restore_noglob=1 ;; *) restore_noglob=0 ;; esac
  set +f
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    quire_jdk_usable "$candidate" || continue
    major=$(quire_jdk_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  [ "$restore_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then
    JAVA_HOME=$best
    return 0
  fi
  echo "Quire needs a JDK 21 or newer (Vaadin 25), and none was found:" >&2
  echo "  JAVA_HOME=${JAVA_HOME-<unset>}, java on PATH: ${path_java:-<none>}, nothing usable under /usr/lib/jvm." >&2
  echo "Install one, e.g. Eclipse Temurin 21 or 25 (https://adoptium.net, package temurin-21-jdk)," >&2
  echo "then run again or set JAVA_HOME to it." >&2
  return 1
}

quire_pick_jdk || exit 1
export JAVA_HOME
echo "Using JDK $(quire_jdk_major "$JAVA_HOME") at $JAVA_HOME" >&2
