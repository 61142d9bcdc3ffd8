#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Unit tests under AddressSanitizer + UndefinedBehaviorSanitizer, built with -fno-exceptions
# like the wasm app, so the core is proven to work without exceptions too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGLOSS_SANITIZE=ON -DGLOSS_NO_EXCEPTIONS=ON \
      -DGLOSS_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$jobs"
