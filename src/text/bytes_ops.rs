//! The searching, splitting, stripping and replacing methods of `bytes` and
//! `bytearray` as pure functions on byte slices, with CPython 3.11's
//! semantics: whitespace is ASCII whitespace (`Py_ISSPACE`) and line breaks
//! are only `\n`, `\r` and `\r\n`.

use super::error::{PyErrorMsg, PyResult, check_result_len};
use super::indices::adjust_indices;

/// ASCII whitespace as `bytes` methods see it: space, `\t\n\v\f\r`.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The window `h[start:end]` after index adjustment, or None when it is
/// shorter than `needed` bytes (CPython then reports no match).
fn window(h: &[u8], start: Option<i64>, end: Option<i64>, needed: usize) -> Option<(usize, usize)> {
    let (start, end) = adjust_indices(start, end, h.len());
    if end - start < needed as i64 {
        return None;
    }
    // 0 <= start <= end <= len here.
    Some((start as usize, end as usize))
}

fn position(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() == 1 {
        return h.iter().position(|&b| b == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rposition(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// `h.find(n, start, end)`: lowest index of `n`, or -1.
pub fn find(h: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((lo, hi)) = window(h, start, end, n.len()) else {
        return -1;
    };
    position(&h[lo..hi], n).map_or(-1, |i| (lo + i) as i64)
}

/// `h.rfind(n, start, end)`: highest index of `n`, or -1.
pub fn rfind(h: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((lo, hi)) = window(h, start, end, n.len()) else {
        return -1;
    };
    rposition(&h[lo..hi], n).map_or(-1, |i| (lo + i) as i64)
}

/// `h.count(n, start, end)`: non-overlapping occurrences.
pub fn count(h: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((lo, hi)) = window(h, start, end, n.len()) else {
        return 0;
    };
    if n.is_empty() {
        return hi - lo + 1;
    }
    let mut rest = &h[lo..hi];
    let mut found = 0;
    while let Some(i) = position(rest, n) {
        found += 1;
        rest = &rest[i + n.len()..];
    }
    found
}

/// `h.startswith(prefix, start, end)` for one prefix.
pub fn startswith(h: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(h, start, end, prefix.len()).is_some_and(|(lo, hi)| h[lo..hi].starts_with(prefix))
}

/// `h.endswith(suffix, start, end)` for one suffix.
pub fn endswith(h: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(h, start, end, suffix.len()).is_some_and(|(lo, hi)| h[lo..hi].ends_with(suffix))
}

fn empty_separator() -> PyErrorMsg {
    PyErrorMsg::value("empty separator")
}

/// A negative `maxsplit` means "no limit".
fn limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `h.split(sep, maxsplit)`: on runs of ASCII whitespace when `sep` is None.
pub fn split<'a>(h: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> PyResult<Vec<&'a [u8]>> {
    let max = limit(maxsplit);
    let Some(sep) = sep else {
        return Ok(split_whitespace(h, max));
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut out = Vec::new();
    let mut rest = h;
    while out.len() < max {
        let Some(i) = position(rest, sep) else { break };
        out.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
    }
    out.push(rest);
    Ok(out)
}

/// `h.rsplit(sep, maxsplit)`: like [`split`] but from the right.
pub fn rsplit<'a>(h: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> PyResult<Vec<&'a [u8]>> {
    let max = limit(maxsplit);
    let Some(sep) = sep else {
        return Ok(rsplit_whitespace(h, max));
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut out = Vec::new();
    let mut rest = h;
    while out.len() < max {
        let Some(i) = rposition(rest, sep) else { break };
        out.push(&rest[i + sep.len()..]);
        rest = &rest[..i];
    }
    out.push(rest);
    out.reverse();
    Ok(out)
}

fn split_whitespace(h: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = lstrip(h, None);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = lstrip(&rest[end..], None);
    }
    out
}

fn rsplit_whitespace(h: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = rstrip(h, None);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let start = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
        out.push(&rest[start..]);
        rest = rstrip(&rest[..start], None);
    }
    out.reverse();
    out
}

/// `h.splitlines(keepends)`: splits at `\n`, `\r` and `\r\n`.
pub fn splitlines(h: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < h.len() {
        let b = h[i];
        if b != b'\n' && b != b'\r' {
            i += 1;
            continue;
        }
        let mut after = i + 1;
        if b == b'\r' && h.get(after) == Some(&b'\n') {
            after += 1;
        }
        out.push(&h[start..if keepends { after } else { i }]);
        start = after;
        i = after;
    }
    if start < h.len() {
        out.push(&h[start..]);
    }
    out
}

fn strippable(chars: Option<&[u8]>, b: u8) -> bool {
    match chars {
        None => is_space(b),
        Some(set) => set.contains(&b),
    }
}

/// `h.strip(chars)`: ASCII whitespace when `chars` is None.
pub fn strip<'a>(h: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(h, chars), chars)
}

/// `h.lstrip(chars)`.
pub fn lstrip<'a>(h: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let n = h.iter().take_while(|&&b| strippable(chars, b)).count();
    &h[n..]
}

/// `h.rstrip(chars)`.
pub fn rstrip<'a>(h: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let n = h
        .iter()
        .rev()
        .take_while(|&&b| strippable(chars, b))
        .count();
    &h[..h.len() - n]
}

/// `h.replace(old, new, count)`: a negative count replaces every occurrence;
/// an empty `old` inserts `new` before every byte and at the end.
pub fn replace(h: &[u8], old: &[u8], new: &[u8], count: i64) -> PyResult<Vec<u8>> {
    let max = limit(count);
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        let mut done = 0;
        for &b in h {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
                check_result_len(out.len())?;
            }
            out.push(b);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        check_result_len(out.len())?;
        return Ok(out);
    }
    let mut rest = h;
    let mut done = 0;
    while done < max {
        let Some(i) = position(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        check_result_len(out.len())?;
        rest = &rest[i + old.len()..];
        done += 1;
    }
    out.extend_from_slice(rest);
    Ok(out)
}

/// `h.partition(sep)`: the parts before, at and after the first `sep`.
pub fn partition<'a>(h: &'a [u8], sep: &'a [u8]) -> PyResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match position(h, sep) {
        Some(i) => (&h[..i], sep, &h[i + sep.len()..]),
        None => (h, &[], &[]),
    })
}

/// `h.rpartition(sep)`: split at the last `sep`.
pub fn rpartition<'a>(h: &'a [u8], sep: &'a [u8]) -> PyResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match rposition(h, sep) {
        Some(i) => (&h[..i], sep, &h[i + sep.len()..]),
        None => (&[], &[], h),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching() {
        assert_eq!(find(b"hello", b"l", None, None), 2);
        assert_eq!(rfind(b"hello", b"l", None, None), 3);
        assert_eq!(find(b"hello", b"", Some(9), None), -1);
        assert_eq!(rfind(b"hello", b"", None, None), 5);
        assert_eq!(count(b"aaaa", b"aa", None, None), 2);
        assert_eq!(count(b"ab", b"", None, None), 3);
    }

    #[test]
    fn splitting() {
        assert_eq!(split(b" a  b ", None, -1).unwrap(), [b"a", b"b"]);
        assert_eq!(
            split(b"a,b,,c", Some(b","), 2).unwrap(),
            [&b"a"[..], b"b", b",c"]
        );
        assert_eq!(
            rsplit(b"a,b,c", Some(b","), 1).unwrap(),
            [&b"a,b"[..], b"c"]
        );
        assert_eq!(rsplit(b" a b c", None, 1).unwrap(), [&b" a b"[..], b"c"]);
        assert_eq!(
            splitlines(b"a\r\nb\rc\n", true),
            [&b"a\r\n"[..], b"b\r", b"c\n"]
        );
        assert!(split(b"a", Some(b""), -1).is_err());
    }

    #[test]
    fn replacing() {
        assert_eq!(replace(b"aXbX", b"X", b"--", -1).unwrap(), b"a--b--");
        assert_eq!(replace(b"ab", b"", b"-", -1).unwrap(), b"-a-b-");
        assert_eq!(replace(b"ab", b"", b"-", 1).unwrap(), b"-ab");
        assert_eq!(strip(b"  x \n", None), b"x");
        assert_eq!(strip(b"xxaxx", Some(b"x")), b"a");
    }
}
