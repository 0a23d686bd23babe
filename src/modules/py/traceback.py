"""Extract, format and print stack traces and exceptions, as the interpreter does."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---------------------------------------------------------------------------
# Formatting and printing lists of frame summaries

def print_list(extracted_list, file=None):
    """Prints the entries of a list of FrameSummary objects or 4-tuples."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """One string per entry: '  File "...", line N, in name\\n    source\\n'."""
    return StackSummary.from_list(extracted_list).format()


# ---------------------------------------------------------------------------
# Tracebacks

def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback entries, outermost first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---------------------------------------------------------------------------
# Exceptions

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    """The (value, traceback) for the 3.11 calling forms: (exc) or (type, value, tb)."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints an exception with its traceback and chained exceptions to file
    (sys.stderr by default)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    if file is None:
        file = sys.stderr
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: 'Type: message\\n' (and the caret lines of a
    SyntaxError)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<%s %s() failed>' % (what, func.__name__)


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc would print, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---------------------------------------------------------------------------
# Stacks

def _caller_frame(depth):
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        raise RuntimeError('stack frames are not available (no sys._getframe)')
    return getframe(depth + 1)


def print_stack(f=None, limit=None, file=None):
    """Prints the stack of the caller (or of frame f), outermost first."""
    if f is None:
        f = _caller_frame(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = _caller_frame(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack of the caller (or of frame f), outermost first."""
    if f is None:
        f = _caller_frame(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


# ---------------------------------------------------------------------------
# FrameSummary and StackSummary

class FrameSummary:
    """What a traceback shows of one frame: file name, line number, function name and
    the source line (read lazily with linecache)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = dict((k, repr(v)) for k, v in locals.items())
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) from frame f out to the outermost caller."""
    if f is None:
        # Meant for StackSummary.extract(walk_stack(None)): skips this generator,
        # extract's helpers and extract itself, as CPython does.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each traceback entry, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# A run of more than this many identical entries (recursion) is summarised.
_RECURSIVE_CUTOFF = 3


def _repeated_line(count):
    return '  [Previous line repeated %d more time%s]\n' % (count, 's' if count > 1 else '')


class StackSummary(list):
    """A list of FrameSummary objects that can format itself as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = []
        if limit is not None and limit >= 0:
            # The first `limit` entries.
            for item in frame_gen:
                if len(entries) >= limit:
                    break
                entries.append(item)
        else:
            entries = list(frame_gen)
            if limit is not None:
                # A negative limit keeps the last -limit entries.
                entries = entries[len(entries) + limit:] if -limit < len(entries) else entries
        result = klass()
        fnames = []
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.append(filename)
            if capture_locals:
                f_locals = getattr(f, 'f_locals', None)
            else:
                f_locals = None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (file, line, name, text) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the stripped source line with the
        position markers under it, and the frame's locals when they were captured."""
        row = ['  File "%s", line %s, in %s\n' % (frame_summary.filename,
                                                   frame_summary.lineno,
                                                   frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            row.append('    %s\n' % stripped)
            markers = _position_markers(frame_summary, stripped)
            if markers:
                row.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    %s = %s\n' % (name, value))
        return ''.join(row)

    def format(self):
        """One string per entry, with runs of identical entries (recursion) cut after
        three and summarised by a '[Previous line repeated N more times]' line."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


# ---------------------------------------------------------------------------
# TracebackException

class TracebackException:
    """An exception captured for later formatting: its type name, message, stack
    summary and the chained __cause__ / __context__ exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if is_recursive_call:
            # The outermost call fills in the chain of the exceptions made here.
            return
        # Chained exceptions are captured iteratively, remembering what was seen so
        # that a cycle of contexts ends.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if (e is not None and e.__cause__ is not None
                    and id(e.__cause__) not in _seen):
                cause = TracebackException(
                    type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
            else:
                cause = None
            if compact:
                need_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                need_context = True
            if (e is not None and e.__context__ is not None
                    and need_context and id(e.__context__) not in _seen):
                context = TracebackException(
                    type(e.__context__), e.__context__, e.__context__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
            else:
                context = None
            te.__cause__ = cause
            te.__context__ = context
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line (with a SyntaxError's location lines before it)
        and the exception's notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            for line in self._format_syntax_error(stype):
                yield line
        # Any sequence (collections.abc.Sequence in CPython) lists its notes; 3.11
        # writes another value's repr without a newline.
        if isinstance(self.__notes__, (list, tuple, str, range)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield line + '\n'
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' (%s)' % self.filename
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    %s\n' % ltext
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join([c if c.isspace() else ' ' for c in ltext[:colno]])
                    yield '    %s%s\n' % (caretspace, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "%s: %s%s\n" % (stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yields the lines of the full report: chained exceptions first, each with
        its separator, then this exception's traceback and final line."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                for line in exc.stack.format():
                    yield line
            for line in exc.format_exception_only():
                yield line

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _walk_tb_with_full_positions(tb):
    """Yields (frame, (lineno, end_lineno, colno, end_colno)) for each traceback
    entry, outermost first: the span of the instruction the frame stopped at."""
    while tb is not None:
        positions = _instruction_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _instruction_position(code, lasti):
    if lasti >= 0:
        wanted = lasti // 2
        for i, position in enumerate(code.co_positions()):
            if i == wanted:
                return position
    return None, None, None, None


# ---------------------------------------------------------------------------
# Position markers: '^' under the failing expression, '~' under the operands of a
# binary operation or the value of a subscript. The arithmetic follows CPython 3.11's
# traceback.py exactly, including where it adds a character count to a byte offset,
# so that the markers land where CPython's do.

def _char_offset(text, byte_offset):
    """The character offset of a UTF-8 byte offset (a cut character counts as one)."""
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


def _display_width(text, offset):
    """Columns the first `offset` characters take on a terminal (wide East Asian
    characters take two)."""
    if text.isascii():
        return offset
    import unicodedata
    width = 0
    for ch in text[:offset]:
        width += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return width


def _marker_anchors(segment):
    """(start, end) of the '^' part of a one-line segment, or None when the segment
    is not a single binary operation or subscript."""
    shape = _traceback.segment_shape(segment)
    if shape is None:
        return None
    kind, first, second = shape
    if kind == 'binop':
        between = segment[_char_offset(segment, first):_char_offset(segment, second)]
        blanks = len(between) - len(between.lstrip())
        start = first + blanks
        end = start + 1
        if blanks + 1 < len(between) and not between[blanks + 1].isspace():
            end += 1
        while start < len(segment) and (segment[start].isspace() or segment[start] in ')#'):
            start += 1
            end += 1
        return _char_offset(segment, start), _char_offset(segment, end)
    start = _char_offset(segment, first)
    end = _char_offset(segment, second + 1)
    while start < len(segment) and segment[start] != '[':
        start += 1
    while end < len(segment) and segment[end] != ']':
        end += 1
    if end < len(segment):
        end += 1
    return start, end


def _position_markers(frame_summary, stripped):
    """The marker line (with its newline) under a frame's source line, or '' when
    there is no position or the expression covers the whole line."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return ''
    line = frame_summary._original_line
    # Leading blanks, plus trailing ones and the line break, as CPython counts them.
    stripped_characters = len(line) - len(stripped)
    start = _char_offset(line, frame_summary.colno)
    end = _char_offset(line, frame_summary.end_colno)
    segment = line[start:end]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _marker_anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())
    if end - start >= len(stripped) and not (anchors and anchors[1] - anchors[0] > 0):
        return ''
    shown_start = _display_width(line, start) + 1
    shown_end = _display_width(line, end) + 1
    parts = ['    ', ' ' * (shown_start - stripped_characters)]
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        parts.append('~' * left)
        parts.append('^' * (right - left))
        parts.append('~' * (shown_end - shown_start - right))
    else:
        parts.append('^' * (shown_end - shown_start))
    parts.append('\n')
    return ''.join(parts)
