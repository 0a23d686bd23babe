//! ASCII case mapping, character-class predicates, padding and hex
//! conversion for `bytes` and `bytearray` (bytes methods only know ASCII:
//! every byte above 0x7f is uncased and of no class).

use super::bytes_ops::is_space;
use super::error::{PyErrorMsg, PyResult, check_result_len};

pub fn upper(h: &[u8]) -> Vec<u8> {
    h.to_ascii_uppercase()
}

pub fn lower(h: &[u8]) -> Vec<u8> {
    h.to_ascii_lowercase()
}

pub fn swapcase(h: &[u8]) -> Vec<u8> {
    h.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

/// Upper-cases a byte that follows an uncased one and lower-cases one that
/// follows a cased one.
pub fn title(h: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    h.iter()
        .map(|&b| {
            let r = if previous_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

pub fn capitalize(h: &[u8]) -> Vec<u8> {
    h.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn all_nonempty(h: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !h.is_empty() && h.iter().all(|&b| f(b))
}

pub fn isalpha(h: &[u8]) -> bool {
    all_nonempty(h, |b| b.is_ascii_alphabetic())
}

pub fn isdigit(h: &[u8]) -> bool {
    all_nonempty(h, |b| b.is_ascii_digit())
}

pub fn isalnum(h: &[u8]) -> bool {
    all_nonempty(h, |b| b.is_ascii_alphanumeric())
}

pub fn isspace(h: &[u8]) -> bool {
    all_nonempty(h, is_space)
}

pub fn isascii(h: &[u8]) -> bool {
    h.is_ascii()
}

/// At least one cased byte and no lower-case one.
pub fn isupper(h: &[u8]) -> bool {
    h.iter().any(u8::is_ascii_uppercase) && !h.iter().any(u8::is_ascii_lowercase)
}

/// At least one cased byte and no upper-case one.
pub fn islower(h: &[u8]) -> bool {
    h.iter().any(u8::is_ascii_lowercase) && !h.iter().any(u8::is_ascii_uppercase)
}

/// Upper-case bytes only after uncased ones, lower-case only after cased
/// ones, and at least one cased byte.
pub fn istitle(h: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for &b in h {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

fn pad(h: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(h);
    out.resize(out.len() + right, fill);
    out
}

fn margin(h: &[u8], width: i64) -> PyResult<Option<usize>> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= h.len() {
        return Ok(None);
    }
    check_result_len(width)?;
    Ok(Some(width - h.len()))
}

/// `h.center(width, fill)`, with CPython's placement of an odd margin.
pub fn center(h: &[u8], width: i64, fill: u8) -> PyResult<Vec<u8>> {
    Ok(match margin(h, width)? {
        None => h.to_vec(),
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            pad(h, left, m - left, fill)
        }
    })
}

pub fn ljust(h: &[u8], width: i64, fill: u8) -> PyResult<Vec<u8>> {
    Ok(match margin(h, width)? {
        None => h.to_vec(),
        Some(m) => pad(h, 0, m, fill),
    })
}

pub fn rjust(h: &[u8], width: i64, fill: u8) -> PyResult<Vec<u8>> {
    Ok(match margin(h, width)? {
        None => h.to_vec(),
        Some(m) => pad(h, m, 0, fill),
    })
}

/// `h.zfill(width)`: zero padding after a leading sign.
pub fn zfill(h: &[u8], width: i64) -> PyResult<Vec<u8>> {
    Ok(match margin(h, width)? {
        None => h.to_vec(),
        Some(m) => {
            let mut out = pad(h, m, 0, b'0');
            if let Some(&sign @ (b'+' | b'-')) = h.first() {
                out[0] = sign;
                out[m] = b'0';
            }
            out
        }
    })
}

/// `h.expandtabs(tabsize)`; columns restart after `\n` and `\r`.
pub fn expandtabs(h: &[u8], tabsize: i64) -> PyResult<Vec<u8>> {
    if i32::try_from(tabsize).is_err() {
        return Err(PyErrorMsg::overflow(
            "Python int too large to convert to C int",
        ));
    }
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut out = Vec::with_capacity(h.len());
    let mut column = 0usize;
    for &b in h {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - column % tab;
                    check_result_len(out.len().saturating_add(n))?;
                    out.resize(out.len() + n, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(out)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `h.hex(sep, bytes_per_sep)`: a positive group size counts groups from the
/// right, a negative one from the left.
pub fn hex(h: &[u8], sep: Option<u8>, bytes_per_sep: i64) -> String {
    let group = usize::try_from(bytes_per_sep.unsigned_abs()).unwrap_or(usize::MAX);
    let mut out = String::with_capacity(h.len() * 3);
    for (i, &b) in h.iter().enumerate() {
        if let Some(sep) = sep
            && group > 0
            && i > 0
        {
            let boundary = if bytes_per_sep > 0 {
                (h.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(char::from(sep));
            }
        }
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, with ASCII whitespace allowed
/// before each pair.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let bad = |at: usize| {
            PyErrorMsg::value(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            ))
        };
        let Some(hi) = digit(i) else {
            return Err(bad(i));
        };
        let Some(lo) = digit(i + 1) else {
            return Err(bad(i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_and_classes() {
        assert_eq!(title(b"they're bill's"), b"They'Re Bill'S");
        assert!(istitle(b"Hello World"));
        assert!(!istitle(b""));
        assert!(isupper(b"A1"));
        assert_eq!(capitalize(b"hello WORLD"), b"Hello world");
    }

    #[test]
    fn padding_and_hex() {
        assert_eq!(center(b"a", 4, b'*').unwrap(), b"*a**");
        assert_eq!(zfill(b"-12", 5).unwrap(), b"-0012");
        assert_eq!(zfill(b"+", 3).unwrap(), b"+00");
        assert_eq!(hex(b"\x01\x02\x03", Some(b':'), 2), "01:0203");
        assert_eq!(hex(b"\x01\x02\x03", Some(b':'), -2), "0102:03");
        assert_eq!(fromhex(" 01 02  ff ").unwrap(), b"\x01\x02\xff");
        assert!(fromhex("012").is_err());
    }
}
