#!/usr/bin/env bash
# Reuters-21578 benchmark: Dateline against Xapian's own omindex + quest.
# Indexes the collection with each engine, runs the fixed query set, prints a
# table of absolute figures and Dateline/peer ratios, and writes them as JSON.
# See bench/README.md.
set -euo pipefail

bench_name=reuters
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

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

command_line="bench/reuters.sh${*:+ $*}"
while [[ $# -gt 0 ]]; do
  common_option "$@"
  shift "$consumed"
done

require_positive --runs "$runs"
[[ -f "$queries" ]] || die "query set not found at $queries (set --queries FILE or DATELINE_REUTERS_QUERIES)"
build=$(absolute "$build")
out=$(absolute "$out")
require_tools omindex quest xapian-delve python3 cmake
require_time
reuters_files

# ---- binaries -------------------------------------------------------------
build_tools

# ---- work folder ----------------------------------------------------------
make_work_dir

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
