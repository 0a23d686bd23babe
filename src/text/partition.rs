//! `str.partition`, `rpartition`, `removeprefix` and `removesuffix`.

use super::error::{PyErrorMsg, PyResult};

/// `s.partition(sep)`: `(before, sep, after)` around the first `sep`, or
/// `(s, '', '')` when it does not occur.
pub fn partition<'a>(s: &'a str, sep: &str) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(PyErrorMsg::value("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: around the last `sep`, or `('', '', s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(PyErrorMsg::value("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
