#!/usr/bin/env bash
# Latency of reading the archive as a process, on Reuters-21578:
# `dateline-search --show ID`, `--show ID QUERY`, `--like ID` and a `--kwic`
# query, each timed by hyperfine over a spread of article ids, against the
# 50 ms target of issue 10. Prints a table (median, mean and slowest run per
# command, in ms) and writes hyperfine's JSON. See docs/exploring.md.
set -euo pipefail

bench_name=explore
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<USAGE
Usage: bench/explore.sh [OPTIONS]

Options:
  --data DIR    Reuters-21578 folder (reut2-*.sgm); default \$DATELINE_REUTERS_DIR,
                else ../shared/data/reuters21578 beside the repo
  --index DIR   an index of that collection to time (default: build one, with
                extraction, in the work folder)
  --build DIR   build folder holding indexer/dateline-index and
                searcher/dateline-search (default build/release; built if missing)
  --runs N      hyperfine runs per command and id (default 10)
  --out DIR     hyperfine JSON files (default build/bench/explore)
  -h, --help    show this help
USAGE
}

index=
runs=10
out=$repo/build/bench/explore

while [[ $# -gt 0 ]]; do
  case "$1" in
    --index) index=${2:?--index needs a folder}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --data | --build | --runs | -h | --help) common_option "$@"; shift "$consumed" ;;
    *) unknown_option "$1" ;;
  esac
done

require_positive --runs "$runs"
require_tools hyperfine python3 quest
build=$(absolute "$build")
build_tools
search=$search_bin
indexer=$index_bin

mkdir -p "$out"
if [[ -z "$index" ]]; then
  [[ -d "$data" ]] || die "Reuters-21578 not found at $data (set --data DIR or DATELINE_REUTERS_DIR)"
  index=$out/index
  if [[ ! -e "$index/XAPIANDB" ]]; then
    echo "explore: indexing $data into $index" >&2
    "$indexer" --index "$index" --quiet "$data" || [[ $? -eq 1 ]]
  fi
fi

# Ids spread over the collection (every 2,000th article), each present.
ids=()
for n in 1 2001 4001 6001 8001 10001 12001 14001 16001 18001 20001; do
  id=reuters-$n
  if "$search" --index "$index" --quiet --show "$id"; then ids+=("$id"); fi
done
[[ ${#ids[@]} -gt 0 ]] || die "none of the sample ids is in $index"
list=$(IFS=,; echo "${ids[*]}")

# hyperfine's warnings (outliers on a busy machine) go to a log; the table
# below shows the slowest run anyway.
run() {  # NAME COMMAND... (with {id} where the id goes)
  local name=$1
  shift
  hyperfine --shell=none --style=none --warmup 2 --runs "$runs" \
    --parameter-list id "$list" --export-json "$out/$name.json" "$*" >/dev/null 2>>"$out/hyperfine.log"
}

# The peer: Xapian's own quest finding the same article by its id term and
# printing its document data, one process each as well.
run show "$search --index $index --show {id}"
run quest-id "quest --db $index --boolean-prefix id:Q id:{id}"
run show-query "$search --index $index --show {id} oil"
run like "$search --index $index --like {id}"
run search "$search --index $index --limit 10 oil"
hyperfine --shell=none --style=none --warmup 2 --runs "$runs" \
  --export-json "$out/kwic.json" "$search --index $index --kwic -n 50 rates" >/dev/null 2>>"$out/hyperfine.log"

echo "dateline-search as a process on $(basename "$data") ($index), ${#ids[@]} ids, $runs runs each;"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
print(f"{'command':<28}{'median ms':>10}{'mean ms':>10}{'max ms':>10}  target 50 ms")
medians = {}
for name, label in [("show", "--show ID"), ("quest-id", "peer: quest id:ID"),
                    ("show-query", "--show ID oil"), ("like", "--like ID"),
                    ("search", "reference: -n 10 oil"), ("kwic", "--kwic -n 50 rates")]:
    times = []
    for result in json.load(open(f"{out}/{name}.json"))["results"]:
        times.extend(result["times"])
    ms = [t * 1000 for t in times]
    median = statistics.median(ms)
    medians[name] = median
    print(f"{label:<28}{median:>10.1f}{statistics.mean(ms):>10.1f}{max(ms):>10.1f}  "
          f"{'met' if median < 50 else 'MISSED'}")
print(f"--show / quest by id: {medians['show'] / medians['quest-id']:.2f}x")
PY
