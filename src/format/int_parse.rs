//! `int(s, base)`: CPython's `PyLong_FromUnicodeObject`.

use num_bigint::BigInt;

use super::error::{PyErrorMsg, PyResult};
use super::int_value::PyInt;
use super::numeric_text::{is_c_space, to_ascii_numeric};
use super::spec::truncate_chars;
use crate::text::repr::str_repr;

/// The `ValueError` for a base outside `0` and `2..=36`.
pub fn invalid_base_error() -> PyErrorMsg {
    PyErrorMsg::value("int() base must be >= 2 and <= 36, or 0")
}

/// The `ValueError` for a str→int conversion over the digit limit.
pub fn from_str_limit_error(limit: usize, digits: usize) -> PyErrorMsg {
    PyErrorMsg::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn invalid_literal(original: &str, base: u32) -> PyErrorMsg {
    // CPython formats the repr with "%.200R": at most 200 characters.
    let repr = str_repr(original);
    PyErrorMsg::value(format!(
        "invalid literal for int() with base {base}: {}",
        truncate_chars(&repr, 200)
    ))
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// Parses `s` as `int(s, base)` does.
///
/// Accepts surrounding whitespace (ASCII whitespace other than
/// `\x1c`..`\x1f`, and all non-ASCII whitespace), a sign, a `0x`/`0o`/`0b`
/// prefix matching the base (any of them for base 0), single underscores
/// between digits (and after a prefix), and non-ASCII decimal digits.
/// Base 0 rejects nonzero numbers with leading zeros (`'010'`).
///
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0 = unlimited); it
/// limits the digit count for every base that is not a power of two.
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> PyResult<PyInt> {
    if base == 1 || base > 36 {
        return Err(invalid_base_error());
    }
    let ascii = to_ascii_numeric(s);
    let invalid = || invalid_literal(s, base);
    let at = |i: usize| ascii.get(i).copied().unwrap_or(0);

    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let negative = match at(i) {
        b'+' => {
            i += 1;
            false
        }
        b'-' => {
            i += 1;
            true
        }
        _ => false,
    };

    let mut radix = base;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let has_prefix = at(i) == b'0'
        && matches!(
            (radix, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        );
    if has_prefix {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }

    let start = i;
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < ascii.len() && (digit_value(ascii[i]) < radix || ascii[i] == b'_') {
        if ascii[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(ascii[i]);
        }
        prev = ascii[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(from_str_limit_error(max_str_digits, digits.len()));
    }
    if i == start {
        return Err(invalid());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != ascii.len() {
        return Err(invalid());
    }

    let value = digits_to_int(&digits, radix, negative).ok_or_else(invalid)?;
    if error_if_nonzero && value != PyInt::Small(0) {
        return Err(invalid_literal(s, 0));
    }
    Ok(value)
}

/// Converts validated ASCII digits; `None` only if they were not digits.
fn digits_to_int(digits: &[u8], radix: u32, negative: bool) -> Option<PyInt> {
    let text = std::str::from_utf8(digits).ok()?;
    if let Ok(v) = i64::from_str_radix(text, radix) {
        return Some(PyInt::Small(if negative { -v } else { v }));
    }
    let big = BigInt::parse_bytes(digits, radix)?;
    Some(PyInt::from_bigint(if negative { -big } else { big }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(parse_int(" -0x_1F ", 0, 4300), Ok(PyInt::Small(-31)));
        assert_eq!(parse_int("1_000", 10, 4300), Ok(PyInt::Small(1000)));
        assert!(parse_int("010", 0, 4300).is_err());
        assert_eq!(parse_int("00", 0, 4300), Ok(PyInt::Small(0)));
        assert_eq!(
            parse_int("-9223372036854775808", 10, 4300),
            Ok(PyInt::Small(i64::MIN))
        );
    }
}
