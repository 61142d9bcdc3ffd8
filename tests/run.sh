#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole test run: install what is missing, native build + unit tests (ctest), the wasm
# build, then the browser tests. Exits non-zero on any failure.
# Usage: tests/run.sh [--native-only] [--skip-setup]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
native_only=0
skip_setup=0
for arg in "$@"; do
    case "$arg" in
        --native-only) native_only=1 ;;
        --skip-setup) skip_setup=1 ;;
        *) echo "tests/run.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
jobs=$(nproc 2>/dev/null || echo 2)
step() { printf '\n==> %s\n' "$*"; }
start=$(date +%s)

if [ "$skip_setup" -eq 0 ]; then
    step "setup"
    scripts/setup.sh
fi

step "native build (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGLOSS_WERROR=ON >/dev/null
cmake --build build -j"$jobs"

step "unit tests (ctest)"
ctest --test-dir build --output-on-failure -j"$jobs"

if [ -f tests/sanitize.sh ]; then
    step "unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
    tests/sanitize.sh
fi

if [ "$native_only" -eq 1 ]; then
    echo "native tests passed in $(( $(date +%s) - start )) s"
    exit 0
fi

step "wasm build (dist/)"
./build-wasm.sh --no-setup

step "browser tests"
tests/e2e/run.sh

echo "all tests passed in $(( $(date +%s) - start )) s"
