//! `float.fromhex(s)`: hexadecimal floating-point text, correctly rounded.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use crate::objects::function::NativeFn;
use crate::objects::str::as_str;

use super::{Args, PyResult, Vm};

/// `x * 2**e` without intermediate overflow or underflow.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// The value `m * 2**e` rounded to the nearest double (ties to even); None on overflow.
fn round_to_double(m: &BigUint, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits + e; // value < 2**top
    if top > 1024 {
        return None;
    }
    // Significant bits available at this magnitude (fewer for subnormals).
    let precision = if top > -1022 {
        53
    } else {
        53 - (-1022 - (top - 1))
    };
    let shift = bits - precision.max(0);
    let (mant, exp) = if shift > 0 {
        let s = shift as usize;
        let q: BigUint = m >> s;
        let rem: BigUint = m - (&q << s);
        let half = BigUint::from(1u32) << (s - 1);
        let q = if rem > half || (rem == half && q.bit(0)) {
            q + 1u32
        } else {
            q
        };
        (q, e + shift)
    } else {
        (m.clone(), e)
    };
    let v = ldexp(mant.to_f64()?, exp);
    v.is_finite().then_some(v)
}

fn parse_hex_float(text: &str) -> Result<f64, &'static str> {
    let s = text.trim();
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |v: f64| if neg { -v } else { v };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits_part, exp_part) = match body.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (body, None),
    };
    let (int_digits, frac_digits) = match digits_part.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits_part, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err("invalid hexadecimal floating-point string");
    }
    let mut m = BigUint::zero();
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c
            .to_digit(16)
            .ok_or("invalid hexadecimal floating-point string")?;
        m = (m << 4u32) + d;
    }
    let exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let ok = !e.is_empty()
                && e.trim_start_matches(['+', '-'])
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                && e.len() - e.trim_start_matches(['+', '-']).len() <= 1;
            if !ok || e.trim_start_matches(['+', '-']).is_empty() {
                return Err("invalid hexadecimal floating-point string");
            }
            // Exponents this large only ever give zero or an overflow.
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
    };
    let e = exp.saturating_sub(4 * frac_digits.len() as i64);
    match round_to_double(&m, e) {
        Some(v) => Ok(sign(v)),
        None => Err("hexadecimal value too large to represent as a float"),
    }
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "float.fromhex", 1, 1)?;
    let Some(s) = as_str(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("bad argument type for built-in operation: '{n}'")));
    };
    match parse_hex_float(s) {
        Ok(v) => {
            let cls = args.pos[0].clone();
            let f = vm.new_float(v)?;
            if cls.ptr_eq(&vm.types.float) {
                Ok(f)
            } else {
                vm.call(&cls, vec![f])
            }
        }
        Err(msg) if msg.starts_with("invalid") => Err(vm.value_error(msg)),
        Err(msg) => Err(vm.overflow_error(msg)),
    }
}

pub const FLOAT_CLASS_METHODS: &[(&str, NativeFn)] = &[("fromhex", float_fromhex)];
