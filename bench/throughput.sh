#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Throughput: Gloss-wasm against compromise and wink-nlp in one Node process, and the native build.
#
# Usage: bench/throughput.sh [--corpus DIR] [--runs N] [--peer-runs N] [--no-build] [--no-native] [--no-node]
#   --corpus DIR   corpus folder (default bench/out/corpus; built by bench/corpus/build_corpus.py)
#   --runs N       timed passes for Gloss (wasm and native), median reported (default 5)
#   --peer-runs N  timed passes for each peer (default 3; compromise takes ~30 s a pass)
#   --no-build     use build-node/ and build-peers/ as they are
#   --no-native / --no-node  skip the native rows / the Node rows
# Output: the table on stdout, also in bench/out/peers/throughput.txt (+ .json files beside it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/peers/lib/common.sh"

corpus="$root/bench/out/corpus"
runs=5
peer_runs=3
build=1
native=1
node=1
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus=$(cd "$2" && pwd); shift ;;
        --runs) runs="$2"; shift ;;
        --peer-runs) peer_runs="$2"; shift ;;
        --no-build) build=0 ;;
        --no-native) native=0 ;;
        --no-node) node=0 ;;
        -h|--help) sed -n '3,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "throughput.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

out="$root/bench/out/peers"
mkdir -p "$out"
status=0
peers_ensure_corpus "$corpus"

node_table=""
if [ "$node" -eq 1 ]; then
    peers_ensure_npm
    have_wasm=1
    if [ "$build" -eq 1 ]; then peers_build_node || have_wasm=0; fi
    [ -f "$root/build-node/gloss-core.js" ] || have_wasm=0
    systems=compromise,wink-nlp,wink-full,gloss-wasm
    [ "$have_wasm" -eq 1 ] || { status=1; systems=compromise,wink-nlp,wink-full; }
    peers_log "timing in one Node process (compromise ~30 s a pass: a few minutes in all)"
    node --no-experimental-fetch --expose-gc "$root/bench/peers/peers.mjs" time --corpus "$corpus" \
        --out "$out" --repeats "$runs" --peer-repeats "$peer_runs" --systems "$systems" >&2
    node_table=$(cat "$out/throughput-node.txt")
fi

native_table=""
if [ "$native" -eq 1 ]; then
    have_cli=1
    if [ "$build" -eq 1 ]; then peers_build_native || have_cli=0; fi
    [ -x "$root/build-peers/gloss/gloss" ] || have_cli=0
    if [ "$have_cli" -eq 1 ]; then
        peers_log "timing the native build (one core)"
        native_table=$(python3 "$root/bench/peers/time_native.py" --build "$root/build-peers" --corpus "$corpus" \
            --runs "$runs" --json "$out/throughput-native.json") || { status=1; native_table="native            | failed"; }
    else
        status=1
        native_table="native CLI        | not built"
    fi
fi

{
    [ -n "$node_table" ] && echo "$node_table"
    if [ -n "$native_table" ]; then
        echo
        echo "Native (bench/peers/native -> build-peers/), each program pinned to one CPU core; target >= 30 MB/s"
        echo "CLI: the concatenated corpus ($(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(len(m["concatenated"]), "file(s),", sum(c["bytes"] for c in m["concatenated"]), "bytes")' "$corpus/manifest.json")); benches: the articles one by one; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
        echo "system           | what                                               | runs | wall s |   MB/s | CPU s | MB/CPU-s"
        echo "$native_table"
    fi
} | tee "$out/throughput.txt"
exit "$status"
