#!/usr/bin/env bash
# Runs one of these tools' single-file Java programs against the project's build, with bin/briefing's JVM settings.
# Usage: jobs/tools/java-tool.sh TOOL.java [ARGS...]   (build first: bin/briefing builds itself, or mvn package)
# Set CLASSES to another build's jobs/target/classes to run another commit's code with the same harness.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
classes=${CLASSES:-$root/jobs/target/classes}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" @"$root/bin/spark-jvm.options" -Xmx4g -Dlog4j2.configurationFile="$root/bin/log4j2.properties" \
  -cp "$classes:$(cat "$root/jobs/target/launcher.classpath")" "$@"
