#!/usr/bin/env bash
# A profile-guided release build of minipy, as Debian's python3.11 is built (PGO + LTO).
#   benches/pgo.sh              builds target/pgo/release/minipy
#   MINIPY=target/pgo/release/minipy benches/run.sh    then measures it
# Three steps: an instrumented build; training runs (every benchmark at its test size,
# every per-operation probe, the realistic test programs); the optimised build from the
# merged profile. Needs llvm-profdata matching rustc's LLVM: `rustup component add
# llvm-tools` provides it. Takes about three release builds' time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  echo "llvm-profdata not found: run 'rustup component add llvm-tools'" >&2
  exit 1
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
gen_dir="$root/target/pgo-gen"
RUSTFLAGS="-Cprofile-generate=$data/raw" cargo build --release --target-dir "$gen_dir"
gen="$gen_dir/release/minipy"
# A private module cache, so that training also runs the compiler once.
export MINIPY_CACHE_DIR="$data/cache"
echo "training..."
while read -r name size; do
  case "$name" in ''|'#'*) continue ;; esac
  "$gen" "benches/$name.py" "$size" > /dev/null
done < tests/bench_outputs/sizes.txt
for probe in benches/ops/*.py; do
  "$gen" "$probe" 3000 > /dev/null
done
for prog in tests/realistic/*.py; do
  (cd tests/realistic && timeout 20 "$gen" "$(basename "$prog")" < /dev/null > /dev/null 2>&1) || true
done
"$profdata" merge -o "$data/merged.profdata" "$data/raw"
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" \
  cargo build --release --target-dir "$root/target/pgo"
echo "built $root/target/pgo/release/minipy"
