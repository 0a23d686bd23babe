#!/usr/bin/env bash
# Records CPython 3.11's output for every test program (or those named): stdout to
# .out, stderr to .err (only when non-empty), a non-zero exit status to .status.
# CPython names the script by its absolute path in tracebacks (also those a program
# prints itself); the directory is dropped so the recordings do not depend on where
# the repository lives.
set -u
cd "$(dirname "$0")"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  case "$f" in mod_*) continue ;; esac
  base="${f%.py}"
  python3 "$f" > "$base.out" 2> "$base.err"
  status=$?
  sed -i "s|$PWD/||g" "$base.out" "$base.err"
  [ -s "$base.err" ] || rm -f "$base.err"
  if [ $status -ne 0 ]; then echo $status > "$base.status"; else rm -f "$base.status"; fi
done
