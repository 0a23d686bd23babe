#!/bin/sh
# Seeds the corpora of the source targets (parse, compile, run) with the test programs.
# The corpora live in fuzz/corpus/TARGET and are not committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for target in parse compile run; do
    mkdir -p "$here/corpus/$target"
    cp "$here"/../tests/programs/*.py "$here/corpus/$target/"
done
mkdir -p "$here/corpus/builtins"
