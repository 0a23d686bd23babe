# tracemalloc: the API's behaviour and the formatting of its results. Sizes differ
# between interpreters, so live figures are checked through relations only; the
# statistics machinery is checked exactly on hand-made snapshots.
import tracemalloc
from tracemalloc import Snapshot, Statistic, StatisticDiff, Traceback, Frame, Filter

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)

tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before = tracemalloc.take_snapshot()
data = [str(i) * 10 for i in range(1000)]
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
after = tracemalloc.take_snapshot()
top = after.statistics('lineno')[0]
print(top.traceback[0].lineno, top.count >= 1000, top.size >= 1000 * 40)
print(top.traceback.format()[1])
diff = after.compare_to(before, 'lineno')[0]
print(diff.traceback[0].lineno, diff.count_diff >= 1000, diff.size_diff > 0)
by_file = after.statistics('filename')
print(by_file[0].traceback[0].lineno, by_file[0].size >= top.size)
obj = [1, 2, 3]
tb = tracemalloc.get_object_traceback(obj)
print(tb[0].lineno if tb is not None else None)
del data
tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print(peak == current or peak - current < 1000)
tracemalloc.clear_traces()
print(len(tracemalloc.take_snapshot().traces) < 10)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())

# Formatting and ordering, on traces written by hand:
# (domain, size, traceback (most recent frame first), total_nframe)
traces = [
    (0, 576, (('prog.py', 12),), 1),
    (0, 5734, (('prog.py', 20), ('prog.py', 30)), 2),
    (0, 100, (('prog.py', 20), ('prog.py', 31)), 2),
    (0, 64, (('lib.py', 3),), 1),
    (0, 64, (('lib.py', 4),), 1),
    (0, 3 * 1024 * 1024, (('big.py', 1),), 1),
]
snap = Snapshot(traces, 2)
for key in ('lineno', 'filename', 'traceback'):
    print(key)
    for stat in snap.statistics(key):
        print(' ', stat)
print(snap.statistics('lineno', cumulative=True)[2])
print(repr(snap.statistics('lineno')[0]))
old = Snapshot(traces[:2] + [(0, 10, (('gone.py', 7),), 1)], 2)
for d in snap.compare_to(old, 'lineno'):
    print(d)
print(repr(snap.compare_to(old, 'filename')[0]))
kept = snap.filter_traces([Filter(True, 'prog.py'), Filter(False, '*', lineno=12)])
print(len(kept.traces), [t.size for t in kept.traces])
print(len(snap.filter_traces([Filter(False, 'l?b.py')]).traces))
print(len(snap.filter_traces([Filter(True, 'prog.py', lineno=30, all_frames=True)]).traces))
t = snap.traces[1]
print(t, repr(t))
print(t.traceback, len(t.traceback), repr(t.traceback))
print(t.traceback.format(), t.traceback.format(limit=1, most_recent_first=True))
f = Frame(('a.py', 5))
print(f, repr(f), f == Frame(('a.py', 5)), f < Frame(('b.py', 1)))
print(Statistic(Traceback((('x.py', 1),)), 0, 0))
for size in (0, 1, 99, 1023, 10239, 10240, 102400, 1048576 * 10, 1024 ** 4 * 5):
    print(StatisticDiff(Traceback((('x.py', 1),)), size, -size, 3, -3))
try:
    snap.statistics('bogus')
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics('traceback', cumulative=True)
except ValueError as e:
    print("ValueError:", e)
