//! Integer to text conversions, including CPython 3.11's limit on decimal
//! conversions of huge ints (`sys.set_int_max_str_digits`), which exists
//! because decimal conversion is quadratic.

use super::error::{PyErrorMsg, PyResult};
use super::int_value::IntRef;

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The `ValueError` for an int→str conversion over the limit.
pub fn to_str_limit_error(limit: usize) -> PyErrorMsg {
    PyErrorMsg::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The digits of `|value|` in base 10, or the limit error when there are
/// more than `max_str_digits` of them (`0` means unlimited).
pub fn abs_decimal_digits(value: IntRef<'_>, max_str_digits: usize) -> PyResult<String> {
    if max_str_digits > 0
        && let IntRef::Big(b) = value
    {
        // |b| >= 2**(bits-1), so it has at least floor((bits-1)*log10(2))+1
        // digits; refuse before doing the quadratic conversion when that
        // lower bound already exceeds the limit.
        let bits = b.bits();
        // The small epsilon keeps float rounding from overstating the bound.
        let lower_bound =
            (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2 - 1e-6) as u64 + 1;
        if lower_bound > max_str_digits as u64 {
            return Err(to_str_limit_error(max_str_digits));
        }
    }
    let digits = value.abs_digits(10);
    if max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(to_str_limit_error(max_str_digits));
    }
    Ok(digits)
}

/// `str(n)` / `repr(n)` for an int.
pub fn int_to_decimal(value: IntRef<'_>, max_str_digits: usize) -> PyResult<String> {
    let digits = abs_decimal_digits(value, max_str_digits)?;
    Ok(if value.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `bin(n)`, `oct(n)` and `hex(n)`: radix 2, 8 or 16 with the `0b`/`0o`/`0x`
/// prefix after any sign. Other radixes get no prefix.
pub fn int_to_prefixed(value: IntRef<'_>, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", value.abs_digits(radix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn limit_counts_digits_without_sign() {
        let nines: BigInt = BigInt::from(10).pow(4300u32) - 1;
        assert!(int_to_decimal(IntRef::Big(&-nines), 4300).is_ok());
        let big: BigInt = BigInt::from(10).pow(4300u32);
        assert!(int_to_decimal(IntRef::Big(&big), 4300).is_err());
        assert!(int_to_decimal(IntRef::Big(&big), 0).is_ok());
    }

    #[test]
    fn prefixed() {
        assert_eq!(int_to_prefixed(IntRef::Small(-255), 16), "-0xff");
        assert_eq!(int_to_prefixed(IntRef::Small(5), 2), "0b101");
        assert_eq!(int_to_prefixed(IntRef::Small(0), 8), "0o0");
    }
}
