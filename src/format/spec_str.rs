//! `format(str, spec)`: CPython's `format_string_internal`.

use super::error::{PyErrorMsg, PyResult, check_result_len};
use super::spec::{Align, FormatSpec, SignMode, unknown_format_code};
use crate::text::pad::push_repeated;

/// Formats a string as `format(s, spec)` does: precision truncates and
/// width pads, both counted in characters; strings align left by default.
pub fn format_str(s: &str, spec: &FormatSpec) -> PyResult<String> {
    // An omitted type means 's', which takes no thousands separator (parse
    // already rejected an explicit 's').
    if spec.ty.is_none()
        && let Some(g) = spec.grouping
    {
        return Err(PyErrorMsg::value(format!(
            "Cannot specify '{}' with 's'.",
            g.as_char()
        )));
    }
    if let Some(t) = spec.ty
        && t != 's'
    {
        return Err(unknown_format_code(t, "str"));
    }
    match spec.sign {
        Some(SignMode::Space) => {
            return Err(PyErrorMsg::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(PyErrorMsg::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(PyErrorMsg::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(PyErrorMsg::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or(Align::Left);
    if align == Align::AfterSign {
        return Err(PyErrorMsg::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }

    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    let len = text.chars().count();
    let total = spec.width.map_or(len, |w| w.max(len));
    check_result_len(total)?;
    let padding = total - len;
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let fill = spec.fill_char();
    let mut out = String::with_capacity(text.len() + padding);
    push_repeated(&mut out, fill, left);
    out.push_str(text);
    push_repeated(&mut out, fill, padding - left);
    Ok(out)
}
