"""minipy's own view of its heap (a guppy-style partition, deep sizes, referrers and
allocation sites), with exact figures: every size is the bytes the heap handed out for
an object (sys.getsizeof), never an estimate.

Which objects are "live" here: every object the cycle collector tracks
(gc.get_objects()) and everything reachable from those through their references
(gc.get_referents), each object once. Objects only the interpreter itself holds (its
interned-name table, code constants not yet reached from a function, ...) are not in
the partition; the allocator's own totals (sys._debugmallocstats) count them.
"""

import gc
import sys
import _tracemalloc

_ModuleType = type(sys)
_FunctionType = type(lambda: None)
# Builtin callables of every kind: functions, slot wrappers, method-wrappers, method
# and class method descriptors.
_BuiltinCallableTypes = (type(len), type(object.__init__), type(object().__str__),
                         type(str.join), type(dict.__dict__["fromkeys"]))


def _is_shared(o):
    """Objects deep sizes neither count nor enter: classes, modules, functions, and the
    singletons every structure shares."""
    if o is None or o is True or o is False or o is Ellipsis or o is NotImplemented:
        return True
    return isinstance(o, (type, _ModuleType, _FunctionType) + _BuiltinCallableTypes)


def deep_size(obj):
    """The exact bytes of `obj` and of every object reachable from it through
    references (gc.get_referents), each object counted once. Classes, modules,
    functions and the shared singletons (None, True, False, Ellipsis,
    NotImplemented) are neither counted nor followed, except `obj` itself, which is
    always measured."""
    seen = {id(obj)}
    total = sys.getsizeof(obj)
    stack = list(gc.get_referents(obj))
    while stack:
        o = stack.pop()
        if id(o) in seen or _is_shared(o):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        stack.extend(gc.get_referents(o))
    return total


def referrers(obj):
    """The objects that refer to `obj` (among the objects the collector tracks, as
    gc.get_referrers), without this call's own temporaries."""
    found = gc.get_referrers(obj)
    return [r for r in found if r is not found]


def where(obj):
    """'file:line' of the line that allocated `obj`, or None. minipy records the
    allocating line of a block only while tracemalloc traces (tracemalloc.start());
    objects allocated while tracing was off have no recorded line."""
    frames = _tracemalloc._get_object_traceback(obj)
    if not frames:
        return None
    filename, lineno = frames[0]
    return '%s:%d' % (filename, lineno)


def _kind(o):
    t = type(o)
    module = getattr(t, '__module__', 'builtins')
    if module == 'builtins':
        return t.__qualname__
    return '%s.%s' % (module, t.__qualname__)


def _live_objects():
    """Every tracked object and everything reachable from one, each once."""
    objs = gc.get_objects()
    seen = set(map(id, objs))
    seen.add(id(objs))
    stack = list(objs)
    seen.add(id(stack))
    while stack:
        for r in gc.get_referents(stack.pop()):
            if id(r) not in seen:
                seen.add(id(r))
                objs.append(r)
                stack.append(r)
    return objs


class Partition:
    """A partition of a set of objects into rows (kind, count, bytes), largest first.
    Printing it shows guppy's table: count, size, their percentages and the
    cumulative size."""

    _shown = 10

    def __init__(self, rows, what, start=0):
        self.rows = rows
        self.count = sum(r[1] for r in rows)
        self.size = sum(r[2] for r in rows)
        self._what = what
        self._start = start

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        return self.rows[i]

    def __iter__(self):
        return iter(self.rows)

    @property
    def more(self):
        """The next rows of the table."""
        return Partition(self.rows, self._what, self._start + self._shown)

    def __str__(self):
        lines = ['Partition of a set of %d objects. Total size = %d bytes.'
                 % (self.count, self.size),
                 ' Index  Count   %     Size   % Cumulative  % ' + self._what]
        cumulative = sum(r[2] for r in self.rows[:self._start])
        end = min(len(self.rows), self._start + self._shown)
        for i in range(self._start, end):
            kind, count, size = self.rows[i]
            cumulative += size
            lines.append('%6d %6d %3d %8d %3d %10d %3d %s' % (
                i, count, _percent(count, self.count), size,
                _percent(size, self.size), cumulative,
                _percent(cumulative, self.size), kind))
        if end < len(self.rows):
            lines.append("<%d more rows. Type e.g. '_.more' to view.>"
                         % (len(self.rows) - end))
        return '\n'.join(lines)

    __repr__ = __str__


def _percent(part, whole):
    return part * 100 // whole if whole else 0


def _partition(objs, key, what):
    counts = {}
    for o in objs:
        k = key(o)
        row = counts.get(k)
        if row is None:
            counts[k] = [1, sys.getsizeof(o)]
        else:
            row[0] += 1
            row[1] += sys.getsizeof(o)
    rows = [(k, c, s) for k, (c, s) in counts.items()]
    rows.sort(key=lambda r: (-r[2], -r[1], r[0]))
    return rows


class Heap(Partition):
    """The live heap partitioned by type (minipy.heap())."""

    def __init__(self, objs):
        Partition.__init__(self, _partition(objs, _kind, 'Kind (class)'), 'Kind (class)')
        self._objects = objs

    def by_type(self):
        return Partition(self.rows, 'Kind (class)')

    def by_line(self):
        """The same objects partitioned by the line that allocated them (see where());
        objects allocated while tracemalloc was not tracing are '<untraced>'."""
        rows = _partition(self._objects, lambda o: where(o) or '<untraced>',
                          'Allocated at (file:line)')
        return Partition(rows, 'Allocated at (file:line)')


def heap():
    """A partition of the live heap by type (see the module's docstring for what is
    live). print() it, index its rows (kind, count, bytes), or call .by_line().
    The partition holds the objects it counted until it is dropped."""
    # Gathered before the partition exists, so that it does not count itself.
    return Heap(_live_objects())
