//! The `string` module: the character-class constants and `capwords`.

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const OCTDIGITS: &str = "01234567";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// `capwords` is Python in CPython too.
const CAPWORDS: &str = r#"
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]

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
