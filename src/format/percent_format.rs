//! Formatting one `%` conversion (CPython's `unicode_format_arg_format`
//! and `unicode_format_arg_output`).

use super::double_to_string::{DtoaFlags, double_to_string};
use super::error::{PyErrorMsg, PyResult, check_result_len};
use super::float_ops::float_to_int;
use super::int_to_float::int_to_float;
use super::int_to_str::abs_decimal_digits;
use super::int_value::IntRef;
use super::percent::{Count, PercentSpec};
use super::spec_int::code_point_to_char;
use crate::text::pad::push_repeated;

/// An argument as the object layer hands it to a conversion.
#[derive(Debug, Clone, Copy)]
pub enum PercentArg<'a> {
    /// An int (or bool).
    Int(IntRef<'a>),
    Float(f64),
    /// For `%s`, `%r` and `%a`: the result of `str()`, `repr()` or
    /// `ascii()`. For other conversions: a str argument.
    Str(&'a str),
    /// A str holding lone surrogates, as generalised UTF-8 (text::wtf8); the driver
    /// formats it through placeholders, so a conversion never sees it.
    Wtf8(&'a [u8]),
    /// Any other object, by type name (for error messages).
    Other(&'a str),
}

impl PercentArg<'_> {
    fn type_name(&self) -> &str {
        match self {
            PercentArg::Int(_) => "int",
            PercentArg::Float(_) => "float",
            PercentArg::Str(_) | PercentArg::Wtf8(_) => "str",
            PercentArg::Other(name) => name,
        }
    }
}

/// Width from a `*` argument (a C `Py_ssize_t` in CPython).
pub fn star_width(arg: PercentArg<'_>) -> PyResult<i64> {
    match arg {
        PercentArg::Int(v) => v
            .to_i64()
            .ok_or_else(|| PyErrorMsg::overflow("Python int too large to convert to C ssize_t")),
        _ => Err(PyErrorMsg::type_error("* wants int")),
    }
}

/// Precision from a `*` argument (a C `int` in CPython).
pub fn star_precision(arg: PercentArg<'_>) -> PyResult<i64> {
    match arg {
        PercentArg::Int(v) => v
            .to_i64()
            .filter(|p| i32::try_from(*p).is_ok())
            .ok_or_else(|| PyErrorMsg::overflow("Python int too large to convert to C int")),
        _ => Err(PyErrorMsg::type_error("* wants int")),
    }
}

/// Formats `arg` for one conversion. `spec` must have its `*` counts
/// resolved (see [`PercentSpec::with_star_values`]); a remaining `*` is
/// treated as absent. `max_str_digits` limits decimal int output.
pub fn format_percent_one(
    spec: &PercentSpec,
    arg: PercentArg<'_>,
    max_str_digits: usize,
) -> PyResult<String> {
    let conv = spec.conversion;
    let precision = match spec.precision {
        Count::Fixed(p) => Some(p),
        _ => None,
    };
    let (body, numeric) = match conv {
        's' | 'r' | 'a' => match arg {
            PercentArg::Str(s) => (s.to_string(), false),
            PercentArg::Wtf8(t) => (String::from_utf8_lossy(t).into_owned(), false),
            PercentArg::Int(v) => (super::int_to_str::int_to_decimal(v, max_str_digits)?, false),
            PercentArg::Float(x) => (super::float_repr::float_repr(x), false),
            PercentArg::Other(name) => {
                return Err(PyErrorMsg::type_error(format!(
                    "cannot convert '{name}' object for %{conv}"
                )));
            }
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            (format_integer(spec, arg, precision, max_str_digits)?, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(v) => int_to_float(v)?,
                other => {
                    return Err(PyErrorMsg::type_error(format!(
                        "must be real number, not {}",
                        other.type_name()
                    )));
                }
            };
            let p = precision.unwrap_or(6);
            check_result_len(p.saturating_add(350))?;
            let flags = DtoaFlags {
                alt: spec.flags.alternate,
                ..DtoaFlags::default()
            };
            (double_to_string(x, conv, p, flags), true)
        }
        'c' => (format_char(arg)?.to_string(), false),
        _ => return Err(spec.unsupported_error()),
    };
    output(spec, &body, numeric)
}

/// `%c`: a one-character str or an int code point.
fn format_char(arg: PercentArg<'_>) -> PyResult<char> {
    match arg {
        PercentArg::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(PyErrorMsg::type_error("%c requires int or char")),
            }
        }
        PercentArg::Int(v) => code_point_to_char(v.to_i64().unwrap_or(-1)),
        _ => Err(PyErrorMsg::type_error("%c requires int or char")),
    }
}

/// `%d %i %u %o %x %X` (CPython's `mainformatlong` and
/// `_PyUnicode_FormatLong`): digits zero-padded to the precision, the
/// `0o`/`0x` prefix only in alternate form.
fn format_integer(
    spec: &PercentSpec,
    arg: PercentArg<'_>,
    precision: Option<usize>,
    max_str_digits: usize,
) -> PyResult<String> {
    let conv = spec.conversion;
    let integer_only = matches!(conv, 'o' | 'x' | 'X');
    let truncated;
    let value = match arg {
        PercentArg::Int(v) => v,
        PercentArg::Float(x) if !integer_only => {
            truncated = float_to_int(x)?;
            truncated.as_ref()
        }
        other => {
            let what = if integer_only {
                "an integer"
            } else {
                "a real number"
            };
            return Err(PyErrorMsg::type_error(format!(
                "%{conv} format: {what} is required, not {}",
                other.type_name()
            )));
        }
    };
    if precision.is_some_and(|p| p > (i32::MAX - 3) as usize) {
        return Err(PyErrorMsg::overflow("precision too large"));
    }
    let (digits, prefix) = match conv {
        'o' => (value.abs_digits(8), "0o"),
        'x' | 'X' => (value.abs_digits(16), "0x"),
        _ => (abs_decimal_digits(value, max_str_digits)?, ""),
    };
    let mut out = String::new();
    if value.is_negative() {
        out.push('-');
    }
    if spec.flags.alternate {
        out.push_str(prefix);
    }
    if let Some(p) = precision {
        check_result_len(p)?;
        push_repeated(&mut out, '0', p.saturating_sub(digits.len()));
    }
    out.push_str(&digits);
    if conv == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// Applies width, precision truncation (`s r a` only), sign flags and
/// padding to a converted argument.
fn output(spec: &PercentSpec, text: &str, numeric: bool) -> PyResult<String> {
    let flags = spec.flags;
    let conv = spec.conversion;
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let width = match spec.width {
        Count::Fixed(w) => Some(w),
        _ => None,
    };
    let precision = match spec.precision {
        Count::Fixed(p) => Some(p),
        _ => None,
    };
    if width.is_none_or(|w| w <= len)
        && precision.is_none_or(|p| p >= len)
        && !flags.sign
        && !flags.blank
    {
        return Ok(text.to_string());
    }
    check_result_len(width.unwrap_or(0))?;

    let fill = if numeric && flags.zero { '0' } else { ' ' };
    if matches!(conv, 's' | 'r' | 'a')
        && let Some(p) = precision
    {
        len = len.min(p);
    }
    let mut pindex = 0;
    let mut sign_char = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.blank => sign_char = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let has_prefix = flags.alternate && matches!(conv, 'x' | 'X' | 'o');

    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left_justify {
        push_repeated(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
        if has_prefix {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        push_repeated(&mut out, ' ', width - len);
    }
    Ok(out)
}
