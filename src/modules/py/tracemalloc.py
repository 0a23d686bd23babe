"""Tracing of memory allocations.

While tracing is on (start()), minipy's allocator records every block it hands out
with its real size and the stack of source lines that asked for it (as deep as
start(nframe) says).  take_snapshot() copies those records; a Snapshot groups them
into Statistic objects by line, file or whole traceback, and compares itself with an
older snapshot as StatisticDiff objects.

The module imports nothing else when it is loaded: programs measure their heap with
it, and modules loaded as a side effect would show up in the figures.
"""

from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traced_memory,
                          reset_peak, get_tracemalloc_memory, get_traceback_limit,
                          _get_traces, _get_object_traceback)


_SIZE_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    """A byte count in at most four or five characters and a binary unit:
    '123 B', '4567 KiB', '12.3 MiB'; with `sign`, a '+' before a growth."""
    for unit in _SIZE_UNITS:
        # Below 100 of any unit but bytes, one decimal keeps three digits.
        if unit != 'B' and abs(size) < 100:
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if unit == _SIZE_UNITS[-1] or abs(size) < 10 * 1024:
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


def _tuple_field(slot, index, doc):
    """A read-only property giving item `index` of the tuple stored in `slot`."""
    def read(self):
        return getattr(self, slot)[index]
    return property(read, doc=doc)


class _WrappingSequence:
    """A read-only sequence over a tuple (or list) of the tracer's raw records that
    hands out each record wrapped in an object (_wrap).  It offers what
    collections.abc.Sequence would, without importing it when tracemalloc is loaded
    (that import would move objects programs measure with tracemalloc)."""

    __slots__ = ()

    def __len__(self):
        return len(self._records())

    def __getitem__(self, index):
        records = self._records()
        if isinstance(index, slice):
            return tuple(self._wrap(record) for record in records[index])
        return self._wrap(records[index])

    def __iter__(self):
        return map(self._wrap, self._records())

    def __reversed__(self):
        return map(self._wrap, reversed(self._records()))

    def index(self, value, start=0, stop=None):
        items = list(self)
        for position in range(len(items))[start:stop]:
            if items[position] == value:
                return position
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item == value)


class _ComparedByKey:
    """Equality, ordering and hashing through the tuple _key() returns; only objects
    of the same class compare."""

    __slots__ = ()

    def _comparable(self, other):
        return isinstance(other, self._compared_class)

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


def _with_average(text, size, count):
    if not count:
        return text
    return '%s, average=%s' % (text, _format_size(size / count, False))


class Statistic:
    """Memory allocated at one place: the total size of its blocks and their count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def __str__(self):
        text = '%s: size=%s, count=%i' % (
            self.traceback, _format_size(self.size, False), self.count)
        return _with_average(text, self.size, self.count)

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % self._fields()

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot and how much it changed since an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback, self.size, self.count = traceback, size, count
        self.size_diff, self.count_diff = size_diff, count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)
        return _with_average(text, self.size, self.count)

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._fields()

    def _sort_key(self):
        # Biggest change first, then biggest size.
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    """StatisticDiffs for the union of two {traceback: Statistic} groupings; entries
    only in the old one shrink to nothing.  Consumes old_group."""
    diffs = []
    for traceback, now in new_group.items():
        before = old_group.pop(traceback, None)
        old_size, old_count = (before.size, before.count) if before else (0, 0)
        diffs.append(StatisticDiff(traceback, now.size, now.size - old_size,
                                   now.count, now.count - old_count))
    for traceback, gone in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -gone.size, 0, -gone.count))
    return diffs


class Frame(_ComparedByKey):
    """One place in the source: a file name and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame: the (filename, lineno) pair the tracer records.
        self._frame = frame

    filename = _tuple_field('_frame', 0, "The file name.")
    lineno = _tuple_field('_frame', 1, "The line number.")

    def _key(self):
        return self._frame

    def __str__(self):
        return "%s:%s" % self._frame

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % self._frame


Frame._compared_class = Frame


def _source_line(filename, lineno):
    import linecache
    return linecache.getline(filename, lineno).strip()


class Traceback(_ComparedByKey, _WrappingSequence):
    """The frames that led to an allocation, oldest first."""

    __slots__ = ("_frames", "_total_nframe")
    _wrap = Frame

    def __init__(self, frames, total_nframe=None):
        # The tracer lists the most recent frame first; a Traceback reads the other
        # way, as a traceback of an exception does.
        self._total_nframe = total_nframe
        self._frames = tuple(reversed(frames))

    def _records(self):
        return self._frames

    _key = _records

    # How deep the stack really was (it may exceed the frames kept).
    total_nframe = property(lambda self: self._total_nframe)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        if self._total_nframe is None:
            return "<Traceback %r>" % (tuple(self),)
        return "<Traceback %r total_nframe=%s>" % (tuple(self), self._total_nframe)

    def format(self, limit=None, most_recent_first=False):
        """Lines naming each frame ('  File "name", line N') with its source below.
        A positive limit keeps the most recent frames, a negative one the oldest."""
        if limit is None:
            frames = self
        elif limit > 0:
            frames = self[-limit:]
        else:
            frames = self[:limit]
        if most_recent_first:
            frames = reversed(frames)
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _source_line(frame.filename, frame.lineno)
            if source:
                lines.append('    %s' % source)
        return lines


Traceback._compared_class = Traceback


def get_object_traceback(obj):
    """Where obj was allocated, as a Traceback; None when it was not traced."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """One traced memory block: its domain, size and Traceback."""

    __slots__ = ("_trace",)

    domain = _tuple_field('_trace', 0, "The address space (always 0 in minipy).")
    size = _tuple_field('_trace', 1, "The size of the block in bytes.")

    def __init__(self, trace):
        # trace: the tracer's (domain, size, frames, total_nframe) tuple.
        self._trace = trace

    @property
    def traceback(self):
        """Where the block was allocated."""
        frames, total_nframe = self._trace[2:]
        return Traceback(frames, total_nframe)

    def __eq__(self, other):
        return self._trace == other._trace if isinstance(other, Trace) else NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        shown = (self.domain, _format_size(self.size, False), self.traceback)
        return "<Trace domain=%s size=%s, traceback=%r>" % shown


class _Traces(_WrappingSequence):
    """The traces of a snapshot, seen as Trace objects."""

    _wrap = Trace

    def __init__(self, traces):
        self._traces = traces

    def _records(self):
        return self._traces

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        return self._traces == other._traces if isinstance(other, _Traces) else NotImplemented

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    # A compiled module's traces name its source file.
    import os
    filename = os.path.normcase(filename)
    return filename[:-1] if filename.endswith('.pyc') else filename


class BaseFilter:
    """What filters have in common: whether matching traces are kept (inclusive)
    or dropped."""

    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        """Whether the filter lets the raw trace through."""
        raise NotImplementedError


class Filter(BaseFilter):
    """Selects traces by file name (a shell-style pattern), optionally a line number
    and a domain; by the most recent frame, or by any frame with all_frames."""

    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.domain = domain
        self.all_frames = all_frames
        self.lineno = lineno
        self._filename_pattern = _normalize_filename(filename_pattern)

    filename_pattern = property(lambda self: self._filename_pattern,
                                doc="The shell-style pattern file names must match.")

    def _match_frame_impl(self, filename, lineno):
        """Whether one frame fits the pattern and line, whatever `inclusive` says."""
        import fnmatch
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) != (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            return self._match_frame(*traceback[0])
        if any(self._match_frame_impl(*frame) for frame in traceback):
            return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, _size, traceback, _total = trace
        matched = self._match_traceback(traceback)
        if self.domain is None:
            return matched
        if self.inclusive:
            return matched and domain == self.domain
        return matched or domain != self.domain


class DomainFilter(BaseFilter):
    """Selects traces by address space (minipy has a single one, domain 0)."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    domain = property(lambda self: self._domain, doc="The domain selected.")

    def _match(self, trace):
        return (trace[0] == self._domain) != (not self.inclusive)


def _grouping_frames(key_type, frames):
    """The frames a trace is grouped under for a key type."""
    if key_type == 'traceback':
        return frames
    if key_type == 'lineno':
        return frames[:1]
    return ((frames[0][0], 0),)


class Snapshot:
    """The traces of the blocks that were alive when the snapshot was taken."""

    def __init__(self, traces, traceback_limit):
        # traces: a list of the tracer's (domain, size, frames, total_nframe) tuples.
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Writes the snapshot to a file (with pickle)."""
        import pickle
        with open(filename, "wb") as out:
            pickle.dump(self, out, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Reads a snapshot written by dump()."""
        import pickle
        with open(filename, "rb") as source:
            return pickle.load(source)

    def _filter_trace(self, include_filters, exclude_filters, trace):
        # Kept: matched by some including filter (if there are any) and by every
        # excluding one (whose _match means "not excluded").
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        return all(f._match(trace) for f in exclude_filters)

    def filter_traces(self, filters):
        """A new snapshot with the traces the filters (Filter, DomainFilter) keep."""
        from collections.abc import Iterable
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        raw = self.traces._traces
        if not filters:
            return Snapshot(raw.copy(), self.traceback_limit)
        including = [f for f in filters if f.inclusive]
        excluding = [f for f in filters if not f.inclusive]
        kept = [trace for trace in raw
                if self._filter_trace(including, excluding, trace)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        """{Traceback: Statistic} for a key type; cumulatively, every frame of a
        trace counts it, not only the most recent one."""
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type == 'traceback':
            raise ValueError("cumulative mode cannot by used "
                             "with key type %r" % key_type)
        stats = {}
        # One Traceback object per distinct key, shared by the traces that have it.
        keys = {}

        def count(frames, size):
            traceback = keys.get(frames)
            if traceback is None:
                traceback = keys[frames] = Traceback(_grouping_frames(key_type, frames))
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for _domain, size, frames, _total in self.traces._traces:
            if not cumulative:
                count(frames, size)
                continue
            for frame in frames:
                count((frame,), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by 'lineno', 'filename' or 'traceback', biggest first."""
        found = list(self._group_by(key_type, cumulative).values())
        found.sort(reverse=True, key=Statistic._sort_key)
        return found

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs from old_snapshot to this one, biggest change first."""
        diffs = _compare_grouped_stats(old_snapshot._group_by(key_type, cumulative),
                                       self._group_by(key_type, cumulative))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the blocks traced since start() that are still alive."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
