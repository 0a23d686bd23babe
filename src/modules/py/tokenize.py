"""Splits Python source into tokens as CPython 3.11's pure-Python tokenizer does: the
same token types, positions, `line` texts and error tokens, so that tools reading
source through `tokenize` (highlighters, formatters, counters) see what they see in
CPython.

generate_tokens(readline) reads str lines; tokenize(readline) reads bytes lines,
detects their encoding (BOM, PEP 263 cookie) and starts with an ENCODING token.
untokenize() turns tokens back into source.
"""

import collections
import re
import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]

TAB_SIZE = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated))

    @property
    def exact_type(self):
        """An OP token's operator type (LPAR, PLUS, ...); otherwise its type."""
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --- scanning one token ----------------------------------------------------------------

_DIGITS = '0123456789'
_QUOTES = '\'"'
def _prefix_forms():
    """The letters a string may start with, in any case and order ('rb', 'Br', ...)."""
    forms = set()
    for base in ('', 'b', 'r', 'u', 'f', 'br', 'fr', 'rb', 'rf'):
        options = ['']
        for ch in base:
            options = [o + c for o in options for c in (ch, ch.upper())]
        forms.update(options)
    return frozenset(forms)


_PREFIXES = _prefix_forms()
_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)
_OPERATOR_STARTS = frozenset(op[0] for op in _OPERATORS)


def _digits_end(line, pos, allowed):
    """The end of a run of `allowed` digits at pos, single underscores between
    them; pos itself when there is no digit there."""
    end = pos
    if pos < len(line) and line[pos] in allowed:
        end = pos + 1
        while end < len(line):
            if line[end] in allowed:
                end += 1
            elif (line[end] == '_' and end + 1 < len(line)
                  and line[end + 1] in allowed):
                end += 2
            else:
                break
    return end


def _exponent_end(line, pos):
    """The end of an exponent (`e-12`) at pos, or pos when there is none."""
    if pos < len(line) and line[pos] in 'eE':
        at = pos + 1
        if at < len(line) and line[at] in '+-':
            at += 1
        end = _digits_end(line, at, _DIGITS)
        if end > at:
            return end
    return pos


def _float_end(line, pos):
    """The end of a float literal at pos (`1.`, `.5`, `1.5e3`, `1e3`), or pos."""
    whole = _digits_end(line, pos, _DIGITS)
    if whole > pos:
        if whole < len(line) and line[whole] == '.':
            frac = _digits_end(line, whole + 1, _DIGITS)
            return _exponent_end(line, frac)
        end = _exponent_end(line, whole)
        # Digits alone are an integer, not a float.
        return end if end > whole else pos
    if pos < len(line) and line[pos] == '.':
        frac = _digits_end(line, pos + 1, _DIGITS)
        if frac > pos + 1:
            return _exponent_end(line, frac)
    return pos


def _number_end(line, pos):
    """The end of the number literal at pos, or pos. As the pure-Python tokenizer
    tries them: an imaginary number, then a float, then an integer (so `0777`
    is the number `0` and the number `777`)."""
    digits = _digits_end(line, pos, _DIGITS)
    if digits > pos and digits < len(line) and line[digits] in 'jJ':
        return digits + 1
    end = _float_end(line, pos)
    if end > pos:
        if end < len(line) and line[end] in 'jJ':
            return end + 1
        return end
    if line.startswith(('0x', '0X'), pos):
        end = _digits_end(line, pos + 2, '0123456789abcdefABCDEF')
        if end > pos + 2:
            return end
    if line.startswith(('0b', '0B'), pos):
        end = _digits_end(line, pos + 2, '01')
        if end > pos + 2:
            return end
    if line.startswith(('0o', '0O'), pos):
        end = _digits_end(line, pos + 2, '01234567')
        if end > pos + 2:
            return end
    if pos < len(line) and line[pos] == '0':
        end = _digits_end(line, pos, '0')
        return end
    if pos < len(line) and line[pos] in '123456789':
        return _digits_end(line, pos, _DIGITS)
    return pos


def _string_prefix_end(line, pos):
    """Where the quote of a string starting at pos is (after a prefix such as `rb`),
    or -1 when no string starts there."""
    for size in (0, 1, 2):
        at = pos + size
        if at < len(line) and line[at] in _QUOTES and line[pos:at] in _PREFIXES:
            return at
    return -1


def _single_quoted_end(line, pos, quote):
    """Scans a one-line string body from pos (after its opening quote): the end of the
    string (after the closing quote), or after a backslash-newline that continues it
    on the next line; -1 when the line ends first."""
    n = len(line)
    while pos < n:
        ch = line[pos]
        if ch == quote:
            return pos + 1
        if ch == '\n':
            return -1
        if ch == '\\':
            if line.startswith('\n', pos + 1):
                return pos + 2
            if line.startswith('\r\n', pos + 1):
                return pos + 3
            if pos + 1 >= n:
                return -1
            pos += 2
            continue
        pos += 1
    return -1


def _closing_end(line, pos, closer):
    """The end of `closer` (a quote or three) closing a string whose body goes on from
    pos, backslashes escaping one character on the same line; -1 when it does not
    close on this line."""
    n = len(line)
    while pos < n:
        ch = line[pos]
        if ch == '\\':
            if pos + 1 >= n or line[pos + 1] == '\n':
                return -1
            pos += 2
            continue
        if line.startswith(closer, pos):
            return pos + len(closer)
        if len(closer) == 1 and ch == '\n':
            return -1
        pos += 1
    return -1


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _scan(line, pos):
    """The pseudo-token after the blanks at pos: (start, end, kind) where kind is one
    of 'end' (end of the text), 'continuation', 'comment', 'triple', 'number',
    'newline', 'op', 'string', 'continued-string', 'name'; None when nothing fits."""
    n = len(line)
    start = pos
    while start < n and line[start] in ' \f\t':
        start += 1
    if start >= n:
        return start, start, 'end'
    ch = line[start]
    if ch == '\\':
        if line.startswith('\n', start + 1):
            return start, start + 2, 'continuation'
        if line.startswith('\r\n', start + 1):
            return start, start + 3, 'continuation'
    if ch == '#':
        end = start
        while end < n and line[end] not in '\r\n':
            end += 1
        return start, end, 'comment'
    quote_at = _string_prefix_end(line, start)
    if quote_at >= 0 and line.startswith(line[quote_at] * 3, quote_at):
        return start, quote_at + 3, 'triple'
    end = _number_end(line, start)
    if end > start:
        return start, end, 'number'
    if ch == '\n':
        return start, start + 1, 'newline'
    if ch == '\r' and line.startswith('\n', start + 1):
        return start, start + 2, 'newline'
    if ch in _OPERATOR_STARTS:
        for op in _OPERATORS:
            if line.startswith(op, start):
                return start, start + len(op), 'op'
    if quote_at >= 0:
        end = _single_quoted_end(line, quote_at + 1, line[quote_at])
        if end >= 0:
            kind = 'continued-string' if line[end - 1] == '\n' else 'string'
            return start, end, kind
    if _is_word_char(ch):
        end = start + 1
        while end < n and _is_word_char(line[end]):
            end += 1
        return start, end, 'name'
    return None


# --- the tokenizer ----------------------------------------------------------------------

def _tokenize(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            # The BOM was read; the text is plain UTF-8 from here.
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    lnum = paren_depth = continued = 0
    indents = [0]
    # A string running over several lines: its text so far, where it started, the
    # closing quotes, whether each line must end in a backslash, and its lines.
    string_text, string_start, closer, needs_backslash, string_lines = '', None, '', False, ''
    last_line = line = ''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = ''
        if isinstance(line, bytes):
            line = line.decode(encoding or 'utf-8')
        lnum += 1
        pos, max_pos = 0, len(line)

        if string_text:
            if not line:
                raise TokenError("EOF in multi-line string", string_start)
            end = _closing_end(line, 0, closer)
            if end >= 0:
                pos = end
                yield TokenInfo(STRING, string_text + line[:end], string_start,
                                (lnum, end), string_lines + line)
                string_text, needs_backslash, string_lines = '', False, ''
            elif needs_backslash and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, string_text + line, string_start,
                                (lnum, len(line)), string_lines)
                string_text, string_lines = '', ''
                continue
            else:
                string_text += line
                string_lines += line
                continue

        elif paren_depth == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < max_pos:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // TAB_SIZE + 1) * TAB_SIZE
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == max_pos:
                break

            if line[pos] in '#\r\n':
                # A blank or comment-only line ends no statement.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = 0

        while pos < max_pos:
            found = _scan(line, pos)
            if found is None:
                # Nothing starts here: the character (a blank, even) is an error token.
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end, kind = found
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text = line[start:end]
            if kind == 'number':
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif kind == 'newline':
                yield TokenInfo(NL if paren_depth > 0 else NEWLINE, text, spos, epos, line)
            elif kind == 'comment':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif kind == 'triple':
                closer = text[-3:]
                close = _closing_end(line, pos, closer)
                if close >= 0:
                    pos = close
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    string_start = (lnum, start)
                    string_text = line[start:]
                    string_lines = line
                    break
            elif kind == 'continued-string':
                string_start = (lnum, start)
                closer = line[_string_prefix_end(line, start)]
                string_text, needs_backslash, string_lines = line[start:], True, line
                break
            elif kind == 'string':
                yield TokenInfo(STRING, text, spos, epos, line)
            elif kind == 'name':
                if text[0].isidentifier():
                    yield TokenInfo(NAME, text, spos, epos, line)
                else:
                    yield TokenInfo(OP, text, spos, epos, line)
            elif kind == 'continuation':
                continued = 1
            else:
                if text in '([{':
                    paren_depth += 1
                elif text in ')]}':
                    paren_depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # A last line without its newline still ends a statement.
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)),
                        (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """The tokens of the source whose lines (str) readline returns."""
    return _tokenize(readline, None)


def tokenize(readline):
    """The tokens of the source whose lines (bytes) readline returns, starting with
    an ENCODING token naming the encoding the source declares."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        while pending:
            yield pending.pop(0)
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line

    source = lines()

    def next_line():
        return next(source, b'')

    return _tokenize(next_line, encoding)


# --- encodings ------------------------------------------------------------------------

_COOKIE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
_BOM = b'\xef\xbb\xbf'


def _normal_encoding_name(name):
    """The spelling CPython reports for the usual encodings' aliases."""
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The encoding of the source readline gives (from a BOM or a coding cookie in
    the first two lines) and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = _COOKIE.match(text)
        if not match:
            return None
        encoding = _normal_encoding_name(match.group(1))
        try:
            import codecs
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(_BOM):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not _BLANK.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """A text file of the source, read in the encoding the source declares."""
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = builtins.open(filename, 'r', encoding=encoding, newline=None)
        buffer.close()
        return text
    except BaseException:
        buffer.close()
        raise


# --- back to source --------------------------------------------------------------------

class Untokenizer:
    """Rebuilds source from tokens: exactly from full tokens (with positions), with
    CPython's spacing rules from (type, string) pairs."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        row_offset = row - self.prev_row
        if row_offset:
            self.tokens.append("\\\n" * row_offset)
            self.prev_col = 0
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        startline = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in _chain(token, iterable):
            tok_type, text = tok[:2]
            if tok_type == ENCODING:
                self.encoding = text
                continue
            if tok_type in (NAME, NUMBER):
                text += ' '
            # Two strings in a row stay two strings.
            if tok_type == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if tok_type == INDENT:
                indents.append(text)
                continue
            if tok_type == DEDENT:
                indents.pop()
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                self.tokens.append(indents[-1])
                startline = False
            self.tokens.append(text)


def _chain(first, rest):
    yield first
    yield from rest


def untokenize(iterable):
    """Source text (bytes when an ENCODING token came first) from tokens: 5-tuples
    give the original spacing back, (type, string) pairs a spacing of their own."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out
