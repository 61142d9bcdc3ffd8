#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Browser tests (node:test + playwright-core + /usr/bin/chromium). Needs dist/ from ./build-wasm.sh.
# Screenshots go to tests/e2e/artifacts/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -f dist/gloss-app.wasm ] || { echo "tests/e2e/run.sh: dist/ is missing; run ./build-wasm.sh first" >&2; exit 1; }
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "tests/e2e/run.sh: chromium missing (scripts/setup.sh)" >&2; exit 1; }
[ -d node_modules/playwright-core ] || { echo "tests/e2e/run.sh: playwright-core missing (npm ci)" >&2; exit 1; }
mkdir -p tests/e2e/artifacts
# One file at a time: the machine has two cores and SwiftShader is CPU-bound.
exec node --test --test-concurrency=1 tests/e2e/*.test.mjs
