# tracemalloc: Traceback as a sequence, Frame ordering, Trace and _Traces, grouping
# (cumulative too), diffs, Filter and DomainFilter combinations, dump and load.
import os
import tracemalloc
from tracemalloc import (Snapshot, Statistic, StatisticDiff, Traceback, Frame, Filter,
                         DomainFilter, Trace)
from collections.abc import Sequence, Iterable

here = os.path.basename(__file__)
traces = [
    (0, 100, ((here, 3), (here, 1)), 2),
    (0, 50, ((here, 4), (here, 1), (here, 4)), 7),
    (1, 30, (('lib.pyc', 9),), 1),
    (0, 20, (('lib.py', 9),), 1),
]
snap = Snapshot(traces, 3)
tb = snap.traces[1].traceback
print(tb, repr(tb), len(tb), tb.total_nframe, isinstance(tb, Iterable))
print(list(tb), tb[0], tb[-1], tb[1:], list(reversed(tb)))
print(Frame((here, 4)) in tb, tb.index(Frame((here, 1))), tb.count(Frame((here, 4))))
print(tb.format(), tb.format(limit=1), tb.format(limit=-1), tb.format(limit=0), tb.format(most_recent_first=True))
t2 = Traceback(((here, 3), (here, 1)))
print(repr(t2), t2 == snap.traces[0].traceback, t2 < tb, t2 >= tb, t2 == 5, hash(t2) == hash(Traceback(((here, 3), (here, 1)), 9)))
f1, f2 = Frame(('a', 1)), Frame(('a', 2))
print(f1 < f2, f1 <= f2, f1 > f2, f1 >= f2, f1 != f2, f1 == Frame(('a', 1)), f1 == ('a', 1))
try:
    f1 < ('a', 2)
except TypeError as e:
    print('TypeError', e)
print(sorted([f2, f1]), hash(f1) == hash(('a', 1)))
tr = snap.traces[0]
print(tr, repr(tr), tr.domain, tr.size, tr == Trace(traces[0]), tr in snap.traces, len(snap.traces), repr(snap.traces))
print(snap.traces[1:3], snap.traces == Snapshot(list(traces), 1).traces)
for key in ('lineno', 'filename', 'traceback'):
    print(key, [str(s) for s in snap.statistics(key)])
for key in ('lineno', 'filename'):
    print(key, 'cum', [str(s) for s in snap.statistics(key, cumulative=True)])
old = Snapshot(traces[1:] + [(0, 7, (('x.py', 1),), 1)], 3)
for key in ('lineno', 'filename'):
    print(key, [str(d) for d in snap.compare_to(old, key, cumulative=True)])
print([repr(d) for d in snap.compare_to(old, 'traceback')])
print(Filter(True, 'lib.pyc').filename_pattern, Filter(False, '*').inclusive)
for filters in ([Filter(True, 'lib.py')], [Filter(True, 'lib.py', domain=1)], [Filter(False, 'lib.py', domain=1)],
                [DomainFilter(False, 1)], [DomainFilter(True, 1)], [Filter(True, here, lineno=1)],
                [Filter(True, here, lineno=1, all_frames=True)], [Filter(False, here, lineno=4, all_frames=True)],
                [Filter(True, 'l*'), Filter(True, here)], [Filter(False, 'l*'), Filter(False, here, 3)], ()):
    print([t.size for t in snap.filter_traces(filters).traces])
try:
    snap.filter_traces(5)
except TypeError as e:
    print('TypeError', e)
print(DomainFilter(True, 3).domain, Filter(True, 'x', domain=2).domain)
try:
    tracemalloc.BaseFilter(True)._match(None)
except NotImplementedError:
    print('NotImplementedError')
name = 'tm_dump_%d.pickle' % os.getpid()
snap.dump(name)
loaded = Snapshot.load(name)
os.remove(name)
print(loaded.traceback_limit, loaded.traces == snap.traces, type(loaded).__name__)
print(Statistic(t2, 10, 2) == Statistic(t2, 10, 2), hash(Statistic(t2, 1, 1)) == hash(Statistic(t2, 1, 1)))
print(StatisticDiff(t2, 10, 5, 2, 1) == StatisticDiff(t2, 10, 5, 2, 1), Statistic(t2, 1, 1) == 3)
print(repr(StatisticDiff(t2, 10, -5, 2, -1)), str(Statistic(t2, 1536, 3)))
print(tracemalloc.get_object_traceback([1]), tracemalloc.get_traceback_limit())
for bad in (0, -1, 2**16):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError', e)
print(tracemalloc._format_size(-150 * 1024, True), tracemalloc._format_size(99.95, False), tracemalloc._format_size(1024 * 99.96, True))
print(tb.index(Frame((here, 4)), 1), tb.index(Frame((here, 4)), -1), tb.count(('x', 1)))
for args in ((Frame((here, 1)), 2), (Frame((here, 4)), 1, 2), (('x', 1),)):
    try:
        print(tb.index(*args))
    except ValueError as e:
        print('ValueError', e)
