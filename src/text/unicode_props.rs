//! Character properties and case mappings with CPython 3.11's semantics.
//!
//! Rust's `char` methods follow a newer Unicode version and define some
//! properties differently (`char::is_alphabetic` is the Alphabetic
//! property, while `str.isalpha` means categories L*), so everything here
//! comes from tables generated from CPython itself (`unicode_tables.rs`).

use super::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `Py_UNICODE_ISALPHA`: letter categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

/// The value of a decimal digit (category Nd), as `Py_UNICODE_TODECIMAL`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let idx = t::DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *t::DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let v = cp - zero;
    (v < 10).then_some(v)
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `Py_UNICODE_ISDIGIT`: decimal digits plus other digits such as `²`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c)
}

/// `Py_UNICODE_ISNUMERIC`: any character with a numeric value.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c)
}

/// `Py_UNICODE_ISSPACE`: what `str.split()` and `str.strip()` treat as
/// whitespace, including `\x1c`..`\x1f`.
pub fn is_space(c: char) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if c.is_ascii() => false,
        _ => in_ranges(t::SPACE, c),
    }
}

/// `Py_UNICODE_ISLINEBREAK`: the line boundaries of `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `Py_UNICODE_ISPRINTABLE`: not in categories C* or Z*, except space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(t::PRINTABLE, c)
}

/// `Py_UNICODE_ISUPPER` (the Uppercase property).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPER, c)
}

/// `Py_UNICODE_ISLOWER` (the Lowercase property).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWER, c)
}

/// `Py_UNICODE_ISTITLE` (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLE, c)
}

/// The Cased property: upper, lower or titlecase.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::CASED, c)
}

/// The Case_Ignorable property (used for final-sigma detection).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// May start an identifier: XID_Start or `_`.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(t::XID_START, c)
}

/// May continue an identifier: XID_Continue.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::XID_CONTINUE, c)
}

/// Appends the full uppercase mapping of `c` (`'ß'` → `"SS"`).
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match lookup_mapping(t::TO_UPPER, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the full lowercase mapping of `c`, without final-sigma context.
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match lookup_mapping(t::TO_LOWER, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the full titlecase mapping of `c` (`'ǆ'` → `"ǅ"`).
pub fn push_title(out: &mut String, c: char) {
    match lookup_mapping(t::TO_TITLE, c) {
        Some(s) => out.push_str(s),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c` (`'ß'` → `"ss"`).
pub fn push_folded(out: &mut String, c: char) {
    match lookup_mapping(t::TO_FOLDED, c) {
        Some(s) => out.push_str(s),
        None => push_lower(out, c),
    }
}

/// Columns `c` takes on a terminal as CPython 3.11's traceback printer counts them:
/// two for East Asian Wide and Fullwidth characters, one for everything else.
pub fn display_width(c: char) -> usize {
    if !c.is_ascii() && in_ranges(t::WIDE, c) {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for table in [
            t::ALPHA,
            t::DIGIT,
            t::NUMERIC,
            t::SPACE,
            t::PRINTABLE,
            t::UPPER,
            t::LOWER,
            t::TITLE,
            t::CASED,
            t::CASE_IGNORABLE,
            t::XID_START,
            t::XID_CONTINUE,
        ] {
            assert!(table.windows(2).all(|w| w[0].1 < w[1].0));
        }
        for table in [t::TO_UPPER, t::TO_LOWER, t::TO_TITLE, t::TO_FOLDED] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    #[test]
    fn decimal_values() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{ff12}'), Some(2));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('a'), None);
    }
}
