#!/usr/bin/env bash
# The demo: indexes the sample corpus with the release build and answers a
# few searches. Run after `cmake --workflow --preset release`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release
index=build/demo-index
rm -rf "$index"

run() {
  printf '\n$ %s\n' "$*"
  "$@" || true   # exit 1 (no hits) is a normal answer in a demo
}

run "$bin/indexer/dateline-index" --index "$index" corpus
run "$bin/searcher/dateline-search" --index "$index" --limit 3 '"interest rates"'
run "$bin/searcher/dateline-search" --index "$index" --limit 3 --facet person --facet place 'port strike'
run "$bin/searcher/dateline-search" --index "$index" --count 'date:2019..2020'
run "$bin/searcher/dateline-search" --index "$index" --limit 0 --facet date:year --facet-limit 20 'date:..2030'
