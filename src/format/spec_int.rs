//! `format(int, spec)`: CPython's `format_long_internal`, plus the float
//! presentation types, which convert the int to a float first.

use super::error::{PyErrorMsg, PyResult};
use super::int_to_float::int_to_float;
use super::int_to_str::abs_decimal_digits;
use super::int_value::IntRef;
use super::number_layout::{GroupingRule, NumberParts, NumberStyle, render_number};
use super::spec::{Align, FormatSpec, Grouping, unknown_format_code};
use super::spec_float::format_float;

/// Formats an int as `format(value, spec)` does.
///
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0 = unlimited); it
/// applies to decimal output only, as in CPython.
pub fn format_int<'a>(
    value: impl Into<IntRef<'a>>,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> PyResult<String> {
    let value = value.into();
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(int_to_float(value)?, spec);
        }
        _ => return Err(unknown_format_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err(PyErrorMsg::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(PyErrorMsg::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }

    let style = NumberStyle {
        fill: spec.fill_char(),
        align: spec.align_or(Align::Right),
        sign: spec.sign_mode(),
        width: spec.width,
        grouping: grouping_rule(spec.grouping, ty),
    };

    if ty == 'c' {
        let ch = char_for_c(value, spec)?;
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return render_number(&parts, &style);
    }

    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        abs_decimal_digits(value, max_str_digits)?
    } else {
        value.abs_digits(radix)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    render_number(&parts, &style)
}

/// The separator rule for an int presentation type: `_` groups binary,
/// octal and hex digits in fours; `n` uses the C locale, which has none.
fn grouping_rule(grouping: Option<Grouping>, ty: char) -> Option<GroupingRule> {
    let g = grouping?;
    let size = match (g, ty) {
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => 4,
        _ => 3,
    };
    Some(GroupingRule {
        size,
        separator: g.as_char(),
    })
}

/// The character for presentation type `c`, with CPython's checks.
fn char_for_c(value: IntRef<'_>, spec: &FormatSpec) -> PyResult<char> {
    if spec.sign.is_some() {
        return Err(PyErrorMsg::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(PyErrorMsg::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let Some(code) = value.to_i64() else {
        return Err(PyErrorMsg::overflow(
            "Python int too large to convert to C long",
        ));
    };
    code_point_to_char(code)
}

/// Converts a `%c`/`c` code point, failing as CPython does when it is out
/// of range. Lone surrogates are valid Python strings but cannot exist in a
/// Rust `String`, so they are reported as a `ValueError`.
pub(crate) fn code_point_to_char(code: i64) -> PyResult<char> {
    if !(0..=0x10ffff).contains(&code) {
        return Err(PyErrorMsg::overflow("%c arg not in range(0x110000)"));
    }
    // In range, so the cast is lossless.
    char::from_u32(code as u32).ok_or_else(|| {
        PyErrorMsg::value(format!(
            "surrogate code point U+{code:04X} cannot be represented"
        ))
    })
}
