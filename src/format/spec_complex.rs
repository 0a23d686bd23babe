//! `format(complex, spec)`: CPython's `format_complex_internal`.
//!
//! Both parts are formatted like floats without padding; the imaginary part always
//! carries a sign unless the real part is left out; then `j`, parentheses for the
//! type-less form, and the padding of the whole.

use super::complex_ops::Complex;
use super::double_to_string::{DtoaFlags, double_to_string};
use super::error::{PyErrorMsg, PyResult, check_result_len};
use super::number_layout::{GroupingRule, NumberParts, NumberStyle, render_number, split_number};
use super::spec::{Align, FormatSpec, SignMode, unknown_format_code};
use crate::text::pad::push_repeated;

/// Formats a complex number as `format(z, spec)` does (the spec is not empty).
pub fn format_complex(z: Complex, spec: &FormatSpec) -> PyResult<String> {
    let mut ty = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(t) => return Err(unknown_format_code(t, "complex")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErrorMsg::value("precision too big"));
    }
    if spec.fill_char() == '0' {
        return Err(PyErrorMsg::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(PyErrorMsg::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let (mut skip_re, mut add_parens) = (false, false);
    let mut default_precision = 6;
    if ty == 'r' {
        default_precision = 0;
        if z.re == 0.0 && z.re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
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
    check_result_len(precision.saturating_add(350).saturating_mul(2))?;

    let grouping = match (spec.grouping, spec.ty) {
        (_, Some('n')) | (None, _) => None,
        (Some(g), _) => Some(GroupingRule {
            size: 3,
            separator: g.as_char(),
        }),
    };
    let part = |x: f64, sign: SignMode| -> PyResult<String> {
        let text = double_to_string(x, ty, precision, flags);
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let (digits, has_decimal, remainder) = split_number(unsigned);
        let style = NumberStyle {
            fill: ' ',
            align: Align::Left,
            sign,
            width: None,
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
    };
    let re = if skip_re {
        String::new()
    } else {
        part(z.re, spec.sign_mode())?
    };
    let im_sign = if skip_re {
        spec.sign_mode()
    } else {
        SignMode::Plus
    };
    let im = part(z.im, im_sign)?;

    let body_len = re.chars().count() + im.chars().count() + 1 + 2 * usize::from(add_parens);
    let width = spec.width.unwrap_or(0);
    check_result_len(width)?;
    let padding = width.saturating_sub(body_len);
    let (lpad, rpad) = match spec.align.unwrap_or(Align::Right) {
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Left | Align::AfterSign => (0, padding),
    };
    let fill = spec.fill_char();
    let mut out = String::with_capacity(body_len + padding);
    push_repeated(&mut out, fill, lpad);
    if add_parens {
        out.push('(');
    }
    out.push_str(&re);
    out.push_str(&im);
    out.push('j');
    if add_parens {
        out.push(')');
    }
    push_repeated(&mut out, fill, rpad);
    Ok(out)
}
