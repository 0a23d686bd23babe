//! The normalisation `int()` and `float()` apply to their string argument
//! before parsing (CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`):
//! non-ASCII whitespace becomes a space and non-ASCII decimal digits become
//! ASCII digits, so `int('١٢٣') == 123`.

use crate::text::unicode_props::{decimal_value, is_space};

/// Returns the ASCII form of `s`. The first non-ASCII character that is
/// neither whitespace nor a decimal digit becomes `?` and ends the string,
/// which guarantees a parse error later.
pub fn to_ascii_numeric(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            // d < 10, so this stays an ASCII digit.
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `Py_ISSPACE`: the ASCII whitespace the C parsers skip. Unlike
/// `str.strip()`, this excludes `\x1c`..`\x1f`.
pub fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}
