//! `hash()` for ints and floats. Python defines numeric hashes as the value
//! reduced modulo the Mersenne prime 2**61 - 1, so equal numbers of
//! different types (`hash(2.0) == hash(2)`) hash equally.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::int_value::IntRef;

/// `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;

/// -1 is reserved for errors in CPython, so hashes never take that value.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for an int.
pub fn hash_int(value: IntRef<'_>) -> i64 {
    let (negative, reduced) = match value {
        IntRef::Small(v) => (v < 0, v.unsigned_abs() % HASH_MODULUS),
        IntRef::Big(b) => {
            let m = b.magnitude() % HASH_MODULUS;
            // The remainder is below 2**61.
            (b.sign() == Sign::Minus, m.to_u64().unwrap_or(0))
        }
    };
    // reduced < 2**61, so it fits an i64.
    let h = reduced as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// `hash(x)` for a float (CPython's `_Py_HashDouble`), or `None` for NaN,
/// which Python 3.11 hashes by object identity.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), raw_exp - 1075)
    };
    // |x| = mantissa * 2**exp, and 2**61 ≡ 1, so 2**exp ≡ 2**(exp mod 61).
    let shift = exp.rem_euclid(i64::from(HASH_BITS)) as u32;
    let m = u128::from(mantissa % HASH_MODULUS);
    let h = ((m << shift) % u128::from(HASH_MODULUS)) as i64;
    Some(fix_minus_one(if x < 0.0 { -h } else { h }))
}

/// `hash(n)` for a `BigInt` (convenience wrapper over [`hash_int`]).
pub fn hash_bigint(value: &BigInt) -> i64 {
    hash_int(IntRef::Big(value))
}
