#!/usr/bin/env bash
# Records CPython 3.11's output of every benchmark in benches/ run at the small size
# listed in sizes.txt (NAME.out here); `cargo test --test benches` compares minipy's.
set -eu
cd "$(dirname "$0")"
grep -v '^#' sizes.txt | while read -r name size; do
  [ -n "$name" ] || continue
  python3 "../../benches/$name.py" "$size" > "$name.out"
done
