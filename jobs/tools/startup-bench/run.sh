#!/usr/bin/env bash
# The README's run against the least a local Spark job can do with the same input (MinimalJob: session, read the
# JSONL, write Parquet, stop), each a fresh JVM launched as bin/briefing launches one, measured alternately (the order
# swaps every round, so a busy moment on the machine falls on both). Prints each round's wall-clock seconds, the
# medians, their ratio, and the median of the run's model-loading stage ("load_model" in its manifest).
# Usage: jobs/tools/startup-bench/run.sh [ROUNDS (5)]   (build first: bin/briefing builds itself, or mvn package)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd)
rounds=${1:-5}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$root/target/startup-bench
rm -rf "$work" && mkdir -p "$work/classes"
classpath=$(cat "$root/jobs/target/launcher.classpath")
"${java%java}javac" -d "$work/classes" -cp "$classpath" "$here/MinimalJob.java"
input=$root/data/samples/articles.jsonl
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

now() { date +%s.%N; }
run_job() { "$root/bin/briefing" run --input "$input" --output "$work/run-$1" --run-date 2026-11-22 > "$work/run-$1.log"; }
run_floor() {
  # The same JVM and Spark settings as bin/briefing's.
  "$java" @"$root/bin/spark-jvm.options" -Xmx"${BRIEFING_DRIVER_MEMORY:-4g}" -Dlog4j2.configurationFile="$root/bin/log4j2.properties" \
    -Dspark.master="local[*]" -Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false \
    -cp "$work/classes:$classpath" MinimalJob "$input" "$work/floor-$1" > "$work/floor-$1.log" 2>&1
}
timed() { local start; start=$(now); "$@"; echo "$(now) - $start" | bc; }

run_job warmup >/dev/null  # builds the project if needed; not timed
printf 'round  run_s  floor_s  load_model_s\n'
runs=(); floors=(); checks=()
for i in $(seq 1 "$rounds"); do
  if (( i % 2 )); then r=$(timed run_job "$i"); f=$(timed run_floor "$i"); else f=$(timed run_floor "$i"); r=$(timed run_job "$i"); fi
  c=$(sed -n 's/.*"load_model" : \([0-9.]*\).*/\1/p' "$work"/run-"$i"/_runs/*.json)
  runs+=("$r"); floors+=("$f"); checks+=("$c")
  printf '%5d %6.1f %8.1f %8.2f\n' "$i" "$r" "$f" "$c"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mr=$(median "${runs[@]}"); mf=$(median "${floors[@]}"); mc=$(median "${checks[@]}")
printf 'median: run %.1f s, minimal job %.1f s, ratio %.2f; model loading (load_model stage) %.2f s\n' "$mr" "$mf" "$(echo "$mr / $mf" | bc -l)" "$mc"
