#!/usr/bin/env bash
# Entity audit over whole archives: indexes Reuters-21578 and the Wikinews
# sample with extraction on, then prints the top rows of the person, place and
# org facets with the committed judgments (entity_audit.py) and the share of
# good rows. See bench/README.md.
set -euo pipefail

bench_name=entity_audit
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/entity_audit.sh [OPTIONS]

Options:
  --shared DIR     shared data folder (default \$DATELINE_SHARED, else ../shared beside the repo)
  --build DIR      build folder with indexer/dateline-index and searcher/dateline-search
                   (default build/release; built if missing)
  --work DIR       where the indexes go (default build/bench/entity_audit)
  --reuse          search the indexes already in --work instead of rebuilding them
  --archives LIST  comma-separated: reuters,wikinews (default both)
  --top N          rows per facet (default 100)
  --judgments FILE judgments (default bench/entity_audit/judgments.tsv)
  --template DIR   write each archive's unjudged rows to DIR/ARCHIVE.tsv
  -h, --help       show this help
EOF
}

shared=${DATELINE_SHARED:-$repo/../shared}
work=$repo/build/bench/entity_audit
reuse=0
archives=reuters,wikinews
top=100
judgments=$here/entity_audit/judgments.tsv
template=

while [[ $# -gt 0 ]]; do
  case "$1" in
    --shared) shared=${2:?--shared needs a folder}; shift 2 ;;
    --work) work=${2:?--work needs a folder}; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --archives) archives=${2:?--archives needs a list}; shift 2 ;;
    --top) top=${2:?--top needs a number}; shift 2 ;;
    --judgments) judgments=${2:?--judgments needs a file}; shift 2 ;;
    --template) template=${2:?--template needs a folder}; shift 2 ;;
    --build | -h | --help) common_option "$@"; shift "$consumed" ;;
    *) unknown_option "$1" ;;
  esac
done

require_positive --top "$top"
[[ -d "$shared/data" ]] || die "shared data not found at $shared (set --shared DIR or DATELINE_SHARED)"
build=$(absolute "$build")
build_tools
mkdir -p "$work"
if [[ -n "$template" ]]; then mkdir -p "$template"; fi

# The archive's input as dateline-index reads it.
input_of() {
  case "$1" in
    reuters) echo "$shared/data/reuters21578" ;;
    wikinews)
      # Until dateline-index reads CSV: the sample as JSON Lines.
      local jsonl=$work/wikinews-input/wikinews.jsonl
      mkdir -p "$work/wikinews-input"
      "$here/wikinews_to_jsonl.py" "$jsonl" "$shared"/data/wikinews-sample/wikinews_*.csv
      echo "$work/wikinews-input"
      ;;
    *) die "unknown archive '$1' (reuters, wikinews)" ;;
  esac
}

IFS=, read -ra names <<<"$archives"
for archive in "${names[@]}"; do
  index=$work/$archive.index
  if [[ $reuse -eq 0 || ! -d "$index" ]]; then
    input=$(input_of "$archive")
    echo "entity_audit: indexing $archive ($input)" >&2
    rm -rf "$index"
    status=0
    "$index_bin" --index "$index" --quiet "$input" || status=$?
    # 1: indexed, something skipped (reported above); anything else is fatal.
    [[ $status -le 1 ]] || die "dateline-index failed on $archive (status $status)"
  fi
  args=(--index "$index" --archive "$archive" --search "$search_bin" --top "$top"
        --judgments "$judgments" --json "$work/$archive.json")
  if [[ -n "$template" ]]; then args+=(--template "$template/$archive.tsv"); fi
  "$here/entity_audit.py" "${args[@]}"
done
