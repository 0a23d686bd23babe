//! Padding, sign placement and digit grouping shared by int and float
//! formatting (CPython's `calc_number_widths` and `fill_number`).
//!
//! A formatted number is laid out as
//! `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`,
//! where at most one of the three paddings is non-empty. Zero padding
//! (`0` fill with `=` alignment) is special: the zeros are produced by the
//! grouping step so that they receive separators too (`format(1234,
//! '09,')` is `0,001,234`).

use super::error::{PyResult, check_result_len};
use super::spec::{Align, SignMode};
use crate::text::pad::push_repeated;

/// How digits are grouped: group size and separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupingRule {
    pub size: usize,
    pub separator: char,
}

/// The pieces of a number, before padding.
#[derive(Debug, Clone, Copy)]
pub struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`-style prefix, already in its final case.
    pub prefix: &'a str,
    /// The digits before any decimal point, already in their final case.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there
    /// is no point): fraction, exponent, `%`, `inf`, or a `c` character.
    pub remainder: &'a str,
}

/// The layout options taken from the spec, with type defaults resolved.
#[derive(Debug, Clone, Copy)]
pub struct NumberStyle {
    pub fill: char,
    pub align: Align,
    pub sign: SignMode,
    pub width: Option<usize>,
    pub grouping: Option<GroupingRule>,
}

/// Splits a formatted float (without sign) into integer digits, whether a
/// decimal point follows, and the remainder (CPython's `parse_number`).
pub fn split_number(s: &str) -> (&str, bool, &str) {
    let int_end = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = s.split_at(int_end);
    match rest.strip_prefix('.') {
        Some(after) => (digits, true, after),
        None => (digits, false, rest),
    }
}

/// Inserts separators into `digits`, left-padding with zeros (which get
/// separators too) until at least `min_width` characters are produced.
/// A port of `_PyUnicode_InsertThousandsGrouping`.
pub fn group_digits(digits: &str, min_width: i64, rule: Option<GroupingRule>) -> String {
    let bytes = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = bytes.len() as i64;
    let mut end = bytes.len();
    // Built right to left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(bytes.len() + bytes.len() / 3 + 1);
    let mut use_separator = false;
    let mut emit = |rev: &mut Vec<char>, len: i64, remaining: i64, use_sep: bool, sep: char| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0) as usize;
        if use_sep {
            rev.push(sep);
        }
        for &b in bytes[end - n_chars..end].iter().rev() {
            rev.push(char::from(b));
        }
        end -= n_chars;
        for _ in 0..n_zeros {
            rev.push('0');
        }
        n_chars as i64
    };

    let mut finished = false;
    if let Some(rule) = rule {
        let group = rule.size as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            remaining -= emit(&mut rev, len, remaining, use_separator, rule.separator);
            use_separator = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let sep = rule.map_or(',', |r| r.separator);
        emit(&mut rev, len, remaining, use_separator, sep);
    }
    rev.into_iter().rev().collect()
}

/// Lays out `parts` according to `style`.
pub fn render_number(parts: &NumberParts<'_>, style: &NumberStyle) -> PyResult<String> {
    let sign = match (style.sign, parts.negative) {
        (_, true) => Some('-'),
        (SignMode::Plus, false) => Some('+'),
        (SignMode::Space, false) => Some(' '),
        (SignMode::Minus, false) => None,
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let width = style
        .width
        .map_or(-1, |w| i64::try_from(w).unwrap_or(i64::MAX));
    check_result_len(usize::try_from(width.max(0)).unwrap_or(usize::MAX))?;

    let min_width = if style.fill == '0' && style.align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, style.grouping)
    };
    let n_grouped = grouped.chars().count() as i64;

    let padding = (width - (n_non_digit + n_grouped)).max(0) as usize;
    let (lpad, spad, rpad) = match style.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };

    let mut out = String::with_capacity(padding + grouped.len() + parts.remainder.len() + 4);
    push_repeated(&mut out, style.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_repeated(&mut out, style.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeated(&mut out, style.fill, rpad);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMA3: Option<GroupingRule> = Some(GroupingRule {
        size: 3,
        separator: ',',
    });

    #[test]
    fn grouping_with_zero_padding() {
        assert_eq!(group_digits("1234", 0, COMMA3), "1,234");
        assert_eq!(group_digits("1234", 9, COMMA3), "0,001,234");
        assert_eq!(group_digits("1234", 8, COMMA3), "0,001,234");
        assert_eq!(group_digits("5", 5, None), "00005");
        assert_eq!(group_digits("123", 0, COMMA3), "123");
    }

    #[test]
    fn number_split() {
        assert_eq!(split_number("12.5e+03"), ("12", true, "5e+03"));
        assert_eq!(split_number("inf"), ("", false, "inf"));
        assert_eq!(split_number("1e+16"), ("1", false, "e+16"));
    }
}
