#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Memory figures for docs/LIMITS.md: peak memory of annotating a 1 MB and an 8 MB article and of a
# document with 100,000 annotations (serialize + parse + edits), natively (peak RSS, getrusage) and
# in wasm (linear memory of the same core under Node: the gloss_node module for annotation, and
# mem_bench compiled with Emscripten for all three cases). Each case runs in its own process.
# Usage: bench/memory/run.sh [--native-only]
# Output: one JSON line per case on stdout and in bench/out/memory/results.jsonl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
native_only=0
[ "${1:-}" = "--native-only" ] && native_only=1
jobs=${GLOSS_MEM_JOBS:-2}
out=bench/out/memory
mkdir -p "$out"
results="$out/results.jsonl"
: >"$results"
emit() { tee -a "$results"; }

echo "==> inputs" >&2
python3 bench/memory/make_article.py 1048576 "$out/article-1mb.txt" >&2
python3 bench/memory/make_article.py 8388608 "$out/article-8mb.txt" >&2

echo "==> native build (build-mem/, Release)" >&2
cmake -S bench/memory -B build-mem -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-mem -j"$jobs" --target gloss_mem_bench >/dev/null
for size in 1mb 8mb; do build-mem/gloss_mem_bench annotate "$out/article-$size.txt" | emit; done
build-mem/gloss_mem_bench annotations 100000 "$out/article-1mb.txt" | emit
[ "$native_only" -eq 1 ] && exit 0

echo "==> wasm build (build-mem-wasm/, Emscripten, Release)" >&2
command -v emcmake >/dev/null || { echo "emcmake not found (apt-get install emscripten)" >&2; exit 2; }
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
emcmake cmake -S bench/memory -B build-mem-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-mem-wasm -j"$jobs" --target gloss_mem_bench gloss_node >/dev/null
node_run() { node --no-experimental-fetch "$@"; }
for size in 1mb 8mb; do
    node_run bench/memory/node_heap.mjs build-mem-wasm/gloss/gloss-core.js "$out/article-$size.txt" | emit
done
for size in 1mb 8mb; do node_run build-mem-wasm/gloss_mem_bench.js annotate "$out/article-$size.txt" | emit; done
node_run build-mem-wasm/gloss_mem_bench.js annotations 100000 "$out/article-1mb.txt" | emit
