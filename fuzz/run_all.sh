#!/bin/sh
# Runs each cargo-fuzz target in turn for SECONDS seconds (one fuzzer at a time, at
# low priority), after seeding the corpora. Findings land in fuzz/artifacts/TARGET.
#   fuzz/run_all.sh 1200
# Set FUZZ_TARGET_DIR to build somewhere other than fuzz/target.
set -eu
if [ $# -ne 1 ]; then
    echo "usage: $0 SECONDS" >&2
    exit 2
fi
seconds=$1
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
./seed_corpus.sh
target_dir=${FUZZ_TARGET_DIR:+--target-dir=$FUZZ_TARGET_DIR}
found=0
for target in parse compile run builtins; do
    case $target in
        builtins) options="-max_len=16384" ;;
        *) options="-dict=python.dict -max_len=4096" ;;
    esac
    echo "== $target: $seconds s (from $(date -u +%H:%M:%S) UTC)"
    # A finding stops that target only (libFuzzer exits on its first one): the next
    # target still runs. The status says whether any target found something.
    # shellcheck disable=SC2086
    if ! nice -n 19 cargo +nightly fuzz run $target_dir "$target" "corpus/$target" -- \
        $options -timeout=5 -max_total_time="$seconds" -print_final_stats=1; then
        echo "== $target stopped on a finding (see fuzz/artifacts/$target)"
        found=1
    fi
done
exit "$found"
