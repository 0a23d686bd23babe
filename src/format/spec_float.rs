//! `format(float, spec)`: CPython's `format_float_internal`.

use super::double_to_string::{DtoaFlags, double_to_string};
use super::error::{PyErrorMsg, PyResult, check_result_len};
use super::number_layout::{GroupingRule, NumberParts, NumberStyle, render_number, split_number};
use super::spec::{Align, FormatSpec, unknown_format_code};

/// Formats a float as `format(x, spec)` does.
///
/// With no presentation type the result is `repr(x)` when no precision is
/// given, and otherwise like `g` but always keeping a digit after the point
/// for integral values (`format(12.0, '.3')` is `'12.0'`).
pub fn format_float(x: f64, spec: &FormatSpec) -> PyResult<String> {
    let mut ty = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => t,
        Some(t) => return Err(unknown_format_code(t, "float")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErrorMsg::value("precision too big"));
    }
    let flags = DtoaFlags {
        sign: false,
        add_dot_0: spec.ty.is_none(),
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
    };
    let default_precision = if ty == 'r' { 0 } else { 6 };
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = x;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    check_result_len(precision.saturating_add(350))?;

    let mut text = double_to_string(value, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (digits, has_decimal, remainder) = split_number(unsigned);

    let grouping = match (spec.grouping, spec.ty) {
        (_, Some('n')) | (None, _) => None,
        (Some(g), _) => Some(GroupingRule {
            size: 3,
            separator: g.as_char(),
        }),
    };
    let style = NumberStyle {
        fill: spec.fill_char(),
        align: spec.align_or(Align::Right),
        sign: spec.sign_mode(),
        width: spec.width,
        grouping,
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    render_number(&parts, &style)
}
