#!/usr/bin/env bash
# Runs the time-split screening replica with the stop words of the project's Spark build. Usage: research/topic-screening/run.sh [VARIANT...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
export REPLICA_WORK=${REPLICA_WORK:-/tmp/recipe-replica} OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
mkdir -p "$REPLICA_WORK"
if [ ! -f "$REPLICA_WORK/english.txt" ]; then
  jar=$(tr ':' '\n' < "$root/jobs/target/launcher.classpath" | grep spark-mllib_)
  unzip -p "$jar" org/apache/spark/ml/feature/stopwords/english.txt > "$REPLICA_WORK/english.txt"
fi
python3 -u "$here/time_split.py" "$@"
