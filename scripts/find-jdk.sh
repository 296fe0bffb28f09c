#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME first, then /usr/lib/jvm/*. Exits 1 with one line when none.
jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
  major=$(jdk_major "$candidate")
  major=${major%%.*}
  if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
    echo "$candidate"
    exit 0
  fi
done
echo "assay: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*); install one or set JAVA_HOME" >&2
exit 1
