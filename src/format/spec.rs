//! Parsing the format-spec mini-language used by `format()`, f-strings and
//! `str.format`:
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! Parsing is independent of the value being formatted, except that
//! CPython names the value's type in one error message and applies the
//! `0` flag's implicit `=` alignment only to right-aligned (numeric) types.
//! Both are therefore resolved late: [`FormatSpec::align_or`] and
//! [`FormatSpec::fill_char`] take the type's default.

use super::error::{PyErrorMsg, PyResult};
use crate::text::unicode_props::decimal_value;

/// Field alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding goes between the sign/prefix and the digits.
    AfterSign,
}

/// What to print in front of non-negative numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignMode {
    /// `-` or nothing: only negative numbers get a sign.
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

/// Thousands separator requested with `,` or `_`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character, if one was given before the alignment.
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Explicit sign option.
    pub sign: Option<SignMode>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width (only recorded when no fill was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The alignment to use when the type's default is `default`.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }

    /// The padding character.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }

    pub fn sign_mode(&self) -> SignMode {
        self.sign.unwrap_or(SignMode::Minus)
    }
}

fn parse_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Renders a presentation-type character the way CPython's messages do:
/// printable ASCII as itself, anything else as `\x<hex>`.
pub(crate) fn type_char_for_message(c: char) -> String {
    let code = c as u32;
    if code > 32 && code < 128 {
        c.to_string()
    } else {
        format!("\\x{code:x}")
    }
}

/// `ValueError: Unknown format code 'q' for object of type 'int'`.
pub fn unknown_format_code(ty: char, type_name: &str) -> PyErrorMsg {
    PyErrorMsg::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_for_message(ty),
        truncate_chars(type_name, 200)
    ))
}

/// CPython's `%.200s`.
pub(crate) fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Reads decimal digits (any Unicode decimal digit, as CPython's
/// `get_integer`). Returns the value and how many digits were consumed.
fn read_integer(chars: &[char], pos: &mut usize) -> PyResult<(usize, usize)> {
    let mut acc: i64 = 0;
    let start = *pos;
    while let Some(&c) = chars.get(*pos) {
        let Some(d) = decimal_value(c) else { break };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(PyErrorMsg::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    // Non-negative and at most i64::MAX, so it fits a usize on 64-bit
    // targets; saturate elsewhere.
    Ok((usize::try_from(acc).unwrap_or(usize::MAX), *pos - start))
}

/// Parses `spec` as CPython 3.11's `parse_internal_render_format_spec`.
///
/// `type_name` is the formatted object's type (`'int'`, `'float'`, ...),
/// used only in the "Invalid format specifier" message.
pub fn parse(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };

    if end >= 2
        && let Some(a) = parse_align(chars[1])
    {
        out.fill = Some(chars[0]);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| parse_align(c)) {
        out.align = Some(a);
        pos = 1;
    }

    let peek = |pos: usize| chars.get(pos).copied();

    out.sign = match peek(pos) {
        Some('+') => Some(SignMode::Plus),
        Some('-') => Some(SignMode::Minus),
        Some(' ') => Some(SignMode::Space),
        _ => None,
    };
    if out.sign.is_some() {
        pos += 1;
    }
    if peek(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if peek(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && peek(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }

    let (width, consumed) = read_integer(&chars, &mut pos)?;
    if consumed > 0 {
        out.width = Some(width);
    }

    let both = || PyErrorMsg::value("Cannot specify both ',' and '_'.");
    if peek(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if peek(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(both());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if peek(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(both());
    }

    if peek(pos) == Some('.') {
        pos += 1;
        let (precision, consumed) = read_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(PyErrorMsg::value("Format specifier missing precision"));
        }
        out.precision = Some(precision);
    }

    if end - pos > 1 {
        return Err(PyErrorMsg::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            truncate_chars(type_name, 200)
        )));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }

    if let Some(g) = out.grouping {
        let allowed = match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            return Err(PyErrorMsg::value(format!(
                "Cannot specify '{}' with '{}'.",
                g.as_char(),
                type_char_for_message(out.ty.unwrap_or('\0'))
            )));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let s = parse("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Some(SignMode::Plus));
        assert!(s.no_neg_zero && s.alternate);
        // With an explicit fill, the 0 belongs to the width.
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(Grouping::Comma));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
    }

    #[test]
    fn fill_consumes_zero_as_width() {
        let s = parse("x<05", "int").unwrap();
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(5));
    }
}
