//! `round(x)` and `round(x, ndigits)` for floats.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::error::{PyErrorMsg, PyResult};
use super::float_ops::float_to_int;
use super::int_to_float::float_from_bigint;
use super::int_value::PyInt;

/// `round(x)`: nearest integer, ties to even, as an exact int.
pub fn round_to_int(x: f64) -> PyResult<PyInt> {
    float_to_int(x.round_ties_even())
}

/// Beyond this many digits every double rounds to itself
/// (`(DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)`).
const NDIGITS_MAX: i64 = 323;
/// Below this every double rounds to zero (`-(DBL_MAX_EXP + 1) * log10(2)`).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`: the exact binary value rounded half-to-even at the
/// decimal position, then converted back to the nearest float, as CPython
/// does. NaN and infinities round to themselves; results too large to
/// represent raise `OverflowError: rounded value too large to represent`.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        // Exact decimal rounding, then a correctly rounded parse.
        let text = format!("{:.*}", ndigits as usize, x);
        return Ok(text.parse::<f64>().unwrap_or(x));
    }
    round_to_power_of_ten(x, (-ndigits) as u32)
}

/// Rounds `x` to a multiple of `10**k` (k >= 1) using exact integers.
fn round_to_power_of_ten(x: f64, k: u32) -> PyResult<f64> {
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), raw_exp - 1075)
    };
    // |x| = mantissa * 2**exp = num / den exactly.
    let unit = BigUint::from(10u32).pow(k);
    let (num, den) = if exp >= 0 {
        (BigUint::from(mantissa) << (exp as usize), unit.clone())
    } else {
        (BigUint::from(mantissa), &unit << ((-exp) as usize))
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigUint::one();
    }
    let magnitude = if q.is_zero() {
        0.0
    } else {
        float_from_bigint(&(q * unit).into())
            .map_err(|_| PyErrorMsg::overflow("rounded value too large to represent"))?
    };
    Ok(magnitude.copysign(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert_eq!(round_float(1250.0, -2), Ok(1200.0));
        assert_eq!(round_float(1350.0, -2), Ok(1400.0));
        assert!(round_float(-0.4, 0).unwrap().is_sign_negative());
        assert!(round_float(1.7e308, -308).is_err());
        assert_eq!(round_to_int(2.5), Ok(PyInt::Small(2)));
    }
}
