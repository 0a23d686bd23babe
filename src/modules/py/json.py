"""JSON (JavaScript Object Notation) encoder and decoder.

dumps/dump/loads/load, JSONEncoder, JSONDecoder and JSONDecodeError,
producing the same text and the same error messages as CPython's json
package (whose C accelerator defines the messages). The hot paths are
minipy's native _json module (src/modules/json/): its scanner parses str
documents and its encoder writes the text; this module holds the API, the
options, and the Python scanner and encoder that serve what _json does not
take (documents that are not exact strs, separators that are not strs).
Both scanners and encoders keep open containers on an explicit stack, so
deep nesting does not recurse (the recursion limit bounds it as it does
CPython's recursive scanner and encoder).
"""

import sys as _sys
import _json

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

_INF = float('inf')


class JSONDecodeError(ValueError):
    """A document is not valid JSON.

    Besides the message, it records where: msg (the bare message), doc,
    pos (index into doc) and the 1-based lineno and colno of pos.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        # rfind gives -1 on the first line, so the column is 1-based either way.
        column = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, column

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------- encoding

# The escaping of str values is _json's: the two-character escapes, \u00XX for
# the other control characters, and with ensure_ascii \uXXXX from DEL on.

def _encode_str(s):
    """JSON string literal for s, non-ASCII characters kept as they are."""
    return _json.encode_str(s, False)


def _encode_str_ascii(s):
    """JSON string literal for s using only ASCII characters (DEL is escaped
    too: only printable ASCII is kept as it is)."""
    return _json.encode_str(s, True)


def _make_encoder(markers, default, encode_str, indent, floatstr,
                  key_separator, item_separator, sort_keys, skipkeys, out,
                  one_shot):
    """Return a function (obj, level) that appends obj's JSON text to
    out. one_shot says which of CPython's encoders
    this one stands for: its C encoder (json.dumps without indent) or the
    Python one (indent, json.dump), which fail at the recursion limit with
    different messages."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    int_repr = int.__repr__

    def key_str(key):
        # The order of these checks is CPython's (bool before int).
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int_repr(key)
        if skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + key.__class__.__name__)

    def scalar_text(v):
        """JSON text of a str, None, bool, int or float; None otherwise."""
        if isinstance(v, str):
            return encode_str(v)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return int_repr(v)
        if isinstance(v, float):
            return floatstr(v)
        return None

    def enter(container):
        if markers is not None:
            ident = id(container)
            if ident in markers:
                raise ValueError('Circular reference detected')
            markers[ident] = container

    def leave(container):
        if markers is not None:
            del markers[id(container)]

    # The pieces appended to `out` are the ones CPython's iterencode yields:
    # a scalar list item shares its piece with the bracket or separator
    # before it; dict keys, separators and closing brackets stand alone.
    #
    # Containers are walked with an explicit stack, so nesting costs no
    # Python frames; like CPython's encoder, each open container (and each
    # object handed to default()) counts one level against the recursion
    # limit instead (see _encoding_room).

    def open_list(lst, level, stack):
        if not lst:
            out.append('[]')
            return
        enter(lst)
        if indent is None:
            sep = item_separator
            prefix = '['
        else:
            level += 1
            newline = '\n' + indent * level
            sep = item_separator + newline
            prefix = '[' + newline
        stack.append([_LIST, lst, iter(lst), level, sep, prefix])

    def open_dict(dct, level, stack):
        if not dct:
            out.append('{}')
            return
        enter(dct)
        out.append('{')
        if indent is None:
            sep = item_separator
        else:
            level += 1
            newline = '\n' + indent * level
            sep = item_separator + newline
            out.append(newline)
        items = sorted(dct.items()) if sort_keys else dct.items()
        stack.append([_DICT, dct, iter(items), level, sep, None])

    def close(frame):
        kind, container, _, level = frame[0], frame[1], frame[2], frame[3]
        if kind is _DEFAULT:
            leave(container)
            return
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(']' if kind is _LIST else '}')
        leave(container)

    def next_value(frame):
        """Appends the pieces before the frame's next value and returns
        (True, value) when that value is a container to open, (False, None)
        when it was a scalar or the frame is done (then it is closed)."""
        kind, _, items, _, sep, prefix = frame
        if kind is _LIST:
            for v in items:
                text = scalar_text(v)
                frame[5] = sep
                if text is not None:
                    out.append(prefix + text)
                    return False, None
                out.append(prefix)
                return True, v
        elif kind is _DICT:
            for k, v in items:
                if type(k) is not str:
                    k = key_str(k)
                    if k is None:
                        continue
                if prefix is not None:
                    out.append(sep)
                frame[5] = sep
                out.append(encode_str(k))
                out.append(key_separator)
                text = scalar_text(v)
                if text is not None:
                    out.append(text)
                    return False, None
                return True, v
        return None, None

    def enc(o, level):
        stack = []
        room = _SHALLOW
        pending = True
        while True:
            if pending:
                pending = False
                t = type(o)
                if t is str:
                    out.append(encode_str(o))
                elif o is None:
                    out.append('null')
                elif o is True:
                    out.append('true')
                elif o is False:
                    out.append('false')
                elif t is int:
                    out.append(int_repr(o))
                elif t is float:
                    out.append(floatstr(o))
                elif isinstance(o, str):
                    out.append(encode_str(o))
                elif isinstance(o, int):
                    out.append(int_repr(o))
                elif isinstance(o, float):
                    out.append(floatstr(o))
                else:
                    if len(stack) >= room:
                        room = _encoding_room(len(stack), room, one_shot)
                    if isinstance(o, (list, tuple)):
                        open_list(o, stack[-1][3] if stack else level, stack)
                    elif isinstance(o, dict):
                        open_dict(o, stack[-1][3] if stack else level, stack)
                    else:
                        enter(o)
                        inner = stack[-1][3] if stack else level
                        stack.append([_DEFAULT, o, None, inner, None, None])
                        o = default(o)
                        pending = True
                        continue
            while stack:
                frame = stack[-1]
                if frame[0] is _DEFAULT:
                    stack.pop()
                    close(frame)
                    continue
                more, v = next_value(frame)
                if more is None:
                    stack.pop()
                    close(frame)
                    continue
                if more:
                    o = v
                    pending = True
                    break
            if not pending:
                return

    return enc


class JSONEncoder(object):
    """Turns dicts, lists, tuples, strs, ints, floats, booleans and None
    (subclasses included) into JSON text.

    Other objects go through default(), which a subclass (or the default=
    argument) can make return something encodable.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Hook for objects JSON has no form for: return a stand-in, or
        raise TypeError as this one does."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_str_ascii(o)
            return _encode_str(o)
        if type(self).iterencode is _ITERENCODE:
            text = self._whole(o)
            if text is not None:
                return text
        return ''.join(self.iterencode(o, _one_shot=True))

    def _whole(self, o):
        # This frame stands where iterencode's does when encode calls it.
        return self._encode(o, True, False)

    def _encode(self, o, one_shot, pieces):
        """The text of o (as one str, or as the list of iterencode's pieces)
        from _json's encoder, or None when the options are ones only the
        Python encoder takes (separators or indent that are not strs).

        This frame stands where the Python encoder's does, so the recursion
        limit falls at the same depth and default() runs as deep."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        item_separator = self.item_separator
        key_separator = self.key_separator
        if ((indent is not None and indent.__class__ is not str)
                or item_separator.__class__ is not str
                or key_separator.__class__ is not str):
            return None
        return _json.encode(
            o, self.check_circular, self.default, self.ensure_ascii, indent,
            key_separator, item_separator, self.sort_keys, self.skipkeys,
            self.allow_nan, one_shot and self.indent is None, pieces)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator of str pieces."""
        out = self._encode(o, _one_shot, True)
        if out is not None:
            # The C encoder's 1-tuple (one-shot, no indent) is returned as it is.
            return out if out.__class__ is tuple else iter(out)
        markers = {} if self.check_circular else None
        encode_str = _encode_str_ascii if self.ensure_ascii else _encode_str
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INF:
                text = 'Infinity'
            elif o == -_INF:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError(
                    'Out of range float values are not JSON compliant')
            return text

        out = []
        enc = _make_encoder(markers, self.default, encode_str, self.indent,
                            floatstr, self.key_separator, self.item_separator,
                            self.sort_keys, self.skipkeys, out,
                            _one_shot and self.indent is None)
        enc(o, 0)
        return iter(out)


_ITERENCODE = JSONEncoder.iterencode


# ---------------------------------------------------------------- decoding

# The scanner works on a sequence `s` of characters with O(1) indexing:
# the document itself when it is ASCII, else list(document) (indexing a
# non-ASCII str is not O(1) in every implementation). `doc` is always
# the original str, for error messages.

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': float('nan')}
_LITERALS_STR = ('null', 'true', 'false', 'NaN', 'Infinity', '-Infinity')
_LITERALS_LIST = tuple([list(_w) for _w in _LITERALS_STR])


class _NoValue(Exception):
    """Raised by the scanner where a JSON value was expected (at pos)."""

    def __init__(self, pos):
        self.pos = pos


def _as_seq(doc):
    return doc if doc.isascii() else list(doc)


def _text(s, a, b):
    """s[a:b] as a str."""
    t = s[a:b]
    return t if t.__class__ is str else ''.join(t)


def _find(s, ch, start, stop):
    """Index of the first ch in s[start:stop], or -1."""
    if s.__class__ is list:
        try:
            return s.index(ch, start, stop)
        except ValueError:
            return -1
    # Search growing windows so that the cost is proportional to the
    # distance searched, not to the length of the document.
    width = 64
    while start < stop:
        end = start + width
        if end > stop:
            end = stop
        k = s[start:end].find(ch)
        if k >= 0:
            return start + k
        start = end
        width += width
    return -1


def _hex4(s, pos):
    """The 4 hex digits at s[pos:pos+4] as an int, or None."""
    esc = _text(s, pos, pos + 4)
    if len(esc) == 4 and not esc.strip(_HEXDIGITS):
        return int(esc, 16)
    return None


def _scanstring(s, end, strict, doc):
    """Decode the JSON string whose body starts at s[end] (after the quote).

    Returns (str, index after the closing quote).
    """
    begin = end - 1
    n = len(s)
    chunks = None
    q = -1
    while True:
        if q < end:
            q = _find(s, '"', end, n)
            if q < 0:
                q = n
        b = _find(s, '\\', end, q)
        stop = q if b < 0 else b
        chunk = _text(s, end, stop)
        if strict and chunk and min(chunk) < ' ':
            k = end
            while s[k] >= ' ':
                k += 1
            raise JSONDecodeError('Invalid control character at', doc, k)
        if b < 0:
            if q == n:
                raise JSONDecodeError('Unterminated string starting at',
                                      doc, begin)
            if chunks is None:
                return chunk, q + 1
            chunks.append(chunk)
            return ''.join(chunks), q + 1
        if chunks is None:
            chunks = []
        if chunk:
            chunks.append(chunk)
        if b + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at',
                                  doc, begin)
        e = s[b + 1]
        if e != 'u':
            c = _BACKSLASH.get(e)
            if c is None:
                raise JSONDecodeError('Invalid \\escape', doc, b)
            chunks.append(c)
            end = b + 2
            continue
        # \uXXXX, possibly the first half of a surrogate pair
        end = b + 6
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', doc, b + 1)
        u = _hex4(s, b + 2)
        if u is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', doc, b + 1)
        if (0xd800 <= u <= 0xdbff and end + 6 < n and s[end] == '\\'
                and s[end + 1] == 'u'):
            u2 = _hex4(s, end + 2)
            if u2 is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', doc, end + 1)
            if 0xdc00 <= u2 <= 0xdfff:
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                end += 6
        chunks.append(chr(u))


class JSONDecoder(object):
    """Turns JSON text into Python values: objects become dicts, arrays
    lists, numbers ints or floats, true/false/null True/False/None, and the
    NaN / Infinity / -Infinity extensions floats.  Hooks can change each.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str holding a JSON
        document)."""
        if s.__class__ is str:
            try:
                return self._fast(s, 0, True)
            except _NoValue as err:
                raise JSONDecodeError('Expecting value', s, err.pos) from None
        seq = _as_seq(s)
        n = len(seq)
        i = 0
        while i < n and seq[i] in _WS:
            i += 1
        try:
            obj, end = self._scan(seq, i, s)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None
        while end < n and seq[end] in _WS:
            end += 1
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx; return a
        (value, end index) pair. Trailing data is allowed."""
        try:
            if s.__class__ is str and idx.__class__ is int:
                return self._fast(s, idx, False)
            return self._scan(_as_seq(s), idx, s)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None

    def scan_once(self, s, idx):
        """Decode the JSON value at s[idx]; return (value, end index).
        Raises StopIteration(idx) when no value starts there."""
        try:
            if s.__class__ is str and idx.__class__ is int:
                return self._fast(s, idx, False)
            return self._scan(_as_seq(s), idx, s)
        except _NoValue as err:
            raise StopIteration(err.pos) from None

    def _fast(self, s, i, whole):
        # _json's scanner, for a str document; this frame stands where
        # _scan's does. With whole, the value of the whole document.
        parse_float = self.parse_float
        parse_int = self.parse_int
        return _json.scan(s, i, whole, self.strict, self.object_hook,
                          self.object_pairs_hook,
                          None if parse_float is float else parse_float,
                          None if parse_int is int else parse_int,
                          self.parse_constant, JSONDecodeError, _NoValue)

    def _scan(self, s, i, doc):
        # An iterative parser: `stack` holds the open containers, each
        # frame [container, key] (key is None for arrays).
        if i < 0:
            raise ValueError('idx cannot be negative')
        n = len(s)
        strict = self.strict
        object_hook = self.object_hook
        pairs_hook = self.object_pairs_hook
        parse_float = self.parse_float
        parse_int = self.parse_int
        if parse_float is float:
            parse_float = None
        if parse_int is int:
            parse_int = None
        if s.__class__ is str:
            lnull, ltrue, lfalse, lnan, linf, lninf = _LITERALS_STR
        else:
            lnull, ltrue, lfalse, lnan, linf, lninf = _LITERALS_LIST
        memo = {}
        stack = []
        # How deep containers may nest here: found out (by counting the frames
        # below) only for documents that nest deeply.
        room = _SHALLOW
        while True:
            # ---- parse one value starting at s[i]
            if i >= n:
                raise _NoValue(i)
            c = s[i]
            if c == '"':
                val, i = _scanstring(s, i + 1, strict, doc)
            elif c == '{':
                if len(stack) >= room:
                    room = _nesting_room(len(stack), room, 'object')
                i += 1
                while i < n and s[i] in _WS:
                    i += 1
                if i < n and s[i] == '}':
                    i += 1
                    if pairs_hook is not None:
                        val = pairs_hook([])
                    elif object_hook is not None:
                        val = object_hook({})
                    else:
                        val = {}
                else:
                    key, i = _key(s, i, n, strict, memo, doc)
                    stack.append([[] if pairs_hook is not None else {}, key])
                    continue
            elif c == '[':
                if len(stack) >= room:
                    room = _nesting_room(len(stack), room, 'array')
                i += 1
                while i < n and s[i] in _WS:
                    i += 1
                if i < n and s[i] == ']':
                    i += 1
                    val = []
                else:
                    stack.append([[], None])
                    continue
            elif c == 'n' and s[i:i + 4] == lnull:
                val = None
                i += 4
            elif c == 't' and s[i:i + 4] == ltrue:
                val = True
                i += 4
            elif c == 'f' and s[i:i + 5] == lfalse:
                val = False
                i += 5
            elif c == 'N' and s[i:i + 3] == lnan:
                val = self.parse_constant('NaN')
                i += 3
            elif c == 'I' and s[i:i + 8] == linf:
                val = self.parse_constant('Infinity')
                i += 8
            elif c == '-' and s[i:i + 9] == lninf:
                val = self.parse_constant('-Infinity')
                i += 9
            else:
                val, i = _number(s, i, n, parse_int, parse_float)
            # ---- store the value in the innermost container; close
            # the containers that end here
            while stack:
                frame = stack[-1]
                container, key = frame
                while i < n and s[i] in _WS:
                    i += 1
                if key is None:
                    container.append(val)
                    if i < n and s[i] == ']':
                        i += 1
                        val = container
                        stack.pop()
                        continue
                else:
                    if pairs_hook is not None:
                        container.append((key, val))
                    else:
                        container[key] = val
                    if i < n and s[i] == '}':
                        i += 1
                        stack.pop()
                        if pairs_hook is not None:
                            val = pairs_hook(container)
                        elif object_hook is not None:
                            val = object_hook(container)
                        else:
                            val = container
                        continue
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", doc, i)
                i += 1
                while i < n and s[i] in _WS:
                    i += 1
                if key is not None:
                    frame[1], i = _key(s, i, n, strict, memo, doc)
                break
            else:
                return val, i


_SHALLOW = 50

# The kinds of the encoder's stack entries.
_LIST = 'list'
_DICT = 'dict'
_DEFAULT = 'default'


def _encoding_room(depth, room, c_encoder):
    """The container nesting the recursion limit leaves an encoding whose
    stack is *depth* levels deep (RecursionError when that is all of it):
    CPython counts one level per container on top of the frames that called
    the encoder, and one more for the call of its C encoder (its Python
    encoder's outermost generator stands where iterencode's frame does)."""
    if room == _SHALLOW:
        frames = 0
        frame = _sys._getframe(2)
        while frame is not None:
            frames += 1
            frame = frame.f_back
        room = _sys.getrecursionlimit() - frames - (1 if c_encoder else 0)
    if depth >= room:
        what = ('encoding a JSON object' if c_encoder
                else 'calling a Python object')
        raise RecursionError('maximum recursion depth exceeded while ' + what)
    return room



def _nesting_room(depth, room, kind):
    """The nesting the recursion limit leaves a parse whose stack is *depth*
    containers deep (RecursionError when that is all of it): CPython's scanner
    recurses into each container, one level on top of the frames that called
    it and the scanner itself."""
    if room == _SHALLOW:
        frames = 0
        frame = _sys._getframe(1)
        while frame is not None:
            frames += 1
            frame = frame.f_back
        room = _sys.getrecursionlimit() - frames - 1
    if depth >= room:
        raise RecursionError('maximum recursion depth exceeded while decoding '
                             f'a JSON {kind} from a unicode string')
    return room


def _key(s, i, n, strict, memo, doc):
    """Parse `"key" :` at s[i] and the whitespace after it; return
    (key, index of the value)."""
    if i >= n or s[i] != '"':
        raise JSONDecodeError(
            'Expecting property name enclosed in double quotes', doc, i)
    key, i = _scanstring(s, i + 1, strict, doc)
    # Reuse equal key strings, as CPython does, to save memory.
    key = memo.setdefault(key, key)
    while i < n and s[i] in _WS:
        i += 1
    if i >= n or s[i] != ':':
        raise JSONDecodeError("Expecting ':' delimiter", doc, i)
    i += 1
    while i < n and s[i] in _WS:
        i += 1
    return key, i


def _number(s, start, n, parse_int, parse_float):
    """Match -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? at s[start]."""
    i = start
    if s[i] == '-':
        i += 1
        if i >= n:
            raise _NoValue(start)
    c = s[i]
    if c == '0':
        i += 1
    elif '1' <= c <= '9':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        raise _NoValue(start)
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        is_float = True
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
    if i + 1 < n and (s[i] == 'e' or s[i] == 'E'):
        j = i + 1
        if s[j] == '-' or s[j] == '+':
            j += 1
        k = j
        while k < n and s[k] in _DIGITS:
            k += 1
        if k > j:
            is_float = True
            i = k
    text = _text(s, start, i)
    if is_float:
        if parse_float is None:
            return float(text), i
        return parse_float(text), i
    if parse_int is None:
        return int(text), i
    return parse_int(text), i


# ---------------------------------------------------------------- API

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

# When dumps()/dump() get no encoder class and every option has its
# default sense (these flags off or on, the rest None), the shared default
# encoder serves the call.
_DEFAULT_FLAGS = {'skipkeys': False, 'sort_keys': False, 'ensure_ascii': True,
                  'check_circular': True, 'allow_nan': True}
_UNSET_OPTIONS = ('indent', 'separators', 'default')


def _encoder(cls, options, extra):
    if (cls is None and not extra
            and all(bool(options[name]) is on for name, on in _DEFAULT_FLAGS.items())
            and all(options[name] is None for name in _UNSET_OPTIONS)):
        return _default_encoder
    return (cls or JSONEncoder)(**options, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as a str of JSON text (the options are JSONEncoder's)."""
    if (cls is None and indent is None and separators is None
            and default is None and not kw and skipkeys is False
            and ensure_ascii is True and check_circular is True
            and allow_nan is True and sort_keys is False):
        return _default_encoder.encode(obj)
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON text to fp, piece by piece (fp needs .write)."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    for piece in _encoder(cls, options, kw).iterencode(obj):
        fp.write(piece)


# Byte-order marks, longest first so that UTF-32's is not taken for UTF-16's.
_BOMS = (
    (b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
    (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'),
)


def detect_encoding(b):
    """Which UTF encoding JSON bytes use, judged from a BOM or, failing
    that, from where the first characters have zero bytes (RFC 4627)."""
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    # JSON text starts with an ASCII character, so the zero bytes around
    # it give the width and byte order away.
    zero = [byte == 0 for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(b) == 2:
        if zero[0]:
            return 'utf-16-be'
        if zero[1]:
            return 'utf-16-le'
    return 'utf-8'


def _document_text(s):
    """The str to parse, from a str, bytes or bytearray argument."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + s.__class__.__name__)
    encoding = detect_encoding(s)
    if encoding == 'utf-8-sig':
        # Dropping the mark by hand spares a codec lookup minipy may lack.
        s, encoding = s[3:], 'utf-8'
    return s.decode(encoding, 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of a JSON document given as str, bytes or bytearray
    (the options are JSONDecoder's)."""
    if (cls is None and object_hook is None and parse_float is None
            and parse_int is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        if s.__class__ is not str or s.startswith('\ufeff'):
            s = _document_text(s)
        return _default_decoder.decode(s)
    text = _document_text(s)
    hooks = {name: hook for name, hook in (
        ('object_hook', object_hook), ('parse_float', parse_float),
        ('parse_int', parse_int), ('parse_constant', parse_constant),
        ('object_pairs_hook', object_pairs_hook)) if hook is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(text)
    kw.update(hooks)
    return (cls or JSONDecoder)(**kw).decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from fp (needs .read)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# CPython defines these classes in the json.decoder / json.encoder submodules.
JSONDecodeError.__module__ = 'json.decoder'
JSONDecoder.__module__ = 'json.decoder'
JSONEncoder.__module__ = 'json.encoder'

# In CPython, importing json also imports its decoder and encoder submodules,
# so json.decoder works without an import of its own.
from json import decoder, encoder
