#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Browser tests (node:test + playwright-core + /usr/bin/chromium). Needs dist/ from ./build-wasm.sh.
# Screenshots go to tests/e2e/artifacts/ (ignored by git).
# One file at a time: the machine has two cores and SwiftShader is CPU-bound. A file that fails is
# run once more, because canvas gestures (double clicks, key timing) depend on frame times on a
# busy machine; the retry is reported, and a second failure fails the run.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -f dist/gloss-app.wasm ] || { echo "tests/e2e/run.sh: dist/ is missing; run ./build-wasm.sh first" >&2; exit 1; }
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "tests/e2e/run.sh: chromium missing (scripts/setup.sh)" >&2; exit 1; }
[ -d node_modules/playwright-core ] || { echo "tests/e2e/run.sh: playwright-core missing (npm ci)" >&2; exit 1; }
mkdir -p tests/e2e/artifacts
log=$(mktemp)
trap 'rm -f "$log"' EXIT
passed=0
failed=0
retried=()
count() { grep -E "^# $1 [0-9]+" "$log" | tail -1 | awk '{print $3}'; }
# A file gets five minutes (a normal run takes about one): headless Chromium on this kind of machine
# has been seen, rarely, never to finish loading a page, and a hung run must fail (and be retried)
# rather than stall CI.
run_file() { timeout --kill-after=20 300 node --test --test-concurrency=1 "$1" 2>&1 | tee "$log"; return "${PIPESTATUS[0]}"; }
for file in tests/e2e/*.test.mjs; do
    run_file "$file"
    status=$?
    if [ "$status" -ne 0 ]; then
        [ "$status" -eq 124 ] && echo "tests/e2e/run.sh: $file timed out"
        echo "tests/e2e/run.sh: $file failed; running it once more"
        retried+=("$file")
        run_file "$file"
        status=$?
    fi
    p=$(count pass); f=$(count fail)
    passed=$((passed + ${p:-0}))
    if [ "$status" -ne 0 ]; then
        n=${f:-0}
        [ "$n" -eq 0 ] && n=1 # the file died before its summary
        failed=$((failed + n))
    fi
done
[ ${#retried[@]} -gt 0 ] && echo "browser test files that needed a second run: ${retried[*]}"
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
