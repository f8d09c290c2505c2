#!/usr/bin/env bash
# CPU time per article of each piece of the job's language work, single-threaded, outside Spark (the clock is the
# thread's CPU time, so another process on the machine disturbs it less than wall time; the clock calls cost about
# 1 microsecond per article in all). Build first (bin/briefing builds itself, or mvn package).
# Usage: jobs/tools/phase-times/run.sh MODEL_DIR ARTICLES_JSONL [ARTICLES (20000)] [ROUNDS (5)]
# Set CLASSES to another build's jobs/target/classes to time another commit with the same harness.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd)
classes=${CLASSES:-$root/jobs/target/classes}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" @"$root/bin/spark-jvm.options" -Xmx4g -Dlog4j2.configurationFile="$root/bin/log4j2.properties" \
  -cp "$classes:$(cat "$root/jobs/target/launcher.classpath")" "$here/PhaseTimes.java" "$@"
