# bench/common.sh: what the bench scripts share. Sourced, never run:
#
#   bench_name=peers
#   source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
#
# Sets `here` (bench/) and `repo`, the default data locations, and gives:
#   die MESSAGE...            "NAME: error: MESSAGE" on stderr, exit 1
#   unknown_option OPTION     the usage on stderr, then die
#   common_option ARGS...     parses an option most scripts share (below);
#                             sets `consumed` to the words it used
#   require_positive NAME VALUE   die unless VALUE is a whole number >= 1
#   absolute PATH             PATH made absolute against the current folder
#   require_tools TOOL...     die naming tools/setup-debian.sh --bench unless each is on PATH
#   require_time              the same for /usr/bin/time (package time)
#   reuters_files             fills `sgm` (the .sgm files) and `dateline_inputs`
#                             (what dateline-index is given) from `data` and `quick`
#   build_tools               dateline-index and dateline-search in `build`, built
#                             if missing (build/release: the release preset);
#                             sets `index_bin`, `search_bin`
#   build_query_latency       the same with bench/query_latency (build/benchmarks:
#                             the bench preset); also sets `latency_bin`
#   make_work_dir [DIR]       sets `work` (DIR, else a new temporary folder) and
#                             removes it on exit unless `keep` is 1; scripts with
#                             more to clean up define bench_cleanup, run first
# Each script defines usage() before calling unknown_option or common_option.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

# Defaults of the options common_option parses; scripts may change them
# after sourcing, before parsing.
data=${DATELINE_REUTERS_DIR:-$repo/../shared/data/reuters21578}
queries=${DATELINE_REUTERS_QUERIES:-$repo/../shared/bench/reuters-queries.txt}
build=$repo/build/release
runs=3
quick=0
keep=0
out=$repo/build/bench/${bench_name:?set bench_name before sourcing bench/common.sh}.json

die() {
  echo "$bench_name: error: $*" >&2
  exit 1
}

unknown_option() {
  usage >&2
  die "unknown option: $1"
}

# --data DIR, --queries FILE, --build DIR, --runs N, --quick, --out FILE,
# --keep, -h/--help; anything else is an unknown option.
common_option() {
  consumed=1
  case "$1" in
    --data) data=${2:?--data needs a folder}; consumed=2 ;;
    --queries) queries=${2:?--queries needs a file}; consumed=2 ;;
    --build) build=${2:?--build needs a folder}; consumed=2 ;;
    --runs) runs=${2:?--runs needs a number}; consumed=2 ;;
    --quick) quick=1 ;;
    --out) out=${2:?--out needs a file}; consumed=2 ;;
    --keep) keep=1 ;;
    -h | --help) usage; exit 0 ;;
    *) unknown_option "$1" ;;
  esac
}

require_positive() {
  [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 must be a positive whole number, got '$2'"
}

absolute() {
  if [[ "$1" = /* ]]; then echo "$1"; else echo "$PWD/$1"; fi
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null ||
      die "$tool not found: run ./tools/setup-debian.sh --bench (xapian-omega, xapian-tools, python3, time, ...)"
  done
}

require_time() {
  [[ -x /usr/bin/time ]] || die "/usr/bin/time not found: run ./tools/setup-debian.sh --bench (package time)"
}

reuters_files() {
  [[ -d "$data" ]] || die "Reuters-21578 not found at $data (set --data DIR or DATELINE_REUTERS_DIR)"
  if [[ $quick -eq 1 ]]; then
    sgm=("$data/reut2-000.sgm" "$data/reut2-001.sgm")
    local file
    for file in "${sgm[@]}"; do [[ -f "$file" ]] || die "$file not found"; done
    dateline_inputs=("${sgm[@]}")
  else
    shopt -s nullglob
    sgm=("$data"/reut2-*.sgm)
    shopt -u nullglob
    [[ ${#sgm[@]} -gt 0 ]] || die "no reut2-*.sgm files in $data"
    # The folder, as a user would: Dateline also reads the code book beside the SGML.
    dateline_inputs=("$data")
  fi
}

# ensure_built PRESET TARGET...: unless every path in `binaries` is executable,
# builds TARGET... into `build` -- with the CMake preset PRESET when `build` is
# that preset's folder, else in Release with the options PRESET sets -- and
# checks again.
ensure_built() {
  local preset=$1 binary
  shift
  local missing=0
  for binary in "${binaries[@]}"; do [[ -x "$binary" ]] || missing=1; done
  [[ $missing -eq 1 ]] || return 0
  echo "$bench_name: building ${*} into $build ..." >&2
  local options=(-DCMAKE_BUILD_TYPE=Release -DDATELINE_BUILD_TESTS=OFF)
  [[ "$preset" == bench ]] && options+=(-DDATELINE_BUILD_BENCHMARKS=ON)
  local targets=()
  for binary in "$@"; do targets+=(--target "$binary"); done
  if [[ "$build" == "$repo/build/$(preset_folder "$preset")" ]]; then
    (cd "$repo" && cmake --preset "$preset" && cmake --build --preset "$preset" "${targets[@]}") >&2 ||
      die "build failed (cmake --preset $preset)"
  elif ! { cmake -S "$repo" -B "$build" "${options[@]}" &&
    cmake --build "$build" -j 2 "${targets[@]}"; } >&2; then
    die "build failed in $build"
  fi
  for binary in "${binaries[@]}"; do [[ -x "$binary" ]] || die "the build did not produce $binary"; done
}

# The folder under build/ a preset of CMakePresets.json builds into.
preset_folder() {
  case "$1" in
    bench) echo benchmarks ;;
    *) echo "$1" ;;
  esac
}

build_tools() {
  index_bin=$build/indexer/dateline-index
  search_bin=$build/searcher/dateline-search
  binaries=("$index_bin" "$search_bin")
  ensure_built release dateline-index dateline-search
}

build_query_latency() {
  index_bin=$build/indexer/dateline-index
  search_bin=$build/searcher/dateline-search
  latency_bin=$build/bench/query_latency/query_latency
  binaries=("$index_bin" "$search_bin" "$latency_bin")
  ensure_built bench query_latency dateline-index dateline-search
}

make_work_dir() {
  if [[ -n "${1:-}" ]]; then
    work=$1
    mkdir -p "$work"
  else
    work=$(mktemp -d "${TMPDIR:-/tmp}/dateline-$bench_name.XXXXXX")
  fi
  trap _bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

_bench_cleanup() {
  if declare -F bench_cleanup >/dev/null; then bench_cleanup || true; fi
  if [[ $keep -eq 1 ]]; then
    echo "$bench_name: work folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
}
