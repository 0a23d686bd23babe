//! CPython's `PyOS_double_to_string`: the one routine behind `repr(float)`,
//! `format(float, spec)` and `'%f' % x`.
//!
//! CPython asks David Gay's `dtoa` for a digit string and then lays it out.
//! Rust's float formatting produces the same digit strings (shortest
//! round-trip for `{:e}`, exact half-even rounding of the true binary value
//! for `{:.N}` and `{:.Ne}`), so only the layout step is ported here.

/// Options for [`double_to_string`], mirroring CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always emit a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Append `.0` to integral values without an exponent (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form: keep trailing zeros and the decimal point (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// A decimal digit string and the position of the decimal point relative to
/// its start: the value is `0.DIGITS * 10**decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digits {
    /// ASCII digits without trailing zeros; exactly `"0"` for zero.
    pub digits: String,
    pub decpt: i64,
}

/// How many digits to produce, as `dtoa`'s modes 0, 2 and 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigitMode {
    /// Shortest string that round-trips (mode 0).
    Shortest,
    /// Correctly rounded to this many significant digits, at least 1 (mode 2).
    Significant(usize),
    /// Correctly rounded to this many digits after the point (mode 3).
    Fixed(usize),
}

/// More digits than any double's exact decimal value has: at most 767 significant
/// digits, and at most 1074 after the point. Asking for more only adds zeros, which
/// [`normalize`] strips anyway; Rust's formatting refuses precisions above `u16::MAX`.
const EXACT_DIGITS: usize = 1100;

/// Decimal digits of a finite, non-negative `x` in the given mode.
pub fn decimal_digits(x: f64, mode: DigitMode) -> Digits {
    let x = x.abs();
    match mode {
        DigitMode::Shortest => shortest_digits(x),
        DigitMode::Significant(n) => {
            let n = n.clamp(1, EXACT_DIGITS);
            from_scientific(&format!("{:.*e}", n - 1, x))
        }
        DigitMode::Fixed(n) => {
            let n = n.min(EXACT_DIGITS);
            from_positional(&format!("{x:.n$}"))
        }
    }
}

/// The shortest digits that round-trip, choosing (like `dtoa`) the one
/// nearest to `x` when several strings of that length round-trip, with
/// ties going to an even last digit. Rust's shortest formatting finds the
/// length but may break such ties upward, so the correctly rounded string
/// of that length is preferred whenever it also round-trips.
fn shortest_digits(x: f64) -> Digits {
    let shortest = format!("{x:e}");
    let significant = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let nearest = format!("{:.*e}", significant.max(1) - 1, x);
    if nearest != shortest && nearest.parse::<f64>() == Ok(x) {
        from_scientific(&nearest)
    } else {
        from_scientific(&shortest)
    }
}

/// Parses Rust's `D.DDDeX` output.
fn from_scientific(s: &str) -> Digits {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    normalize(digits, exp + 1)
}

/// Parses Rust's `III.FFF` output.
fn from_positional(s: &str) -> Digits {
    let (int_part, frac_part) = s.split_once('.').unwrap_or((s, ""));
    let decpt = int_part.len() as i64;
    normalize(format!("{int_part}{frac_part}"), decpt)
}

/// Strips leading and trailing zeros, as `dtoa` never returns them.
fn normalize(digits: String, decpt: i64) -> Digits {
    let leading = digits.bytes().take_while(|&b| b == b'0').count();
    if leading == digits.len() {
        return Digits {
            digits: "0".to_string(),
            decpt: 1,
        };
    }
    let trimmed = digits[leading..].trim_end_matches('0');
    Digits {
        digits: trimmed.to_string(),
        decpt: decpt - leading as i64,
    }
}

/// Formats `x` like CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r`; anything else is treated as `r`.
/// `precision` is ignored for `r`. The result has about `precision`
/// characters, so callers bound it first (CPython limits it to `INT_MAX`).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative();

    if x.is_nan() || x.is_infinite() {
        let mut out = String::new();
        if negative && !x.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        out.push_str(word);
        return out;
    }

    let (mode, precision) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (DigitMode::Significant(p), p)
        }
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p), p)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let Digits { digits, decpt } = decimal_digits(x, mode);
    let mut sign = negative;
    if flags.no_neg_0 && digits == "0" {
        sign = false;
    }
    let precision = i64::try_from(precision).unwrap_or(i64::MAX);
    let body = layout(&digits, decpt, code, precision, flags, upper);

    let mut out = String::with_capacity(body.len() + 1);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    out.push_str(&body);
    out
}

/// Places the decimal point, padding zeros and exponent around `digits`
/// (the body of CPython's `format_float_short`).
fn layout(
    digits: &str,
    decpt: i64,
    code: char,
    precision: i64,
    flags: DtoaFlags,
    upper: bool,
) -> String {
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out = String::new();
    let zeros = |out: &mut String, n: i64| {
        out.extend(std::iter::repeat_n('0', usize::try_from(n).unwrap_or(0)));
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&digits[..split]);
        out.push('.');
        out.push_str(&digits[split..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_normalized() {
        let d = decimal_digits(0.001, DigitMode::Fixed(1));
        assert_eq!((d.digits.as_str(), d.decpt), ("0", 1));
        let d = decimal_digits(123.45, DigitMode::Fixed(3));
        assert_eq!((d.digits.as_str(), d.decpt), ("12345", 3));
        let d = decimal_digits(0.000123, DigitMode::Shortest);
        assert_eq!((d.digits.as_str(), d.decpt), ("123", -3));
    }

    #[test]
    fn layouts() {
        let f = DtoaFlags::default();
        assert_eq!(double_to_string(1.5, 'f', 2, f), "1.50");
        assert_eq!(double_to_string(1e16, 'r', 0, f), "1e+16");
        assert_eq!(double_to_string(0.5, 'f', 0, f), "0");
        let alt = DtoaFlags { alt: true, ..f };
        assert_eq!(double_to_string(0.5, 'f', 0, alt), "0.");
        assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
    }

    #[test]
    fn precisions_past_the_exact_digits_pad_with_zeros() {
        let f = DtoaFlags::default();
        let s = double_to_string(1.0, 'f', 70000, f);
        assert_eq!((s.len(), &s[..3]), (70002, "1.0"));
        assert_eq!(double_to_string(1.0, 'g', 70000, f), "1");
        let tiny = double_to_string(5e-324, 'e', 70000, f);
        assert!(tiny.starts_with("4.9406564584124654") && tiny.ends_with("0e-324"));
    }
}
