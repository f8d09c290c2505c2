#!/usr/bin/env bash
# CPU time per article of each piece of the job's language work, single-threaded, outside Spark (the clock is the
# thread's CPU time, so another process on the machine disturbs it less than wall time; the clock calls cost about
# 1 microsecond per article in all). Build first (bin/briefing builds itself, or mvn package).
# Usage: jobs/tools/phase-times/run.sh MODEL_DIR ARTICLES_JSONL [ARTICLES (20000)] [ROUNDS (5)]
# Set CLASSES to another build's jobs/target/classes to run another commit's code with the same harness.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../java-tool.sh" "$here/PhaseTimes.java" "$@"
