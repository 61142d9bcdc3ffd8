#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the browser app into dist/ (index.html, style.css, gloss.js, gloss-app.js, gloss-app.wasm).
# Usage: ./build-wasm.sh [--serve] [--port N] [--no-setup] [--debug]
#   --serve     also serve dist/ on 127.0.0.1 (port 8080 or the first free one after it)
#   --port N    first port to try (default 8080, or $GLOSS_PORT)
#   --no-setup  skip scripts/setup.sh (packages already installed)
#   --debug     unoptimized build with assertions
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
serve=0
setup=1
build_type=Release
port=${GLOSS_PORT:-8080}
while [ $# -gt 0 ]; do
    case "$1" in
        --serve) serve=1 ;;
        --port) port=${2:?--port needs a number}; shift ;;
        --no-setup) setup=0 ;;
        --debug) build_type=Debug ;;
        -h|--help) sed -n '3,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-wasm.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
log() { printf '[build-wasm] %s\n' "$*"; }

[ "$setup" -eq 1 ] && "$root/scripts/setup.sh" --no-browser

# Debian's emscripten runs its JS tools with the system node; they need Debian's node modules
# (acorn & co.) on NODE_PATH. Keep emscripten's cache inside the build folder when the system
# one is not writable.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
command -v emcmake >/dev/null || { echo "build-wasm.sh: emcmake not found (apt-get install emscripten)" >&2; exit 1; }
if [ -z "${EM_CACHE:-}" ] && ! [ -w /usr/share/emscripten/cache ]; then
    export EM_CACHE="$root/build-wasm/emcache"
fi

build="$root/build-wasm"
log "configuring ($build_type)"
emcmake cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="$build_type" ${IMGUI_DIR:+-DIMGUI_DIR="$IMGUI_DIR"} >/dev/null
log "building"
cmake --build "$build" --target gloss_app -j2

out=$(find "$build" -name gloss-app.wasm -newer "$root/CMakeLists.txt" -print -quit 2>/dev/null || true)
[ -n "$out" ] || out=$(find "$build" -name gloss-app.wasm -print -quit)
[ -n "$out" ] || { echo "build-wasm.sh: gloss-app.wasm was not produced" >&2; exit 1; }
outdir=$(dirname "$out")

dist="$root/dist"
rm -rf "$dist"
mkdir -p "$dist/licenses"
cp "$root/web/index.html" "$root/web/style.css" "$root/web/gloss.js" "$root/web/gloss-edit.js" "$dist/"
cp "$outdir/gloss-app.js" "$outdir/gloss-app.wasm" "$dist/"
cp "$root/assets/fonts/OFL.txt" "$dist/licenses/fonts-OFL.txt"
[ -f "$root/third_party/imgui-1.90.1/LICENSE.txt" ] && cp "$root/third_party/imgui-1.90.1/LICENSE.txt" "$dist/licenses/imgui-LICENSE.txt"

log "dist/ (raw / gzip -9 bytes):"
total=0; total_gz=0
for f in index.html style.css gloss.js gloss-app.js gloss-app.wasm; do
    raw=$(stat -c %s "$dist/$f"); gz=$(gzip -9 -c "$dist/$f" | wc -c)
    total=$((total + raw)); total_gz=$((total_gz + gz))
    printf '[build-wasm]   %-16s %9d %9d\n' "$f" "$raw" "$gz"
done
printf '[build-wasm]   %-16s %9d %9d\n' total "$total" "$total_gz"

if [ "$serve" -eq 1 ]; then
    command -v node >/dev/null || { echo "build-wasm.sh: node is needed for --serve" >&2; exit 1; }
    exec node "$root/tests/e2e/static-server.mjs" "$dist" "$port"
fi
