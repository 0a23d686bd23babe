#!/bin/sh
# Regenerates the parser corpus expectations with CPython 3.11 (see regen.py).
exec python3 "$(dirname "$0")/regen.py"
