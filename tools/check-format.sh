#!/usr/bin/env bash
# Fails when a tracked C++ file differs from the repository's .clang-format.
# Run from anywhere; `--fix` rewrites the files instead of checking them.
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: $clang_format not found (./tools/setup-debian.sh installs it)" >&2
  exit 2
fi

# Tracked files plus new ones not yet committed (but not ignored ones).
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.hpp' |
  while read -r f; do [[ -f "$f" ]] && echo "$f"; done)

if [[ "${1:-}" == "--fix" ]]; then
  "$clang_format" -i "${files[@]}"
  exit 0
fi
if ! "$clang_format" --dry-run --Werror "${files[@]}"; then
  echo "check-format: the files above differ from .clang-format; run tools/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
