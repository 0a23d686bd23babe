//! Integer values as these modules accept and return them.
//!
//! Most Python ints fit in an `i64`; only the rest need a `BigInt`. Inputs are
//! borrowed ([`IntRef`]) so callers never clone a big value just to format
//! it; results are owned ([`PyInt`]) and always normalised to `Small` when
//! they fit.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// A borrowed Python int.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// An owned Python int; `Big` only holds values outside the `i64` range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PyInt {
    Small(i64),
    Big(BigInt),
}

impl From<i64> for IntRef<'_> {
    fn from(v: i64) -> Self {
        IntRef::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntRef::Big(v)
    }
}

impl<'a> From<&'a PyInt> for IntRef<'a> {
    fn from(v: &'a PyInt) -> Self {
        v.as_ref()
    }
}

impl IntRef<'_> {
    /// The value as a `BigInt` (allocates for `Small`).
    pub fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(v) => BigInt::from(v),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.sign() == Sign::Minus,
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(v) => v == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// The value if it fits an `i64`.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// The digits of `|value|` in `radix`, lowercase. Radixes outside
    /// 2..=36 are clamped into that range.
    pub fn abs_digits(self, radix: u32) -> String {
        let radix = radix.clamp(2, 36);
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    10 => m.to_string(),
                    16 => format!("{m:x}"),
                    _ => BigInt::from(m).to_str_radix(radix),
                }
            }
            IntRef::Big(b) => b.abs().to_str_radix(radix),
        }
    }
}

impl PyInt {
    pub fn as_ref(&self) -> IntRef<'_> {
        match self {
            PyInt::Small(v) => IntRef::Small(*v),
            PyInt::Big(b) => IntRef::Big(b),
        }
    }

    /// Wraps a `BigInt`, using `Small` whenever the value fits.
    pub fn from_bigint(b: BigInt) -> Self {
        match b.to_i64() {
            Some(v) => PyInt::Small(v),
            None => PyInt::Big(b),
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        self.as_ref().to_bigint()
    }
}

impl From<i64> for PyInt {
    fn from(v: i64) -> Self {
        PyInt::Small(v)
    }
}

impl From<BigInt> for PyInt {
    fn from(b: BigInt) -> Self {
        PyInt::from_bigint(b)
    }
}
