#!/usr/bin/env bash
# Runs the time-split screening replica (with the stop words and folds of the project's Spark build, through the
# shared replica's runner). Usage: research/topic-screening/run.sh [--kfold] [VARIANT...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../topic-recipe-replica/run.sh" "$here/time_split.py" "$@"
