#!/usr/bin/env bash
# Runs the benchmarks under minipy (release build) and CPython 3.11 in the same run and
# prints a table of best-of-$REPS wall times and the ratio minipy / CPython (below 1.0
# means minipy is faster), then the geometric mean of the ratios; then a memory table:
# each interpreter's peak RSS (the kernel's ru_maxrss of one run), their ratio, and
# minipy's peak heap (the allocator's "bytes in use highwater mark", from --mem-report).
#   benches/run.sh                 every benches/*.py at its default size
#   benches/run.sh fib go          only the named benchmarks
#   REPS=5 benches/run.sh          more repetitions (the best time is kept)
#   MINIPY=target/pgo/release/minipy benches/run.sh   another build (benches/pgo.sh)
# Each benchmark's output is compared first; a difference is reported.
set -eu
cd "$(dirname "$0")/.."
if [ -n "${MINIPY:-}" ]; then
  minipy=$MINIPY
else
  cargo build --release --quiet
  minipy=${CARGO_TARGET_DIR:-target}/release/minipy
fi
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
peak_rss() {  # peak resident set size of one run, in KiB
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$tmp/rss" "$@" > /dev/null && tail -1 "$tmp/rss"
  else
    "$python" -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
  fi
}
peak_heap() {  # minipy's peak heap bytes for one run, in KiB
  "$minipy" --mem-report "$1" 2>&1 >/dev/null | awk '/bytes in use highwater mark/ {
    gsub(",", "", $NF); printf "%d\n", $NF / 1024 }'
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then
  files=(); for n in "$@"; do files+=("benches/${n%.py}.py"); done
else
  # sizes.py is benches/sizes.sh's probe of object sizes, not a benchmark.
  files=(); for f in benches/*.py; do [ "$f" = benches/sizes.py ] || files+=("$f"); done
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
echo
printf "%-18s %12s %12s %8s %14s\n" "peak memory" "minipy RSS" "python RSS" ratio "minipy heap"
log_sum=0
for f in "${files[@]}"; do
  rm=$(peak_rss "$minipy" "$f"); rp=$(peak_rss "$python" "$f"); hm=$(peak_heap "$f")
  ratio=$(echo "$rm / $rp" | bc -l)
  printf "%-18s %9d KiB %9d KiB %7.2fx %10d KiB\n" "$(basename "$f" .py)" "$rm" "$rp" "$ratio" "$hm"
  log_sum=$(echo "$log_sum + l($ratio)" | bc -l)
done
printf "%-18s %12s %12s %7.2fx\n" "geometric mean" "" "" "$(echo "e($log_sum / $count)" | bc -l)"
