#!/usr/bin/env bash
# Place resolution against the hand-judged gold set: runs dateline-ner on the
# Reuters-21578 and Wikinews articles of bench/places/ambiguous_places.tsv and
# prints how many ambiguous place mentions it resolves to the right GeoNames
# place, and how many non-place uses it leaves alone. See bench/README.md.
set -euo pipefail

bench_name=place_resolution
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<USAGE
Usage: bench/place_resolution.sh [OPTIONS]

Options:
  --shared DIR   shared data folder (default \$DATELINE_SHARED, else ../shared beside the repo)
  --build DIR    build folder with extractor/dateline-ner (default build/release; built if missing)
  --gold FILE    gold set (default bench/places/ambiguous_places.tsv)
  --work DIR     keep the articles given to dateline-ner and its output here
  --json         print the summary (counts and every error) as JSON
  -h, --help     show this help
USAGE
}

shared=${DATELINE_SHARED:-$repo/../shared}
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shared) shared=${2:?--shared needs a folder}; shift 2 ;;
    --gold) args+=(--gold "$(absolute "${2:?--gold needs a file}")"); shift 2 ;;
    --work) args+=(--work "$(absolute "${2:?--work needs a folder}")"); shift 2 ;;
    --json) args+=(--json); shift ;;
    --build | -h | --help) common_option "$@"; shift "$consumed" ;;
    *) unknown_option "$1" ;;
  esac
done

require_tools python3
[[ -d "$shared/data" ]] || die "shared data not found at $shared (set --shared DIR or DATELINE_SHARED)"
build=$(absolute "$build")
binaries=("$build/extractor/dateline-ner")
ensure_built release dateline-ner
exec python3 -B "$here/places/place_resolution.py" --ner "${binaries[0]}" --shared "$shared" "${args[@]}"
