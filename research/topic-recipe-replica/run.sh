#!/usr/bin/env bash
# Exploratory replica of the topic recipe (numpy/scipy; not the product): same tokenising, stop words, bigrams,
# min-df, sublinear TF, IDF, L2, L2-regularised logistic regression with a regularised bias, Platt calibration and
# threshold grid from an inner 5-fold CV, on the same outer folds as `bin/briefing evaluate --folds 5` (seed 20261122).
# Its v2 recipe scores macro-F1 0.782 where the real one scores 0.786. Used to screen ideas quickly; every variant
# adopted was then measured with bin/briefing. Runs a screening script with this folder on the Python path:
# Usage: research/topic-recipe-replica/run.sh SCRIPT.py [ARG...]   (from the project root; needs ../shared and a built jobs/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
export REPLICA_WORK=${REPLICA_WORK:-/tmp/recipe-replica} OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
mkdir -p "$REPLICA_WORK"
if [ ! -f "$REPLICA_WORK/english.txt" ]; then
  jar=$(tr ':' '\n' < "$root/jobs/target/launcher.classpath" | grep spark-mllib_)
  unzip -p "$jar" org/apache/spark/ml/feature/stopwords/english.txt > "$REPLICA_WORK/english.txt"
fi
if [ ! -f "$REPLICA_WORK/folds.tsv" ]; then
  java -cp "$root/jobs/target/classes:$(cat "$root/jobs/target/launcher.classpath")" "$here/PrintFolds.java" \
    "$root/../shared/labels/topics.jsonl" > "$REPLICA_WORK/folds.tsv"
fi
PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}" python3 -u "$@"
