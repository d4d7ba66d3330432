#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build/fuzz and runs each one,
# one after another, for a bounded time. See docs/fuzzing.md.
#
#   fuzz/run.sh [--seconds N] [--keep-corpus] [--no-build] [target...]
#
# Targets: text_reader reuters_reader jsonl_reader csv_reader date_parsing query_front_end
# (default: all). Each run uses -seed=1 and starts from the seed corpus in
# fuzz/corpus/<target>/ only, so a run is repeatable; --keep-corpus also
# starts from what earlier runs found (build/fuzz/corpus/<target>/).
# Crash inputs go to build/fuzz/crashes/<target>/, logs to build/fuzz/logs/.
# Exit status: 0 when no target crashed, 1 when one did, 2 on a usage or
# build error.
set -euo pipefail

readonly all_targets=(text_reader reuters_reader jsonl_reader csv_reader date_parsing query_front_end)

# Longest input per target: a little above the largest realistic record.
max_len() {
    case "$1" in
        text_reader) echo 4096 ;;
        reuters_reader) echo 8192 ;;
        jsonl_reader) echo 4096 ;;
        csv_reader) echo 4096 ;;
        date_parsing) echo 64 ;;
        query_front_end) echo 256 ;;
    esac
}
dict_name() {
    case "$1" in
        text_reader) echo text ;;
        reuters_reader) echo reuters ;;
        jsonl_reader) echo jsonl ;;
        csv_reader) echo csv ;;
        date_parsing) echo date ;;
        query_front_end) echo query ;;
    esac
}

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }

seconds=60
keep_corpus=0
build=1
targets=()
while (($#)); do
    case "$1" in
        --seconds)
            [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: error: --seconds needs a positive number" >&2; exit 2; }
            seconds="$2"; shift 2 ;;
        --seconds=*)
            seconds="${1#*=}"
            [[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: error: --seconds needs a positive number" >&2; exit 2; }
            shift ;;
        --keep-corpus) keep_corpus=1; shift ;;
        --no-build) build=0; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: error: unknown option '$1'" >&2; exit 2 ;;
        *)
            [[ " ${all_targets[*]} " == *" $1 "* ]] || { echo "run.sh: error: unknown target '$1' (one of: ${all_targets[*]})" >&2; exit 2; }
            targets+=("$1"); shift ;;
    esac
done
((${#targets[@]})) || targets=("${all_targets[@]}")

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$fuzz_dir")"
build_dir="$root/build/fuzz"

if ((build)); then
    cxx="${CXX:-clang++}"
    command -v "$cxx" >/dev/null || { echo "run.sh: error: $cxx not found (libFuzzer needs clang)" >&2; exit 2; }
    mkdir -p "$build_dir/logs"
    build_log="$build_dir/logs/build.log"
    echo "== building into $build_dir (log: $build_log)" >&2
    if ! { cmake -S "$fuzz_dir" -B "$build_dir" -DCMAKE_CXX_COMPILER="$cxx" &&
           cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]/%/_fuzzer}"; } >"$build_log" 2>&1; then
        tail -n 30 "$build_log" >&2
        echo "run.sh: error: build failed (see $build_log)" >&2
        exit 2
    fi
fi

# Sanitizer reports abort the run so that libFuzzer saves the input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
# fuzz/lsan.supp: a leak inside Xapian's own query parser (docs/fuzzing.md).
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$fuzz_dir/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"

mkdir -p "$build_dir/logs"
crashed=0
results=()
for target in "${targets[@]}"; do
    binary="$build_dir/${target}_fuzzer"
    [[ -x "$binary" ]] || { echo "run.sh: error: $binary not built" >&2; exit 2; }
    work_corpus="$build_dir/corpus/$target"
    crash_dir="$build_dir/crashes/$target"
    log="$build_dir/logs/$target.log"
    ((keep_corpus)) || rm -rf "$work_corpus"
    mkdir -p "$work_corpus" "$crash_dir"
    stamp="$build_dir/logs/$target.start"
    touch "$stamp"

    echo "== $target: ${seconds}s, max_len $(max_len "$target")" >&2
    status=0
    # New inputs go to the first corpus folder (build/), the seeds stay as they are.
    "$binary" "$work_corpus" "$fuzz_dir/corpus/$target" \
        -seed=1 -max_total_time="$seconds" -max_len="$(max_len "$target")" \
        -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$fuzz_dir/dict/$(dict_name "$target").dict" \
        -artifact_prefix="$crash_dir/" >"$log" 2>&1 || status=$?

    # "Done N runs in S second(s)" on a clean finish; after a crash only the
    # final stats (-print_final_stats) say how many inputs ran.
    runs="$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)"
    [[ -n "$runs" ]] || runs="$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)"
    [[ -n "$runs" ]] || runs="?"
    # libFuzzer exits non-zero on a crash, a sanitizer report, a timeout or
    # running out of memory, after writing the input (crash-*, timeout-*, oom-*).
    new_inputs="$(find "$crash_dir" -type f -newer "$stamp" | wc -l)"
    if ((status != 0)) || ((new_inputs > 0)); then
        crashed=1
        verdict="CRASH (exit $status, $new_inputs input(s) in build/fuzz/crashes/$target/, log build/fuzz/logs/$target.log)"
    else
        verdict="no crash"
    fi
    results+=("$(printf '%-16s %12s runs   %s' "$target" "$runs" "$verdict")")
    echo "${results[-1]}" >&2
done

echo
printf '%-16s %17s   %s\n' target executions result
printf '%s\n' "${results[@]}"
exit "$crashed"
