#!/usr/bin/env bash
# Scaling benchmark: Dateline on synthetic archives of growing size.
# For each size N: generate N articles (bench/generate_corpus.py), index them
# with dateline-index (extraction on, as by default) under /usr/bin/time, then
# time a fixed query set in process (bench/query_latency). Prints how each
# figure grows from the smallest to the largest N and writes JSON.
# See bench/README.md.
set -euo pipefail

bench_name=scaling
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/scaling.sh [OPTIONS]

Options:
  --sizes LIST        comma-separated article counts (default 20000,200000,1000000)
  --quick             sizes 2000,10000 and 3 query runs: a smoke run of a minute or two
  --queries-up-to N   run the queries only for sizes <= N (default: every size)
  --seed S            corpus and query seed (default 1)
  --runs R            timed runs of each query per mode (default 5)
  --build DIR         build with the benchmarks, holding query_latency and the Dateline
                      tools (default build/benchmarks, the bench preset; built if missing)
  --indexer-arg ARG   extra dateline-index argument (repeatable), e.g. --indexer-arg=--threads=2
  --work DIR          work folder (default: a new folder under \$TMPDIR or /tmp)
  --corpora DIR       keep the generated corpora in DIR (corpus-N, generate-N.json) and
                      reuse those already there (same seed); default: generated in the
                      work folder and deleted after indexing
  --keep              keep the work folder (corpora, indexes)
  --out FILE          JSON results (default build/bench/scaling.json)
  -h, --help          show this help
EOF
}

sizes=20000,200000,1000000
queries_up_to=
seed=1
runs=5
build=$repo/build/benchmarks
indexer_args=()
work=
corpora=
command_line="bench/scaling.sh${*:+ $*}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
    --quick) sizes=2000,10000; runs=3; shift ;;
    --queries-up-to) queries_up_to=${2:?--queries-up-to needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --indexer-arg=*) indexer_args+=("${1#--indexer-arg=}"); shift ;;
    --indexer-arg) indexer_args+=("${2:?--indexer-arg needs a value}"); shift 2 ;;
    --work) work=${2:?--work needs a folder}; shift 2 ;;
    --corpora) corpora=${2:?--corpora needs a folder}; shift 2 ;;
    --runs | --build | --keep | --out | -h | --help) common_option "$@"; shift "$consumed" ;;
    *) unknown_option "$1" ;;
  esac
done

IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  require_positive --sizes "$n"
done
require_positive --runs "$runs"
[[ -z "$queries_up_to" || "$queries_up_to" =~ ^[0-9]+$ ]] || die "--queries-up-to must be a number"
build=$(absolute "$build")
out=$(absolute "$out")
require_tools python3
require_time

# ---- binaries -------------------------------------------------------------
build_query_latency

# ---- work folder ----------------------------------------------------------
make_work_dir "$work"
if [[ -n "$corpora" ]]; then
  corpora=$(absolute "$corpora")
  mkdir -p "$corpora"
fi

queries=$work/queries.txt
python3 "$here/generate_corpus.py" --seed "$seed" --write-queries "$queries" >/dev/null ||
  die "could not write the query set"

results=()
for n in "${size_list[@]}"; do
  index=$work/index-$n
  rm -rf "$index"
  if [[ -n "$corpora" ]]; then
    corpus=$corpora/corpus-$n
    generated=$corpora/generate-$n.json
  else
    corpus=$work/corpus-$n
    generated=$work/generate-$n.json
  fi
  if [[ -n "$corpora" && -d "$corpus" && -s "$generated" ]] &&
    python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1]))["seed"] != int(sys.argv[2]))' \
      "$generated" "$seed"; then
    echo "scaling: N=$n: reusing $corpus" >&2
  else
    rm -rf "$corpus"
    echo "scaling: N=$n: generating the corpus (not timed) ..." >&2
    python3 "$here/generate_corpus.py" "$corpus" --articles "$n" --seed "$seed" >"$generated" ||
      die "corpus generation failed for N=$n"
  fi
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
  results+=(--size "$n:$work/time-$n:$size_kb:$corpus_kb:$generated:$latency_json")
  # The corpus is not needed any more (unless kept in --corpora); the index
  # is kept for --keep.
  [[ $keep -eq 1 || -n "$corpora" ]] || rm -rf "$corpus"
done

shown_args="${indexer_args[*]}"
python3 "$here/scaling_report.py" "${results[@]}" --queries "$queries" --runs "$runs" --seed "$seed" \
  --indexer-args "$shown_args" --command "$command_line" --out "$out"
