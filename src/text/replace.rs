//! `str.replace`.

use super::error::{PyResult, check_result_len};

/// `s.replace(old, new, count)`; a negative `count` replaces everything.
/// An empty `old` matches before every character and at the end
/// (`'abc'.replace('', '-')` is `'-a-b-c-'`).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    if old.is_empty() {
        let slots = s.chars().count() + 1;
        let n = slots.min(max);
        check_result_len(s.len().saturating_add(n.saturating_mul(new.len())))?;
        let mut out = String::with_capacity(s.len() + n * new.len());
        let mut used = 0;
        for c in s.chars() {
            if used < n {
                out.push_str(new);
                used += 1;
            }
            out.push(c);
        }
        if used < n {
            out.push_str(new);
        }
        return Ok(out);
    }
    if new.len() > old.len() {
        let occurrences = s.matches(old).take(max).count();
        check_result_len(
            s.len()
                .saturating_add(occurrences.saturating_mul(new.len() - old.len())),
        )?;
    }
    Ok(s.replacen(old, new, max))
}
