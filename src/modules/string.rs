//! The `string` module: the character-class constants, `capwords`, `Template` and
//! `Formatter` (Python, as in CPython; Template scans for placeholders by hand, with
//! CPython's default pattern, unless a subclass customises idpattern, braceidpattern,
//! flags or pattern, which brings in `re`; Formatter parses format strings by hand
//! where CPython uses its C `_string` helpers).

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const OCTDIGITS: &str = "01234567";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// `capwords`, `Template` and `Formatter` are Python in CPython too.
const CAPWORDS: &str = r#"
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ID_CHARS = _ID_START | frozenset('0123456789')


class _LazyClassAttr:
    """A class attribute computed (and then stored on the class) when first read:
    Template's regular expression machinery imports re, which most users of
    Template never need."""

    def __init__(self, name, compute):
        self._name = name
        self._compute = compute

    def __get__(self, obj, cls):
        value = self._compute(cls)
        setattr(cls, self._name, value)
        return value


def _template_flags(cls):
    import re
    return re.IGNORECASE


def _template_pattern(cls):
    # The regular expression CPython builds from the class's delimiter,
    # idpattern, braceidpattern and flags (same text, so same .pattern).
    import re
    delim = re.escape(cls.delimiter)
    ident = cls.idpattern
    bident = cls.braceidpattern or cls.idpattern
    indent = '\n' + ' ' * 12
    source = (indent + '%s(?:' +
              indent + '  (?P<escaped>%s)  |   # Escape sequence of two delimiters' +
              indent + '  (?P<named>%s)       |   # delimiter and a Python identifier' +
              indent + '  {(?P<braced>%s)} |   # delimiter and a braced identifier' +
              indent + '  (?P<invalid>)             # Other ill-formed delimiter exprs' +
              indent + ')' + indent) % (delim, delim, ident, bident)
    return re.compile(source, cls.flags | re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _LazyClassAttr('flags', _template_flags)
    pattern = _LazyClassAttr('pattern', _template_pattern)
    # Placeholders are found by hand unless a subclass changes how they look
    # (beyond the delimiter, which the hand scanner honours).
    _use_re = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern', 'idpattern', 'braceidpattern', 'flags')
        if cls._use_re or any(name in cls.__dict__ for name in custom):
            cls._use_re = True
            if 'pattern' in cls.__dict__:
                import re
                cls.pattern = re.compile(cls.pattern, cls.flags | re.VERBOSE)
            else:
                cls.pattern = _template_pattern(cls)
        elif 'delimiter' in cls.__dict__:
            # A fresh lazy pattern for the new delimiter.
            cls.pattern = _LazyClassAttr('pattern', _template_pattern)

    def __init__(self, template):
        self.template = template

    def _matches(self):
        # What the pattern finds: (start, end, kind, name, invalid_at) for each
        # delimiter, kind being 'escaped', 'named', 'braced' or 'invalid' (identifiers
        # are ASCII letters, digits and underscores, not starting with a digit), or
        # 'unknown' for a custom pattern match in none of the four groups.
        if self._use_re:
            yield from self._re_matches()
            return
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        while True:
            i = t.find(d, i)
            if i < 0:
                return
            j = i + len(d)
            if t.startswith(d, j):
                yield (i, j + len(d), 'escaped', None, None)
                i = j + len(d)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                yield (i, k, 'named', t[j:k], None)
                i = k
                continue
            if j < n and t[j] == '{' and j + 1 < n and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == '}':
                    yield (i, k + 1, 'braced', t[j + 1:k], None)
                    i = k + 1
                    continue
            yield (i, j, 'invalid', None, j)
            i = j

    def _re_matches(self):
        for mo in self.pattern.finditer(self.template):
            start, end = mo.span()
            # As in CPython, an empty 'named' match defers to 'braced'.
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                yield (start, end, 'named', named, None)
            elif mo.group('escaped') is not None:
                yield (start, end, 'escaped', None, None)
            elif mo.group('invalid') is not None:
                yield (start, end, 'invalid', None, mo.start('invalid'))
            else:
                yield (start, end, 'unknown', None, None)

    def _unknown(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, safe):
        out = []
        last = 0
        for start, end, kind, name, invalid_at in self._matches():
            out.append(self.template[last:start])
            if kind == 'named' or kind == 'braced':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'unknown':
                self._unknown()
            elif safe:
                out.append(self.template[start:end])
            else:
                self._invalid(invalid_at)
            last = end
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for match in self._matches():
            if match[2] == 'invalid':
                return False
            if match[2] == 'unknown':
                self._unknown()
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, invalid_at in self._matches():
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif kind == 'unknown':
                self._unknown()
        return ids


# --- Formatter -------------------------------------------------------------------------
# The parsing that CPython does in C (_string.formatter_parser and
# _string.formatter_field_name_split) is done here by hand, with the same results and
# error messages.

_MAX_INDEX = 9223372036854775807


def _as_index(s):
    # A field name or key made only of decimal digits is an int.
    if s and s.isdecimal():
        n = int(s)
        if n > _MAX_INDEX:
            raise ValueError("Too many decimal digits in format string")
        return n
    return s


def _parse_field(s, k):
    """Parses the replacement field that starts at s[k] (just after its '{').

    Returns (field_name, format_spec, conversion, index after the closing '}')."""
    n = len(s)
    start = k
    c = None
    while k < n:
        c = s[k]
        k += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            # Inside an index anything goes up to the ']'.
            while k < n and s[k] != ']':
                k += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    if c == '}':
        return s[start:k - 1], '', None, k
    if c != ':' and c != '!':
        raise ValueError("expected '}' before end of string")
    field_name = s[start:k - 1]
    conversion = None
    if c == '!':
        if k >= n:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = s[k]
        k += 1
        if k < n:
            c = s[k]
            k += 1
            if c == '}':
                return field_name, '', conversion, k
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The format spec runs to the matching '}' (it may hold nested fields).
    spec_start = k
    depth = 1
    while k < n:
        c = s[k]
        k += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, s[spec_start:k - 1], conversion, k
    raise ValueError("unmatched '{' in format spec")


def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) tuples; the last
    # three are None after a literal that no field follows.
    n = len(s)
    i = 0
    while i < n:
        j = i
        while j < n and s[j] != '{' and s[j] != '}':
            j += 1
        if j == n:
            yield (s[i:], None, None, None)
            return
        brace = s[j]
        if j + 1 < n and s[j + 1] == brace:
            # A doubled brace ends the literal with one brace.
            yield (s[i:j + 1], None, None, None)
            i = j + 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if j + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[i:j]
        field_name, format_spec, conversion, i = _parse_field(s, j + 1)
        yield (literal, field_name, format_spec, conversion)


def _field_name_rest(name, i):
    # Yields (is_attribute, key) for each '.attr' and '[key]' after the first part.
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            is_attr = True
            key = name[i:j]
            i = j
        elif c == '[':
            j = i
            while j < n and name[j] != ']':
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            is_attr = False
            key = name[i:j]
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        yield is_attr, (key if is_attr else _as_index(key))


def _split_field_name(name):
    # (first part, iterator over the rest), like _string.formatter_field_name_split.
    i = 0
    n = len(name)
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    return _as_index(name[:i]), _field_name_rest(name, i)


class Formatter:
    """The engine of str.format, with hooks that subclasses can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field
        # was numbered by hand (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may itself contain replacement fields.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """An iterator of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Looks up field_name ('0', 'name', 'a.b[0]', ...); returns (obj, key used)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
"#;

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "string", &[])?;
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let constants: [(&str, &str); 10] = [
        ("whitespace", WHITESPACE),
        ("ascii_lowercase", LOWER),
        ("ascii_uppercase", UPPER),
        ("ascii_letters", &letters),
        ("digits", DIGITS),
        ("hexdigits", HEXDIGITS),
        ("octdigits", OCTDIGITS),
        ("punctuation", PUNCTUATION),
        ("printable", &printable),
        ("__doc__", "A collection of string constants."),
    ];
    for (name, value) in constants {
        let v = vm.new_str(value)?;
        super::set_attr(vm, &m, name, v)?;
    }
    super::exec_python(vm, &m, CAPWORDS, "<string>")?;
    Ok(m)
}
