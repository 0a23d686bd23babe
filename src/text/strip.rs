//! `str.strip`, `lstrip` and `rstrip`.

use super::unicode_props::is_space;

fn matcher(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`: removes leading and trailing characters found in
/// `chars`, or Python whitespace when `chars` is `None`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(matcher(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(matcher(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(matcher(chars))
}
