#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (clang, ASan+UBSan, build-fuzz/) and runs each for SECONDS, one
# after another, printing per target: executions, exec/s, coverage (cov/ft), new corpus units and
# findings (crash/leak/timeout/oom files). Exits non-zero when anything was found.
# Usage: tests/fuzz/run.sh SECONDS [TARGET...]     (default targets: all six)
# Env:   GLOSS_FUZZ_BUILD (build dir, default build-fuzz), GLOSS_FUZZ_JOBS (default 2),
#        GLOSS_FUZZ_ARGS (extra libFuzzer flags, e.g. -max_len=65536)
# The growing corpus lives in BUILD/corpus/<target> (the committed seeds in tests/fuzz/corpus stay
# small); findings go to BUILD/findings/<target>/. Reproduce one: BUILD/tests/fuzz/fuzz_<target> FILE
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
    echo "usage: tests/fuzz/run.sh SECONDS [TARGET...]" >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(share_link import html_to_text blocks annotate document_json)
build=${GLOSS_FUZZ_BUILD:-build-fuzz}
jobs=${GLOSS_FUZZ_JOBS:-2}
cxx=${CXX:-}
if [ -z "$cxx" ] || ! "$cxx" --version 2>/dev/null | grep -q clang; then
    cxx=$(command -v clang++ || command -v clang++-14 || true)
fi
[ -n "$cxx" ] || { echo "tests/fuzz/run.sh: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

echo "==> building fuzz targets in $build ($cxx)"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DGLOSS_FUZZ=ON -DGLOSS_NO_EXCEPTIONS=ON -DGLOSS_BUILD_TESTS=OFF -DGLOSS_BUILD_CLI=OFF \
      -DGLOSS_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
summary=()
total_findings=0
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz/fuzz_$t"
    work="$build/corpus/$t"
    findings="$build/findings/$t"
    log="$build/logs/$t.log"
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    dict=()
    [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    before=$(find "$work" -type f | wc -l)
    before_findings=$(find "$findings" -type f | wc -l)
    echo "==> fuzz_$t for ${seconds}s (log: $log)"
    start=$(date +%s)
    set +e
    # shellcheck disable=SC2086
    "$bin" "$work" "tests/fuzz/corpus/$t" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 \
           -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/" ${GLOSS_FUZZ_ARGS:-} >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(( $(date +%s) - start ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
    rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
    last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1 || true)
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    after=$(find "$work" -type f | wc -l)
    new_findings=$(( $(find "$findings" -type f | wc -l) - before_findings ))
    if [ "$rc" -ne 0 ] && [ "$new_findings" -eq 0 ]; then new_findings=1; fi
    total_findings=$(( total_findings + new_findings ))
    line=$(printf '%-14s %6ss  execs %-10s exec/s %-6s cov %-6s ft %-6s corpus %-12s new units %-5s peak rss %s MB  findings %s' \
        "$t" "$elapsed" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$(( after - before ))" \
        "${rss:-?}" "$new_findings")
    echo "$line"
    if [ "$new_findings" -gt 0 ]; then
        grep -E 'ERROR: |SUMMARY: |fuzz property violated|runtime error' "$log" | head -5 | sed 's/^/    /'
        find "$findings" -type f -newer "$bin" | head -5 | sed 's/^/    finding: /'
    fi
    summary+=("$line")
done
echo
echo "==> summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
[ "$total_findings" -eq 0 ]
