#!/usr/bin/env bash
# Trends and significant terms on Reuters-21578: each dateline-search command
# timed as a whole process (start, open, search, print) with hyperfine,
# against the 50 ms target of issue 10. See bench/README.md.
set -euo pipefail

bench_name=trends
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/trends.sh [OPTIONS]

Options:
  --data DIR    Reuters-21578 folder (reut2-*.sgm); default \$DATELINE_REUTERS_DIR,
                else ../shared/data/reuters21578 beside the repo
  --index DIR   an index of Reuters-21578 already built by dateline-index
                (default: build one in a temporary folder)
  --build DIR   build folder holding indexer/dateline-index and
                searcher/dateline-search (default build/release; built if missing)
  --runs N      timed runs per command (default 30, after 5 warm-up runs)
  --target MS   the target each command must stay under (default 50)
  -h, --help    show this help
EOF
}

index=""
runs=30
target=50

while [[ $# -gt 0 ]]; do
  case "$1" in
    --index) index=${2:?--index needs a folder}; shift 2 ;;
    --target) target=${2:?--target needs milliseconds}; shift 2 ;;
    --data | --build | --runs | -h | --help) common_option "$@"; shift "$consumed" ;;
    *) unknown_option "$1" ;;
  esac
done

require_positive --runs "$runs"
require_positive --target "$target"
require_tools hyperfine python3
build=$(absolute "$build")
build_tools
search=$search_bin

make_work_dir
if [[ -z "$index" ]]; then
  [[ -d "$data" ]] || die "Reuters-21578 not found at $data (set --data DIR or DATELINE_REUTERS_DIR)"
  index=$work/reuters
  echo "trends: indexing $data" >&2
  "$index_bin" --index "$index" --quiet "$data" || [[ $? -eq 1 ]]
fi
[[ -e "$index" ]] || die "no index at $index"

# name<TAB>arguments of dateline-search (split at spaces)
commands=(
  "timeline month, 2 compare	--timeline month oil --compare gold --compare coffee"
  "timeline week, 2 compare	--timeline week oil --compare gold --compare coffee"
  "significant person	--significant person person:volcker"
  "significant place	--significant place oil"
  "significant term	--significant term place:japan"
  "significant term, 2nd	--significant term oil"
  "reference: count only	--count oil"
)

load=$(cut -d' ' -f1-3 /proc/loadavg)
# -N: no shell between hyperfine and the command (nothing to subtract).
hyperfine_args=(-N --warmup 5 --runs "$runs" --export-json "$work/times.json" --style none)
for entry in "${commands[@]}"; do
  hyperfine_args+=(--command-name "${entry%%$'\t'*}"
    "$search --index $index ${entry#*$'\t'}")
done
hyperfine "${hyperfine_args[@]}" >/dev/null

echo "load average before the runs: $load (1, 5, 15 min); $(nproc) cores"
python3 - "$work/times.json" "$target" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
target = float(sys.argv[2])
# cpu ms: user + system time of the process, which a loaded machine does not
# inflate as it does the wall-clock times (waiting for a core is not counted).
print(f"{'command':<26} {'median ms':>10} {'mean ms':>9} {'min ms':>8} {'cpu ms':>7}  under {target:.0f} ms")
for r in results:
    times = [t * 1000 for t in r["times"]]
    median = statistics.median(times)
    cpu = (r["user"] + r["system"]) * 1000
    verdict = "" if r["command"].startswith("reference") else ("yes" if median < target else "NO")
    print(f"{r['command']:<26} {median:>10.1f} {statistics.mean(times):>9.1f} {min(times):>8.1f} {cpu:>7.1f}  {verdict}")
PY
