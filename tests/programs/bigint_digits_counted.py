# A big int's digits are counted with it: in sys.getsizeof, in tracemalloc's traced
# memory while it lives, and given back when it is freed.
import sys
import tracemalloc

tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
x = 7 ** 100000
grown = tracemalloc.get_traced_memory()[0] - before
print(sys.getsizeof(x) > 30000, grown > 30000, grown >= sys.getsizeof(x))
print(sys.getsizeof(2 ** 10000) > 1200, sys.getsizeof(2 ** 100) < sys.getsizeof(2 ** 1000))
peak = tracemalloc.get_traced_memory()[1]
print(peak - before > 30000)
del x
print(tracemalloc.get_traced_memory()[0] - before < 1000)
snapshot = tracemalloc.take_snapshot()
y = [3 ** 20000 for _ in range(3)]
top = tracemalloc.take_snapshot().compare_to(snapshot, 'lineno')[0]
print(top.size_diff > 3 * 3000, top.count_diff >= 3)
tracemalloc.stop()
