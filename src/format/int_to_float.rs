//! Correctly rounded int → float conversions: `float(n)` and `a / b` for
//! ints of any size (Python's true division of ints is correctly rounded,
//! so `10**400 / 10**399 == 10.0`).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::error::{PyErrorMsg, PyResult};
use super::int_value::IntRef;

const MANT_DIG: i64 = 53;
const MAX_EXP: i64 = 1024;
const MIN_EXP: i64 = -1021;

fn too_large_for_float() -> PyErrorMsg {
    PyErrorMsg::overflow("int too large to convert to float")
}

/// `float(n)`: rounds half-to-even; `OverflowError` when the rounded
/// magnitude reaches 2**1024.
pub fn int_to_float(value: IntRef<'_>) -> PyResult<f64> {
    match value {
        // i64 → f64 `as` conversion rounds to nearest, ties to even.
        IntRef::Small(v) => Ok(v as f64),
        IntRef::Big(b) => float_from_bigint(b),
    }
}

/// `float(n)` for a `BigInt`.
pub fn float_from_bigint(value: &BigInt) -> PyResult<f64> {
    let magnitude = value.magnitude();
    let bits = magnitude.bits() as i64;
    let result = if bits <= 64 {
        // Fits a u64, whose `as f64` conversion is correctly rounded.
        magnitude.to_u64().map_or(f64::INFINITY, |m| m as f64)
    } else {
        // Keep 55 bits plus a sticky bit and round those to 53.
        let shift = bits - (MANT_DIG + 2);
        let top = magnitude >> (shift as usize);
        let sticky = magnitude
            .trailing_zeros()
            .is_some_and(|tz| (tz as i64) < shift);
        let mut m = top.to_u64().unwrap_or(0) | u64::from(sticky);
        m = round_low_bits(m, 2);
        if shift + i64::from(m.checked_ilog2().unwrap_or(0)) >= MAX_EXP {
            return Err(too_large_for_float());
        }
        ldexp_exact(m as f64, shift)
    };
    if result.is_infinite() {
        return Err(too_large_for_float());
    }
    Ok(if value.sign() == Sign::Minus {
        -result
    } else {
        result
    })
}

/// Rounds away the lowest `extra` bits (1..=8) of `m`, half to even,
/// treating bit 0 as already including any sticky information.
fn round_low_bits(m: u64, extra: u32) -> u64 {
    let mask = 1u64 << (extra - 1);
    let mut low = m;
    if (low & mask) != 0 && (low & (3 * mask - 1)) != 0 {
        low += mask;
    }
    low & !(2 * mask - 1)
}

/// `x * 2**exp` for an `x` whose result is exactly representable (so
/// stepwise scaling never rounds).
pub fn ldexp_exact(x: f64, exp: i64) -> f64 {
    let mut x = x;
    let mut exp = exp;
    let step_up = 2f64.powi(600);
    let step_down = 2f64.powi(-600);
    while exp > 600 {
        x *= step_up;
        exp -= 600;
    }
    while exp < -600 {
        x *= step_down;
        exp += 600;
    }
    // |exp| <= 600 here, so the cast is lossless.
    x * 2f64.powi(exp as i32)
}

/// `a / b` for ints, correctly rounded (CPython's `long_true_divide`).
///
/// Errors: `ZeroDivisionError: division by zero`, and `OverflowError:
/// integer division result too large for a float`.
pub fn int_true_divide(a: IntRef<'_>, b: IntRef<'_>) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErrorMsg::zero_division("division by zero"));
    }
    const EXACT: i64 = 1 << MANT_DIG;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && (-EXACT..=EXACT).contains(&x)
        && (-EXACT..=EXACT).contains(&y)
    {
        // Both operands are exact as floats, and IEEE division rounds
        // correctly.
        return Ok(x as f64 / y as f64);
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |v: f64| if negate { -v } else { v };
    let a = a.to_bigint().magnitude().clone();
    let b = b.to_bigint().magnitude().clone();
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let overflow = || PyErrorMsg::overflow("integer division result too large for a float");

    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return Err(overflow());
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    // Scale so that the quotient has MANT_DIG + 2 or + 3 bits (fewer in the
    // subnormal range), remembering whether anything was lost.
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let x: BigUint = if shift <= 0 {
        a << ((-shift) as usize)
    } else {
        let shifted = &a >> (shift as usize);
        if a.trailing_zeros().is_some_and(|tz| (tz as i64) < shift) {
            inexact = true;
        }
        shifted
    };
    let (q, r) = x.div_rem(&b);
    if !r.is_zero() {
        inexact = true;
    }
    let q = q.to_u64().unwrap_or(0);
    let x_bits = i64::from(64 - q.leading_zeros());
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    // The quotient has 55 or 56 bits (fewer only in the subnormal range, where
    // the second operand of the max applies), so 2 or 3 bits are rounded
    // away; CPython asserts the same.
    let rounded = round_low_bits(q | u64::from(inexact), extra_bits.clamp(2, 3) as u32);
    let dx = rounded as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == 2f64.powi(x_bits as i32)) {
        return Err(overflow());
    }
    Ok(signed(ldexp_exact(dx, shift)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_quotients() {
        let a = BigInt::from(10).pow(400);
        let b = BigInt::from(10).pow(399);
        assert_eq!(int_true_divide(IntRef::Big(&a), IntRef::Big(&b)), Ok(10.0));
    }

    #[test]
    fn rounding_half_even() {
        let v = (BigInt::from(1) << 100u32) + (BigInt::from(1) << 47u32);
        assert_eq!(float_from_bigint(&v), Ok(2f64.powi(100)));
        let v = (BigInt::from(1) << 100u32) + (BigInt::from(3) << 47u32);
        assert_eq!(float_from_bigint(&v), Ok(2f64.powi(100) + 2f64.powi(49)));
    }
}
