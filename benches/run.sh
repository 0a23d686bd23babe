#!/usr/bin/env bash
# Runs every benchmark under minipy (release build) and CPython 3.11 in the same run and
# prints the time ratio (minipy / CPython; below 1.0 means minipy is faster).
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet
minipy=target/release/minipy
# Prefer the distribution's PGO+LTO python3.11 over a pyenv shim.
python=""
for p in $(type -ap python3.11 python3); do
  case "$p" in *pyenv/shims*) continue ;; esac
  python=$p; break
done
[ -n "$python" ] || python=python3
reps=${REPS:-3}
best() {  # best wall time of $reps runs, in seconds
  local b=""
  for _ in $(seq "$reps"); do
    local s e t
    s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
  done
  echo "$b"
}
printf "%-22s %10s %10s %8s\n" benchmark minipy "$(basename "$python")" ratio
for f in benches/*.py; do
  a=$($minipy "$f"); b=$($python "$f")
  if [ "$a" != "$b" ]; then echo "$f: OUTPUT DIFFERS"; echo " minipy: $a"; echo " python: $b"; fi
  tm=$(best "$minipy" "$f"); tp=$(best "$python" "$f")
  printf "%-22s %9.3fs %9.3fs %7.2fx\n" "$(basename "$f")" "$tm" "$tp" "$(echo "$tm / $tp" | bc -l)"
done
