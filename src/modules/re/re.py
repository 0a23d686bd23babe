# The Python half of minipy's `re`: the API over the parser and matching engine that
# `_compile` and `_Code` provide (written for minipy; CPython 3.11's behaviour).

__version__ = "2.2.1"

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807
_MISSING = object()

_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_FLAG_MASK = 511


class RegexFlag(int):
    def __new__(cls, value=0):
        value = int(value)
        known = _FLAG_MEMBERS.get(value) if _FLAG_MEMBERS else None
        if known is not None:
            return known
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        for n, f in _FLAG_ORDER:
            if v == f:
                return n
        if v == 0:
            return "NOFLAG"
        names = [n for n, f in _FLAG_ORDER if v & f]
        return "|".join(names) if names and not (v & ~_FLAG_MASK) else None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = ["re." + n for n, f in _FLAG_ORDER if v & f]
        extra = v & ~_FLAG_MASK
        if not names:
            return "re.RegexFlag(%d)" % v
        if extra:
            names.append(hex(extra))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _FLAG_MASK)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


_FLAG_MEMBERS = None
_members = {}
for _n, _f in _FLAG_ORDER:
    _members[_f] = int.__new__(RegexFlag, _f)
_members[0] = int.__new__(RegexFlag, 0)
_FLAG_MEMBERS = _members

NOFLAG = _members[0]
ASCII = A = _members[256]
IGNORECASE = I = _members[2]
LOCALE = L = _members[4]
UNICODE = U = _members[32]
MULTILINE = M = _members[8]
DOTALL = S = _members[16]
VERBOSE = X = _members[64]
TEMPLATE = T = _members[1]
DEBUG = _members[128]
for _n, _f in _FLAG_ORDER:
    setattr(RegexFlag, _n, _members[_f])
RegexFlag.NOFLAG = NOFLAG
RegexFlag.A = A
RegexFlag.I = I
RegexFlag.L = L
RegexFlag.U = U
RegexFlag.M = M
RegexFlag.S = S
RegexFlag.X = X
RegexFlag.T = T
del _n, _f, _members


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_PATTERN_FLAG_NAMES = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)


def _is_index(x):
    try:
        x.__index__
    except AttributeError:
        return False
    return True


class Pattern:
    def __init__(self, pattern, code, flags, groups, groupindex):
        self.pattern = pattern
        self._code = code
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._names = {i: n for n, i in groupindex.items()}

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & 292 == 32:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % r
        names = []
        for n, f in _PATTERN_FLAG_NAMES:
            if flags & f:
                names.append(n)
                flags &= ~f
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (r, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _new_match(self, string, marks, pos, endpos):
        if marks is None:
            return None
        return Match(self, string, marks, pos, endpos)

    def match(self, string=_MISSING, pos=0, endpos=_MAXSIZE):
        if string is _MISSING:
            raise TypeError("match() missing required argument 'string' (pos 1)")
        marks = self._code.match(string, pos, endpos, 0)
        return None if marks is None else Match(self, string, marks, pos, endpos)

    def fullmatch(self, string=_MISSING, pos=0, endpos=_MAXSIZE):
        if string is _MISSING:
            raise TypeError("fullmatch() missing required argument 'string' (pos 1)")
        marks = self._code.match(string, pos, endpos, 1)
        return None if marks is None else Match(self, string, marks, pos, endpos)

    def search(self, string=_MISSING, pos=0, endpos=_MAXSIZE):
        if string is _MISSING:
            raise TypeError("search() missing required argument 'string' (pos 1)")
        marks = self._code.match(string, pos, endpos, 2)
        return None if marks is None else Match(self, string, marks, pos, endpos)

    def findall(self, string=_MISSING, pos=0, endpos=_MAXSIZE):
        if string is _MISSING:
            raise TypeError("findall() missing required argument 'string' (pos 1)")
        return self._code.findall(string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(_Scanner(self, string, pos, endpos).search, None)

    def split(self, string, maxsplit=0):
        return self._code.split(string, maxsplit)

    def sub(self, repl, string, count=0):
        if type(repl) is str and "\\" not in repl and type(self.pattern) is str:
            return self._code.sub([repl], string, count)[0]
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            return self._sub_call(repl, string, count)
        istext = isinstance(self.pattern, str)
        if isinstance(repl, str):
            if not istext:
                return self._sub_mismatch(string, "expected a bytes-like object, str found")
            if "\\" not in repl:
                return self._code.sub([repl], string, count)
        elif isinstance(repl, (bytes, bytearray)):
            if istext:
                return self._sub_mismatch(string, "expected str instance, %s found"
                                          % type(repl).__name__)
            if b"\\" not in repl:
                return self._code.sub([bytes(repl)], string, count)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        items = _compile_template(self, repl)
        return self._code.sub(items, string, count)

    def _sub_mismatch(self, string, msg):
        # CPython fails when it joins the pieces, so only if something matched.
        marks = self._code.match(string, 0, _MAXSIZE, 2)
        if marks is None:
            return string, 0
        raise TypeError("sequence item %d: %s" % (1 if marks[1] > 0 else 0, msg))

    def _sub_call(self, repl, string, count):
        sc = self._code.scanner(string, 0, _MAXSIZE)
        n = len(string)
        pieces = []
        i = 0
        done = 0
        while not count or done < count:
            marks = sc.search()
            if marks is None:
                break
            b = marks[1]
            e = marks[2]
            if i < b:
                pieces.append(string[i:b])
            item = repl(Match(self, string, marks, 0, n))
            if item is not None:
                pieces.append(item)
            i = e
            done += 1
        if i < n:
            pieces.append(string[i:])
        empty = string[:0]
        if isinstance(empty, bytearray):
            empty = b""
        return empty.join(pieces), done


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._sc = pattern._code.scanner(string, pos, endpos)
        self._pos = pos
        self._endpos = endpos

    def match(self):
        marks = self._sc.match()
        if marks is None:
            return None
        return Match(self.pattern, self._string, marks, self._pos, self._endpos)

    def search(self):
        marks = self._sc.search()
        if marks is None:
            return None
        return Match(self.pattern, self._string, marks, self._pos, self._endpos)


class Match:
    def __init__(self, pattern, string, marks, pos, endpos):
        self.re = pattern
        self.string = string
        self._marks = marks
        self._pos = pos
        self._endpos = endpos

    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    @property
    def lastindex(self):
        li = self._marks[0]
        return li if li > 0 else None

    @property
    def lastgroup(self):
        li = self._marks[0]
        if li <= 0:
            return None
        return self.re._names.get(li)

    @property
    def regs(self):
        m = self._marks
        return tuple((m[2 * i + 1], m[2 * i + 2]) for i in range(self.re.groups + 1))

    def _index(self, g):
        if type(g) is int:
            i = g
        elif isinstance(g, str):
            i = self.re._groupindex.get(g, -1)
        elif _is_index(g):
            i = g.__index__()
        else:
            i = self.re._groupindex.get(g, -1)
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        m = self._marks
        s = m[2 * i + 1]
        if s < 0:
            return default
        r = self.string[s:m[2 * i + 2]]
        if type(r) is bytearray:
            r = bytes(r)
        return r

    def group(self, *args):
        if not args:
            m = self._marks
            r = self.string[m[1]:m[2]]
            if type(r) is bytearray:
                r = bytes(r)
            return r
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {n: self._get(i, default) for n, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i + 1], self._marks[2 * i + 2])

    def expand(self, template):
        items = _compile_template(self.re, template)
        out = []
        for it in items:
            if isinstance(it, int):
                v = self._get(it)
                if v is not None:
                    out.append(v)
            else:
                out.append(it)
        return self.string[:0].join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[1], self._marks[2], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# --- replacement templates -------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\x07", "b": "\x08", "f": "\x0c", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\x0b", "\\": "\\"}
_OCT = "01234567"
_DEC = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _template_items(pattern, source):
    # Parses a replacement template into literal strings and group numbers.
    text = source if isinstance(source, str) else source.decode("latin-1")
    n = len(text)
    items = []
    lit = []
    i = 0

    def err(msg, pos):
        return error(msg, source, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise err("invalid group reference %d" % index, pos)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err("bad escape (end of pattern)", n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            i += 1
            j = text.find(">", i)
            if j < 0:
                name = text[i:]
                if not name:
                    raise err("missing group name", n)
                raise err("missing >, unterminated name", i)
            name = text[i:j]
            if not name:
                raise err("missing group name", i)
            i = j + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                ok = name.isdigit() and name.isascii()
                if not ok:
                    raise err("bad character in group name %r" % name, j - len(name))
                index = int(name)
                if index >= 1073741823:
                    raise err("invalid group reference %d" % index, j - len(name))
            addgroup(index, j - len(name))
        elif c == "0":
            k = i
            while k < n and k < i + 2 and text[k] in _OCT:
                k += 1
            lit.append(chr(int(text[i - 1:k], 8) & 0xff))
            i = k
        elif c in _DEC:
            if i < n and text[i] in _DEC:
                if c in _OCT and text[i] in _OCT and i + 1 < n and text[i + 1] in _OCT:
                    v = int(text[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise err("octal escape value %s outside of range 0-0o377"
                                  % text[start:i + 2], start)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            addgroup(int(text[start + 1:i]), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise err("bad escape \\%s" % c, start)
        else:
            lit.append("\\" + c)
    if lit:
        items.append("".join(lit))
    if not isinstance(source, str):
        items = [x if isinstance(x, int) else x.encode("latin-1") for x in items]
    return items


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    except TypeError:
        return _template_items(pattern, repl)
    items = _template_items(pattern, repl)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = items
    return items


# --- compilation and the cache ---------------------------------------------

_compile_code = _compile
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    r = _compile_code(pattern, flags)
    if kind_is_error(r):
        kind, msg, pos = r
        if kind == "value":
            raise ValueError(msg)
        if kind == "overflow":
            raise OverflowError(msg)
        raise error(msg, None if pos is None else pattern, pos)
    code, fl, groups, names = r
    p = Pattern(pattern, code, fl, groups, dict(names))
    if not flags & 128:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def kind_is_error(r):
    return len(r) == 3


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    s = str(pattern, "latin1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in s]).encode("latin1")



class Scanner:
    """A lexer over a list of (phrase, action) pairs: at each position the first phrase
    that matches wins; a callable action is called with the scanner and the matched
    text, any other action is the token itself, and None drops the match."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Each phrase is wrapped in a group of its own; the number of that group tells
        # which phrase matched (a phrase's own groups are numbered after it).
        self._phrase_of_group = {}
        parts = []
        group = 1
        for index, (phrase, _action) in enumerate(lexicon):
            self._phrase_of_group[group] = index
            parts.append("(" + phrase + ")")
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


# Error messages name these classes as CPython's C types: 're.Pattern', 're.Match'.
from collections import _name_as_c_type
_name_as_c_type(Pattern)
_name_as_c_type(Match)
del _name_as_c_type
