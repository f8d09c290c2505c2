#!/usr/bin/env bash
# Installs what executing notebooks/briefing_overview.ipynb needs. Idempotent; callable from any directory.
#   - Debian's Jupyter nbconvert (/usr/bin/jupyter), only if it is missing
#   - the Java kernel and the notebook's jars, from Maven Central, into notebooks/.lib/
#   - a corrected LoopThread class for the kernel (fixes its start-up race), into notebooks/.lib/kernel-patch/
#   - a kernelspec, notebooks/.kernel/kernels/briefing-java/kernel.json (use with JUPYTER_PATH=notebooks/.kernel)
# Needs: java + javac 17 or newer, mvn, and (first time only) apt-get as root or through sudo.
set -euo pipefail

NB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIB="$NB_DIR/.lib"
KERNEL_DIR="$NB_DIR/.kernel/kernels/briefing-java"
POM="$NB_DIR/notebook-deps.pom.xml"
PATCH_SRC="$NB_DIR/kernel-patch/org/rapaio/jupyter/kernel/channels/LoopThread.java"

log() { echo "[notebooks/setup] $*" >&2; }

# --- 1. Debian's nbconvert (not the pyenv python's jupyter) -------------------------------------------------
if [[ ! -x /usr/bin/jupyter ]] || ! /usr/bin/jupyter nbconvert --version >/dev/null 2>&1; then
  SUDO=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install jupyter-nbconvert"; exit 1; }
    SUDO=(sudo)
  fi
  log "installing jupyter-nbconvert with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends jupyter-nbconvert >/dev/null
fi

# --- 2. jars + kernel patch into .lib/ (redone only when the pom or the patch changes) ------------------------
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
JAVA_BIN="$(command -v "$JAVA_BIN")" || { log "java not found"; exit 1; }

stamp="$(cat "$POM" "$PATCH_SRC" "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)"
if [[ -f "$LIB/.stamp" && "$(cat "$LIB/.stamp")" == "$stamp" ]] \
   && compgen -G "$LIB/kernel/rapaio-jupyter-kernel-*.jar" >/dev/null \
   && [[ -f "$LIB/kernel-patch/org/rapaio/jupyter/kernel/channels/LoopThread.class" ]]; then
  log "jars up to date in $LIB"
else
  log "copying jars from Maven into $LIB"
  tmp="$NB_DIR/.lib.tmp.$$"
  trap 'rm -rf "$tmp"' EXIT
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! mvn -B -ntp -Dstyle.color=never -f "$POM" -Dnotebook.lib="$tmp" \
       dependency:copy-dependencies@kernel dependency:copy-dependencies@jars >"$tmp/mvn.log" 2>&1; then
    cat "$tmp/mvn.log" >&2
    log "mvn failed"
    exit 1
  fi
  rm -f "$tmp/mvn.log"
  kjar="$(compgen -G "$tmp/kernel/rapaio-jupyter-kernel-*.jar" | sed -n 1p)"
  "$JAVAC_BIN" --release 17 -nowarn -cp "$kjar" -d "$tmp/kernel-patch" "$PATCH_SRC"
  echo "$stamp" > "$tmp/.stamp"
  rm -rf "$LIB"
  mv "$tmp" "$LIB"
  trap - EXIT
fi

# --- 3. kernelspec (rewritten only if its content changes) ---------------------------------------------------
KERNEL_JAR="$(compgen -G "$LIB/kernel/rapaio-jupyter-kernel-*.jar" | sed -n 1p)"
mkdir -p "$KERNEL_DIR"
json_str() { local s="${1//\\/\\\\}"; printf '"%s"' "${s//\"/\\\"}"; }
spec="$(cat <<EOF
{
  "argv": [
    $(json_str "$JAVA_BIN"),
    "-Djava.awt.headless=true",
    "-cp",
    $(json_str "$LIB/kernel-patch:$KERNEL_JAR"),
    "org.rapaio.jupyter.kernel.MainApp",
    "{connection_file}"
  ],
  "display_name": "Java (Briefing)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {}
}
EOF
)"
if [[ ! -f "$KERNEL_DIR/kernel.json" || "$(cat "$KERNEL_DIR/kernel.json")" != "$spec" ]]; then
  printf '%s\n' "$spec" > "$KERNEL_DIR/kernel.json"
  log "wrote $KERNEL_DIR/kernel.json"
fi
log "ready (JUPYTER_PATH=$NB_DIR/.kernel)"
