#!/usr/bin/env bash
# See CompareModels.java for what it prints and its arguments. Build first (bin/briefing builds itself, or mvn package).
# Set CLASSES to another build's jobs/target/classes to run another commit's code with the same harness.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../java-tool.sh" "$here/CompareModels.java" "$@"
