#!/usr/bin/env bash
# Scaling benchmark: Dateline on synthetic archives of growing size.
# For each size N: generate N articles (bench/generate_corpus.py), index them
# with dateline-index (extraction on, as by default) under /usr/bin/time, then
# time a fixed query set in process (bench/query_latency). Prints how each
# figure grows from the smallest to the largest N and writes JSON.
# See bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

usage() {
  cat <<EOF
Usage: bench/scaling.sh [OPTIONS]

Options:
  --sizes LIST        comma-separated article counts (default 20000,200000,1000000)
  --quick             sizes 2000,10000 and 3 query runs: a smoke run of a minute or two
  --queries-up-to N   run the queries only for sizes <= N (default: every size)
  --seed S            corpus and query seed (default 1)
  --runs R            timed runs of each query per mode (default 5)
  --build DIR         build of bench/query_latency holding query_latency and the
                      Dateline tools (default build/bench-ql; configured and built if missing)
  --indexer-arg ARG   extra dateline-index argument (repeatable), e.g. --indexer-arg=--threads=2
  --work DIR          work folder (default: a new folder under \$TMPDIR or /tmp)
  --keep              keep the work folder (corpora, indexes)
  --out FILE          JSON results (default build/bench/scaling.json)
  -h, --help          show this help
EOF
}

die() {
  echo "scaling: error: $*" >&2
  exit 1
}

sizes=20000,200000,1000000
queries_up_to=
seed=1
runs=5
build=$repo/build/bench-ql
indexer_args=()
work=
keep=0
out=$repo/build/bench/scaling.json
command_line="bench/scaling.sh${*:+ $*}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
    --quick) sizes=2000,10000; runs=3; shift ;;
    --queries-up-to) queries_up_to=${2:?--queries-up-to needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --build) build=${2:?--build needs a folder}; shift 2 ;;
    --indexer-arg=*) indexer_args+=("${1#--indexer-arg=}"); shift ;;
    --indexer-arg) indexer_args+=("${2:?--indexer-arg needs a value}"); shift 2 ;;
    --work) work=${2:?--work needs a folder}; shift 2 ;;
    --keep) keep=1; shift ;;
    --out) out=${2:?--out needs a file}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "--sizes must list positive whole numbers, got '$n'"
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number, got '$runs'"
[[ -z "$queries_up_to" || "$queries_up_to" =~ ^[0-9]+$ ]] || die "--queries-up-to must be a number"
[[ "$build" = /* ]] || build=$repo/$build
[[ "$out" = /* ]] || out=$PWD/$out
command -v python3 >/dev/null || die "python3 not found: run ./tools/setup-debian.sh --bench"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found: run ./tools/setup-debian.sh --bench (package time)"

# ---- binaries -------------------------------------------------------------
index_bin=$build/dateline/indexer/dateline-index
latency_bin=$build/query_latency
if [[ ! -x "$index_bin" || ! -x "$latency_bin" ]]; then
  echo "scaling: building query_latency and dateline-index into $build ..." >&2
  if ! { cmake -S "$here/query_latency" -B "$build" -DCMAKE_BUILD_TYPE=Release &&
    cmake --build "$build" -j 2 --target query_latency dateline-index dateline-search; } >&2; then
    die "build failed in $build"
  fi
fi

# ---- work folder ----------------------------------------------------------
if [[ -z "$work" ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/dateline-scaling.XXXXXX")
else
  mkdir -p "$work"
fi
cleanup() {
  if [[ $keep -eq 1 ]]; then
    echo "scaling: work folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

queries=$work/queries.txt
python3 "$here/generate_corpus.py" --seed "$seed" --write-queries "$queries" >/dev/null ||
  die "could not write the query set"

results=()
for n in "${size_list[@]}"; do
  corpus=$work/corpus-$n
  index=$work/index-$n
  rm -rf "$corpus" "$index"
  echo "scaling: N=$n: generating the corpus (not timed) ..." >&2
  python3 "$here/generate_corpus.py" "$corpus" --articles "$n" --seed "$seed" >"$work/generate-$n.json" ||
    die "corpus generation failed for N=$n"
  cat "$corpus"/*/*/* >/dev/null # in the page cache, as for every size

  echo "scaling: N=$n: indexing ..." >&2
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time-$n" \
    "$index_bin" --index "$index" --quiet "${indexer_args[@]}" "$corpus" >"$work/index-$n.log" 2>&1; then
    tail -n 20 "$work/index-$n.log" >&2
    die "dateline-index failed for N=$n"
  fi
  size_kb=$(du -sk "$index" | cut -f1)
  corpus_kb=$(du -sk "$corpus" | cut -f1)

  latency_json=
  if [[ -z "$queries_up_to" || "$n" -le "$queries_up_to" ]]; then
    echo "scaling: N=$n: queries ($runs runs each, in process) ..." >&2
    latency_json=$work/latency-$n.json
    "$latency_bin" --index "$index" --queries "$queries" --runs "$runs" --warmup 1 \
      --modes plain,dateline,facets --label "N=$n" --json "$latency_json" >"$work/latency-$n.txt" ||
      die "query_latency failed for N=$n"
    cat "$work/latency-$n.txt" >&2
  fi
  results+=(--size "$n:$work/time-$n:$size_kb:$corpus_kb:$work/generate-$n.json:$latency_json")
  # The corpus is not needed any more; the index is kept for --keep.
  [[ $keep -eq 1 ]] || rm -rf "$corpus"
done

shown_args="${indexer_args[*]}"
python3 "$here/scaling_report.py" "${results[@]}" --queries "$queries" --runs "$runs" --seed "$seed" \
  --indexer-args "$shown_args" --command "$command_line" --out "$out"
