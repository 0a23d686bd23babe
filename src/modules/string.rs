//! The `string` module: the character-class constants, `capwords` and `Template`
//! (Python, as in CPython; Template scans for placeholders by hand, with CPython's
//! default pattern).

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const OCTDIGITS: &str = "01234567";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// `capwords` and `Template` are Python in CPython too.
const CAPWORDS: &str = r#"
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

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


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _matches(self):
        # What CPython's pattern finds: (start, end, kind, name, invalid_at) for each
        # delimiter, kind being 'escaped', 'named', 'braced' or 'invalid' (identifiers
        # are ASCII letters, digits and underscores, not starting with a digit).
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
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, invalid_at in self._matches():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
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
