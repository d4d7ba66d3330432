#!/usr/bin/env bash
# Indexing benchmark: Dateline and omindex reading the very same files.
# Reuters-21578 is split into one text file per article (a `title:` line, a
# `date:` line, the body; bench/reuters_to_files.py --format text); then, in
# alternating rounds after a warm-up, each tool indexes that folder into a new
# index under /usr/bin/time: dateline-index as by default (extraction and
# spelling on), dateline-index --no-extract, omindex, and optionally a second
# dateline-index build (--baseline). Prints medians of wall time, CPU time and
# peak RSS, and their ratios to omindex; writes them as JSON.
# See bench/README.md.
set -euo pipefail

bench_name=indexing
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/indexing.sh [OPTIONS]

Options:
  --data DIR        Reuters-21578 folder (reut2-*.sgm); default \$DATELINE_REUTERS_DIR,
                    else ../shared/data/reuters21578 beside the repo
  --build DIR       build folder holding indexer/dateline-index (default build/release;
                    built if missing)
  --baseline FILE   another dateline-index binary, timed the same way (e.g. main's)
  --runs N          timed rounds, each running every tool once (default 3)
  --quick           first 2000 articles only (reut2-000.sgm, reut2-001.sgm)
  --out FILE        JSON results (default build/bench/indexing.json)
  --keep            keep the work folder (text files, last indexes) and print it
  -h, --help        show this help
EOF
}

baseline=
command_line="bench/indexing.sh${*:+ $*}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline) baseline=${2:?--baseline needs a file}; shift 2 ;;
    *) common_option "$@"; shift "$consumed" ;;
  esac
done
require_positive --runs "$runs"
build=$(absolute "$build")
out=$(absolute "$out")
[[ -z "$baseline" || -x "$baseline" ]] || die "--baseline $baseline is not an executable"
require_tools omindex python3 cmake
require_time
reuters_files
build_tools

make_work_dir
texts=$work/texts
echo "indexing: writing one text file per article ..." >&2
python3 "$here/reuters_to_files.py" --format text "$texts" "${sgm[@]}" >"$work/texts.json" ||
  die "could not split the collection into files"
cat "$texts"/*/* >/dev/null # in the page cache for every tool alike

# name -> command; the index folder is appended by run_one.
declare -A commands=(
  [dateline]="$index_bin --quiet --index"
  [dateline-no-extract]="$index_bin --quiet --no-extract --index"
  [omindex]="omindex --url / --db"
)
names=(dateline dateline-no-extract omindex)
if [[ -n "$baseline" ]]; then
  commands[baseline]="$baseline --quiet --index"
  names+=(baseline)
fi

# run_one NAME ROUND: one timed run; appends "NAME ROUND wall user sys rss_kb".
run_one() {
  local name=$1 round=$2 index=$work/index-$1 status=0
  rm -rf "$index"
  # shellcheck disable=SC2086 # the commands are word lists
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" ${commands[$name]} "$index" "$texts" \
    >"$work/$name.log" 2>&1 || status=$?
  # dateline-index exits 1 when it skipped an article (Reuters has one without
  # text); anything else is a failure.
  if [[ $status -gt 1 || ($status -eq 1 && $name == omindex) ]]; then
    tail -n 20 "$work/$name.log" >&2
    die "$name failed (exit status $status)"
  fi
  echo "$name $round $(tail -n 1 "$work/time")" >>"$work/times.txt"
}

: >"$work/times.txt"
echo "indexing: warm-up ..." >&2
for name in "${names[@]}"; do run_one "$name" 0; done
for ((round = 1; round <= runs; round++)); do
  echo "indexing: round $round of $runs ..." >&2
  # Rotate the order so no tool always runs after the same one.
  for ((i = 0; i < ${#names[@]}; i++)); do
    run_one "${names[$(((i + round) % ${#names[@]}))]}" "$round"
  done
done

mkdir -p "$(dirname "$out")"
python3 - "$work/times.txt" "$work/texts.json" "$out" "$command_line" "$(nproc)" <<'EOF'
import json, statistics, sys
times_path, texts_path, out_path, command, cores = sys.argv[1:]
texts = json.load(open(texts_path))
runs = {}
for line in open(times_path):
    name, round_, wall, user, sys_, rss = line.split()
    if round_ == "0":
        continue  # warm-up
    runs.setdefault(name, []).append((float(wall), float(user) + float(sys_), int(rss) / 1024))
rows = {}
for name, values in runs.items():
    rows[name] = {
        "runs": len(values),
        "wall_s": statistics.median(v[0] for v in values),
        "wall_s_min": min(v[0] for v in values),
        "wall_s_max": max(v[0] for v in values),
        "cpu_s": statistics.median(v[1] for v in values),
        "peak_rss_mb": statistics.median(v[2] for v in values),
    }
    rows[name]["articles_per_s"] = texts["articles"] / rows[name]["wall_s"]
peer = rows["omindex"]
print(f"Indexing {texts['articles']:,} Reuters-21578 articles, one text file each "
      f"({cores} cores, medians of {peer['runs']} rounds)\n")
print(f"{'':22}{'wall s':>9}{'(min-max)':>14}{'CPU s':>8}{'peak MB':>9}{'art/s':>8}"
      f"{'wall/omindex':>14}{'CPU/omindex':>13}")
for name in sorted(rows, key=lambda n: (n == "omindex", n)):
    r = rows[name]
    r["wall_ratio"] = r["wall_s"] / peer["wall_s"]
    r["cpu_ratio"] = r["cpu_s"] / peer["cpu_s"]
    spread = f"({r['wall_s_min']:.1f}-{r['wall_s_max']:.1f})"
    print(f"{name:22}{r['wall_s']:9.1f}{spread:>14}{r['cpu_s']:8.1f}{r['peak_rss_mb']:9.0f}"
          f"{r['articles_per_s']:8.0f}{r['wall_ratio']:14.2f}{r['cpu_ratio']:13.2f}")
d = rows["dateline"]
print(f"\nDateline articles/s = {peer['wall_s'] / d['wall_s']:.2f}x omindex's "
      f"(target >= 1.6x, i.e. Reuters in <= 10 s)")
with open(out_path, "w") as f:
    json.dump({"command": command, "articles": texts["articles"], "cores": int(cores),
               "rows": rows}, f, indent=2)
EOF
echo "indexing: results written to $out" >&2
