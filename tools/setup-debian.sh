#!/usr/bin/env bash
# Installs what Dateline needs to build, test and benchmark on Debian 12, using
# only Debian's packages. Installs nothing that is already there. Runs apt-get
# as root, or through sudo for other users.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config git
  # libraries
  libxapian-dev libboost-program-options-dev nlohmann-json3-dev libfmt-dev libxxhash-dev zlib1g-dev
  libjemalloc-dev
  # tests (xapian-tools gives xapian-tcpsrv, used by the remote-search tests;
  # librsvg2-bin gives rsvg-convert and libpng-dev the decoder, to look at the
  # pixels of --plot charts); the test preset also builds the benchmark
  # programs, so that they keep compiling cleanly (Google Benchmark)
  libgtest-dev xapian-tools librsvg2-bin libpng-dev libbenchmark-dev
  # the format check in the test run; groff and zsh check the man pages and
  # run the zsh completions in tests/cli/tools_cli_test.cpp
  clang-format groff-base zsh
)
if [[ "${1:-}" == "--bench" ]]; then
  # peers and tools used by bench/
  packages+=(xapian-omega hyperfine python3 time sqlite3 sphinxsearch python3-pymysql python3-xapian mariadb-client)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  as_root=(sudo)
fi
echo "setup: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
