"""Stack traces and exception reports, extracted, formatted and printed as the
interpreter prints an uncaught exception.

The building blocks are FrameSummary (one frame: file, line, function, source text
and the columns of the failing expression), StackSummary (a list of those that
formats itself) and TracebackException (an exception with its stack and its chained
exceptions, captured so that it can be formatted later).
"""

import sys
import linecache
import _traceback

__all__ = [
    'extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
    'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
    'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
    'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
]


def _default_file(file):
    return sys.stderr if file is None else file


def _write_all(pieces, file):
    target = _default_file(file)
    for piece in pieces:
        print(piece, file=target, end="")


def _safe_string(value, what, func=str):
    """func(value), or a placeholder naming what failed when that raises."""
    try:
        return func(value)
    except BaseException:
        return '<%s %s() failed>' % (what, func.__name__)


# --- one frame -------------------------------------------------------------------------

class FrameSummary:
    """What a report shows of one frame.  The source line is read from linecache on
    first use (at once unless lookup_line is false); colno and end_colno are UTF-8
    byte offsets of the expression that was running, as code positions give them."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = None
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        if lookup_line:
            self.line

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return (self.filename == other.filename and self.lineno == other.lineno
                and self.name == other.name and self.locals == other.locals)

    def __getitem__(self, position):
        return self._as_tuple()[position]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (
            self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        """The source line as read: indentation and line break included."""
        self.line
        return self._line

    @property
    def line(self):
        """The source line without surrounding blanks ('' when there is none)."""
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return None if self._line is None else self._line.strip()


def walk_stack(f):
    """(frame, line number) from frame f (the caller's caller when None) out to the
    outermost frame."""
    frame = f
    if frame is None:
        # Meant for StackSummary.extract(walk_stack(None)): this generator is driven
        # by extract's position-adding generator, which _extract_from_extended_frame_gen
        # drives, called by extract; extract's caller is the first frame wanted.
        frame = sys._getframe().f_back.f_back.f_back.f_back
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """(frame, line number) of each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _position_of(code, lasti):
    """(line, end line, column, end column) of the instruction at byte offset lasti."""
    if lasti < 0:
        return None, None, None, None
    wanted = lasti // 2
    for index, position in enumerate(code.co_positions()):
        if index == wanted:
            return position
    return None, None, None, None


def _walk_tb_with_full_positions(tb):
    """Like walk_tb, with the full position of the failing instruction in place of
    the bare line number (which stands in when the position has no line)."""
    while tb is not None:
        frame = tb.tb_frame
        line, end_line, column, end_column = _position_of(frame.f_code, tb.tb_lasti)
        if line is None:
            line = tb.tb_lineno
        yield frame, (line, end_line, column, end_column)
        tb = tb.tb_next


# --- a list of frames ------------------------------------------------------------------

# More identical entries in a row than this (a recursion) are summarised.
_RECURSIVE_CUTOFF = 3


def _repeat_notice(extra):
    plural = 's' if extra > 1 else ''
    return '  [Previous line repeated %d more time%s]\n' % (extra, plural)


def _effective_limit(limit):
    # Without a limit of its own, a report follows sys.tracebacklimit when set.
    if limit is not None:
        return limit
    limit = getattr(sys, 'tracebacklimit', None)
    if limit is not None and limit < 0:
        return 0
    return limit


class StackSummary(list):
    """FrameSummary objects, outermost first, ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A summary of (frame, line number) pairs, as walk_stack and walk_tb give."""
        def with_bare_positions():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_bare_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # The generator is driven from this frame (walk_stack(None) counts on it),
        # and no further than the limit: the first `limit` entries, or the last
        # -limit ones for a negative limit.
        limit = _effective_limit(limit)
        if limit is not None and limit < 0:
            entries = list(frame_gen)[limit:]
        else:
            entries = []
            frames = iter(frame_gen)
            while limit is None or len(entries) < limit:
                entry = next(frames, None)
                if entry is None:
                    break
                entries.append(entry)
        summary = klass()
        files = []
        for frame, position in entries:
            code = frame.f_code
            if code.co_filename not in files:
                files.append(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            line, end_line, column, end_column = position
            # A frame may no longer offer its variables (f_locals missing).
            variables = getattr(frame, 'f_locals', None) if capture_locals else None
            summary.append(FrameSummary(
                code.co_filename, line, code.co_name, lookup_line=False,
                locals=variables,
                end_lineno=end_line, colno=column, end_colno=end_column))
        # Files edited since they were cached must be read again before the lines
        # are looked up.
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            for frame_summary in summary:
                frame_summary.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A summary of FrameSummary objects and (file, line, name, text) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its 'File' line, the source line with markers under
        the failing expression, and the frame's variables when they were captured."""
        pieces = ['  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        source = frame_summary.line
        if source:
            pieces.append('    %s\n' % source)
            pieces.append(_marker_line(frame_summary, source))
        if frame_summary.locals:
            for name in sorted(frame_summary.locals):
                pieces.append('    %s = %s\n' % (name, frame_summary.locals[name]))
        return ''.join(pieces)

    def format(self):
        """One string per entry; beyond three identical entries in a row, a single
        '[Previous line repeated N more times]' line stands for the rest."""
        lines = []
        previous = None
        run = 0
        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            where = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if previous is None or where != previous or None in where:
                if run > _RECURSIVE_CUTOFF:
                    lines.append(_repeat_notice(run - _RECURSIVE_CUTOFF))
                previous = where
                run = 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                lines.append(text)
        if run > _RECURSIVE_CUTOFF:
            lines.append(_repeat_notice(run - _RECURSIVE_CUTOFF))
        return lines


# --- markers under the source line -----------------------------------------------------
#
# '^' marks the expression that failed.  When it is a single binary operation or
# subscript, '~' marks the operands and '^' the operator or the brackets.  Columns
# count as CPython counts them, quirks included: wide characters take two columns,
# and the blanks stripped from both ends of the line (line break included) are
# subtracted from the indentation.

def _char_index(text, byte_offset):
    """The index in text of the character at a UTF-8 byte offset."""
    prefix = text.encode('utf-8')[:byte_offset]
    return len(prefix.decode('utf-8', errors='replace'))


def _columns(text, count):
    """Terminal columns the first `count` characters of text take."""
    if text.isascii():
        return count
    import unicodedata
    wide = ('W', 'F')
    return sum(2 if unicodedata.east_asian_width(ch) in wide else 1
               for ch in text[:count])


def _operator_span(segment, left_end, right_start):
    """(start, end) character indices of the operator of a binary operation whose
    operands end and start at the given byte offsets."""
    gap = segment[_char_index(segment, left_end):_char_index(segment, right_start)]
    skipped = len(gap) - len(gap.lstrip())
    start = left_end + skipped
    # Two-character operators ('**', '//', '<<', ...) get two carets.
    width = 2 if skipped + 1 < len(gap) and not gap[skipped + 1].isspace() else 1
    # Closing brackets and comments between the operand and the operator are skipped.
    while start < len(segment) and (segment[start].isspace() or segment[start] in ')#'):
        start += 1
    return _char_index(segment, start), _char_index(segment, start + width)


def _bracket_span(segment, value_end, slice_end):
    """(start, end) character indices of '[...]' in a subscript."""
    start = _char_index(segment, value_end)
    end = _char_index(segment, slice_end + 1)
    while start < len(segment) and segment[start] != '[':
        start += 1
    while end < len(segment) and segment[end] != ']':
        end += 1
    if end < len(segment):
        end += 1
    return start, end


def _anchors(segment):
    """(start, end) of the '^' part inside the segment, or None when the segment is
    not one binary operation or subscript."""
    shape = _traceback.segment_shape(segment)
    if shape is None:
        return None
    kind, first, second = shape
    if kind == 'binop':
        return _operator_span(segment, first, second)
    return _bracket_span(segment, first, second)


def _marker_line(frame_summary, stripped):
    """The markers under a frame's source line ('' when the position is unknown or
    the expression is the whole line)."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return ''
    original = frame_summary._original_line
    start = _char_index(original, frame_summary.colno)
    end = _char_index(original, frame_summary.end_colno)
    segment = original[start:end]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _anchors(segment)
        except Exception:
            anchors = None
    else:
        # An expression that goes on to later lines is marked to the end of this one.
        end = len(original.rstrip())
    split = anchors is not None and anchors[1] > anchors[0]
    if end - start >= len(stripped) and not split:
        return ''
    first_column = _columns(original, start) + 1
    last_column = _columns(original, end) + 1
    blanks = len(original) - len(stripped)
    indent = ' ' * (first_column - blanks)
    if anchors is None:
        marks = '^' * (last_column - first_column)
    else:
        left = _columns(segment, anchors[0])
        right = _columns(segment, anchors[1])
        marks = '~' * left + '^' * (right - left) + '~' * (last_column - first_column - right)
    return '    ' + indent + marks + '\n'


# --- exceptions ------------------------------------------------------------------------

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _qualified_type_name(exc_type):
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module in ("__main__", "builtins"):
        return name
    if not isinstance(module, str):
        module = "<unknown>"
    return module + '.' + name


def _is_sequence(value):
    # What collections.abc.Sequence accepts among the types notes come in.
    if isinstance(value, (list, tuple, str, range, bytes)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(value, Sequence)


def _exception_group_type():
    import builtins
    return getattr(builtins, 'BaseExceptionGroup', None)


class _GroupLayout:
    """Indentation state while an exception group is formatted: each nesting level
    indents by two and puts a '|' margin (a '+' on its first line) before the text."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.depth

    def lines(self, texts, margin='|'):
        """Yields texts with every line indented for the current depth."""
        if isinstance(texts, str):
            texts = [texts]
        prefix = self.indent()
        if self.depth:
            prefix += margin + ' '
        for text in texts:
            yield ''.join(prefix + part for part in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting later: its type, message, stack and the
    TracebackExceptions of its cause, context and (for a group) members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top_level = _seen is None
        if top_level:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        # The text is taken now, so that the exception itself need not be kept.
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self._capture_syntax_error(exc_value)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if top_level:
            options = dict(limit=limit, lookup_lines=lookup_lines,
                           capture_locals=capture_locals,
                           max_group_width=max_group_width,
                           max_group_depth=max_group_depth, _seen=_seen)
            self._capture_related(exc_value, compact, options)

    def _capture_syntax_error(self, error):
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    def _capture_related(self, exc_value, compact, options):
        """Builds the chain of cause, context and group members without recursion
        (a long chain must not exhaust the stack); an exception met twice is
        captured once."""
        seen = options['_seen']
        group_type = _exception_group_type()

        def capture(exc):
            if exc is None or id(exc) in seen:
                return None
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            summary, exc = pending.pop()
            cause = capture(exc.__cause__) if exc else None
            context = None
            if exc and (not compact or (cause is None and not exc.__suppress_context__)):
                context = capture(exc.__context__)
            members = None
            if exc and group_type is not None and isinstance(exc, group_type):
                members = [TracebackException(type(member), member,
                                              member.__traceback__, **options)
                           for member in exc.exceptions]
            summary.__cause__ = cause
            summary.__context__ = context
            summary.exceptions = members
            if cause:
                pending.append((cause, exc.__cause__))
            if context:
                pending.append((context, exc.__context__))
            if members:
                pending.extend(zip(members, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Captures exc with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame_summary in self.stack:
            frame_summary.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The final 'Type: message' line (for a SyntaxError, the location and the
        offending text first), followed by the exception's notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        type_name = _qualified_type_name(self.exc_type)
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(type_name)
        else:
            yield _format_final_exc_line(type_name, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if not _is_sequence(notes):
            # Not a sequence of notes: its repr, with no line break after it.
            yield _safe_string(notes, '__notes__', func=repr)
            return
        for note in notes:
            for line in _safe_string(note, 'note').split('\n'):
                yield line + '\n'

    def _format_syntax_error(self, type_name):
        where = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            where = ' (%s)' % self.filename
        if self.text is not None:
            yield from self._syntax_error_source()
        yield "%s: %s%s\n" % (type_name, self.msg or "<no detail available>", where)

    def _syntax_error_source(self):
        """The offending line without its indentation, and carets under the span
        from offset to end_offset (1-based columns)."""
        line = self.text.rstrip('\n')
        code = line.lstrip(' \n\f')
        indentation = len(line) - len(code)
        yield '    %s\n' % code
        if self.offset is None:
            return
        start = self.offset
        end = start if self.end_offset in (None, 0) else self.end_offset
        if end == start or end == -1:
            end = start + 1
        first = start - 1 - indentation
        if first < 0:
            return
        last = end - 1 - indentation
        # Tabs and other blanks stay, so that the carets line up under the text.
        padding = ''.join(ch if ch.isspace() else ' ' for ch in code[:first])
        yield '    %s%s\n' % (padding, '^' * (last - first))

    def format(self, *, chain=True, _ctx=None):
        """Yields the lines of the whole report: the chained exceptions, oldest
        first, each followed by the sentence that links it to the next."""
        layout = _GroupLayout() if _ctx is None else _ctx
        for link, summary in self._chain(chain):
            if link is not None:
                yield from layout.lines(link)
            if summary.exceptions is None:
                yield from summary._format_single(layout)
            elif layout.depth > self.max_group_depth:
                yield from layout.lines('... (max_group_depth is %d)\n'
                                        % self.max_group_depth)
            else:
                yield from summary._format_group(layout, chain, self.max_group_width)

    def _chain(self, chain):
        """(linking sentence or None, summary) pairs, the oldest exception first."""
        links = []
        summary = self
        while summary is not None:
            if not chain:
                links.append((None, summary))
                break
            if summary.__cause__ is not None:
                link, following = _cause_message, summary.__cause__
            elif summary.__context__ is not None and not summary.__suppress_context__:
                link, following = _context_message, summary.__context__
            else:
                link, following = None, None
            links.append((link, summary))
            summary = following
        links.reverse()
        return links

    def _format_single(self, layout):
        if self.stack:
            yield from layout.lines('Traceback (most recent call last):\n')
            yield from layout.lines(self.stack.format())
        yield from layout.lines(self.format_exception_only())

    def _format_group(self, layout, chain, max_width):
        outermost = layout.depth == 0
        if outermost:
            layout.depth = 1
        if self.stack:
            yield from layout.lines('Exception Group Traceback (most recent call last):\n',
                                    margin='+' if outermost else '|')
            yield from layout.lines(self.stack.format())
        yield from layout.lines(self.format_exception_only())
        members = self.exceptions
        shown = len(members) if len(members) <= max_width else max_width + 1
        layout.need_close = False
        for index in range(shown):
            is_last = index == shown - 1
            if is_last:
                # A nested group may draw the closing rule itself.
                layout.need_close = True
            elided = max_width is not None and index >= max_width
            title = '...' if elided else str(index + 1)
            branch = '+-' if index == 0 else '  '
            yield '%s%s+---------------- %s ----------------\n' % (
                layout.indent(), branch, title)
            layout.depth += 1
            if elided:
                remaining = len(members) - max_width
                yield from layout.lines('and %d more exception%s\n'
                                        % (remaining, 's' if remaining > 1 else ''))
            else:
                yield from members[index].format(chain=chain, _ctx=layout)
            if is_last and layout.need_close:
                yield layout.indent() + '+------------------------------------\n'
                layout.need_close = False
            layout.depth -= 1
        if outermost:
            layout.depth = 0

    def print(self, *, file=None, chain=True):
        """Writes the report to file (sys.stderr by default)."""
        _write_all(self.format(chain=chain), file)


# --- module-level conveniences ---------------------------------------------------------

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    """The (exception, traceback) of the two calling forms: (exc) alone, or the
    (type, value, tb) triple of sys.exc_info()."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return exc, exc.__traceback__


def _capture(exc, value, tb, limit):
    value, tb = _parse_value_tb(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints an exception, its traceback and the exceptions chained to it."""
    _capture(exc, value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() prints, each ending with a newline."""
    return list(_capture(exc, value, tb, limit).format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The closing line(s) of a report on the exception, without the traceback."""
    if value is _sentinel:
        value = exc
    summary = TracebackException(type(value), value, None, compact=True)
    return list(summary.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report print_exc() prints, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints the last exception that went uncaught (sys.last_value)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, outermost first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """A StackSummary from the outermost frame down to f (the caller by default)."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Drops the local variables of every frame of a traceback that can do so
    (frames still running cannot, and are left alone)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


def format_list(extracted_list):
    """The text of each entry of a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write_all(format_list(extracted_list), file)
