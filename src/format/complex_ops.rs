//! Complex numbers as CPython 3.11's `complexobject.c` computes them: the arithmetic
//! (`_Py_c_quot`'s scaled division, `_Py_c_pow` with the repeated-squaring path for small
//! integer exponents), `abs`, the hash, `repr`, and parsing `complex(str)`.
//!
//! Everything works on plain values; errors come back as [`PyErrorMsg`] with CPython's
//! class and text.

use super::double_to_string::{DtoaFlags, double_to_string};
use super::error::{PyErrorMsg, PyResult};
use super::float_parse::parse_float;
use super::numeric_hash::hash_float;
use super::numeric_text::{is_c_space, to_ascii_numeric};
use crate::text::repr::str_repr;

/// A complex value: real and imaginary parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;

/// Exponents whose absolute value is at most this use repeated squaring.
const INT_EXPONENT_MAX: f64 = 100.0;

pub fn c_sum(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

pub fn c_diff(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

pub fn c_neg(a: Complex) -> Complex {
    Complex::new(-a.re, -a.im)
}

pub fn c_prod(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` by Smith's method (scaling by the larger part of `b` so that the
/// intermediate products cannot overflow needlessly); None when `b` is zero.
pub fn c_quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one part of `b` is a NaN.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `a / b` with CPython's error for a zero divisor.
pub fn complex_div(a: Complex, b: Complex) -> PyResult<Complex> {
    c_quot(a, b).ok_or_else(|| PyErrorMsg::zero_division("complex division by zero"))
}

/// The general power (`_Py_c_pow`); None for zero to a negative or complex power.
fn c_pow(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(Complex::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for `n >= 0` by repeated squaring (`c_powu`).
fn c_powu(x: Complex, n: u64) -> Complex {
    let mut r = Complex::new(1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `x ** n` for a small integer `n` (`c_powi`).
fn c_powi(x: Complex, n: i64) -> Option<Complex> {
    if n > 0 {
        Some(c_powu(x, n.unsigned_abs()))
    } else {
        c_quot(Complex::new(1.0, 0.0), c_powu(x, n.unsigned_abs()))
    }
}

/// `a ** b` as `complex.__pow__` computes it, with its errors.
pub fn complex_pow(a: Complex, b: Complex) -> PyResult<Complex> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= INT_EXPONENT_MAX {
        c_powi(a, b.re as i64)
    } else {
        c_pow(a, b)
    };
    let Some(r) = r else {
        return Err(PyErrorMsg::zero_division(
            "0.0 to a negative or complex power",
        ));
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PyErrorMsg::overflow("complex exponentiation"));
    }
    Ok(r)
}

/// `abs(z)` (`_Py_c_abs`): an infinite part wins over a NaN; None when the finite
/// result overflows.
pub fn c_abs(z: Complex) -> Option<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Some(z.re.abs());
        }
        if z.im.is_infinite() {
            return Some(z.im.abs());
        }
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

/// `hash(z)`. `identity` is the object's pointer hash, which CPython uses for a NaN part.
pub fn hash_complex(z: Complex, identity: i64) -> i64 {
    let part = |x: f64| hash_float(x).unwrap_or(identity) as u64;
    let combined = part(z.re).wrapping_add(HASH_IMAG.wrapping_mul(part(z.im))) as i64;
    if combined == -1 { -2 } else { combined }
}

/// `repr(z)`: `2j` when the real part is +0, otherwise `(re±imj)`, each part in the
/// float repr style without a forced `.0`.
pub fn complex_repr(z: Complex) -> String {
    let plain = DtoaFlags::default();
    if z.re == 0.0 && z.re.is_sign_positive() {
        let mut s = double_to_string(z.im, 'r', 0, plain);
        s.push('j');
        return s;
    }
    let signed = DtoaFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        double_to_string(z.re, 'r', 0, plain),
        double_to_string(z.im, 'r', 0, signed)
    )
}

fn malformed() -> PyErrorMsg {
    PyErrorMsg::value("complex() arg is a malformed string")
}

/// The end of the longest float literal at the start of `s` (CPython's
/// `PyOS_string_to_double` with an end pointer): a sign, then digits with an optional
/// point and exponent, or `inf` / `infinity` / `nan`. `start` when there is none.
fn float_prefix_end(s: &[u8], start: usize) -> usize {
    let mut i = start;
    if matches!(s.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let digits = |from: usize| {
        s[from.min(s.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let int_digits = digits(i);
    let mut j = i + int_digits;
    let mut frac_digits = 0;
    if s.get(j) == Some(&b'.') {
        frac_digits = digits(j + 1);
        if int_digits + frac_digits > 0 {
            j += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits > 0 {
        if matches!(s.get(j), Some(b'e' | b'E')) {
            let mut k = j + 1;
            if matches!(s.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            let e = digits(k);
            if e > 0 {
                j = k + e;
            }
        }
        return j;
    }
    let rest = &s[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        i + 8
    } else if starts(b"inf") || starts(b"nan") {
        i + 3
    } else {
        start
    }
}

/// The float at `s[from..to]`, known to be a literal that `float_prefix_end` accepted.
fn float_at(s: &[u8], from: usize, to: usize) -> PyResult<f64> {
    let text = std::str::from_utf8(&s[from..to]).map_err(|_| malformed())?;
    parse_float(text).map_err(|_| malformed())
}

/// Parses `complex(s)`: `<float>`, `<float>j`, `<float><signed float>j`, the older
/// `<float><sign>j`, `<sign>j` and `j` forms, optionally inside parentheses, with
/// surrounding whitespace and single underscores between digits.
pub fn parse_complex(original: &str) -> PyResult<Complex> {
    let mut s = to_ascii_numeric(original);
    if s.contains(&b'_') {
        s = remove_underscores(&s).ok_or_else(|| {
            PyErrorMsg::value(format!(
                "could not convert string to complex: {}",
                str_repr(original)
            ))
        })?;
    }
    let len = s.len();
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < len && is_c_space(s[*i]) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(&mut i);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let sign_of = |b: u8| if b == b'+' { 1.0 } else { -1.0 };
    let (mut re, mut im) = (0.0, 0.0);
    let end = float_prefix_end(&s, i);
    if end != i {
        let z = float_at(&s, i, end)?;
        i = end;
        match s.get(i) {
            Some(&c @ (b'+' | b'-')) => {
                re = z;
                let end2 = float_prefix_end(&s, i);
                if end2 != i {
                    im = float_at(&s, i, end2)?;
                    i = end2;
                } else {
                    im = sign_of(c);
                    i += 1;
                }
                if !is_j(s.get(i)) {
                    return Err(malformed());
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                im = z;
                i += 1;
            }
            _ => re = z,
        }
    } else {
        if let Some(&c @ (b'+' | b'-')) = s.get(i) {
            im = sign_of(c);
            i += 1;
        } else {
            im = 1.0;
        }
        if !is_j(s.get(i)) {
            return Err(malformed());
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return Err(malformed());
        }
        i += 1;
        skip_space(&mut i);
    }
    if i != len {
        return Err(malformed());
    }
    Ok(Complex::new(re, im))
}

/// Drops underscores, each of which must sit between two digits.
fn remove_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(Complex::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(complex_repr(Complex::new(0.0, 2.0)), "2j");
        assert_eq!(complex_repr(Complex::new(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(complex_repr(Complex::new(0.0, 1e20)), "1e+20j");
        assert_eq!(
            complex_repr(Complex::new(f64::NAN, f64::INFINITY)),
            "(nan+infj)"
        );
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_complex("1+2j"), Ok(Complex::new(1.0, 2.0)));
        assert_eq!(parse_complex(" ( 3j ) "), Ok(Complex::new(0.0, 3.0)));
        assert_eq!(parse_complex("-j"), Ok(Complex::new(0.0, -1.0)));
        assert_eq!(parse_complex("1-j"), Ok(Complex::new(1.0, -1.0)));
        assert_eq!(parse_complex("1e5"), Ok(Complex::new(1e5, 0.0)));
        assert!(parse_complex("1+").is_err());
        assert!(parse_complex("(1").is_err());
        assert!(parse_complex("1 +2j").is_err());
    }

    #[test]
    fn powers() {
        let i = Complex::new(0.0, 1.0);
        assert_eq!(
            complex_pow(i, Complex::new(2.0, 0.0)),
            Ok(Complex::new(-1.0, 0.0))
        );
        assert!(complex_pow(Complex::new(0.0, 0.0), Complex::new(-1.0, 0.0)).is_err());
        assert_eq!(hash_complex(Complex::new(1.0, 2.0), 0), 2_000_007);
    }
}
