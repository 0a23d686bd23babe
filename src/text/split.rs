//! `str.split` and `str.rsplit`.

use super::error::{PyErrorMsg, PyResult};
use super::unicode_props::{is_linebreak, is_space};

fn empty_separator() -> PyErrorMsg {
    PyErrorMsg::value("empty separator")
}

/// A negative `maxsplit` means "no limit", as in Python.
fn limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`. With `sep = None`, splits on runs of Python
/// whitespace (see [`is_space`]) and drops empty pieces; otherwise splits
/// on every occurrence of `sep` (which must not be empty).
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let max = limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, max)),
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(s.splitn(max.saturating_add(1), sep).collect()),
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but splits from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let max = limit(maxsplit);
    match sep {
        None => Ok(rsplit_whitespace(s, max)),
        Some("") => Err(empty_separator()),
        Some(sep) => {
            let mut parts: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
            parts.reverse();
            Ok(parts)
        }
    }
}

fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut splits = 0;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if splits == max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        splits += 1;
    }
    out
}

fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut splits = 0;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if splits == max {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        splits += 1;
    }
    out.reverse();
    out
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028` and `\u2029`. No empty piece
/// is produced for a trailing line break.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut after = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            after += 1;
        }
        out.push(&s[line_start..if keepends { after } else { i }]);
        line_start = after;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_split() {
        assert_eq!(split("  a b  c ", None, -1).unwrap(), ["a", "b", "c"]);
        assert_eq!(split("a b ", None, 1).unwrap(), ["a", "b "]);
        assert_eq!(rsplit(" a b c", None, 1).unwrap(), [" a b", "c"]);
        assert_eq!(split("a\x1cb", None, -1).unwrap(), ["a", "b"]);
    }

    #[test]
    fn lines() {
        assert_eq!(splitlines("a\r\nb\rc\n", false), ["a", "b", "c"]);
        assert_eq!(splitlines("a\r\nb", true), ["a\r\n", "b"]);
        assert!(splitlines("", false).is_empty());
    }
}
