#!/usr/bin/env bash
# Runs the benchmarks under minipy (release build) and CPython 3.11 in the same run and
# prints a table of best-of-$REPS wall times and the ratio minipy / CPython (below 1.0
# means minipy is faster), then the geometric mean of the ratios.
#   benches/run.sh                 every benches/*.py at its default size
#   benches/run.sh fib go          only the named benchmarks
#   REPS=5 benches/run.sh          more repetitions (the best time is kept)
# Each benchmark's output is compared first; a difference is reported.
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet
minipy=${CARGO_TARGET_DIR:-target}/release/minipy
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
if [ $# -gt 0 ]; then
  files=(); for n in "$@"; do files+=("benches/${n%.py}.py"); done
else
  files=(benches/*.py)
fi
echo "minipy: $minipy   python: $python ($($python --version 2>&1))   best of $reps"
printf "%-18s %10s %10s %8s\n" benchmark minipy "$(basename "$python")" ratio
log_sum=0; count=0
for f in "${files[@]}"; do
  a=$($minipy "$f"); b=$($python "$f")
  if [ "$a" != "$b" ]; then echo "$f: OUTPUT DIFFERS"; fi
  tm=$(best "$minipy" "$f"); tp=$(best "$python" "$f")
  ratio=$(echo "$tm / $tp" | bc -l)
  printf "%-18s %9.3fs %9.3fs %7.2fx\n" "$(basename "$f" .py)" "$tm" "$tp" "$ratio"
  log_sum=$(echo "$log_sum + l($ratio)" | bc -l); count=$((count + 1))
done
printf "%-18s %10s %10s %7.2fx\n" "geometric mean" "" "" "$(echo "e($log_sum / $count)" | bc -l)"
