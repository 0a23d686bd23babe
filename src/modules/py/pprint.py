"""Pretty printing of Python data.

pformat() returns the repr of an object, broken over several lines where it would
not fit the width; pprint() writes it to a stream and pp() does the same keeping
dicts in insertion order. The containers laid out element by element are dict,
list, tuple, set, frozenset, str, bytes, bytearray, the collections types,
mappingproxy, SimpleNamespace and dataclass instances; anything else is written
with its repr. saferepr(), isreadable() and isrecursive() look at the one-line form.
"""

import collections as _collections
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# --- shortcuts --------------------------------------------------------------------

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (sys.stdout by
    default)."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts left in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    # (text, readable, recursive) of the one-line form, without a depth limit.
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr(object) that survives self-containing data (shown as <Recursion ...>)."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back with eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether object contains itself, directly or not."""
    return _one_line(object)[2]


# --- helpers ----------------------------------------------------------------------

class _safe_key:
    """Sort key for values that may not be comparable with each other: those
    that raise TypeError are ordered by the name of their type, then by id."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return _fallback_rank(mine) < _fallback_rank(theirs)


def _fallback_rank(value):
    return str(type(value)), id(value)


def _pair_key(pair):
    # Sort key of a (key, value) item.
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


class _Collector:
    """Just enough of a text stream to gather what pformat writes."""

    def __init__(self):
        self._pieces = []
        self.write = self._pieces.append

    def getvalue(self):
        return "".join(self._pieces)


def _split_after_spaces(line):
    """line cut after each run of whitespace, the pieces joining back into line:
    'ab  cd e' gives ['ab  ', 'cd ', 'e']."""
    pieces = []
    start = 0
    seen_space = False
    for position, char in enumerate(line):
        if char.isspace():
            seen_space = True
        elif seen_space:
            pieces.append(line[start:position])
            start = position
            seen_space = False
    if start < len(line):
        pieces.append(line[start:])
    return pieces


def _fill(pieces, width, final_width, final_index):
    """Greedily joins consecutive pieces (str or bytes) into chunks whose reprs
    fit in width; the chunk taking the piece at final_index must fit in
    final_width instead. Yields the reprs of the chunks."""
    chunk = pieces[0][:0]
    for index, piece in enumerate(pieces):
        limit = final_width if index == final_index else width
        longer = chunk + piece
        if len(repr(longer)) <= limit:
            chunk = longer
            continue
        if chunk:
            yield repr(chunk)
        chunk = piece
    if chunk:
        yield repr(chunk)


def _has_generated_repr(object):
    """Whether object is a dataclass instance whose __repr__ is the one the
    dataclass decorator wrote (those are laid out field by field)."""
    dataclasses = _sys.modules.get("dataclasses")
    # Without the module loaded there can be no dataclass.
    if dataclasses is None or isinstance(object, type):
        return False
    if not dataclasses.is_dataclass(object):
        return False
    if not object.__dataclass_params__.repr:
        return False
    method = type(object).__repr__
    wrapped = getattr(method, "__wrapped__", None)
    if wrapped is not None:
        return "__create_fn__" in wrapped.__qualname__
    return getattr(method, "__module__", None) == "dataclasses"


# Types whose repr is all there is to them: no need to look inside.
_PLAIN_TYPES = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


# --- the printer ------------------------------------------------------------------

class PrettyPrinter:
    """Lays out objects within a width: indent spaces per nesting level, at most
    depth levels shown (deeper ones as ...), compact to pack short items of a
    sequence several to a line, sort_dicts to order dict keys,
    underscore_numbers to group the digits of ints."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface

    def pprint(self, object):
        """Writes the pretty form of object and a newline to the stream."""
        # sys.stdout may be None (no console): then there is nowhere to write.
        if self._stream is None:
            return
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        """The pretty form of object, as a string."""
        collector = _Collector()
        self._format(object, collector, 0, 0, {}, 0)
        return collector.getvalue()

    def isrecursive(self, object):
        """Whether object contains itself."""
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        """Whether the one-line form of object could be read back by eval()."""
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) for object on one line. context holds the
        ids of the containers being formatted around it, maxlevels the depth
        limit and level the current depth. Subclasses override this to change
        how some objects are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- multi-line layout

    def _format(self, object, stream, indent, allowance, context, level):
        """Writes object at column indent, keeping `allowance` columns free after
        it on its last line (for the closing brackets that follow)."""
        object_id = id(object)
        if object_id in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[object_id] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[object_id]
                return
        stream.write(text)

    def _layout_for(self, object):
        # By the type's __repr__: a subclass that keeps its base's repr is laid
        # out like the base.
        layout = self._dispatch.get(type(object).__repr__)
        if layout is None and _has_generated_repr(object):
            layout = PrettyPrinter._pprint_dataclass
        return layout

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _write_extra_indent(self, stream):
        # With an indent of n, the first item sits n - 1 columns past the
        # opening bracket, aligned with the ones on the following lines.
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The items of a sequence, one per line, or with compact as many per
        line as fit."""
        items = list(items)
        indent += self._indent_per_level
        self._write_extra_indent(stream)
        line_break = ",\n" + " " * indent
        separator = ""
        line_room = self._width - indent + 1
        full_line = line_room
        last_index = len(items) - 1
        for index, item in enumerate(items):
            is_last = index == last_index
            if is_last:
                # The closing brackets follow the last item.
                line_room -= allowance
                full_line -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if line_room < needed:
                    line_room = full_line
                    if separator:
                        separator = line_break
                if line_room >= needed:
                    line_room -= needed
                    stream.write(separator)
                    stream.write(text)
                    separator = ", "
                    continue
            stream.write(separator)
            separator = line_break
            self._format(item, stream, indent, allowance if is_last else 1,
                         context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        """`key: value` lines; a value continues after its key's repr."""
        indent += self._indent_per_level
        line_break = ",\n" + " " * indent
        last_index = len(items) - 1
        for index, (key, value) in enumerate(items):
            if index:
                stream.write(line_break)
            key_text = self._repr(key, context, level)
            stream.write(key_text + ": ")
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if index == last_index else 1, context, level)

    def _format_namespace_items(self, items, stream, indent, allowance, context,
                                level):
        """`name=value` lines, as in the repr of a SimpleNamespace or dataclass."""
        line_break = ",\n" + " " * indent
        last_index = len(items) - 1
        for index, (name, value) in enumerate(items):
            if index:
                stream.write(line_break)
            stream.write(name + "=")
            if id(value) in context:
                # What those reprs show for a value that contains the object.
                stream.write("...")
                continue
            self._format(value, stream, indent + len(name) + 1,
                         allowance if index == last_index else 1, context, level)

    def _sorted_dict_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_pair_key)
        return mapping.items()

    # -- the layouts, one per kind of object (see _dispatch below)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        self._write_extra_indent(stream)
        if len(object):
            self._format_dict_items(self._sorted_dict_items(object), stream,
                                    indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ",)" if len(object) == 1 else ")"
        stream.write("(")
        self._format_items(object, stream, indent, allowance + len(closing),
                           context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            opening, closing = "{", "}"
        else:
            # frozenset({...}) and subclasses: items line up after the name.
            opening, closing = kind.__name__ + "({", "})"
            indent += len(kind.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        if level == 1:
            # At the top, the pieces go inside parentheses to stay one expression.
            indent += 1
            allowance += 1
        chunks = self._str_chunks(object, self._width - indent, allowance)
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        if level == 1:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(chunks))
        if level == 1:
            stream.write(")")

    @staticmethod
    def _str_chunks(text, width, allowance):
        """The reprs of the pieces a long string is cut into: one per line, and
        a line too long for width is cut further after whitespace."""
        lines = text.splitlines(True)
        chunks = []
        for number, line in enumerate(lines, 1):
            on_last_line = number == len(lines)
            line_width = width - allowance if on_last_line else width
            shown = repr(line)
            if len(shown) <= line_width:
                chunks.append(shown)
                continue
            words = _split_after_spaces(line)
            final_index = len(words) - 1 if on_last_line else None
            chunks.extend(_fill(words, width, width - allowance, final_index))
        return chunks

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        at_top = level == 1
        if at_top:
            indent += 1
            allowance += 1
            stream.write("(")
        quads = [object[start:start + 4] for start in range(0, len(object), 4)]
        # The allowance applies to a final partial group only: a length that is
        # a multiple of four leaves none.
        final_index = len(quads) - 1 if len(object) % 4 else None
        width = self._width - indent
        pieces = _fill(quads, width, width - allowance, final_index)
        stream.write(("\n" + " " * indent).join(pieces))
        if at_top:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + len("bytearray("),
                           allowance + 1, context, level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context,
                             level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + len("mappingproxy("),
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context,
                                level):
        # SimpleNamespace itself shows as "namespace"; subclasses by their name.
        if type(object) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = type(object).__name__
        stream.write(name + "(")
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(")")

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name))
                 for f in _sys.modules["dataclasses"].fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(shown, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(")")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context,
                             level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        # The repr shows the items as a list of pairs.
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context,
                             level):
        if not object:
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n" + " " * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        self._write_extra_indent(stream)
        # Like the repr: most common first, not sorted by key.
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps:
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + "(")
        for mapping in maps[:-1]:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(",\n" + " " * indent)
        self._format(maps[-1], stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + "([")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context,
                               level)
            stream.write("])")
            return
        # maxlen=... goes on a line of its own after the items.
        self._format_items(object, stream, indent, 2, context, level)
        limit = self._repr(object.maxlen, context, level)
        stream.write("],\n" + " " * indent + "maxlen=" + limit + ")")

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString look exactly like the data they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # Aliases by the names the individual User* layouts have elsewhere.
    _pprint_user_dict = _pprint_user_list = _pprint_user_string = _pprint_user_data

    # -- one-line form

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _PLAIN_TYPES:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            return self._safe_dict_repr(object, context, maxlevels, level)
        if issubclass(kind, list) and own_repr is list.__repr__:
            return self._safe_sequence_repr(object, "[", "]", context, maxlevels,
                                            level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            closing = ",)" if len(object) == 1 else ")"
            return self._safe_sequence_repr(object, "(", closing, context,
                                            maxlevels, level)
        text = repr(object)
        # Reprs like <function f at 0x...> cannot be read back.
        return text, (text and not text.startswith("<")), False

    @staticmethod
    def _too_deep_or_seen(object, context, maxlevels, level, elided):
        """The answer for a container that is cut off by the depth limit or is
        already being formatted (a cycle); None when neither applies."""
        if maxlevels and level >= maxlevels:
            return elided, False, id(object) in context
        if id(object) in context:
            return _recursion(object), False, True
        return None

    def _safe_dict_repr(self, object, context, maxlevels, level):
        if not object:
            return "{}", True, False
        cut = self._too_deep_or_seen(object, context, maxlevels, level, "{...}")
        if cut is not None:
            return cut
        context[id(object)] = 1
        readable, recursive = True, False
        shown = []
        for key, value in self._sorted_dict_items(object):
            key_text, key_ok, key_loops = self.format(key, context, maxlevels,
                                                      level + 1)
            value_text, value_ok, value_loops = self.format(value, context,
                                                            maxlevels, level + 1)
            shown.append(f"{key_text}: {value_text}")
            readable = readable and key_ok and value_ok
            recursive = recursive or key_loops or value_loops
        del context[id(object)]
        return "{" + ", ".join(shown) + "}", readable, bool(recursive)

    def _safe_sequence_repr(self, object, opening, closing, context, maxlevels,
                            level):
        if not object:
            return opening + closing, True, False
        cut = self._too_deep_or_seen(object, context, maxlevels, level,
                                     opening + "..." + closing)
        if cut is not None:
            return cut
        context[id(object)] = 1
        readable, recursive = True, False
        shown = []
        for item in object:
            text, item_ok, item_loops = self.format(item, context, maxlevels,
                                                    level + 1)
            shown.append(text)
            if not item_ok:
                readable = False
            if item_loops:
                recursive = True
        del context[id(object)]
        return opening + ", ".join(shown) + closing, readable, recursive

    # The layout of each kind of object, found by its type's __repr__.
    _dispatch = {}


def _register_layouts():
    table = [
        (dict, "_pprint_dict"), (list, "_pprint_list"), (tuple, "_pprint_tuple"),
        (set, "_pprint_set"), (frozenset, "_pprint_set"), (str, "_pprint_str"),
        (bytes, "_pprint_bytes"), (bytearray, "_pprint_bytearray"),
        (_types.MappingProxyType, "_pprint_mappingproxy"),
        (_types.SimpleNamespace, "_pprint_simplenamespace"),
    ]
    for name, method in (("OrderedDict", "_pprint_ordered_dict"),
                         ("defaultdict", "_pprint_default_dict"),
                         ("Counter", "_pprint_counter"),
                         ("ChainMap", "_pprint_chain_map"),
                         ("deque", "_pprint_deque"),
                         ("UserDict", "_pprint_user_dict"),
                         ("UserList", "_pprint_user_list"),
                         ("UserString", "_pprint_user_string")):
        kind = getattr(_collections, name, None)
        if kind is not None:
            table.append((kind, method))
    for kind, method in table:
        PrettyPrinter._dispatch[kind.__repr__] = getattr(PrettyPrinter, method)


_register_layouts()
del _register_layouts
