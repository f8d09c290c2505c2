#!/usr/bin/env bash
# Runs the job on an input JSONL and writes its summaries as JSONL: export.sh INPUT.jsonl WORK_DIR NAME
# -> WORK_DIR/NAME.jsonl ({id, title, summary, summary_sentences, topic_summaries}). Uses this checkout's build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
input=$1 work=$2 name=$3
"$root/bin/briefing" run --input "$input" --output "$work/out-$name" --run-date 2000-01-01 >&2
java @"$root/bin/spark-jvm.options" -Dlog4j2.configurationFile="$root/bin/log4j2.properties" \
  -cp "$root/jobs/target/classes:$(cat "$root/jobs/target/launcher.classpath")" \
  "$root/research/summary-judging/ExportSummaries.java" "$work/out-$name" "$work/json-$name" >&2
cat "$work/json-$name"/part-*.json > "$work/$name.jsonl"
echo "$(wc -l < "$work/$name.jsonl") summaries -> $work/$name.jsonl"
