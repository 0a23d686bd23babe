# How much memory does a structure really hold? Deep sizes and heap summaries.
#
# sys.getsizeof gives one object's own bytes; a structure's cost is that object plus
# everything it refers to. Pympler's asizeof adds them up (each object once), its
# summary/tracker group live objects by type, and minipy's own `minipy` module gives a
# guppy-style partition of the live heap and the line that allocated an object. Every
# figure is the exact number of bytes minipy's heap handed out (Pympler estimates
# them on CPython).
#
# Run: minipy examples/deep_sizes.py
import sys
import tracemalloc

import minipy
from pympler import asizeof, summary, tracker


class Order:
    def __init__(self, ident, items):
        self.ident = ident
        self.items = items


# 1. One object's bytes vs the whole structure's.
order = Order(1001, [('apple', 3), ('pear', 12)])
print('getsizeof(order)   =', sys.getsizeof(order), 'bytes (the instance alone)')
print('asizeof(order)     =', asizeof.asizeof(order), 'bytes (and all it refers to)')
print('minipy.deep_size   =', minipy.deep_size(order))

# 2. Where the bytes are: one level of detail.
print(asizeof.asized(order.items, detail=1).format())

# 3. A tracker shows what a piece of work left behind.
tr = tracker.SummaryTracker()
orders = [Order(2000 + i, []) for i in range(100)]
tr.print_diff()

# 4. The live heap partitioned by type: the Order rows.
h = minipy.heap()
for kind, count, size in h:
    if kind == '__main__.Order':
        print(kind, count, 'objects,', size, 'bytes')
del h

# 5. Which line allocated an object (recorded while tracemalloc traces).
print('untraced:', minipy.where(orders))
tracemalloc.start()
late = Order(3000, [])
print('allocated at line', minipy.where(late).rsplit(':', 1)[1])
tracemalloc.stop()
summary.print_(summary.summarize(orders + [late]))
