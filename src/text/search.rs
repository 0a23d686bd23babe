//! `str.find`, `rfind`, `index`, `rindex`, `count`, `startswith` and
//! `endswith`, with optional start/end character indices interpreted as
//! slice bounds.

use super::error::{PyErrorMsg, PyResult};
use super::indices::{CharOffsets, adjust_indices, char_len};

/// The slice `s[start:end]` after index adjustment, or `None` when it is
/// shorter than `needed` characters (CPython then reports no match).
fn window<'a>(
    offsets: &CharOffsets<'a>,
    start: Option<i64>,
    end: Option<i64>,
    needed: usize,
) -> Option<(usize, usize, &'a str)> {
    let (start, end) = adjust_indices(start, end, offsets.len());
    if end - start < needed as i64 {
        return None;
    }
    // 0 <= start <= end <= len here.
    let (start, end) = (start as usize, end as usize);
    Some((start, end, offsets.slice(start, end)))
}

/// `s.find(sub, start, end)`: lowest character index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let offsets = CharOffsets::new(s);
    let Some((lo, _, hay)) = window(&offsets, start, end, char_len(sub)) else {
        return -1;
    };
    match hay.find(sub) {
        Some(b) => (offsets.char_index(offsets.byte(lo) + b)) as i64,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: highest character index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let offsets = CharOffsets::new(s);
    let Some((lo, _, hay)) = window(&offsets, start, end, char_len(sub)) else {
        return -1;
    };
    match hay.rfind(sub) {
        Some(b) => (offsets.char_index(offsets.byte(lo) + b)) as i64,
        None => -1,
    }
}

fn not_found() -> PyErrorMsg {
    PyErrorMsg::value("substring not found")
}

/// `s.index(sub, start, end)`: like [`find`] but raises `ValueError`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> PyResult<usize> {
    usize::try_from(find(s, sub, start, end)).map_err(|_| not_found())
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but raises `ValueError`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> PyResult<usize> {
    usize::try_from(rfind(s, sub, start, end)).map_err(|_| not_found())
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// matches between every pair of characters and at both ends.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let offsets = CharOffsets::new(s);
    let Some((lo, hi, hay)) = window(&offsets, start, end, char_len(sub)) else {
        return 0;
    };
    if sub.is_empty() {
        return hi - lo + 1;
    }
    hay.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for one prefix (callers loop over a
/// tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let offsets = CharOffsets::new(s);
    window(&offsets, start, end, char_len(prefix))
        .is_some_and(|(_, _, hay)| hay.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let offsets = CharOffsets::new(s);
    window(&offsets, start, end, char_len(suffix)).is_some_and(|(_, _, hay)| hay.ends_with(suffix))
}
