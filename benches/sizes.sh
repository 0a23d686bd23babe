#!/usr/bin/env bash
# sys.getsizeof of one object of each common type under minipy and CPython 3.11, as a
# markdown table (docs/memory.md keeps a copy).
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet
minipy=${CARGO_TARGET_DIR:-target}/release/minipy
python=""
for p in $(type -ap python3.11 python3); do
  case "$p" in *pyenv/shims*) continue ;; esac
  python=$p; break
done
[ -n "$python" ] || python=python3
echo "| object | minipy | CPython 3.11 |"
echo "|---|---:|---:|"
paste <("$minipy" benches/sizes.py) <("$python" benches/sizes.py) \
  | awk -F'\t' '{ printf "| `%s` | %s | %s |\n", $1, $2, $4 }'
