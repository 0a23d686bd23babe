//! `float(s)`: CPython's `PyFloat_FromString`.

use super::error::{PyErrorMsg, PyResult};
pub use super::int_to_float::{float_from_bigint, int_true_divide};
use super::numeric_text::{is_c_space, to_ascii_numeric};
use crate::text::repr::str_repr;

fn invalid(original: &str) -> PyErrorMsg {
    PyErrorMsg::value(format!(
        "could not convert string to float: {}",
        str_repr(original)
    ))
}

/// Parses `s` as `float(s)` does: surrounding whitespace, an optional sign,
/// a decimal literal (`1.`, `.5`, `1e5`; correctly rounded, overflowing to
/// infinity) or `inf`/`infinity`/`nan` in any case, single underscores
/// between digits, and non-ASCII decimal digits.
pub fn parse_float(s: &str) -> PyResult<f64> {
    let mut ascii = to_ascii_numeric(s);
    if ascii.contains(&b'_') {
        ascii = remove_underscores(&ascii).ok_or_else(|| invalid(s))?;
    }
    let mut start = 0;
    let mut end = ascii.len();
    while start < end && is_c_space(ascii[start]) {
        start += 1;
    }
    while end > start + 1 && is_c_space(ascii[end - 1]) {
        end -= 1;
    }
    parse_trimmed(&ascii[start..end]).ok_or_else(|| invalid(s))
}

/// Drops underscores, each of which must sit between two digits.
fn remove_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

fn parse_trimmed(text: &[u8]) -> Option<f64> {
    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ if is_decimal_literal(body) => {
            // Validated ASCII, and Rust's parser rounds correctly.
            std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
        }
        _ => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `digits [. digits] | . digits`, then an optional `e[+-]digits`.
fn is_decimal_literal(text: &[u8]) -> bool {
    let count_digits = |from: usize| {
        text[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = count_digits(0);
    let mut mantissa_digits = i;
    if text.get(i) == Some(&b'.') {
        let frac = count_digits(i + 1);
        mantissa_digits += frac;
        i += 1 + frac;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(text.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_digits = count_digits(j);
        if exp_digits == 0 {
            return false;
        }
        i = j + exp_digits;
    }
    i == text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(parse_float(" 1_0.5e1 "), Ok(105.0));
        assert_eq!(parse_float("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("1e").is_err());
        assert!(parse_float(".").is_err());
        assert_eq!(parse_float("1."), Ok(1.0));
    }
}
