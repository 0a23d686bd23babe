//! The `math` functions that depend on the bits of IEEE 754 doubles: CPython 3.11's
//! correctly rounded `hypot` (its `vector_norm`: scaling by a power of two, lossless
//! squares and sums, one differential correction), and `cbrt`, `exp2`, `nextafter`,
//! `ulp`, `remainder` with CPython's results and errors.

use crate::vm::{Args, PyResult, Vm};

use crate::vm::convert::to_f64;

/// A double-length value: `hi + lo` exactly.
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// `x * y` exactly (the rounding error of the product comes from one fma).
fn dl_mul(x: f64, y: f64) -> DoubleLength {
    let hi = x * y;
    let lo = x.mul_add(y, -hi);
    DoubleLength { hi, lo }
}

/// `a + b` exactly, given `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> DoubleLength {
    let hi = a + b;
    let lo = b - (hi - a);
    DoubleLength { hi, lo }
}

/// The Euclidean norm of `vec` (absolute values, `max` the largest), as CPython 3.11's
/// `vector_norm` computes it.
pub(crate) fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exponent(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exponent `e` of `frexp(x)` (`x = m * 2**e`, `0.5 <= |m| < 1`), for finite
/// nonzero `x`.
fn frexp_exponent(x: f64) -> i32 {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: the exponent of the leading bit.
        let mant = bits & ((1u64 << 52) - 1);
        let lead = 63 - mant.leading_zeros() as i32;
        return lead - 1074 + 1;
    }
    biased - 1022
}

/// `2**e` times `x`, for the exponents `vector_norm` uses (within the normal range).
fn ldexp(x: f64, e: i32) -> f64 {
    crate::format::int_to_float::ldexp_exact(x, i64::from(e))
}

/// `hypot(*coordinates)`.
pub(crate) fn math_hypot(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut vec = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args.pos.iter() {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    vm.new_float(vector_norm(&mut vec, max, found_nan))
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    args.check(vm, name, 1, 1)?;
    to_f64(vm, &args.pos[0])
}

/// `frexp(x)`: `(m, e)` with `x = m * 2**e` and `0.5 <= |m| < 1`, for finite nonzero x.
fn frexp(x: f64) -> (f64, i32) {
    let e = frexp_exponent(x);
    (ldexp(x, -e), e)
}

/// The cube root as the C library CPython links to (glibc) computes it: a polynomial
/// first guess on the reduced argument, one rational correction, then the exponent
/// divided by three. The results differ from the correctly rounded cube root in the
/// last bit at times; CPython shows glibc's.
// The constants are glibc's, digit for digit, so the same doubles come out.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let index = usize::try_from(2 + xe % 3).unwrap_or(2);
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[index];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

pub(crate) fn math_cbrt(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "cbrt")?;
    vm.new_float(cbrt(x))
}

pub(crate) fn math_exp2(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "exp2")?;
    let r = x.exp2();
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    vm.new_float(r)
}

/// The next double after `x` in the direction of `y`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

pub(crate) fn math_nextafter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "nextafter", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    vm.new_float(next_after(x, y))
}

pub(crate) fn math_ulp(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "ulp")?;
    if x.is_nan() {
        return vm.new_float(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return vm.new_float(x);
    }
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        // The largest double: measure the gap below it.
        return vm.new_float(x - next_after(x, f64::NEG_INFINITY));
    }
    vm.new_float(up - x)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half way: the even multiple wins.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

pub(crate) fn math_remainder(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "remainder", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    let r = ieee_remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    vm.new_float(r)
}
