#!/usr/bin/env bash
# Shards benchmark: one archive indexed as N shards, searched locally (one
# process opens every shard) and remotely (one xapian-tcpsrv per shard on
# 127.0.0.1), with and without facets. Prints per-shard sizes, whole-process
# query times (hyperfine) and what facets cost per match across the network
# layer; checks that local and remote facet counts are the same.
# See bench/README.md.
set -euo pipefail

bench_name=shards
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/shards.sh --corpus DIR [OPTIONS]

Options:
  --corpus DIR      the articles to index (e.g. a corpus of bench/generate_corpus.py)
  --shards N        shards of the index (default 4)
  --query Q         a query to time (repeatable; default: zhao, oil, the)
  --port P          first port of the servers (default 35100; N ports from it)
  --build DIR       build folder holding the tools (default build/release; built if missing)
  --runs N          timed runs of each command (default 5)
  --out FILE        JSON results (default build/bench/shards.json)
  --keep            keep the work folder (the index) and print it
  -h, --help        show this help
EOF
}

corpus=
shards=4
port=35100
query_list=()
command_line="bench/shards.sh${*:+ $*}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --corpus) corpus=${2:?--corpus needs a folder}; shift 2 ;;
    --shards) shards=${2:?--shards needs a number}; shift 2 ;;
    --query) query_list+=("${2:?--query needs a query}"); shift 2 ;;
    --port) port=${2:?--port needs a number}; shift 2 ;;
    *) common_option "$@"; shift "$consumed" ;;
  esac
done
[[ -n "$corpus" && -d "$corpus" ]] || die "--corpus DIR is required (a folder of articles)"
require_positive --shards "$shards"
require_positive --runs "$runs"
require_positive --port "$port"
[[ ${#query_list[@]} -gt 0 ]] || query_list=(zhao oil the)
corpus=$(absolute "$corpus")
build=$(absolute "$build")
out=$(absolute "$out")
require_tools xapian-tcpsrv hyperfine python3 cmake
require_time
build_tools

servers=()
bench_cleanup() {
  local pid
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
}
make_work_dir
index=$work/index

echo "shards: indexing $corpus as $shards shards ..." >&2
/usr/bin/time -f '%e %U %S %M' -o "$work/index-time" \
  "$index_bin" --index "$index" --quiet --shards "$shards" "$corpus" >"$work/index.log" 2>&1 ||
  { tail -n 20 "$work/index.log" >&2; die "dateline-index failed"; }

# The stub lists the shard databases: "auto gen-NNNNNN/shard-I".
mapfile -t shard_dirs < <(awk '$1 == "auto" { print $2 }' "$index/XAPIANDB")
[[ ${#shard_dirs[@]} -eq $shards ]] || die "expected $shards shards in $index/XAPIANDB"
remote_args=()
: >"$work/shard-sizes"
for i in "${!shard_dirs[@]}"; do
  dir=$index/${shard_dirs[$i]}
  echo "$i $(du -sk "$dir" | cut -f1) $(xapian-delve -1 "$dir" 2>/dev/null | awk '/number of documents/ {print $NF}')" \
    >>"$work/shard-sizes"
  p=$((port + i))
  # In a session of its own: the forking server signals its whole process
  # group when it is stopped, which would include this script.
  setsid xapian-tcpsrv --port "$p" --interface 127.0.0.1 "$dir" >"$work/tcpsrv-$i.log" 2>&1 &
  servers+=($!)
  remote_args+=(--index "tcp://127.0.0.1:$p")
done
# Wait until every server answers (a search with no match exits 1, a failed one 2).
for attempt in $(seq 50); do
  status=0
  "$search_bin" "${remote_args[@]}" --count zzzzqqq >/dev/null 2>&1 || status=$?
  if [[ $status -le 1 ]]; then break; fi
  [[ $attempt -lt 50 ]] || die "the servers did not start (see $work/tcpsrv-*.log)"
  sleep 0.2
done

facets=(--facet person --facet place --facet date)
: >"$work/queries.tsv"
for q in "${query_list[@]}"; do
  echo "shards: $q ..." >&2
  matches=$("$search_bin" --index "$index" --count "$q")
  "$search_bin" --index "$index" --json --limit 0 "${facets[@]}" --facet-limit 0 "$q" >"$work/local.json"
  "$search_bin" "${remote_args[@]}" --json --limit 0 "${facets[@]}" --facet-limit 0 "$q" >"$work/remote.json"
  same=0
  python3 -c 'import json, sys; a, b = (json.load(open(x))["facets"] for x in sys.argv[1:]); sys.exit(a != b)' \
    "$work/local.json" "$work/remote.json" && same=1
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/hf.json" \
    -n local "$search_bin --index $index --no-snippets $q" \
    -n local-facets "$search_bin --index $index --no-snippets ${facets[*]} $q" \
    -n remote "$search_bin ${remote_args[*]} --no-snippets $q" \
    -n remote-facets "$search_bin ${remote_args[*]} --no-snippets ${facets[*]} $q" \
    >"$work/hyperfine-$q.txt" 2>&1 || { cat "$work/hyperfine-$q.txt" >&2; die "a search failed"; }
  python3 -c 'import json, sys
r = {x["command"]: x["median"] * 1000 for x in json.load(open(sys.argv[1]))["results"]}
print("\t".join([sys.argv[2], sys.argv[3], sys.argv[4]] + ["%.1f" % r[k] for k in ("local", "local-facets", "remote", "remote-facets")]))' \
    "$work/hf.json" "$q" "$matches" "$same" >>"$work/queries.tsv"
done

mkdir -p "$(dirname "$out")"
python3 - "$work/index-time" "$work/shard-sizes" "$work/queries.tsv" "$out" "$command_line" "$shards" <<'EOF'
import json, sys
time_path, sizes_path, queries_path, out_path, command, shards = sys.argv[1:]
wall, user, sys_, rss = open(time_path).read().split()
sizes = [line.split() for line in open(sizes_path)]
total_docs = sum(int(s[2]) for s in sizes)
print(f"Index: {total_docs:,} articles in {shards} shards, {float(wall):.0f} s wall, "
      f"{float(user) + float(sys_):.0f} CPU s, peak {int(rss) / 1024:.0f} MB")
for i, kb, docs in sizes:
    print(f"  shard {i}: {int(docs):,} articles, {int(kb) / 1024:.0f} MB ({int(kb) / int(docs):.2f} KB per article)")
print()
print(f"{'query':10}{'matches':>10}{'local':>9}{'+3 facets':>11}{'remote':>9}{'+3 facets':>11}"
      f"{'remote facets µs/match':>24}{'same counts':>13}")
rows = []
for line in open(queries_path):
    q, matches, same, local, local_f, remote, remote_f = line.rstrip("\n").split("\t")
    matches = int(matches)
    per_match = (float(remote_f) - float(remote)) * 1000 / matches if matches else 0.0
    rows.append({"query": q, "matches": matches, "local_ms": float(local),
                 "local_facets_ms": float(local_f), "remote_ms": float(remote),
                 "remote_facets_ms": float(remote_f), "remote_facet_us_per_match": per_match,
                 "same_counts": same == "1"})
    print(f"{q:10}{matches:>10,}{float(local):9.1f}{float(local_f):11.1f}{float(remote):9.1f}"
          f"{float(remote_f):11.1f}{per_match:24.2f}{'yes' if same == '1' else 'NO':>13}")
print("\n(ms: medians of whole dateline-search runs; servers on 127.0.0.1)")
with open(out_path, "w") as f:
    json.dump({"command": command, "shards": int(shards), "articles": total_docs,
               "index": {"wall_s": float(wall), "cpu_s": float(user) + float(sys_),
                         "peak_rss_mb": int(rss) / 1024},
               "shard_sizes_kb": [int(s[1]) for s in sizes], "queries": rows}, f, indent=2)
EOF
echo "shards: results written to $out" >&2
