#!/usr/bin/env bash
# Reuters-21578 benchmark: Dateline against Xapian's own omindex + quest.
# Indexes the collection with each engine, runs the fixed query set, prints a
# table of absolute figures and Dateline/peer ratios, and writes them as JSON.
# See bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

usage() {
  cat <<EOF
Usage: bench/reuters.sh [OPTIONS]

Options:
  --data DIR      Reuters-21578 folder (reut2-*.sgm); default \$DATELINE_REUTERS_DIR,
                  else ../shared/data/reuters21578 beside the repo
  --queries FILE  query set (KIND<TAB>QUERY lines); default \$DATELINE_REUTERS_QUERIES,
                  else ../shared/bench/reuters-queries.txt beside the repo
  --build DIR     build folder holding indexer/dateline-index and
                  searcher/dateline-search (default build/release; built if missing)
  --runs N        runs of each query, per-query median is kept (default 3)
  --quick         first 2000 articles only (reut2-000.sgm, reut2-001.sgm)
  --out FILE      JSON results (default build/bench/reuters.json)
  --keep          keep the work folder (indexes, converted articles) and print it
  -h, --help      show this help
EOF
}

die() {
  echo "reuters: error: $*" >&2
  exit 1
}

data=${DATELINE_REUTERS_DIR:-$repo/../shared/data/reuters21578}
queries=${DATELINE_REUTERS_QUERIES:-$repo/../shared/bench/reuters-queries.txt}
build=$repo/build/release
runs=3
quick=0
keep=0
out=$repo/build/bench/reuters.json
command_line="bench/reuters.sh${*:+ $*}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data=${2:?--data needs a folder}; shift 2 ;;
    --queries) queries=${2:?--queries needs a file}; shift 2 ;;
    --build) build=${2:?--build needs a folder}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --quick) quick=1; shift ;;
    --out) out=${2:?--out needs a file}; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number, got '$runs'"
[[ -d "$data" ]] || die "Reuters-21578 not found at $data (set --data DIR or DATELINE_REUTERS_DIR)"
[[ -f "$queries" ]] || die "query set not found at $queries (set --queries FILE or DATELINE_REUTERS_QUERIES)"
[[ "$build" = /* ]] || build=$repo/$build
[[ "$out" = /* ]] || out=$PWD/$out

for tool in omindex quest xapian-delve python3 cmake; do
  command -v "$tool" >/dev/null ||
    die "$tool not found: run ./tools/setup-debian.sh --bench (installs xapian-omega, xapian-tools, python3, time)"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found: run ./tools/setup-debian.sh --bench (package time)"

# ---- corpus ---------------------------------------------------------------
if [[ $quick -eq 1 ]]; then
  sgm=("$data/reut2-000.sgm" "$data/reut2-001.sgm")
  for file in "${sgm[@]}"; do [[ -f "$file" ]] || die "$file not found"; done
  dateline_inputs=("${sgm[@]}")
else
  shopt -s nullglob
  sgm=("$data"/reut2-*.sgm)
  shopt -u nullglob
  [[ ${#sgm[@]} -gt 0 ]] || die "no reut2-*.sgm files in $data"
  dateline_inputs=("$data") # the folder, as a user would: Dateline also reads the code book beside the SGML
fi

# ---- binaries -------------------------------------------------------------
index_bin=$build/indexer/dateline-index
search_bin=$build/searcher/dateline-search
if [[ ! -x "$index_bin" || ! -x "$search_bin" ]]; then
  echo "reuters: building Dateline into $build ..." >&2
  if [[ "$build" == "$repo/build/release" ]]; then
    (cd "$repo" && cmake --workflow --preset release) >&2 || die "build failed (cmake --workflow --preset release)"
  else
    if ! { cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DDATELINE_BUILD_TESTS=OFF &&
      cmake --build "$build" -j 2; } >&2; then
      die "build failed in $build"
    fi
  fi
  [[ -x "$index_bin" && -x "$search_bin" ]] || die "build did not produce $index_bin and $search_bin"
fi

# ---- work folder ----------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/dateline-reuters.XXXXXX")
cleanup() {
  if [[ $keep -eq 1 ]]; then
    echo "reuters: work folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "reuters: converting ${#sgm[@]} SGML files to one HTML file per article for omindex (not timed) ..." >&2
corpus_json=$(python3 "$here/reuters_to_files.py" "$work/articles" "${sgm[@]}") || die "conversion failed"
read -r articles text_bytes < <(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["articles"], d["text_bytes"])' "$corpus_json")
[[ "$articles" -gt 0 ]] || die "no articles found in ${sgm[*]}"

# Both engines start with their input in the page cache.
cat "${sgm[@]}" >/dev/null

indexing=()
# measure NAME DB COMMAND...: run COMMAND under /usr/bin/time, record wall and CPU seconds, peak RSS,
# index size and document count.
measure() {
  local name=$1 db=$2
  shift 2
  echo "reuters: indexing with $name ..." >&2
  local timing=$work/time.$name
  if ! /usr/bin/time -f '%e %M %U %S' -o "$timing" "$@" >"$work/log.$name" 2>&1; then
    tail -n 20 "$work/log.$name" >&2
    die "$name failed: $*"
  fi
  local seconds rss user sys size docs
  read -r seconds rss user sys <"$timing"
  size=$(du -sk "$db" | cut -f1)
  docs=$(xapian-delve "$db" 2>/dev/null | awk -F'= *' '/number of documents/ {print $2}') || true
  local shown="$*"
  shown=${shown//$work/\$WORK}
  shown=${shown//$repo\//}
  indexing+=("--indexing" "$name:$seconds:$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}'):$rss:$size:${docs:-?}:$shown")
}

measure omindex "$work/omindex" omindex --db "$work/omindex" --url / "$work/articles"
measure dateline "$work/dateline" "$index_bin" --index "$work/dateline" --quiet "${dateline_inputs[@]}"
measure dateline-no-spelling "$work/dateline-nosp" \
  "$index_bin" --index "$work/dateline-nosp" --quiet --no-spelling --no-extract "${dateline_inputs[@]}"

quick_flag=()
[[ $quick -eq 1 ]] && quick_flag=(--quick)
python3 "$here/reuters_report.py" \
  --search "$search_bin" --dateline-index "$work/dateline" --quest-db "$work/omindex" \
  --queries "$queries" --runs "$runs" "${indexing[@]}" \
  --articles "$articles" --text-bytes "$text_bytes" --sgm-files "${#sgm[@]}" \
  --command "$command_line" --out "$out" "${quick_flag[@]}" ||
  die "query run failed"
