"""Trace memory allocations (CPython's tracemalloc interface).

The tracer is minipy's own allocator: every block is recorded with the size the heap
really handed out and the source line that asked for it, so the figures are exact.
"""

import _tracemalloc
from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traced_memory,
                          reset_peak, get_tracemalloc_memory, get_traceback_limit,
                          _get_traces, _get_object_traceback)


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            # 3 digits (xx.x UNIT)
            if sign:
                return "%+.1f %s" % (size, unit)
            return "%.1f %s" % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            # 4 or 5 digits (xxxx UNIT)
            if sign:
                return "%+.0f %s" % (size, unit)
            return "%.0f %s" % (size, unit)
        size /= 1024


def _getline(filename, lineno):
    return _tracemalloc._getline(filename, lineno)


class Statistic:
    """Memory allocated at one place: total size and number of blocks."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback
                and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        text = ("%s: size=%s, count=%i"
                % (self.traceback, _format_size(self.size, False), self.count))
        if self.count:
            average = self.size / self.count
            text += ", average=%s" % _format_size(average, False)
        return text

    def __repr__(self):
        return ('<Statistic traceback=%r size=%i count=%i>'
                % (self.traceback, self.size, self.count))

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The difference of a Statistic between an old and a new snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff,
                     self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return (self.traceback == other.traceback
                and self.size == other.size
                and self.size_diff == other.size_diff
                and self.count == other.count
                and self.count_diff == other.count_diff)

    def __str__(self):
        text = ("%s: size=%s (%s), count=%i (%+i)"
                % (self.traceback,
                   _format_size(self.size, False),
                   _format_size(self.size_diff, True),
                   self.count,
                   self.count_diff))
        if self.count:
            average = self.size / self.count
            text += ", average=%s" % _format_size(average, False)
        return text

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff,
                   self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size,
                abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    statistics = []
    for traceback, stat in new_group.items():
        previous = old_group.pop(traceback, None)
        if previous is not None:
            stat = StatisticDiff(traceback,
                                 stat.size, stat.size - previous.size,
                                 stat.count, stat.count - previous.count)
        else:
            stat = StatisticDiff(traceback,
                                 stat.size, stat.size,
                                 stat.count, stat.count)
        statistics.append(stat)
    for traceback, stat in old_group.items():
        statistics.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return statistics


class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame is a tuple: (filename: str, lineno: int)
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame <= other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame > other._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback:
    """Frames where a block was allocated, from the oldest to the most recent."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # The tracer gives the most recent frame first.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        for frame in self._frames:
            yield Frame(frame)

    def __reversed__(self):
        for frame in reversed(self._frames):
            yield Frame(frame)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames <= other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames > other._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames >= other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        s = f"<Traceback {tuple(self)}"
        if self._total_nframe is None:
            s += ">"
        else:
            s += f" total_nframe={self.total_nframe}>"
        return s

    def format(self, limit=None, most_recent_first=False):
        lines = []
        if limit is not None:
            if limit > 0:
                frame_slice = self[-limit:]
            else:
                frame_slice = self[:limit]
        else:
            frame_slice = tuple(self)
        if most_recent_first:
            frame_slice = reversed(frame_slice)
        for frame in frame_slice:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = _getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if it was not traced."""
    frames = _get_object_traceback(obj)
    if frames is not None:
        return Traceback(frames)
    return None


class Trace:
    """Trace of one memory block."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        # trace is a tuple: (domain: int, size: int, traceback: tuple, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class _Traces:
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _fnmatch(name, pattern):
    """Shell-style matching of the whole name: *, ?, [seq] and [!seq]."""
    n = len(name)
    m = len(pattern)
    # positions in name reachable after matching pattern[:j]
    states = {0}
    j = 0
    while j < m and states:
        c = pattern[j]
        if c == '*':
            low = min(states)
            states = set(range(low, n + 1))
            j += 1
            continue
        if c == '[':
            k = j + 1
            if k < m and pattern[k] == '!':
                k += 1
            if k < m and pattern[k] == ']':
                k += 1
            while k < m and pattern[k] != ']':
                k += 1
            if k >= m:
                test = lambda ch: ch == '['
                j += 1
            else:
                body = pattern[j + 1:k]
                negate = body.startswith('!')
                if negate:
                    body = body[1:]
                test = _class_test(body, negate)
                j = k + 1
        else:
            test = (lambda lit: (lambda ch: ch == lit))(c)
            if c == '?':
                test = lambda ch: True
            j += 1
        states = {i + 1 for i in states if i < n and test(name[i])}
    return n in states


def _class_test(body, negate):
    def test(ch):
        found = False
        i = 0
        while i < len(body):
            if i + 2 < len(body) and body[i + 1] == '-':
                if body[i] <= ch <= body[i + 2]:
                    found = True
                i += 3
            else:
                if body[i] == ch:
                    found = True
                i += 1
        return found != negate
    return test


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        filename = _normalize_filename(filename)
        if not _fnmatch(filename, self._filename_pattern):
            return False
        if self.lineno is None:
            return True
        return lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            if any(self._match_frame_impl(filename, lineno)
                   for filename, lineno in traceback):
                return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and (domain == self.domain)
            return res or (domain != self.domain)
        return res


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """The traces of the memory blocks alive at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters:
            if not any(f._match(trace) for f in include_filters):
                return False
        if exclude_filters:
            if any(not f._match(trace) for f in exclude_filters):
                return False
        return True

    def filter_traces(self, filters):
        """A new Snapshot keeping the traces that pass the Filter/DomainFilter list."""
        try:
            iter(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        if filters:
            include_filters = []
            exclude_filters = []
            for trace_filter in filters:
                if trace_filter.inclusive:
                    include_filters.append(trace_filter)
                else:
                    exclude_filters.append(trace_filter)
            new_traces = [trace for trace in self.traces._traces
                          if self._filter_trace(include_filters,
                                                exclude_filters, trace)]
        else:
            new_traces = self.traces._traces.copy()
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used "
                             "with key type %r" % key_type)
        stats = {}
        tracebacks = {}
        if not cumulative:
            for trace in self.traces._traces:
                domain, size, trace_traceback, total_nframe = trace
                traceback = tracebacks.get(trace_traceback)
                if traceback is None:
                    if key_type == 'traceback':
                        frames = trace_traceback
                    elif key_type == 'lineno':
                        frames = trace_traceback[:1]
                    else:
                        frames = ((trace_traceback[0][0], 0),)
                    traceback = Traceback(frames)
                    tracebacks[trace_traceback] = traceback
                stat = stats.get(traceback)
                if stat is None:
                    stats[traceback] = Statistic(traceback, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        else:
            for trace in self.traces._traces:
                domain, size, trace_traceback, total_nframe = trace
                for frame in trace_traceback:
                    traceback = tracebacks.get(frame)
                    if traceback is None:
                        if key_type == 'lineno':
                            frames = (frame,)
                        else:
                            frames = ((frame[0], 0),)
                        traceback = Traceback(frames)
                        tracebacks[frame] = traceback
                    stat = stats.get(traceback)
                    if stat is None:
                        stats[traceback] = Statistic(traceback, size, 1)
                    else:
                        stat.size += size
                        stat.count += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type, the biggest first."""
        grouped = self._group_by(key_type, cumulative)
        statistics = list(grouped.values())
        statistics.sort(reverse=True, key=Statistic._sort_key)
        return statistics

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff list between old_snapshot and this one, biggest change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        statistics = _compare_grouped_stats(old_group, new_group)
        statistics.sort(reverse=True, key=StatisticDiff._sort_key)
        return statistics


def take_snapshot():
    """A Snapshot of the traces of the memory blocks allocated since start()."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
