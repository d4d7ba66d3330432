#!/usr/bin/env bash
# Faceted queries on Reuters-21578, Dateline against Sphinx 2.2 (FACET over
# multi-valued attributes) and SQLite (FTS5 + people/places tables, GROUP BY).
# Dateline indexes the SGML; the peers are fed what Dateline stored (same
# articles, same people and places per article, exported from its index), so
# the facet counts must be equal. Each query is timed as a whole process
# (hyperfine, peers side by side) and, for the peers, in process.
# See bench/README.md.
set -euo pipefail

bench_name=peers_facets
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: bench/peers_facets.sh [OPTIONS]

Options:
  --data DIR      Reuters-21578 folder (reut2-*.sgm); default \$DATELINE_REUTERS_DIR,
                  else ../shared/data/reuters21578 beside the repo
  --build DIR     where dateline-index and dateline-search are (default build/release;
                  built if missing)
  --runs N        whole-process runs per command, median kept (default 20)
  --quick         first 2000 articles only (reut2-000.sgm, reut2-001.sgm)
  --extract       index with extraction on (default --no-extract: the collection's
                  PEOPLE and PLACES tags only)
  --query WORD    a query to time (repeatable; default: * oil said cocoa)
  --no-sphinx     leave Sphinx out
  --port N        SphinxQL port of the benchmark's own searchd (default 9367)
  --out FILE      JSON results (default build/bench/peers_facets.json)
  --keep          keep the work folder (indexes, exported input) and print it
  -h, --help      show this help
EOF
}

runs=20
sphinx=1
port=9367
extract=(--no-extract)
bench_queries=()
command_line="bench/peers_facets.sh${*:+ $*}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-sphinx) sphinx=0; shift ;;
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --extract) extract=(); shift ;;
    --query) bench_queries+=("${2:?--query needs a word}"); shift 2 ;;
    *) common_option "$@"; shift "$consumed" ;;
  esac
done
[[ ${#bench_queries[@]} -gt 0 ]] || bench_queries=('*' oil said cocoa)

require_positive --runs "$runs"
build=$(absolute "$build")
out=$(absolute "$out")

needed=(sqlite3 hyperfine python3)
[[ $sphinx -eq 1 ]] && needed+=(indexer searchd mysql)
require_tools "${needed[@]}"
require_time
# The peers' Python needs python3-xapian (the export) and, for Sphinx, python3-pymysql:
# Debian's python3 has them; a pyenv python3 does not see Debian's packages.
py=${PYTHON:-}
if [[ -z "$py" ]]; then
  py=python3
  if ! python3 -c 'import xapian' 2>/dev/null && /usr/bin/python3 -c 'import xapian' 2>/dev/null; then
    py=/usr/bin/python3
  fi
fi
"$py" -c 'import xapian' 2>/dev/null || die "$py has no xapian module: apt-get install python3-xapian"
"$py" -c 'import sqlite3; sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(a)")' 2>/dev/null ||
  die "$py's sqlite3 has no FTS5"
if [[ $sphinx -eq 1 ]]; then
  "$py" -c 'import pymysql' 2>/dev/null || die "pymysql not found: run ./tools/setup-debian.sh --bench (python3-pymysql)"
fi

reuters_files
build_tools

searchd_started=0
bench_cleanup() {
  if [[ $searchd_started -eq 1 ]]; then
    searchd --config "$work/sphinx.conf" --stopwait >/dev/null 2>&1 || true
  fi
}
make_work_dir

# time_into NAME COMMAND...: COMMAND under /usr/bin/time, figures in $work/time.NAME.
time_into() {
  local name=$1
  shift
  echo "$bench_name: $name ..." >&2
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time.$name" "$@" >"$work/log.$name" 2>&1; then
    tail -n 20 "$work/log.$name" >&2
    die "$name failed: $*"
  fi
}

time_into dateline-index "$index_bin" --index "$work/dateline" --quiet --no-spelling "${extract[@]}" \
  "${dateline_inputs[@]}"
echo "$bench_name: exporting the articles, people and places from the Dateline index (not timed) ..." >&2
export_json=$("$py" "$here/peers_facets.py" export "$work/dateline" "$work/export") || die "export failed"
articles=$("$py" -c 'import json,sys; print(json.loads(sys.argv[1])["articles"])' "$export_json")
echo "$bench_name: exported $export_json" >&2
time_into sqlite-index "$py" "$here/peers_facets.py" sqlite-index "$work/sqlite.db" "$work/export"

sphinx_args=()
if [[ $sphinx -eq 1 ]]; then
  mkdir -p "$work/sphinx"
  # Same tokenising choices as peers.sh (English stemming, no minimum word
  # length); people and places as multi-valued attributes of integer ids.
  cat >"$work/sphinx.conf" <<EOF
source reuters
{
  type = tsvpipe
  tsvpipe_command = cat $work/export/sphinx.tsv
  tsvpipe_field = title
  tsvpipe_field = body
  tsvpipe_attr_uint = date
  tsvpipe_attr_multi = people
  tsvpipe_attr_multi = places
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
  time_into sphinx-index indexer --config "$work/sphinx.conf" --all
  searchd --config "$work/sphinx.conf" >"$work/log.searchd" 2>&1 || {
    cat "$work/log.searchd" >&2
    die "searchd did not start (port $port busy? try --port)"
  }
  searchd_started=1
  sphinx_version=$(indexer --help 2>&1 | head -n 1 || true)
  sphinx_args=(--sphinx-port "$port" --sphinx-version "$sphinx_version")
fi

query_args=()
for q in "${bench_queries[@]}"; do query_args+=(--query "$q"); done
echo "$bench_name: checking counts, then timing (load average: $(cut -d' ' -f1-3 /proc/loadavg)) ..." >&2
"$py" "$here/peers_facets.py" report --index "$work/dateline" --search "$search_bin" --export "$work/export" \
  --sqlite "$work/sqlite.db" "${sphinx_args[@]}" "${query_args[@]}" --runs "$runs" \
  --articles "$articles" --command "$command_line" --out "$out" || die "report failed"
# Building each one's index (Dateline from the SGML, the peers from the export).
for entry in dateline-index:dateline sqlite-index:sqlite.db sphinx-index:sphinx; do
  name=${entry%%:*}
  [[ -f "$work/time.$name" ]] || continue
  size_kb=$(du -sk "$work/${entry#*:}" | cut -f1)
  awk -v name="$name" -v kb="$size_kb" -v tool="$bench_name" '{
    printf "%s: %-15s %7.2f s wall, %6.2f s CPU, %6.1f MB peak, %6.1f MB on disk\n",
      tool, name, $1, $3 + $4, $2 / 1024, kb / 1024 }' "$work/time.$name"
done
echo "$bench_name: figures written to $out" >&2
