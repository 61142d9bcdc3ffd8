#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for the peer benchmark: quality side by side (score.py), then throughput.
#
# Usage: bench/peers/run.sh [--gold DIR] [--set DIR]... [--quality-only] [--no-build] [throughput.sh options]
#   --gold DIR      gold folder with X.txt + X.gold.json and score.py
#                   (default: $GLOSS_GOLD_DIR, else ../shared/gold beside the repository)
#   --set DIR       another folder of X.txt + X.gold.json to score with the same score.py
#                   (repeatable; default tests/data/eval)
#   --quality-only  skip the throughput part
#   --no-eval-set   score only the gold folder and the --set folders, not tests/data/eval
#   --no-build      use build-node/ and build-peers/ as they are
# Needs: node + npm (runs `npm ci` only when node_modules lacks the peers), python3, cmake, g++,
# emscripten (emcmake). The corpus text comes from Debian packages; when they are not installed
# their .deb files are downloaded into bench/out/debs (apt-get download; nothing is installed).
# Output: tables on stdout; files in bench/out/peers/ (predictions, score tables, throughput).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/bench/peers/lib/common.sh"

gold="${GLOSS_GOLD_DIR:-$root/../shared/gold}"
quality_only=0
eval_set=1
sets=()
build=1
rest=()
while [ $# -gt 0 ]; do
    case "$1" in
        --gold) gold="$2"; shift ;;
        --quality-only) quality_only=1 ;;
        --no-eval-set) eval_set=0 ;;
        --set) sets+=("$(cd "$2" && pwd)"); shift ;;
        --no-build) build=0; rest+=("$1") ;;
        -h|--help) sed -n '3,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) rest+=("$1") ;;
    esac
    shift
done
[ -f "$gold/score.py" ] || { echo "run.sh: no score.py in $gold (use --gold DIR or GLOSS_GOLD_DIR)" >&2; exit 2; }
gold=$(cd "$gold" && pwd)
status=0

peers_ensure_npm
have_wasm=1
if [ "$build" -eq 1 ]; then peers_build_node || have_wasm=0; fi
[ -f "$root/build-node/gloss-core.js" ] || have_wasm=0
systems=compromise,wink-nlp,gloss-wasm
[ "$have_wasm" -eq 1 ] || { status=1; systems=compromise,wink-nlp; }

echo "== Quality: the shared gold ($gold)"
node --no-experimental-fetch "$root/bench/peers/peers.mjs" score --gold "$gold" --systems "$systems" \
    --scorer "$gold/score.py" --out "$root/bench/out/peers"
if [ "$eval_set" -eq 1 ] && [ -d "$root/tests/data/eval" ]; then sets=("$root/tests/data/eval" "${sets[@]}"); fi
for set in "${sets[@]}"; do
    [ "$set" != "$gold" ] || continue
    echo
    echo "== Quality: ${set#"$root"/}"
    node --no-experimental-fetch "$root/bench/peers/peers.mjs" score --gold "$set" --systems "$systems" \
        --scorer "$gold/score.py" --out "$root/bench/out/peers/$(basename "$set")"
done

if [ "$quality_only" -eq 0 ]; then
    echo
    echo "== Throughput (bench/throughput.sh)"
    # build-node/ was just built (or deliberately not): throughput.sh only builds the native CLI.
    if [ "$build" -eq 1 ]; then
        peers_build_native || status=1
    fi
    "$root/bench/throughput.sh" --no-build "${rest[@]}" || status=1
fi
exit "$status"
