//! `str.upper`, `lower`, `casefold`, `swapcase`, `title` and `capitalize`
//! with Python's full Unicode case mappings: `'ß'.upper() == 'SS'`,
//! `'ǆ'.title() == 'ǅ'`, and a capital sigma lowercases to `ς` at the end
//! of a word.

use super::unicode_props::{
    is_case_ignorable, is_cased, is_lower, is_upper, push_folded, push_lower, push_title,
    push_upper,
};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Lowercases `chars[i]`, handling the final-sigma context as CPython's
/// `lower_ucs4` does: Σ becomes ς when preceded by a cased letter (skipping
/// case-ignorable characters) and not followed by one.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != CAPITAL_SIGMA {
        push_lower(out, c);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(|&c| is_cased(c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
        final_sigma = after.is_none_or(|&c| !is_cased(c));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`: full case folding (`'ß'` → `'ss'`), without the
/// final-sigma rule.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// `s.swapcase()`: uppercase characters are lowercased and lowercase ones
/// uppercased; everything else is unchanged.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: titlecases a character that follows an uncased one and
/// lowercases a character that follows a cased one (so `"they're"` becomes
/// `"They'Re"`).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: titlecases the first character and lowercases the rest.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}
