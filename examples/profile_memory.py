# The line-by-line memory profiler: which line of a function made memory grow, and by
# how much.
#
# Decorating a function with memory_profiler's @profile makes it print, each time it
# returns, a table with one row per line it ran:
#   Mem usage    the heap in use after the line (all of it, not only this function's)
#   Increment    how much that line changed it (negative when it freed memory)
#   Occurrences  how many times the line ran (a loop body counts every pass)
# minipy reads its own heap, so the figures are the exact bytes of the blocks allocated
# and freed, not samples of the process size as with CPython's memory_profiler.
#
# Run: minipy examples/profile_memory.py
# (or profile every function of a file without decorating: minipy --profile-memory FILE)
from memory_profiler import profile


@profile
def build_and_drop(n):
    squares = [i * i for i in range(n)]  # a list of n slots and n ints (most above 256)
    index = {}
    for i in range(0, n, 100):
        index[i] = squares[i]  # the dict grows as its table is resized
    total = sum(squares)
    del squares  # frees the list and every int only it held
    index.clear()  # frees the dict's table and the keys only it held
    return total


print("sum of squares:", build_and_drop(100000))
# What to look for in the table:
#  - the list comprehension's line has the big positive Increment: 100,000 ints of
#    32 bytes plus the list's 800,000-byte slot array;
#  - a line runs once per pass of a loop, a comprehension's once per item (plus its
#    start and end), and Occurrences says so; the loop's Increments stay small: the
#    dict's keys above 256 (made by the `for` line) and the dict's table;
#  - "-0.000 MiB": the line freed a few bytes more than it allocated (`index = {}` makes
#    a small dict while the leftovers of the line before, such as its iterator, go);
#  - `del squares` gives back roughly what the comprehension took (a negative
#    Increment) -- except the 1,000 ints the dict still shares -- and `index.clear()`
#    returns the rest, so Mem usage ends where the function began.
