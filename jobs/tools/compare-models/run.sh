#!/usr/bin/env bash
# See CompareModels.java for what it prints. Build first (bin/briefing builds itself, or mvn package).
# Set CLASSES to another build's jobs/target/classes to run another commit's code with the same harness.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd)
classes=${CLASSES:-$root/jobs/target/classes}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" @"$root/bin/spark-jvm.options" -Xmx4g -Dlog4j2.configurationFile="$root/bin/log4j2.properties" \
  -cp "$classes:$(cat "$root/jobs/target/launcher.classpath")" "$here/CompareModels.java" "$@"
