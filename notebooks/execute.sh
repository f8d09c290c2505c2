#!/usr/bin/env bash
# Executes notebooks/briefing_overview.ipynb headless and writes the executed copy to notebooks/.executed/.
#   usage: notebooks/execute.sh [OUTPUT_DIR]     (callable from any directory)
# OUTPUT_DIR is the job's output folder (the one holding articles/ and rejects/); without it, BRIEFING_OUTPUT
# is used if set, else the notebook's default, target/briefing-samples in the repo.
# Exits non-zero if setup fails, the kernel cannot be started in 3 tries, or any cell raises an error.
set -euo pipefail

NB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NOTEBOOK="briefing_overview"
OUT_DIR="$NB_DIR/.executed"
EXECUTED="$OUT_DIR/$NOTEBOOK.ipynb"
MAX_TRIES=3

log() { echo "[notebooks/execute] $*" >&2; }

if [[ $# -gt 1 ]]; then
  echo "usage: $0 [OUTPUT_DIR]" >&2
  exit 2
fi
if [[ $# -eq 1 ]]; then
  export BRIEFING_OUTPUT="$1"
fi
# The kernel runs in notebooks/, so make a relative output dir absolute against the caller's directory.
if [[ -n "${BRIEFING_OUTPUT:-}" && "$BRIEFING_OUTPUT" != /* ]]; then
  export BRIEFING_OUTPUT="$PWD/$BRIEFING_OUTPUT"
fi
log "table: ${BRIEFING_OUTPUT:-<notebook default: ../target/briefing-samples>}"

bash "$NB_DIR/setup.sh"

export JUPYTER_PATH="$NB_DIR/.kernel${JUPYTER_PATH:+:$JUPYTER_PATH}"
# Debian's jupyter runs /usr/bin/python3; keep a pyenv/virtualenv's settings out of it.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

mkdir -p "$OUT_DIR"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Patterns of a kernel that failed to start (as opposed to a cell that failed).
START_FAILURE="Kernel didn't respond|Kernel died before replying|this\.handlers is null"

start=$SECONDS
for try in $(seq 1 "$MAX_TRIES"); do
  rm -f "$EXECUTED"
  rc=0
  # --allow-errors: the executed copy is written even when a cell fails; cell errors are checked below.
  /usr/bin/jupyter nbconvert --to notebook --execute --allow-errors \
    --ExecutePreprocessor.kernel_name=briefing-java \
    --ExecutePreprocessor.startup_timeout=60 \
    --ExecutePreprocessor.timeout=600 \
    --output-dir "$OUT_DIR" --output "$NOTEBOOK" \
    "$NB_DIR/$NOTEBOOK.ipynb" >"$work/nbconvert.log" 2>&1 || rc=$?
  if [[ $rc -eq 0 && -s "$EXECUTED" ]]; then
    break
  fi
  if [[ $try -lt $MAX_TRIES ]] && grep -Eq "$START_FAILURE" "$work/nbconvert.log"; then
    log "kernel failed to start (try $try of $MAX_TRIES), retrying"
    grep -E "$START_FAILURE" "$work/nbconvert.log" | head -n 3 >&2 || true
    continue
  fi
  grep -v -E "^\[[0-9-]+ [0-9:]+\] \[INFO" "$work/nbconvert.log" | tail -n 40 >&2 || true
  log "nbconvert failed (exit $rc, try $try of $MAX_TRIES)"
  exit 1
done

# Fail on any error output; print the first one readably (tracebacks carry ANSI colour codes).
/usr/bin/python3 - "$EXECUTED" <<'PY'
import json, re, sys
path = sys.argv[1]
nb = json.load(open(path, encoding="utf-8"))
ansi = re.compile(r"\x1b\[[0-9;]*m")
errors = []
for i, cell in enumerate(nb["cells"]):
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            errors.append((i, cell, out))
if errors:
    i, cell, out = errors[0]
    src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    print(f"[notebooks/execute] {len(errors)} cell(s) failed; first is cell {i}:", file=sys.stderr)
    lines = src.strip().splitlines()
    for line in lines[:12] + (["..."] if len(lines) > 12 else []):
        print("    " + line, file=sys.stderr)
    print(f"{out.get('ename')}: {ansi.sub('', out.get('evalue', ''))}", file=sys.stderr)
    for line in out.get("traceback", []):
        print(ansi.sub("", line).rstrip("\n"), file=sys.stderr)
    print(f"[notebooks/execute] executed copy with the errors: {path}", file=sys.stderr)
    sys.exit(1)
code = [c for c in nb["cells"] if c["cell_type"] == "code"]
unrun = [c for c in code if c.get("execution_count") is None]
if unrun:
    print(f"[notebooks/execute] {len(unrun)} code cell(s) were not executed", file=sys.stderr)
    sys.exit(1)
print(f"[notebooks/execute] {len(code)} code cells ran without error")
PY
log "done in $((SECONDS - start)) s: $EXECUTED"
