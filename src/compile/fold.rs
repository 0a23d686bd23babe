//! Constant folding, as CPython's AST optimiser does it: arithmetic on constants whose
//! result stays small, so that `10 ** 3` and `999 + 1` become the same constant.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::format::complex_ops::{self, Complex};
use crate::syntax::ast::{BinOp, UnaryOp};

/// A compile-time constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// Real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    /// A str holding lone surrogates, as generalised UTF-8 (never folded).
    StrWtf8(Vec<u8>),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
}

/// CPython's limits on folded results.
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

fn int_of(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn float_of(v: &ConstValue) -> Option<f64> {
    match v {
        ConstValue::Float(f) => Some(*f),
        _ => int_of(v).and_then(|i| i.to_f64()).filter(|f| f.is_finite()),
    }
}

/// Folds `a op b`, or None when CPython would leave it to run time.
pub fn fold_binop(op: BinOp, a: &ConstValue, b: &ConstValue) -> Option<ConstValue> {
    // Bitwise operators on two bools give a bool.
    if let (ConstValue::Bool(x), ConstValue::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(ConstValue::Bool(x & y)),
            BinOp::BitOr => return Some(ConstValue::Bool(x | y)),
            BinOp::BitXor => return Some(ConstValue::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        return fold_int(op, &x, &y);
    }
    if matches!(a, ConstValue::Complex(..)) || matches!(b, ConstValue::Complex(..)) {
        return fold_complex(op, complex_of(a)?, complex_of(b)?);
    }
    let numeric = |v: &ConstValue| {
        matches!(
            v,
            ConstValue::Int(_) | ConstValue::Bool(_) | ConstValue::Float(_)
        )
    };
    if numeric(a) && numeric(b) {
        let (x, y) = (float_of(a)?, float_of(b)?);
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div if y != 0.0 => x / y,
            BinOp::FloorDiv => crate::format::float_floordiv(x, y).ok()?,
            BinOp::Mod => crate::format::float_mod(x, y).ok()?,
            BinOp::Pow => {
                if x < 0.0 && y.fract() != 0.0 || x == 0.0 && y < 0.0 {
                    return None;
                }
                x.powf(y)
            }
            _ => return None,
        };
        if !r.is_finite() {
            return None;
        }
        return Some(ConstValue::Float(r));
    }
    match (op, a, b) {
        (BinOp::Add, ConstValue::Str(x), ConstValue::Str(y))
            if x.chars().count() + y.chars().count() <= MAX_STR_SIZE =>
        {
            Some(ConstValue::Str(format!("{x}{y}")))
        }
        (BinOp::Add, ConstValue::Bytes(x), ConstValue::Bytes(y))
            if x.len() + y.len() <= MAX_STR_SIZE =>
        {
            let mut v = x.clone();
            v.extend_from_slice(y);
            Some(ConstValue::Bytes(v))
        }
        (BinOp::Mult, ConstValue::Str(s), n) | (BinOp::Mult, n, ConstValue::Str(s)) => {
            let n = int_of(n)?.to_i64()?.max(0) as usize;
            if s.chars().count().checked_mul(n)? > MAX_STR_SIZE {
                return None;
            }
            Some(ConstValue::Str(s.repeat(n)))
        }
        (BinOp::Mult, ConstValue::Tuple(t), n) | (BinOp::Mult, n, ConstValue::Tuple(t)) => {
            let n = int_of(n)?.to_i64()?.max(0) as usize;
            if t.len().checked_mul(n)? > MAX_COLLECTION_SIZE {
                return None;
            }
            let mut v = Vec::new();
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(ConstValue::Tuple(v))
        }
        (BinOp::Add, ConstValue::Tuple(x), ConstValue::Tuple(y))
            if x.len() + y.len() <= MAX_COLLECTION_SIZE =>
        {
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            Some(ConstValue::Tuple(v))
        }
        _ => None,
    }
}

fn complex_of(v: &ConstValue) -> Option<Complex> {
    match v {
        ConstValue::Complex(re, im) => Some(Complex::new(*re, *im)),
        _ => float_of(v).map(|f| Complex::new(f, 0.0)),
    }
}

/// Complex arithmetic folds like any other: unless it raises at run time.
fn fold_complex(op: BinOp, x: Complex, y: Complex) -> Option<ConstValue> {
    let r = match op {
        BinOp::Add => complex_ops::c_sum(x, y),
        BinOp::Sub => complex_ops::c_diff(x, y),
        BinOp::Mult => complex_ops::c_prod(x, y),
        BinOp::Div => complex_ops::complex_div(x, y).ok()?,
        BinOp::Pow => complex_ops::complex_pow(x, y).ok()?,
        _ => return None,
    };
    Some(ConstValue::Complex(r.re, r.im))
}

fn small(v: BigInt) -> Option<ConstValue> {
    if v.bits() <= MAX_INT_BITS {
        Some(ConstValue::Int(v))
    } else {
        None
    }
}

fn fold_int(op: BinOp, x: &BigInt, y: &BigInt) -> Option<ConstValue> {
    match op {
        BinOp::Add => small(x + y),
        BinOp::Sub => small(x - y),
        BinOp::Mult => {
            if x.bits() + y.bits() > MAX_INT_BITS + 1 {
                return None;
            }
            small(x * y)
        }
        BinOp::FloorDiv if !y.is_zero() => small(x.div_floor(y)),
        BinOp::Mod if !y.is_zero() => small(x.mod_floor(y)),
        BinOp::Div if !y.is_zero() => {
            let (a, b) = (x.to_f64()?, y.to_f64()?);
            let r = a / b;
            // Only fold when the float division is exact enough to match run time.
            if x.bits() <= 53 && y.bits() <= 53 && r.is_finite() {
                Some(ConstValue::Float(r))
            } else {
                None
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (a, b) = (x.to_f64()?, y.to_f64()?);
                if a == 0.0 {
                    return None;
                }
                return Some(ConstValue::Float(a.powf(b)))
                    .filter(|v| matches!(v, ConstValue::Float(f) if f.is_finite()));
            }
            let e = y.to_u64()?;
            if x.bits().saturating_mul(e) > MAX_INT_BITS {
                return None;
            }
            small(num_traits::pow(x.clone(), e as usize))
        }
        BinOp::LShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64()?;
            if x.bits() + s > MAX_INT_BITS {
                return None;
            }
            small(x << s as usize)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return None;
            }
            small(x >> y.to_usize().unwrap_or(usize::MAX).min(4096))
        }
        BinOp::BitAnd => small(x & y),
        BinOp::BitOr => small(x | y),
        BinOp::BitXor => small(x ^ y),
        _ => None,
    }
}

/// Folds a unary operator on a constant.
pub fn fold_unary(op: UnaryOp, v: &ConstValue) -> Option<ConstValue> {
    match (op, v) {
        (UnaryOp::USub, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
        (UnaryOp::USub, ConstValue::Bool(b)) => Some(ConstValue::Int(BigInt::from(-(*b as i64)))),
        (UnaryOp::USub, ConstValue::Float(f)) => Some(ConstValue::Float(-f)),
        (UnaryOp::UAdd, ConstValue::Int(i)) => Some(ConstValue::Int(i.clone())),
        (UnaryOp::UAdd, ConstValue::Bool(b)) => Some(ConstValue::Int(BigInt::from(*b as i64))),
        (UnaryOp::UAdd, ConstValue::Float(f)) => Some(ConstValue::Float(*f)),
        (UnaryOp::USub, ConstValue::Complex(re, im)) => Some(ConstValue::Complex(-re, -im)),
        (UnaryOp::UAdd, ConstValue::Complex(re, im)) => Some(ConstValue::Complex(*re, *im)),
        (UnaryOp::Invert, ConstValue::Int(i)) => Some(ConstValue::Int(-i - 1)),
        (UnaryOp::Invert, ConstValue::Bool(b)) => Some(ConstValue::Int(BigInt::from(!(*b as i64)))),
        _ => None,
    }
}
