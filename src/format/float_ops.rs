//! Python float arithmetic that differs from plain IEEE operations:
//! floor division and modulo (result takes the divisor's sign), `**` with
//! CPython's special cases, truncation to int, and `is_integer`.

use num_bigint::BigInt;

use super::error::{PyErrorMsg, PyResult};
pub use super::float_round::{round_float, round_to_int};
use super::int_to_float::int_to_float;
use super::int_value::{IntRef, PyInt};
pub use super::numeric_hash::{hash_bigint, hash_float, hash_int};

/// `x / y` for floats.
pub fn float_div(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErrorMsg::zero_division("float division by zero"));
    }
    Ok(x / y)
}

/// `divmod(x, y)` for floats (CPython's `_float_div_mod`): the remainder has
/// the divisor's sign, zero results carry the right sign, and the quotient
/// is snapped to the nearest integral value.
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(PyErrorMsg::zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

/// `x // y` for floats.
pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErrorMsg::zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `x % y` for floats.
pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErrorMsg::zero_division("float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

fn div_mod(x: f64, y: f64) -> (f64, f64) {
    // Rust's `%` on floats is C's fmod: exact.
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Whether `x ** y` has a complex result in CPython: a finite negative base
/// with a finite non-integral exponent.
pub fn pow_needs_complex(x: f64, y: f64) -> bool {
    x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor()
}

/// CPython's `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(y: f64) -> bool {
    y.abs() % 2.0 == 1.0
}

/// `x ** y` for floats (CPython's `float_pow`).
///
/// Errors: `ZeroDivisionError` for zero to a negative power; `OverflowError:
/// (34, 'Numerical result out of range')` when the result overflows.
///
/// Where CPython would return a complex number (negative base, fractional
/// exponent; see [`pow_needs_complex`]) this returns `ValueError: negative
/// number cannot be raised to a fractional power`, the message Python
/// itself used before it had complex results here; if CPython's complex
/// computation would overflow, the `OverflowError` it raises instead.
pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd { x } else { x.abs() }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(PyErrorMsg::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if base < 0.0 {
        if y != y.floor() {
            return Err(complex_pow_error(x, y));
        }
        base = -base;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(PyErrorMsg::overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}

/// The error standing in for CPython's complex result of `x ** y` (x < 0,
/// y fractional). CPython computes the complex power as
/// `|x|**y * (cos(pi*y) + i*sin(pi*y))` and raises `OverflowError: complex
/// exponentiation` when a component overflows; that case is reproduced.
fn complex_pow_error(x: f64, y: f64) -> PyErrorMsg {
    let len = (-x).powf(y);
    let phase = std::f64::consts::PI * y;
    let (re, im) = (len * phase.cos(), len * phase.sin());
    if len.is_infinite() || re.is_infinite() || im.is_infinite() {
        PyErrorMsg::overflow("complex exponentiation")
    } else {
        PyErrorMsg::value("negative number cannot be raised to a fractional power")
    }
}

/// `a ** b` for ints when `b` is negative: Python converts both to float
/// and uses float `**` (so `2 ** -1 == 0.5` and `0 ** -1` raises
/// `ZeroDivisionError`).
pub fn int_pow_negative(base: IntRef<'_>, exponent: IntRef<'_>) -> PyResult<f64> {
    let x = int_to_float(base)?;
    let y = int_to_float(exponent)?;
    float_pow(x, y)
}

/// `int(x)` for a float: truncation toward zero, exact for any magnitude.
pub fn float_to_int(x: f64) -> PyResult<PyInt> {
    if x.is_nan() {
        return Err(PyErrorMsg::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErrorMsg::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        // |t| < 2**63, so the cast is exact.
        return Ok(PyInt::Small(t as i64));
    }
    let bits = t.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // |t| >= 2**63 means exponent > 0 here.
    let magnitude = BigInt::from(mantissa) << (exponent.max(0) as usize);
    Ok(PyInt::from_bigint(if t < 0.0 {
        -magnitude
    } else {
        magnitude
    }))
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_of_zero() {
        assert_eq!(
            float_divmod(-0.0, 5.0).map(|(q, _)| q.is_sign_negative()),
            Ok(true)
        );
        assert_eq!(float_mod(0.0, -5.0).map(f64::is_sign_negative), Ok(true));
        assert_eq!(float_mod(-5.0, f64::INFINITY), Ok(f64::INFINITY));
    }

    #[test]
    fn pow_cases() {
        assert_eq!(float_pow(-8.0, 3.0), Ok(-512.0));
        assert!(float_pow(0.0, -1.0).is_err());
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert!(float_pow(-2.0, 0.5).is_err());
    }
}
