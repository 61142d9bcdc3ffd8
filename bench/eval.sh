#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scores the detectors: runs the CLI on every *.txt in a folder and prints score.py's table.
# Usage: bench/eval.sh [GOLD_DIR] [score.py options, e.g. --per-file]
#   GOLD_DIR defaults to ../shared/gold beside the project root. The CLI is $GLOSS_CLI, else the
#   newest build*/gloss under the project root. Predictions are kept in $GLOSS_PRED_DIR if set.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
gold="${1:-$root/../shared/gold}"
[ $# -gt 0 ] && shift
gold="$(cd "$gold" && pwd)"
cli="${GLOSS_CLI:-}"
if [ -z "$cli" ]; then
    cli="$(ls -t "$root"/build*/gloss 2>/dev/null | head -n 1 || true)"
fi
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
    echo "eval.sh: no gloss CLI found; build it or set GLOSS_CLI" >&2
    exit 2
fi
score="$gold/score.py"
[ -f "$score" ] || score="$root/../shared/gold/score.py"
if [ -n "${GLOSS_PRED_DIR:-}" ]; then
    pred="$GLOSS_PRED_DIR"
    mkdir -p "$pred"
else
    pred="$(mktemp -d)"
    trap 'rm -rf "$pred"' EXIT
fi
n=0
for txt in "$gold"/*.txt; do
    [ -e "$txt" ] || continue
    base="$(basename "$txt" .txt)"
    "$cli" annotate "$txt" --format json > "$pred/$base.native.json"
    python3 "$here/to_gold.py" "$pred/$base.native.json" "$pred/$base.pred.json"
    n=$((n + 1))
done
echo "eval: $n file(s), CLI $cli${GLOSS_PRED_DIR:+, predictions in $pred}"
python3 "$score" "$gold" "$pred" --table "$@"
