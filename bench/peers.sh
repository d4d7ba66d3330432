#!/usr/bin/env bash
# Peers benchmark on Reuters-21578: Dateline, omindex (Xapian), SQLite FTS5 and
# Sphinx index the same articles and answer the same fixed query set, every
# query timed inside a process (no process start-up in the figures). Prints
# the figures side by side with Dateline/peer ratios and writes JSON.
# See bench/README.md.
set -euo pipefail

bench_name=peers
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/peers.sh [OPTIONS]

Options:
  --data DIR      Reuters-21578 folder (reut2-*.sgm); default \$DATELINE_REUTERS_DIR,
                  else ../shared/data/reuters21578 beside the repo
  --queries FILE  query set (KIND<TAB>QUERY lines); default \$DATELINE_REUTERS_QUERIES,
                  else ../shared/bench/reuters-queries.txt beside the repo
  --build DIR     build with the benchmarks (default build/benchmarks, the bench preset;
                  built if missing)
  --runs N        timed runs of each query, per-query median is kept (default 5)
  --quick         first 2000 articles only (reut2-000.sgm, reut2-001.sgm)
  --no-sphinx     leave Sphinx out
  --port N        SphinxQL port for the benchmark's own searchd (default 9366)
  --out FILE      JSON results (default build/bench/peers.json)
  --keep          keep the work folder (indexes, converted articles) and print it
  -h, --help      show this help
EOF
}

build=$repo/build/benchmarks
runs=5
sphinx=1
port=9366
command_line="bench/peers.sh${*:+ $*}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-sphinx) sphinx=0; shift ;;
    --port) port=${2:?--port needs a number}; shift 2 ;;
    *) common_option "$@"; shift "$consumed" ;;
  esac
done

require_positive --runs "$runs"
[[ -f "$queries" ]] || die "query set not found at $queries (set --queries FILE or DATELINE_REUTERS_QUERIES)"
build=$(absolute "$build")
out=$(absolute "$out")
queries=$(absolute "$queries")

needed=(omindex xapian-delve python3 cmake)
[[ $sphinx -eq 1 ]] && needed+=(indexer searchd)
require_tools "${needed[@]}"
require_time
# The Python of the peers: \$PYTHON, else python3, else Debian's own when only
# that one has pymysql (python3-pymysql installs there).
py=${PYTHON:-python3}
if [[ $sphinx -eq 1 && -z "${PYTHON:-}" ]] && ! python3 -c 'import pymysql' 2>/dev/null &&
  /usr/bin/python3 -c 'import pymysql' 2>/dev/null; then
  py=/usr/bin/python3
fi
"$py" -c 'import sqlite3; sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(a)")' 2>/dev/null ||
  die "$py's sqlite3 has no FTS5"
if [[ $sphinx -eq 1 ]]; then
  "$py" -c 'import pymysql' 2>/dev/null || die "pymysql not found: run ./tools/setup-debian.sh --bench (python3-pymysql)"
fi

# ---- corpus and binaries --------------------------------------------------
reuters_files
build_query_latency

searchd_started=0
bench_cleanup() {
  if [[ $searchd_started -eq 1 ]]; then
    searchd --config "$work/sphinx.conf" --stopwait >/dev/null 2>&1 || true
  fi
}
make_work_dir

echo "peers: converting the articles for omindex (HTML files) and Sphinx (TSV), not timed ..." >&2
corpus_json=$(python3 "$here/reuters_to_files.py" "$work/articles" "${sgm[@]}") || die "conversion failed"
articles=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["articles"])' "$corpus_json")
"$py" "$here/peers.py" tsv "$work/reuters.tsv" "${sgm[@]}" || die "TSV conversion failed"
cat "${sgm[@]}" "$work/reuters.tsv" >/dev/null

indexing=()
# measure NAME INDEX COMMAND...: run COMMAND under /usr/bin/time; INDEX is what du measures.
measure() {
  local name=$1 index=$2
  shift 2
  echo "peers: indexing with $name ..." >&2
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time.$name" "$@" >"$work/log.$name" 2>&1; then
    tail -n 20 "$work/log.$name" >&2
    die "$name failed: $*"
  fi
  local size docs
  size=$(du -sk "$index" | cut -f1)
  docs=$(xapian-delve "$index" 2>/dev/null | awk -F'= *' '/number of documents/ {print $2}') || true
  indexing+=(--indexing "$name:$work/time.$name:$size:${docs:-?}")
}

measure dateline "$work/dateline" "$index_bin" --index "$work/dateline" --quiet "${dateline_inputs[@]}"
measure dateline-like "$work/dateline-like" \
  "$index_bin" --index "$work/dateline-like" --quiet --no-spelling --no-extract "${dateline_inputs[@]}"
measure omindex "$work/omindex" omindex --db "$work/omindex" --url / "$work/articles"
measure fts5 "$work/fts5.db" "$py" "$here/peers.py" fts5-index "$work/fts5.db" "${sgm[@]}"

sphinx_args=()
if [[ $sphinx -eq 1 ]]; then
  mkdir -p "$work/sphinx"
  # Stock settings but English stemming (like the others) and no minimum word length.
  cat >"$work/sphinx.conf" <<EOF
source reuters
{
  type = tsvpipe
  tsvpipe_command = cat $work/reuters.tsv
  tsvpipe_field = title
  tsvpipe_field = body
}
index reuters
{
  source = reuters
  path = $work/sphinx/reuters
  morphology = stem_en
  min_word_len = 1
}
indexer
{
  mem_limit = 128M
}
searchd
{
  listen = 127.0.0.1:$port:mysql41
  log = $work/sphinx/searchd.log
  query_log = $work/sphinx/query.log
  pid_file = $work/sphinx/searchd.pid
  binlog_path =
}
EOF
  measure sphinx "$work/sphinx" indexer --config "$work/sphinx.conf" --all
  searchd --config "$work/sphinx.conf" >"$work/log.searchd" 2>&1 || {
    cat "$work/log.searchd" >&2
    die "searchd did not start (port $port busy? try --port)"
  }
  searchd_started=1
  sphinx_version=$(indexer --help 2>&1 | head -n 1 || true)
  sphinx_args=(--sphinx-port "$port" --sphinx-version "$sphinx_version")
fi

echo "peers: queries, Dateline and omindex in process (query_latency) ..." >&2
"$latency_bin" --index "$work/dateline" --queries "$queries" --runs "$runs" --modes dateline \
  --label "Dateline, Reuters" --json "$work/latency-dateline.json" >"$work/latency-dateline.txt" ||
  die "query_latency failed on the Dateline index"
"$latency_bin" --xapian-db "$work/omindex" --queries "$queries" --runs "$runs" --modes plain \
  --label "omindex database" --json "$work/latency-omindex.json" >"$work/latency-omindex.txt" ||
  die "query_latency failed on the omindex database"

echo "peers: queries, FTS5 and Sphinx in process (python) ..." >&2
"$py" "$here/peers.py" report --queries "$queries" --runs "$runs" --fts5 "$work/fts5.db" "${sphinx_args[@]}" \
  --dateline-latency "$work/latency-dateline.json" --omindex-latency "$work/latency-omindex.json" \
  "${indexing[@]}" --articles "$articles" --command "$command_line" --out "$out" ||
  die "query run failed"
echo "peers: figures written to $out" >&2
