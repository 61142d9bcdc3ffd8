#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Scores Gloss on every tests/data/eval*/ set at once (micro-averaged over all their articles):
# the "all sets now" row of the README. Usage: bench/eval-all.sh   (GLOSS_CLI as for eval.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
all=$(mktemp -d)
trap 'rm -rf "$all"' EXIT
count=0
for f in "$root"/tests/data/eval*/*.gold.json; do
    ln -s "$f" "$all/$(basename "$f")"
    ln -s "${f%.gold.json}.txt" "$all/$(basename "${f%.gold.json}").txt"
    count=$((count + 1))
done
echo "eval-all: $count articles from $(ls -d "$root"/tests/data/eval*/ | wc -l) sets"
"$root/bench/eval.sh" "$all"
