//! The `str.is*()` predicates, with CPython 3.11's Unicode 14 properties.

use super::unicode_props::{
    is_alpha as alpha, is_decimal as decimal, is_digit as digit, is_lower as lower,
    is_numeric as numeric, is_printable as printable, is_space as space, is_title as titlecase,
    is_upper as upper, is_xid_continue, is_xid_start,
};

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isalpha()`: non-empty and all letters (categories L*).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, alpha)
}

/// `s.isdecimal()`: non-empty and all decimal digits (category Nd).
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, decimal)
}

/// `s.isdigit()`: non-empty and all digits (decimal, superscripts, ...).
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, digit)
}

/// `s.isnumeric()`: non-empty and all numeric characters (digits,
/// fractions, Roman numerals, CJK numerals, ...).
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, numeric)
}

/// `s.isalnum()`: non-empty and every character is alphabetic or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| alpha(c) || decimal(c) || digit(c) || numeric(c))
}

/// `s.isspace()`: non-empty and all whitespace.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, space)
}

/// `s.isupper()`: no lowercase or titlecase characters and at least one
/// uppercase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if lower(c) || titlecase(c) {
            return false;
        }
        cased |= upper(c);
    }
    cased
}

/// `s.islower()`: no uppercase or titlecase characters and at least one
/// lowercase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if upper(c) || titlecase(c) {
            return false;
        }
        cased |= lower(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only follow uncased ones,
/// lowercase characters only follow cased ones, and there is at least one
/// cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if upper(c) || titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if lower(c) {
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

/// `s.isidentifier()`: a valid Python identifier (XID_Start or `_`, then
/// XID_Continue). Keywords are identifiers too.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => is_xid_start(first) && chars.all(is_xid_continue),
        None => false,
    }
}

/// `s.isprintable()`: every character is printable (true for `''`).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(printable)
}

/// `s.isascii()`: every character is below U+0080 (true for `''`).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
