//! `str.center`, `ljust`, `rjust`, `zfill` and `expandtabs`.

use super::error::{PyErrorMsg, PyResult, check_result_len};
use super::indices::char_len;

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    push_repeated(&mut out, fill, left);
    out.push_str(s);
    push_repeated(&mut out, fill, right);
    out
}

/// How much padding `width` asks for, if any.
fn margin(s: &str, width: i64) -> PyResult<Option<usize>> {
    let len = char_len(s);
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(None);
    }
    check_result_len(width)?;
    Ok(Some(width - len))
}

/// `s.center(width, fill)`. An odd margin puts the extra character on the
/// left when `width` is odd and on the right otherwise, as CPython does.
pub fn center(s: &str, width: i64, fill: char) -> PyResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            pad(s, left, m - left, fill)
        }
    })
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> PyResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => pad(s, 0, m, fill),
    })
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> PyResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => pad(s, m, 0, fill),
    })
}

/// `s.zfill(width)`: zero-pads on the left, keeping a leading sign first.
pub fn zfill(s: &str, width: i64) -> PyResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => match s.chars().next() {
            Some(sign @ ('+' | '-')) => {
                let mut out = String::with_capacity(s.len() + m);
                out.push(sign);
                push_repeated(&mut out, '0', m);
                out.push_str(&s[1..]);
                out
            }
            _ => pad(s, m, 0, '0'),
        },
    })
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple
/// of `tabsize`; columns restart after `\n` and `\r`. A non-positive
/// `tabsize` removes tabs. `tabsize` is a C `int` in CPython, hence the
/// `OverflowError` outside the `i32` range.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<String> {
    if i32::try_from(tabsize).is_err() {
        return Err(PyErrorMsg::overflow(
            "Python int too large to convert to C int",
        ));
    }
    let mut out = String::with_capacity(s.len());
    let mut column: u64 = 0;
    let tab = u64::try_from(tabsize).unwrap_or(0);
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - column % tab;
                    let n = usize::try_from(n).unwrap_or(usize::MAX);
                    check_result_len(out.len().saturating_add(n))?;
                    push_repeated(&mut out, ' ', n);
                    column += n as u64;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

/// Appends `n` copies of `c` to `out`.
pub(crate) fn push_repeated(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}
