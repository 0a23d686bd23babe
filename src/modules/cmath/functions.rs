//! The complex functions of `cmath`, computed as CPython's `cmathmodule.c` computes
//! them (same formulas, same scalings, same libm calls) so that results agree to the
//! last bit. Each returns the value and the error CPython would report.

use super::special_values::{self as sv, special_value};
use crate::format::complex_ops::{Complex, c_abs, c_neg};

/// The floating-point condition a function signals (CPython's errno use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    None,
    /// `ValueError: math domain error`.
    Domain,
    /// `OverflowError: math range error`.
    Range,
}

use MathError::{Domain, Range};

pub type Outcome = (Complex, MathError);

use std::f64::consts::{LN_2 as LN2, LN_10 as LN10};
const MANT_DIG: i32 = 53;
/// Multiplying by 2**SCALE_UP makes a subnormal normal; SCALE_DOWN undoes half of it.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn large_double() -> f64 {
    f64::MAX / 4.0
}

fn sqrt_large_double() -> f64 {
    large_double().sqrt()
}

fn log_large_double() -> f64 {
    large_double().ln()
}

fn ok(re: f64, im: f64) -> Outcome {
    (Complex::new(re, im), MathError::None)
}

/// `x * 2**n` (exact, or correctly rounded when the result is subnormal, like ldexp).
fn ldexp(x: f64, n: i32) -> f64 {
    x * 2f64.powi(n)
}

/// `log1p` that keeps the sign of a zero argument (`_Py_log1p`).
fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { x.ln_1p() }
}

/// The C library's `asinh` (fdlibm's algorithm, which glibc uses), built on `log` and
/// `log1p` so that it rounds exactly as CPython's does.
pub fn asinh(x: f64) -> f64 {
    let ax = x.abs();
    if !x.is_finite() {
        return x + x;
    }
    if ax < 2f64.powi(-28) {
        return x;
    }
    let w = if ax > 2f64.powi(28) {
        ax.ln() + LN2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    if x > 0.0 { w } else { -w }
}

/// The C library's `acosh` (fdlibm's algorithm, as glibc's).
pub fn acosh_real(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// The C library's `atanh` (glibc's algorithm, built on `log1p`), except that ±1 give a
/// NaN: the C function's pole is a domain error for `math.atanh`.
pub fn atanh_real(x: f64) -> f64 {
    let ax = x.abs();
    if x.is_nan() || ax >= 1.0 {
        return if x.is_nan() { x } else { f64::NAN };
    }
    if ax < 2f64.powi(-28) {
        return x;
    }
    let t = if ax < 0.5 {
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    };
    t.copysign(x)
}

pub fn sqrt(z: Complex) -> Outcome {
    if let Some(r) = special_value(z, &sv::SQRT) {
        return (r, MathError::None);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return ok(0.0, z.im);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal and lose precision: scale up first.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        ok(s, d.copysign(z.im))
    } else {
        ok(d, s.copysign(z.im))
    }
}

pub fn acos(z: Complex) -> Outcome {
    if let Some(r) = special_value(z, &sv::ACOS) {
        return (r, MathError::None);
    }
    if z.re.abs() > large_double() || z.im.abs() > large_double() {
        let re = z.im.abs().atan2(z.re);
        let im = -((z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0).copysign(z.im);
        return ok(re, im);
    }
    let s1 = sqrt(Complex::new(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(Complex::new(1.0 + z.re, z.im)).0;
    ok(
        2.0 * s1.re.atan2(s2.re),
        asinh(s2.re * s1.im - s2.im * s1.re),
    )
}

pub fn acosh(z: Complex) -> Outcome {
    if let Some(r) = special_value(z, &sv::ACOSH) {
        return (r, MathError::None);
    }
    if z.re.abs() > large_double() || z.im.abs() > large_double() {
        let re = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        return ok(re, z.im.atan2(z.re));
    }
    let s1 = sqrt(Complex::new(z.re - 1.0, z.im)).0;
    let s2 = sqrt(Complex::new(z.re + 1.0, z.im)).0;
    ok(
        asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

pub fn asinh_c(z: Complex) -> Outcome {
    if let Some(r) = special_value(z, &sv::ASINH) {
        return (r, MathError::None);
    }
    if z.re.abs() > large_double() || z.im.abs() > large_double() {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return ok(re, z.im.atan2(z.re.abs()));
    }
    let s1 = sqrt(Complex::new(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(Complex::new(1.0 - z.im, z.re)).0;
    ok(
        asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

/// `f(i z)` rotated back: `asin(z) = -i asinh(iz)` and its relatives.
fn rotated(z: Complex, f: fn(Complex) -> Outcome) -> Outcome {
    let (s, e) = f(Complex::new(-z.im, z.re));
    (Complex::new(s.im, -s.re), e)
}

pub fn asin(z: Complex) -> Outcome {
    rotated(z, asinh_c)
}

pub fn atan(z: Complex) -> Outcome {
    rotated(z, atanh)
}

pub fn sin(z: Complex) -> Outcome {
    rotated(z, sinh)
}

pub fn tan(z: Complex) -> Outcome {
    rotated(z, tanh)
}

pub fn cos(z: Complex) -> Outcome {
    cosh(Complex::new(-z.im, z.re))
}

pub fn atanh(z: Complex) -> Outcome {
    if let Some(r) = special_value(z, &sv::ATANH) {
        return (r, MathError::None);
    }
    if z.re < 0.0 {
        let (r, e) = atanh(c_neg(z));
        return (c_neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large_double() || ay > sqrt_large_double() {
        // For large |z|, atanh(z) ~ 1/z ± i pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return ok(
            z.re / 4.0 / h / h,
            (std::f64::consts::PI / 2.0).copysign(z.im),
        );
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (Complex::new(f64::INFINITY, z.im), Domain);
        }
        return ok(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        );
    }
    let one_minus = 1.0 - z.re;
    ok(
        log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    )
}

/// The error `cosh` and `sinh` report at special values: domain for an infinite
/// imaginary part unless the real part is a NaN.
fn hyperbolic_special_error(z: Complex) -> MathError {
    if z.im.is_infinite() && !z.re.is_nan() {
        Domain
    } else {
        MathError::None
    }
}

fn overflow_check(r: Complex) -> Outcome {
    let e = if r.re.is_infinite() || r.im.is_infinite() {
        Range
    } else {
        MathError::None
    };
    (r, e)
}

pub fn cosh(z: Complex) -> Outcome {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (c, s) = (z.im.cos(), z.im.sin());
            if z.re > 0.0 {
                Complex::new(f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            } else {
                Complex::new(f64::INFINITY.copysign(c), -f64::INFINITY.copysign(s))
            }
        } else {
            special_value(z, &sv::COSH).unwrap_or(z)
        };
        return (r, hyperbolic_special_error(z));
    }
    let r = if z.re.abs() > log_large_double() {
        // cosh(x) overflows where cosh(z) may not: compute with x - 1 and multiply by e.
        let x_minus_one = z.re - 1f64.copysign(z.re);
        Complex::new(
            z.im.cos() * x_minus_one.cosh() * std::f64::consts::E,
            z.im.sin() * x_minus_one.sinh() * std::f64::consts::E,
        )
    } else {
        Complex::new(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(r)
}

pub fn sinh(z: Complex) -> Outcome {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (c, s) = (z.im.cos(), z.im.sin());
            if z.re > 0.0 {
                Complex::new(f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            } else {
                Complex::new(-f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            }
        } else {
            special_value(z, &sv::SINH).unwrap_or(z)
        };
        return (r, hyperbolic_special_error(z));
    }
    let r = if z.re.abs() > log_large_double() {
        let x_minus_one = z.re - 1f64.copysign(z.re);
        Complex::new(
            z.im.cos() * x_minus_one.sinh() * std::f64::consts::E,
            z.im.sin() * x_minus_one.cosh() * std::f64::consts::E,
        )
    } else {
        Complex::new(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(r)
}

pub fn tanh(z: Complex) -> Outcome {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            Complex::new(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special_value(z, &sv::TANH).unwrap_or(z)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() {
            Domain
        } else {
            MathError::None
        };
        return (r, e);
    }
    if z.re.abs() > log_large_double() {
        return ok(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        );
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

pub fn exp(z: Complex) -> Outcome {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (c, s) = (z.im.cos(), z.im.sin());
            if z.re > 0.0 {
                Complex::new(f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            } else {
                Complex::new(0f64.copysign(c), 0f64.copysign(s))
            }
        } else {
            special_value(z, &sv::EXP).unwrap_or(z)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0)) {
            Domain
        } else {
            MathError::None
        };
        return (r, e);
    }
    let r = if z.re > log_large_double() {
        let l = (z.re - 1.0).exp();
        Complex::new(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        Complex::new(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

pub fn log(z: Complex) -> Outcome {
    if let Some(r) = special_value(z, &sv::LOG) {
        return (r, MathError::None);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > large_double() || ay > large_double() {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) is subnormal: scale up.
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - f64::from(MANT_DIG) * LN2
        } else {
            return (Complex::new(f64::NEG_INFINITY, z.im.atan2(z.re)), Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ok(re, z.im.atan2(z.re))
}

pub fn log10(z: Complex) -> Outcome {
    let (r, e) = log(z);
    (Complex::new(r.re / LN10, r.im / LN10), e)
}

/// `rect(r, phi)`.
pub fn rect(r: f64, phi: f64) -> Outcome {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = (phi.cos(), phi.sin());
            if r > 0.0 {
                Complex::new(f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            } else {
                Complex::new(-f64::INFINITY.copysign(c), -f64::INFINITY.copysign(s))
            }
        } else {
            special_value(Complex::new(r, phi), &sv::RECT).unwrap_or(Complex::new(r, phi))
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Domain
        } else {
            MathError::None
        };
        return (z, e);
    }
    if phi == 0.0 {
        return ok(r, r * phi);
    }
    ok(r * phi.cos(), r * phi.sin())
}

/// `abs(z)` as `polar` reports it.
pub fn modulus(z: Complex) -> (f64, MathError) {
    match c_abs(z) {
        Some(r) => (r, MathError::None),
        None => (f64::INFINITY, Range),
    }
}
