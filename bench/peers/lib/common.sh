# SPDX-License-Identifier: MIT
# Shared steps of bench/peers/run.sh and bench/throughput.sh: npm packages, builds, corpus.
# Sourced, not run. Expects $root (the repository) to be set. Each step says what it does.

peers_log() { printf '[peers] %s\n' "$*" >&2; }

# node_modules from package-lock.json (npm ci), only when missing.
peers_ensure_npm() {
    if [ ! -d "$root/node_modules/compromise" ] || [ ! -d "$root/node_modules/compromise-dates" ] \
        || [ ! -d "$root/node_modules/wink-nlp" ] || [ ! -d "$root/node_modules/wink-eng-lite-web-model" ]; then
        peers_log "node_modules incomplete: running npm ci (versions pinned by package-lock.json)"
        (cd "$root" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    fi
}

# Gloss core for Node (build-node/gloss-core.js). Returns 1 when it does not build.
peers_build_node() {
    command -v emcmake >/dev/null || { peers_log "emcmake not found (apt-get install emscripten): Gloss-wasm skipped"; return 1; }
    export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
    peers_log "building the core for Node in build-node/ (Emscripten, Release)"
    mkdir -p "$root/bench/out"
    if ! { emcmake cmake -S "$root" -B "$root/build-node" -DGLOSS_BUILD_NODE=ON -DGLOSS_BUILD_APP=OFF \
              -DCMAKE_BUILD_TYPE=Release >"$root/bench/out/build-node.log" 2>&1 \
           && cmake --build "$root/build-node" -j2 --target gloss_node >>"$root/bench/out/build-node.log" 2>&1; }; then
        peers_log "Node build failed (see bench/out/build-node.log, last lines below): Gloss-wasm skipped"
        rm -f "$root/build-node/gloss-core.js" "$root/build-node/gloss-core.wasm" # never time a stale build
        tail -n 8 "$root/bench/out/build-node.log" >&2
        return 1
    fi
    rm -f "$root/bench/out/build-node.log"
    [ -f "$root/build-node/gloss-core.js" ]
}

# Native build in build-peers/ from bench/peers/native (Release): the CLI (build-peers/gloss/gloss),
# peers_core_bench and, when the lead's bench/CMakeLists.txt exists, gloss_bench.
# Returns 1 when the CLI does not build.
peers_build_native() {
    peers_log "building the native CLI and core benches in build-peers/ (Release)"
    mkdir -p "$root/bench/out"
    if ! { cmake -S "$root/bench/peers/native" -B "$root/build-peers" -DCMAKE_BUILD_TYPE=Release \
              >"$root/bench/out/build-peers.log" 2>&1 \
           && cmake --build "$root/build-peers" -j2 --target gloss peers_core_bench >>"$root/bench/out/build-peers.log" 2>&1; }; then
        peers_log "native build failed (see bench/out/build-peers.log, last lines below): native timing skipped"
        rm -f "$root/build-peers/gloss/gloss" "$root/build-peers/peers_core_bench" # never time a stale build
        tail -n 8 "$root/bench/out/build-peers.log" >&2
        return 1
    fi
    if [ -f "$root/bench/CMakeLists.txt" ]; then
        cmake --build "$root/build-peers" -j2 --target gloss_bench >>"$root/bench/out/build-peers.log" 2>&1 \
            || { peers_log "gloss_bench (bench/core_bench.cpp) did not build: skipped"; rm -f "$root/build-peers/gloss/bench/gloss_bench"; }
    fi
    rm -f "$root/bench/out/build-peers.log"
    [ -x "$root/build-peers/gloss/gloss" ]
}

# The >= 5 MB corpus in $1 (default bench/out/corpus). Missing Debian text packages are
# downloaded as .deb files into bench/out/debs (apt-get download: nothing is installed).
peers_ensure_corpus() {
    local dir="${1:-$root/bench/out/corpus}"
    if [ ! -f "$dir/manifest.json" ]; then
        if ! python3 "$root/bench/corpus/build_corpus.py" --out "$dir" --check >/dev/null 2>&1; then
            peers_log "corpus text packages not installed: downloading their .deb files into bench/out/debs (nothing is installed)"
        fi
        python3 "$root/bench/corpus/build_corpus.py" --out "$dir" --fetch
    fi
}
