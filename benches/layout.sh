#!/usr/bin/env bash
# Writes layout/function-order.txt: the order in which the linker places minipy's
# functions (build.rs passes it to lld as a symbol ordering file).
#   benches/layout.sh      then rebuild (cargo build --release)
# A run maps the executable's code in 64 KiB pieces around each function it calls, so a
# start-up whose few hundred functions are scattered over the whole text makes most of
# the binary resident. Placed together, the functions every run calls occupy a few
# hundred KiB. The training runs (an empty program, every benchmark at its test size,
# the realistic test programs) are profiled with callgrind; a function comes earlier the
# more of them call it, so start-up comes first, then what most programs use.
# The file names symbols; one the build no longer has is skipped, one it does not list
# goes after the listed ones: a stale file costs memory, never correctness.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-target}
case "$target" in /*) ;; *) target=$root/$target ;; esac
minipy=$target/release/minipy
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# A private module cache, filled by a first run, so that training runs as users do.
export MINIPY_CACHE_DIR="$data/cache"
echo pass > "$data/empty.py"
"$minipy" "$data/empty.py"
n=0
profile() {  # profile NAME DIR ARGS...: one training run's called functions
  local name=$1 dir=$2
  shift 2
  n=$((n + 1))
  (cd "$dir" && timeout 600 valgrind --tool=callgrind --demangle=no --compress-strings=no \
    --callgrind-out-file="$data/$n.cg" "$minipy" "$@" < /dev/null > /dev/null 2>&1) ||
    true  # a program that fails or times out still leaves its profile so far
}
echo "profiling..."
profile empty "$data" empty.py
while read -r name size; do
  case "$name" in '' | '#'*) continue ;; esac
  profile "$name" "$root" "benches/$name.py" "$size"
done < tests/bench_outputs/sizes.txt
for prog in tests/realistic/*.py; do
  profile "$prog" tests/realistic "$(basename "$prog")"
done
# Callgrind marks a recursive call's function with a depth suffix (`f'2`), dropped here.
# The C runtime's entry code (which callgrind reports without names) comes first, then
# the functions of the executable with a cost in each profile, counted once per profile.
printf '%s\n' _start deregister_tm_clones register_tm_clones __do_global_dtors_aux frame_dummy \
  > layout/function-order.txt
for f in "$data"/*.cg; do
  awk -v bin="$minipy" '
    /^ob=/ { here = (substr($0, 4) == bin) }
    /^fn=/ { if (here) { name = substr($0, 4); sub(/\047[0-9]+$/, "", name); print name } }' "$f" | sort -u
done | sort | uniq -c | sort -k1,1nr -k2 |
  awk 'NF == 2 && $2 !~ /^(0x|\()/ { print $2 }' >> layout/function-order.txt
echo "wrote layout/function-order.txt ($(wc -l < layout/function-order.txt) functions)"
