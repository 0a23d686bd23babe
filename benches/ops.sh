#!/usr/bin/env bash
# Per-operation instruction counts, minipy against CPython 3.11, from callgrind.
# Each benches/ops/*.py probe runs one operation per loop iteration; it is run with two
# iteration counts and the difference divided by the extra iterations, so start-up and
# set-up cancel out. Prints a markdown table and the geometric mean of the ratios.
#   benches/ops.sh                every probe
#   benches/ops.sh attr_load ...  only the named probes
# Instruction counts do not depend on machine load, unlike wall time.
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
command -v valgrind > /dev/null || { echo "valgrind is needed" >&2; exit 1; }
export PYTHONHASHSEED=0
# A compiled-module cache of this run's own, warmed before measuring: builds that share
# the default cache replace each other's files, and a run that recompiles the standard
# modules it imports counts millions of extra instructions.
MINIPY_CACHE_DIR=$(mktemp -d)
export MINIPY_CACHE_DIR
trap 'rm -rf "$MINIPY_CACHE_DIR"' EXIT
small=${SMALL:-5000}
large=${LARGE:-25000}
instructions() {  # total instructions executed by "$@"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
per_op() {  # instructions per iteration of probe $2 under interpreter $1
  # The median of three measurements: a run now and then differs by millions of
  # instructions (address-space layout, hash seeds), which one difference would show.
  local a b k samples=()
  for k in 1 2 3; do
    a=$(instructions "$1" "$2" "$small")
    b=$(instructions "$1" "$2" "$large")
    samples+=($(( (b - a) / (large - small) )))
  done
  printf '%s\n' "${samples[@]}" | sort -n | sed -n 2p
}
if [ $# -gt 0 ]; then
  files=(); for n in "$@"; do files+=("benches/ops/${n%.py}.py"); done
else
  files=(benches/ops/*.py)
fi
echo "minipy: $minipy   python: $python   iterations: $large - $small"
echo
echo "| op | minipy | CPython | ratio |"
echo "|---|---:|---:|---:|"
log_sum=0; count=0
for f in "${files[@]}"; do
  "$minipy" "$f" 10 > /dev/null
  m=$(per_op "$minipy" "$f"); p=$(per_op "$python" "$f")
  ratio=$(echo "$m / $p" | bc -l)
  printf "| %s | %d | %d | %.2f |\n" "$(basename "$f" .py)" "$m" "$p" "$ratio"
  log_sum=$(echo "$log_sum + l($ratio)" | bc -l); count=$((count + 1))
done
printf "\ngeometric mean: %.2fx\n" "$(echo "e($log_sum / $count)" | bc -l)"
