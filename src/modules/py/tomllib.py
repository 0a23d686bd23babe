"""Reading TOML 1.0.0 documents: `loads` for text, `load` for a binary file.

Tables become dicts, arrays lists, dates and times `datetime` objects. A malformed
document raises TOMLDecodeError whose message names the problem and where it was
found, as CPython's does: "Invalid value (at line 3, column 9)".
"""

import datetime as _dt
import re as _re
import string as _string

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as a str."""
    # As in 3.11, anything but a str fails on this first use of it.
    source = s.replace("\r\n", "\n")
    return _Document(source, _checked_float_parser(parse_float)).parse()


def _checked_float_parser(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


# --- character classes -------------------------------------------------------------

_CONTROL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_BAD_IN_LINE = _CONTROL - frozenset("\t")          # strings, comments
_BAD_IN_MULTILINE = _CONTROL - frozenset("\t\n")   # multi-line strings
_BLANK = frozenset(" \t")
_BLANK_OR_NEWLINE = _BLANK | frozenset("\n")
_BARE_KEY = frozenset(_string.ascii_letters + _string.digits + "-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_HEX = frozenset(_string.hexdigits)
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
            '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_LOCAL_TIME = _re.compile(_TIME)
_DATE_TIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_NUMBER = _re.compile(r"""
    0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)
    | [+-]?(?:0|[1-9](?:_?[0-9])*)
      (?P<fraction>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)
""", _re.VERBOSE)


# --- what may still be written where ------------------------------------------------

# A key path is "declared" once a [table] header or a dotted key has opened it (it
# cannot be declared again) and "sealed" when it holds an inline table or array
# (nothing may be added under it). Paths opened by dotted keys only become declared
# when the next header starts, so later pairs of the same table may extend them.
class _Marks:
    def __init__(self):
        self._tree = {}
        self._pending = []

    def _node(self, path, create):
        level = self._tree
        node = None
        for part in path:
            node = level.get(part)
            if node is None:
                if not create:
                    return None
                node = level[part] = {"own": set(), "inherited": set(), "children": {}}
            level = node["children"]
        return node

    def mark(self, path, flag, *, recursive):
        node = self._node(path, True)
        node["inherited" if recursive else "own"].add(flag)

    def mark_later(self, path, flag):
        self._pending.append((path, flag))

    def apply_pending(self):
        for path, flag in self._pending:
            self.mark(path, flag, recursive=False)
        self._pending.clear()

    def forget(self, path):
        level = self._tree
        for part in path[:-1]:
            if part not in level:
                return
            level = level[part]["children"]
        level.pop(path[-1], None)

    def has(self, path, flag):
        if not path:
            return False
        level = self._tree
        for part in path[:-1]:
            node = level.get(part)
            if node is None:
                return False
            if flag in node["inherited"]:
                return True
            level = node["children"]
        node = level.get(path[-1])
        return node is not None and (flag in node["own"] or flag in node["inherited"])


_DECLARED = "declared"
_SEALED = "sealed"


class _NotATable(Exception):
    """A key path runs into a value that is not a table."""


def _table_at(root, path, *, through_arrays=True):
    """The dict at path under root, creating empty tables on the way; an array of
    tables stands for its last table."""
    table = root
    for part in path:
        if part not in table:
            table[part] = {}
        table = table[part]
        if through_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise _NotATable
    return table


# --- the parser -----------------------------------------------------------------------

class _Document:
    def __init__(self, source, parse_float):
        self.src = source
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.marks = _Marks()

    def error(self, message, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{message} (at {where})")

    def peek(self, length=1):
        return self.src[self.pos:self.pos + length]

    def skip(self, chars):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_to(self, terminator, forbidden, must_find):
        """Move to the next terminator, refusing forbidden characters before it."""
        src = self.src
        end = src.find(terminator, self.pos)
        if end < 0:
            end = len(src)
            if must_find:
                raise self.error(f"Expected {terminator!r}", end)
        for i in range(self.pos, end):
            if src[i] in forbidden:
                raise self.error(f"Found invalid character {src[i]!r}", i)
        self.pos = end

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.skip_to("\n", _BAD_IN_LINE, False)

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_BLANK_OR_NEWLINE)
            self.skip_comment()
            if self.pos == before:
                return

    # statements

    def parse(self):
        table_path = ()
        while True:
            self.skip(_BLANK)
            char = self.peek()
            if not char:
                break
            if char == "\n":
                self.pos += 1
                continue
            if char in _KEY_START:
                self.pair_statement(table_path)
                self.skip(_BLANK)
            elif char == "[":
                self.marks.apply_pending()
                if self.peek(2) == "[[":
                    table_path = self.array_table_header()
                else:
                    table_path = self.table_header()
                self.skip(_BLANK)
            elif char != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            char = self.peek()
            if not char:
                break
            if char != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def table_header(self):
        self.pos += 1
        self.skip(_BLANK)
        path = self.key()
        if self.marks.has(path, _DECLARED) or self.marks.has(path, _SEALED):
            raise self.error(f"Cannot declare {path} twice")
        self.marks.mark(path, _DECLARED, recursive=False)
        try:
            _table_at(self.root, path)
        except _NotATable:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def array_table_header(self):
        self.pos += 2
        self.skip(_BLANK)
        path = self.key()
        if self.marks.has(path, _SEALED):
            raise self.error(f"Cannot mutate immutable namespace {path}")
        # A new element: the tables declared in the previous one may be declared again.
        self.marks.forget(path)
        self.marks.mark(path, _DECLARED, recursive=False)
        try:
            parent = _table_at(self.root, path[:-1])
            last = path[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise _NotATable
        except _NotATable:
            raise self.error("Cannot overwrite a value") from None
        if self.peek(2) != "]]":
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    def pair_statement(self, table_path):
        key, value = self.pair()
        for i in range(1, len(key)):
            opened = table_path + key[:i]
            if self.marks.has(opened, _DECLARED):
                raise self.error(f"Cannot redefine namespace {opened}")
            self.marks.mark_later(opened, _DECLARED)
        parent_path = table_path + key[:-1]
        if self.marks.has(parent_path, _SEALED):
            raise self.error(f"Cannot mutate immutable namespace {parent_path}")
        try:
            parent = _table_at(self.root, parent_path)
        except _NotATable:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in parent:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.marks.mark(table_path + key, _SEALED, recursive=True)
        parent[key[-1]] = value

    def pair(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_BLANK)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_BLANK)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_BLANK)
            parts.append(self.key_part())
            self.skip(_BLANK)
        return tuple(parts)

    def key_part(self):
        char = self.peek()
        if char and char in _BARE_KEY:
            start = self.pos
            self.skip(_BARE_KEY)
            return self.src[start:self.pos]
        if char == "'":
            return self.literal_string()
        if char == '"':
            self.pos += 1
            return self.basic_string(multiline=False)
        raise self.error("Invalid initial character for a key part")

    # values

    def value(self):
        src, pos = self.src, self.pos
        char = src[pos:pos + 1]
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(literal=False)
            self.pos += 1
            return self.basic_string(multiline=False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(literal=True)
            return self.literal_string()
        if src.startswith("true", pos):
            self.pos += 4
            return True
        if src.startswith("false", pos):
            self.pos += 5
            return False
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        match = _DATE_TIME.match(src, pos)
        if match:
            try:
                value = _date_time(match)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = match.end()
            return value
        match = _LOCAL_TIME.match(src, pos)
        if match:
            self.pos = match.end()
            return _local_time(match)
        match = _NUMBER.match(src, pos)
        if match:
            self.pos = match.end()
            if match.group("fraction"):
                return self.parse_float(match.group())
            return int(match.group(), 0)
        for special in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if src.startswith(special, pos):
                self.pos += len(special)
                return self.parse_float(special)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            char = self.peek()
            if char == "]":
                self.pos += 1
                return items
            if char != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        marks = _Marks()
        self.skip(_BLANK)
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            if marks.has(key, _SEALED):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            try:
                parent = _table_at(table, key[:-1], through_arrays=False)
            except _NotATable:
                raise self.error("Cannot overwrite a value") from None
            if key[-1] in parent:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            parent[key[-1]] = value
            self.skip(_BLANK)
            char = self.peek()
            if char == "}":
                self.pos += 1
                return table
            if char != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.mark(key, _SEALED, recursive=True)
            self.pos += 1
            self.skip(_BLANK)

    # strings

    def literal_string(self):
        self.pos += 1
        start = self.pos
        self.skip_to("'", _BAD_IN_LINE, True)
        self.pos += 1
        return self.src[start:self.pos - 1]

    def multiline_string(self, *, literal):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if literal:
            quote = "'"
            start = self.pos
            self.skip_to("'''", _BAD_IN_MULTILINE, True)
            text = self.src[start:self.pos]
            self.pos += 3
        else:
            quote = '"'
            text = self.basic_string(multiline=True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, *, multiline):
        src = self.src
        forbidden = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        pieces = []
        start = pos = self.pos
        while True:
            if pos >= len(src):
                raise self.error("Unterminated string", pos)
            char = src[pos]
            if char == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(pieces)
                pos += 1
                continue
            if char == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                start = pos = self.pos
                continue
            if char in forbidden:
                raise self.error(f"Illegal character {char!r}", pos)
            pos += 1

    def escape(self, multiline):
        escape = self.peek(2)
        self.pos += 2
        if multiline and escape in ("\\ ", "\\\t", "\\\n"):
            # A backslash ending a line drops the line break and the blanks after it.
            if escape != "\\\n":
                self.skip(_BLANK)
                char = self.peek()
                if not char:
                    return ""
                if char != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_BLANK_OR_NEWLINE)
            return ""
        if escape == "\\u":
            return self.hex_char(4)
        if escape == "\\U":
            return self.hex_char(8)
        if escape in _ESCAPES:
            return _ESCAPES[escape]
        raise self.error("Unescaped '\\' in a string")

    def hex_char(self, length):
        digits = self.peek(length)
        if len(digits) != length or not _HEX.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += length
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)


def _microseconds(digits):
    return int(digits.ljust(6, "0")) if digits else 0


def _date_time(match):
    (year, month, day, hour, minute, second, fraction,
     zulu, sign, offset_hours, offset_minutes) = match.groups()
    if hour is None:
        return _dt.date(int(year), int(month), int(day))
    if sign:
        direction = 1 if sign == "+" else -1
        tz = _dt.timezone(_dt.timedelta(hours=direction * int(offset_hours),
                                        minutes=direction * int(offset_minutes)))
    elif zulu:
        tz = _dt.timezone.utc
    else:
        tz = None
    return _dt.datetime(int(year), int(month), int(day), int(hour), int(minute),
                        int(second), _microseconds(fraction), tzinfo=tz)


def _local_time(match):
    hour, minute, second, fraction = match.groups()
    return _dt.time(int(hour), int(minute), int(second), _microseconds(fraction))
